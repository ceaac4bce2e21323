// Webhook events go into an outbox table in the same transaction as the change they report: a rolled-back change
// sends nothing, and a committed one is delivered even if the process dies right after.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { WebhookEventType } from '../db/tables/requests.js';
import { newId, nowIso } from '../db/ids.js';

export interface WebhookEventBody<Data = unknown> {
  id: string;
  type: WebhookEventType;
  createdAt: string;
  data: Data;
}

/**
 * Queues `type` for every endpoint of the tenant that subscribed to it. Call it with the transaction that makes the
 * change. `data` is what the receiver gets: write it out explicitly, never pass a database row. Returns the event id.
 */
export async function enqueueWebhookEvent(
  trx: Kysely<Database>,
  tenantId: string,
  type: WebhookEventType,
  data: Record<string, unknown>,
  now: Date = new Date(),
): Promise<string> {
  const eventId = newId('evt');
  const endpoints = await trx.selectFrom('webhooks').select(['id', 'events']).where('tenant_id', '=', tenantId).execute();
  const subscribed = endpoints.filter((endpoint) => (JSON.parse(endpoint.events) as string[]).includes(type));
  if (subscribed.length === 0) return eventId;
  const createdAt = nowIso(now);
  const body: WebhookEventBody = { id: eventId, type, createdAt, data };
  const payload = JSON.stringify(body);
  await trx
    .insertInto('webhook_deliveries')
    .values(
      subscribed.map((endpoint) => ({
        id: newId('whd'),
        webhook_id: endpoint.id,
        tenant_id: tenantId,
        event_id: eventId,
        type,
        payload,
        status: 'pending' as const,
        attempts: 0,
        next_attempt_at: createdAt,
        lease_until: null,
        lease_owner: null,
        last_error: null,
        last_status_code: null,
        created_at: createdAt,
        delivered_at: null,
      })),
    )
    .execute();
  return eventId;
}
