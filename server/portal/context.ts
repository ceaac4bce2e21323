// Loads the portal named in the URL and answers CORS for it: only its own allowed origins are echoed.
import { createMiddleware } from 'hono/factory';
import type { Kysely } from 'kysely';
import { ApiError } from '../http/errors.js';
import type { AppEnv } from '../http/env.js';
import { reusedQuery } from '../customer-data/compiled.js';
import type { Database } from '../db/schema.js';
import { readPortalSettings, type PortalSettings } from '../portals/settings.js';

const allowedHeaders = 'Authorization, Content-Type, Idempotency-Key, X-Requested-With';
const allowedMethods = 'GET, POST, PATCH, PUT, DELETE, OPTIONS';

const portalBySlug = reusedQuery(
  (db: Kysely<Database>, _shape: null, values: { slug: string }) => db.selectFrom('portals').select(['id', 'tenant_id', 'slug', 'settings']).where('slug', '=', values.slug),
  () => '',
);

// The settings are read with the portal on every request, so switching the portal or a part of it off counts at once;
// only turning the same stored text into an object again is saved. Each text maps to a fresh read of it, never changed.
const parsedSettings = new Map<string, PortalSettings>();
const maxParsedSettings = 100;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

function settingsOf(text: string): PortalSettings {
  let settings = parsedSettings.get(text);
  if (!settings) {
    settings = deepFreeze(readPortalSettings(text));
    if (parsedSettings.size >= maxParsedSettings) parsedSettings.delete(parsedSettings.keys().next().value!);
    parsedSettings.set(text, settings);
  }
  return settings;
}

export const portalContext = createMiddleware<AppEnv>(async (c, next) => {
  c.header('Vary', 'Origin', { append: true });
  const slug = c.req.param('slug') ?? '';
  const row = await portalBySlug.first(c.var.deps.db, null, { slug });
  const settings = row ? settingsOf(row.settings) : undefined;
  if (!row || !settings?.enabled) throw new ApiError('not_found', 'This portal does not exist.');
  c.set('portal', { id: row.id, tenantId: row.tenant_id, slug: row.slug, settings });

  const origin = c.req.header('Origin');
  const allowed = origin !== undefined && settings.allowedOrigins.includes(origin);
  if (allowed) {
    c.header('Access-Control-Allow-Origin', origin);
    c.header('Access-Control-Allow-Credentials', 'true');
  }
  if (c.req.method === 'OPTIONS') {
    if (allowed) {
      c.header('Access-Control-Allow-Methods', allowedMethods);
      c.header('Access-Control-Allow-Headers', allowedHeaders);
      c.header('Access-Control-Max-Age', '600');
    }
    return c.body(null, 204);
  }
  await next();
});
