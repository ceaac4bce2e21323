// What the two sides of a conversation send.
import { z } from '@hono/zod-openapi';

const messageText = z.string().trim().min(1).max(5000);

export const messageBody = z.strictObject({ body: messageText });

export const businessMessageBody = z.strictObject({
  body: messageText,
  authorName: z.string().trim().min(1).max(120).optional().openapi({ description: 'The employee who writes, shown to the customer; the business’s name when left out' }),
});
