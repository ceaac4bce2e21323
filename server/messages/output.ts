// A message as both sides of a conversation read it, and as webhooks carry it: the schema beside its mapping.
import { z } from '@hono/zod-openapi';
import type { Message } from '../db/tables/requests.js';
import { dateTimeSchema, pageSchema } from '../http/openapi.js';
import type { MessageFileInfo } from './repository.js';

export const messageFileSchema = z
  .strictObject({
    id: z.string(),
    filename: z.string(),
    contentType: z.string().openapi({ description: 'Decided from the file’s bytes: a photo (JPEG, PNG, WebP, HEIC, HEIF) or a PDF' }),
    size: z.number().int().openapi({ description: 'bytes' }),
    createdAt: dateTimeSchema,
  })
  .openapi('MessageFile', { description: 'A photo or PDF: uploaded first, then named by the message it belongs to' });
export type MessageFileOutput = z.output<typeof messageFileSchema>;

export function toMessageFile(row: Omit<MessageFileInfo, 'message_id'>): MessageFileOutput {
  return { id: row.id, filename: row.filename, contentType: row.content_type, size: Number(row.size_bytes), createdAt: row.created_at };
}

export const messageSchema = z
  .strictObject({
    id: z.string(),
    requestId: z.string().nullable().openapi({ description: 'Set on a request’s conversation' }),
    workOrderId: z.string().nullable().openapi({ description: 'Set on a work order’s conversation' }),
    author: z.enum(['contact', 'business']),
    authorName: z.string().openapi({ description: 'The contact, or the employee who wrote (the business’s name when none was given)' }),
    body: z.string(),
    files: z.array(messageFileSchema).openapi({ description: 'Its photos and PDFs, at most 3; each downloaded at …/messages/{messageId}/files/{fileId}' }),
    createdAt: dateTimeSchema,
  })
  .openapi('Message');
export type MessageOutput = z.output<typeof messageSchema>;

export const messagePageSchema = pageSchema(messageSchema);

export function toMessage(row: Message, files: readonly MessageFileInfo[]): MessageOutput {
  return {
    id: row.id,
    requestId: row.request_id,
    workOrderId: row.work_order_id,
    author: row.author_type,
    authorName: row.author_name,
    body: row.body,
    files: files.map(toMessageFile),
    createdAt: row.created_at,
  };
}
