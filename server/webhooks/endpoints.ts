// A business's webhook endpoints: where events go, and the secret each delivery is signed with.
import { z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import { actorFields, recordAudit } from '../audit/audit.js';
import type { Database } from '../db/schema.js';
import type { Webhook, WebhookEventType } from '../db/tables/requests.js';
import { newId, newSecret, nowIso } from '../db/ids.js';
import type { AdminCaller } from '../http/env.js';
import { ApiError, notFound } from '../http/errors.js';
import { dateTimeSchema, pageSchema } from '../http/openapi.js';
import { keysetPage, pageOf, type Page, type PageQuery } from '../http/pagination.js';
import { forbiddenHostReason } from './addresses.js';
import { webhookEventSchema } from './schemas.js';

const endpointFields = {
  id: z.string(),
  url: z.string(),
  events: z.array(webhookEventSchema),
  createdAt: dateTimeSchema,
};

export const webhookSchema = z.strictObject(endpointFields).openapi('Webhook');
export type WebhookEndpoint = z.output<typeof webhookSchema>;
export const webhookPageSchema = pageSchema(webhookSchema);

export const createdWebhookSchema = z
  .strictObject({ ...endpointFields, secret: z.string().openapi({ description: 'Shown only here: keep it to verify Klantportaal-Signature' }) })
  .openapi('CreatedWebhook');
export type CreatedWebhook = z.output<typeof createdWebhookSchema>;

export function toWebhookEndpoint(row: Webhook): WebhookEndpoint {
  return { id: row.id, url: row.url, events: JSON.parse(row.events) as WebhookEventType[], createdAt: row.created_at };
}

export async function createWebhook(
  db: Kysely<Database>,
  tenantId: string,
  input: { url: string; events: WebhookEventType[] },
): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
  const row: Webhook = {
    id: newId('whk'),
    tenant_id: tenantId,
    url: input.url,
    secret: `whsec_${newSecret(32)}`,
    events: JSON.stringify([...new Set(input.events)]),
    created_at: nowIso(),
  };
  await db.insertInto('webhooks').values(row).execute();
  return { endpoint: toWebhookEndpoint(row), secret: row.secret };
}

export async function listWebhooks(db: Kysely<Database>, tenantId: string, page: PageQuery): Promise<Page<WebhookEndpoint>> {
  const rows = await keysetPage(db.selectFrom('webhooks').selectAll().where('tenant_id', '=', tenantId), 'webhooks', page).execute();
  return pageOf(rows, page, toWebhookEndpoint);
}

/** Removes the endpoint and whatever was still queued for it. False when the tenant has no such endpoint. */
export async function deleteWebhook(db: Kysely<Database>, tenantId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('webhooks').where('id', '=', id).where('tenant_id', '=', tenantId).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

// ── What the back office does with them, each kept in the audit trail ────────────────────────────────────────────

/**
 * Registers an endpoint; its secret is answered this once. `allowPrivate` (KP_WEBHOOK_ALLOW_PRIVATE) lets a
 * developer point it into the server's own network.
 */
export async function registerWebhook(
  db: Kysely<Database>,
  admin: AdminCaller,
  input: { url: string; events: WebhookEventType[] },
  options: { allowPrivate: boolean; ip: string | null },
): Promise<CreatedWebhook> {
  // Names are checked again at every delivery, against what they resolve to then; an address can be refused now.
  const forbidden = options.allowPrivate ? undefined : forbiddenHostReason(new URL(input.url));
  if (forbidden) throw new ApiError('validation_failed', 'The request body is not valid.', [{ path: 'url', message: forbidden }]);
  const created = await db.transaction().execute(async (trx) => {
    const result = await createWebhook(trx, admin.tenantId, input);
    await recordAudit(trx, {
      tenantId: admin.tenantId,
      ...actorFields(admin.actor),
      action: 'webhook.created',
      subjectType: 'webhook',
      subjectId: result.endpoint.id,
      ip: options.ip,
      details: { url: result.endpoint.url, events: result.endpoint.events },
    });
    return result;
  });
  return { ...created.endpoint, secret: created.secret };
}

/** Removes an endpoint of the business; 404 when it has none by this id. */
export async function removeWebhook(db: Kysely<Database>, admin: AdminCaller, id: string, ip: string | null): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (!(await deleteWebhook(trx, admin.tenantId, id))) throw notFound('There is no webhook with this id.');
    await recordAudit(trx, { tenantId: admin.tenantId, ...actorFields(admin.actor), action: 'webhook.deleted', subjectType: 'webhook', subjectId: id, ip });
  });
}
