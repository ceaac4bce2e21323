// The webhook endpoints' body and answers, for the admin routes and /openapi.json.
import { z } from 'zod';
import { webhookEventTypes } from '../db/tables/requests.js';
import { pageOutput, timestampOutput } from '../requests/schemas.js';

export const createWebhookBody = z.strictObject({
  url: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).max(2000),
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
