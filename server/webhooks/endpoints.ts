// A business's webhook endpoints: where events go, and the secret each delivery is signed with.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Webhook, WebhookEventType } from '../db/tables/requests.js';
import type { WebhookEndpoint } from './schemas.js';
import { newId, newSecret, nowIso } from '../db/ids.js';
import { keysetPage, pageOf, type Page, type PageQuery } from '../http/pagination.js';

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
