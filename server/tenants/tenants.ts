// Businesses (tenants), their portals and their back-office API keys.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { newId, newSecret, nowIso, sha256Hex } from '../db/ids.js';
import { defaultPortalSettings, type PortalSettingsInput } from '../portals/settings.js';

export class TenantError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TenantError';
  }
}

export const portalSlugPattern = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;

export interface CreatedApiKey {
  id: string;
  /** The full key: shown once, stored only as its sha256. */
  apiKey: string;
}

export async function createApiKey(db: Kysely<Database>, tenantId: string, name = 'default'): Promise<CreatedApiKey> {
  const tenant = await db.selectFrom('tenants').select('id').where('id', '=', tenantId).executeTakeFirst();
  if (!tenant) throw new TenantError(`No tenant with id ${tenantId}`);
  const apiKey = `kp_live_${newSecret(24)}`;
  const id = newId('key');
  await db
    .insertInto('api_keys')
    .values({
      id,
      tenant_id: tenantId,
      name,
      prefix: apiKey.slice(0, 12),
      key_hash: sha256Hex(apiKey),
      created_at: nowIso(),
      last_used_at: null,
      revoked_at: null,
    })
    .execute();
  return { id, apiKey };
}

export interface CreateTenantInput {
  name: string;
  portalSlug: string;
  allowedOrigins?: string[];
  homeUrl?: string | null;
  settings?: Partial<PortalSettingsInput>;
}

export interface CreatedTenant {
  tenantId: string;
  portalId: string;
  portal: string;
  apiKey: string;
}

/** Creates a business with its first portal and API key, all or nothing. */
export async function createTenant(db: Kysely<Database>, input: CreateTenantInput): Promise<CreatedTenant> {
  if (!portalSlugPattern.test(input.portalSlug)) {
    throw new TenantError(
      `Portal slug "${input.portalSlug}" is not valid: use 1 to 40 lowercase letters, digits and dashes`,
    );
  }
  const settings = defaultPortalSettings(input.name, {
    ...input.settings,
    ...(input.allowedOrigins ? { allowedOrigins: input.allowedOrigins } : {}),
    ...(input.homeUrl !== undefined ? { homeUrl: input.homeUrl } : {}),
  });
  return db.transaction().execute(async (trx) => {
    const taken = await trx.selectFrom('portals').select('id').where('slug', '=', input.portalSlug).executeTakeFirst();
    if (taken) throw new TenantError(`A portal with slug "${input.portalSlug}" already exists`);
    const now = nowIso();
    const tenantId = newId('ten');
    const portalId = newId('por');
    await trx.insertInto('tenants').values({ id: tenantId, name: input.name, created_at: now }).execute();
    await trx
      .insertInto('portals')
      .values({
        id: portalId,
        tenant_id: tenantId,
        slug: input.portalSlug,
        settings: JSON.stringify(settings),
        sso_secret: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    const { apiKey } = await createApiKey(trx, tenantId);
    return { tenantId, portalId, portal: input.portalSlug, apiKey };
  });
}

/** The tenant a live API key belongs to, or undefined. Marks the key as used. */
export async function tenantForApiKey(db: Kysely<Database>, apiKey: string): Promise<{ tenantId: string; keyId: string; name: string } | undefined> {
  const row = await db
    .selectFrom('api_keys')
    .select(['id', 'tenant_id', 'name', 'last_used_at'])
    .where('key_hash', '=', sha256Hex(apiKey))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  const now = new Date();
  // Recording every use would turn each read into a write; a minute's precision is enough for "last used".
  if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) > 60_000) {
    await db.updateTable('api_keys').set({ last_used_at: nowIso(now) }).where('id', '=', row.id).execute();
  }
  return { tenantId: row.tenant_id, keyId: row.id, name: row.name };
}
