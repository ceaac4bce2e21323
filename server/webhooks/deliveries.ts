// What became of an endpoint's events: its deliveries as the business reads them, and sending one again now.
import { z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import { actorFields, recordAudit } from '../audit/audit.js';
import type { Database } from '../db/schema.js';
import type { WebhookDelivery } from '../db/tables/requests.js';
import { nowIso } from '../db/ids.js';
import type { AdminCaller } from '../http/env.js';
import { ApiError, notFound } from '../http/errors.js';
import { dateTimeSchema, pageSchema } from '../http/openapi.js';
import { keysetPage, pageOf, type Page, type PageQuery } from '../http/pagination.js';
import { webhookEventSchema } from './schemas.js';

export const webhookDeliverySchema = z
  .strictObject({
    id: z.string(),
    eventId: z.string().openapi({ description: 'The id in the body; the same on every attempt, so a receiver can drop duplicates.' }),
    event: webhookEventSchema,
    status: z.enum(['pending', 'delivered', 'failed']).openapi({
      description: 'pending: waiting for its first or next attempt; delivered: the receiver answered 2xx; failed: given up after a day of retries.',
    }),
    attempts: z.number().int(),
    lastError: z.string().nullable().openapi({ description: 'What went wrong at the last attempt: the HTTP status or the connection error.' }),
    lastStatusCode: z.number().int().nullable(),
    nextAttemptAt: dateTimeSchema.nullable().openapi({ description: 'When it is tried next; null once delivered or given up.' }),
    deliveredAt: dateTimeSchema.nullable(),
    createdAt: dateTimeSchema,
  })
  .openapi('WebhookDelivery');
export type WebhookDeliveryOutput = z.output<typeof webhookDeliverySchema>;
export const webhookDeliveryPageSchema = pageSchema(webhookDeliverySchema);

function toDelivery(row: WebhookDelivery): WebhookDeliveryOutput {
  return {
    id: row.id,
    eventId: row.event_id,
    event: row.type,
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    lastStatusCode: row.last_status_code,
    nextAttemptAt: row.status === 'pending' ? row.next_attempt_at : null,
    deliveredAt: row.delivered_at,
    createdAt: row.created_at,
  };
}

const noWebhook = () => notFound('There is no webhook with this id.');

async function requireWebhook(db: Kysely<Database>, tenantId: string, webhookId: string): Promise<void> {
  const found = await db.selectFrom('webhooks').select('id').where('tenant_id', '=', tenantId).where('id', '=', webhookId).executeTakeFirst();
  if (!found) throw noWebhook();
}

/** An endpoint's deliveries, newest first; 404 when the business has no such endpoint. */
export async function listDeliveries(db: Kysely<Database>, tenantId: string, webhookId: string, page: PageQuery): Promise<Page<WebhookDeliveryOutput>> {
  await requireWebhook(db, tenantId, webhookId);
  const query = db.selectFrom('webhook_deliveries').selectAll().where('tenant_id', '=', tenantId).where('webhook_id', '=', webhookId);
  return pageOf(await keysetPage(query, 'webhook_deliveries', page).execute(), page, toDelivery);
}

/**
 * Makes a delivery due now, so the worker sends it at its next look (within a second), signed afresh. A delivery in
 * flight keeps its claim: the worker that holds it records the outcome, so it is never sent twice at once. One that
 * was delivered already is left alone (409): the receiver has it.
 */
export async function retryDelivery(
  db: Kysely<Database>,
  admin: AdminCaller,
  ids: { webhookId: string; deliveryId: string },
  ip: string | null,
): Promise<WebhookDeliveryOutput> {
  return db.transaction().execute(async (trx) => {
    await requireWebhook(trx, admin.tenantId, ids.webhookId);
    const delivery = await trx
      .selectFrom('webhook_deliveries')
      .selectAll()
      .where('tenant_id', '=', admin.tenantId)
      .where('webhook_id', '=', ids.webhookId)
      .where('id', '=', ids.deliveryId)
      .executeTakeFirst();
    if (!delivery) throw notFound('This webhook has no delivery with this id.');
    if (delivery.status === 'delivered') {
      throw new ApiError('conflict', 'This event was delivered already.', [{ message: 'already delivered', reason: 'already_delivered' }]);
    }
    const now = nowIso();
    await trx
      .updateTable('webhook_deliveries')
      .set({ status: 'pending', next_attempt_at: now })
      .where('tenant_id', '=', admin.tenantId)
      .where('id', '=', delivery.id)
      .where('status', '!=', 'delivered')
      .execute();
    await recordAudit(trx, {
      tenantId: admin.tenantId,
      ...actorFields(admin.actor),
      action: 'webhook.delivery_retried',
      subjectType: 'webhook',
      subjectId: ids.webhookId,
      ip,
      details: { deliveryId: ids.deliveryId, event: delivery.type, attempts: delivery.attempts },
    });
    return toDelivery({ ...delivery, status: 'pending', next_attempt_at: now });
  });
}
