// What the two sides of a conversation send.
import { z } from '@hono/zod-openapi';
import { recordIdSchema } from '../customer-data/fields.js';

const messageText = z.string().trim().min(1).max(5000);

const fileIds = z
  .array(recordIdSchema)
  .max(3)
  .optional()
  .openapi({ description: 'At most 3 photos or PDFs, each uploaded first to …/messages/files by the same caller; the message takes them, or nothing is written' });

export const messageBody = z.strictObject({ body: messageText, fileIds });

export const businessMessageBody = z.strictObject({
  body: messageText,
  authorName: z.string().trim().min(1).max(120).optional().openapi({ description: 'The employee who writes, shown to the customer; the business’s name when left out' }),
  fileIds,
});
