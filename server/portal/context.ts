// Loads the portal named in the URL and answers CORS for it: only its own allowed origins are echoed.
import { createMiddleware } from 'hono/factory';
import { ApiError } from '../http/errors.js';
import type { AppEnv } from '../http/env.js';
import { readPortalSettings } from '../portals/settings.js';

const allowedHeaders = 'Authorization, Content-Type, Idempotency-Key, X-Requested-With';
const allowedMethods = 'GET, POST, PATCH, PUT, DELETE, OPTIONS';

export const portalContext = createMiddleware<AppEnv>(async (c, next) => {
  c.header('Vary', 'Origin', { append: true });
  const slug = c.req.param('slug') ?? '';
  const row = await c.var.deps.db
    .selectFrom('portals')
    .select(['id', 'tenant_id', 'slug', 'settings'])
    .where('slug', '=', slug)
    .executeTakeFirst();
  const settings = row ? readPortalSettings(row.settings) : undefined;
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
