// What a business sends to register a webhook endpoint.
import { z } from '@hono/zod-openapi';
import { webhookEventTypes } from '../db/tables/requests.js';

// Runs after the URL check too, on text that may be no URL at all: that one has its message already.
function withoutCredentials(value: string): boolean {
  if (!URL.canParse(value)) return true;
  const url = new URL(value);
  return url.username === '' && url.password === '';
}

export const webhookEventSchema = z.enum(webhookEventTypes).openapi('WebhookEventType');

export const createWebhookBody = z.strictObject({
  url: z
    .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
    .max(2000)
    // A user name or password in the URL would be shown in every listing and the audit log; receivers verify the
    // signature instead.
    .refine(withoutCredentials, { message: 'must not contain a user name or password' })
    .openapi({ description: 'Where deliveries are POSTed; an address in the server’s own network is refused' }),
  events: z.array(webhookEventSchema).min(1).max(webhookEventTypes.length),
});
