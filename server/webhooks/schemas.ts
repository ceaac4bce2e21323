// The webhook endpoints' body and answers, for the admin routes and /openapi.json.
import { z } from 'zod';
import { webhookEventTypes } from '../db/tables/requests.js';
import { pageOutput, timestampOutput } from '../requests/schemas.js';

// Runs after the URL check too, on text that may be no URL at all: that one has its message already.
function withoutCredentials(value: string): boolean {
  if (!URL.canParse(value)) return true;
  const url = new URL(value);
  return url.username === '' && url.password === '';
}

export const createWebhookBody = z.strictObject({
  url: z
    .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
    .max(2000)
    // A user name or password in the URL would be shown in every listing and the audit log; receivers verify the
    // signature instead.
    .refine(withoutCredentials, { message: 'must not contain a user name or password' }),
  events: z.array(z.enum(webhookEventTypes)).min(1).max(webhookEventTypes.length),
});

export const webhookOutput = z.strictObject({
  id: z.string(),
  url: z.string(),
  events: z.array(z.enum(webhookEventTypes)),
  createdAt: timestampOutput,
});
export const webhookPage = pageOutput(webhookOutput);

export const createdWebhookOutput = webhookOutput.extend({
  secret: z.string().describe('Shown only here: keep it to verify Klantportaal-Signature'),
});

export type WebhookEndpoint = z.output<typeof webhookOutput>;
