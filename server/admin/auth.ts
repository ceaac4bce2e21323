// The back office authenticates with an API key; the key decides the tenant, and every admin query is scoped by it.
import { createMiddleware } from 'hono/factory';
import { ApiError } from '../http/errors.js';
import type { AppEnv } from '../http/env.js';
import { tenantForApiKey } from '../tenants/tenants.js';

export const apiKeyAuth = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('Authorization') ?? '';
  const match = /^Bearer (kp_live_[A-Za-z0-9_-]{20,100})$/.exec(header);
  const found = match ? await tenantForApiKey(c.var.deps.db, match[1]!) : undefined;
  if (!found) {
    c.header('WWW-Authenticate', 'Bearer realm="klantportaal-admin"');
    throw new ApiError('unauthorized', 'A valid API key is required: Authorization: Bearer kp_live_…');
  }
  c.set('admin', found);
  await next();
});
