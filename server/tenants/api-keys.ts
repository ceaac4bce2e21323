// A business's API keys as the back office lists and revokes them; keys are made in tenants.ts (createApiKey).
import { z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { ApiKey } from '../db/tables/foundation.js';
import { nowIso } from '../db/ids.js';
import { keysetPage, type PageQuery } from '../http/pagination.js';

export const apiKeySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string().openapi({ description: 'The first characters of the key, to tell keys apart; never enough to use it.' }),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable().openapi({ description: 'Noted to the minute.' }),
  })
  .openapi('ApiKey');

export function toApiKey(row: Pick<ApiKey, 'id' | 'name' | 'prefix' | 'created_at' | 'last_used_at'>): z.output<typeof apiKeySchema> {
  return { id: row.id, name: row.name, prefix: row.prefix, createdAt: row.created_at, lastUsedAt: row.last_used_at };
}

/** The keys that still work, newest first. */
export function pageOfApiKeys(db: Kysely<Database>, tenantId: string, page: PageQuery) {
  const query = db
    .selectFrom('api_keys')
    .select(['id', 'name', 'prefix', 'created_at', 'last_used_at'])
    .where('tenant_id', '=', tenantId)
    .where('revoked_at', 'is', null);
  return keysetPage(query, 'api_keys', page).execute();
}

/** Revokes a live key of the business; undefined when it has none by that id. */
export async function revokeApiKey(db: Kysely<Database>, tenantId: string, keyId: string): Promise<{ name: string } | undefined> {
  return db
    .updateTable('api_keys')
    .set({ revoked_at: nowIso() })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', keyId)
    .where('revoked_at', 'is', null)
    .returning('name')
    .executeTakeFirst();
}
