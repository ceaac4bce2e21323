// GET /api/v1/portal/{slug}/config: what the widget needs before anyone signs in. Public.
import { Hono } from 'hono';
import type { AppEnv } from '../http/env.js';
import { publicPortalConfig } from '../portals/public-config.js';

export const configRoutes = new Hono<AppEnv>().get('/config', (c) => {
  c.header('Cache-Control', 'no-cache');
  return c.json(publicPortalConfig(c.var.portal.slug, c.var.portal.settings));
});
