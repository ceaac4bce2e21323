// Businesses (tenants), their portals and their back-office API keys.
import type { Kysely } from 'kysely';
import { actorFields, recordAudit, type BackOfficeActor } from '../audit/audit.js';
import { reusedQuery } from '../customer-data/compiled.js';
import type { Database } from '../db/schema.js';
import type { Portal } from '../db/tables/foundation.js';
import { newId, newSecret, nowIso, sha256Hex } from '../db/ids.js';
import { notFound } from '../http/errors.js';
import { defaultPortalSettings, type PortalSettings, type PortalSettingsInput } from '../portals/settings.js';

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
    if (await findPortalBySlug(trx, input.portalSlug)) throw new TenantError(`A portal with slug "${input.portalSlug}" already exists`);
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

/** The key behind a hash, while it is not revoked: asked on every request of the back-office API. */
const liveApiKey = reusedQuery(
  (db: Kysely<Database>, _shape: null, values: { keyHash: string }) =>
    db.selectFrom('api_keys').select(['id', 'tenant_id', 'name', 'last_used_at']).where('key_hash', '=', values.keyHash).where('revoked_at', 'is', null),
  () => '',
);

/** The tenant a live API key belongs to, or undefined. Marks the key as used. */
export async function tenantForApiKey(db: Kysely<Database>, apiKey: string): Promise<{ tenantId: string; keyId: string; name: string } | undefined> {
  const row = await liveApiKey.first(db, null, { keyHash: sha256Hex(apiKey) });
  if (!row) return undefined;
  const now = new Date();
  // Recording every use would turn each read into a write; a minute's precision is enough for "last used".
  if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) > 60_000) {
    await db.updateTable('api_keys').set({ last_used_at: nowIso(now) }).where('id', '=', row.id).execute();
  }
  return { tenantId: row.tenant_id, keyId: row.id, name: row.name };
}

// ── Portals ───────────────────────────────────────────────────────────────────────────────────────────────────────

/** A portal by its slug, whichever business it belongs to: slugs are unique across businesses. */
export function findPortalBySlug(db: Kysely<Database>, slug: string): Promise<Portal | undefined> {
  return db.selectFrom('portals').selectAll().where('slug', '=', slug).executeTakeFirst();
}

/** The business's portals, oldest first. */
export function portalsOfTenant(db: Kysely<Database>, tenantId: string): Promise<Portal[]> {
  return db.selectFrom('portals').selectAll().where('tenant_id', '=', tenantId).orderBy('created_at', 'asc').orderBy('slug', 'asc').execute();
}

/** The business's portal named by `slug`, or without one its first portal. */
export function findPortalOfTenant(db: Kysely<Database>, tenantId: string, slug: string | undefined): Promise<Portal | undefined> {
  const query = db.selectFrom('portals').selectAll().where('tenant_id', '=', tenantId);
  return (slug ? query.where('slug', '=', slug) : query.orderBy('created_at', 'asc').orderBy('id', 'asc')).executeTakeFirst();
}

/** The secret the business's site signs SSO identity tokens with; null while SSO was never switched on. */
export async function findSsoSecret(db: Kysely<Database>, portalId: string): Promise<string | null> {
  const row = await db.selectFrom('portals').select('sso_secret').where('id', '=', portalId).executeTakeFirst();
  return row?.sso_secret ?? null;
}

export interface SavedPortal {
  portal: Portal;
  created: boolean;
  /** Shown once, when it is made: on creation with SSO on, when SSO is switched on, and when rotated. */
  ssoSecret: string | null;
}

/**
 * Creates the business's portal `slug`, or replaces its settings. A portal with SSO on has a secret: made when SSO
 * is switched on, kept until `rotateSsoSecret`, dropped when SSO is switched off. 404 for another business's slug.
 */
export async function savePortalSettings(
  db: Kysely<Database>,
  admin: { tenantId: string; actor: BackOfficeActor },
  slug: string,
  settings: PortalSettings,
  rotateSsoSecret: boolean,
): Promise<SavedPortal> {
  const settingsJson = JSON.stringify(settings);
  const now = nowIso();
  let existing = await findPortalBySlug(db, slug);
  let created = false;
  if (!existing) {
    const row: Portal = {
      id: newId('por'),
      tenant_id: admin.tenantId,
      slug,
      settings: settingsJson,
      sso_secret: settings.auth.sso.enabled ? newSecret(32) : null,
      created_at: now,
      updated_at: now,
    };
    const inserted = await db
      .insertInto('portals')
      .values(row)
      .onConflict((conflict) => conflict.column('slug').doNothing())
      .returning('id')
      .executeTakeFirst();
    created = inserted !== undefined;
    existing = created ? row : await findPortalBySlug(db, slug);
    if (!existing) throw new Error('The portal that kept the insert out is gone');
  }
  // Another business's portal simply does not exist for this one.
  if (existing.tenant_id !== admin.tenantId) throw notFound('No such portal');

  let ssoSecret: string | null = created ? existing.sso_secret : null;
  let changed = created;
  if (!created) {
    const nextSecret = !settings.auth.sso.enabled ? null : rotateSsoSecret || !existing.sso_secret ? newSecret(32) : existing.sso_secret;
    if (nextSecret !== existing.sso_secret && nextSecret !== null) ssoSecret = nextSecret;
    if (settingsJson !== existing.settings || nextSecret !== existing.sso_secret) {
      await db
        .updateTable('portals')
        .set({ settings: settingsJson, sso_secret: nextSecret, updated_at: now })
        .where('id', '=', existing.id)
        .where('tenant_id', '=', admin.tenantId)
        .execute();
      existing = { ...existing, settings: settingsJson, sso_secret: nextSecret, updated_at: now };
      changed = true;
    }
  }
  if (changed) {
    await recordAudit(db, {
      tenantId: admin.tenantId,
      portalId: existing.id,
      ...actorFields(admin.actor),
      action: created ? 'portal.created' : 'portal.updated',
      subjectType: 'portal',
      subjectId: existing.id,
      ...(ssoSecret ? { details: { ssoSecret: created || !rotateSsoSecret ? 'created' : 'rotated' } } : {}),
    });
  }
  return { portal: existing, created, ssoSecret };
}
