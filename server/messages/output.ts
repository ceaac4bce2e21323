// A message as both sides of a conversation read it, and as webhooks carry it: the schema beside its mapping.
import { z } from '@hono/zod-openapi';
import type { Message } from '../db/tables/requests.js';
import { dateTimeSchema, pageSchema } from '../http/openapi.js';

export const messageSchema = z
  .strictObject({
    id: z.string(),
    requestId: z.string().nullable().openapi({ description: 'Set on a request’s conversation' }),
    workOrderId: z.string().nullable().openapi({ description: 'Set on a work order’s conversation' }),
    author: z.enum(['contact', 'business']),
    authorName: z.string().openapi({ description: 'The contact, or the employee who wrote (the business’s name when none was given)' }),
    body: z.string(),
    createdAt: dateTimeSchema,
  })
  .openapi('Message');
export type MessageOutput = z.output<typeof messageSchema>;

export const messagePageSchema = pageSchema(messageSchema);

export function toMessage(row: Message): MessageOutput {
  return {
    id: row.id,
    requestId: row.request_id,
    workOrderId: row.work_order_id,
    author: row.author_type,
    authorName: row.author_name,
    body: row.body,
    createdAt: row.created_at,
  };
}
