// GET /api/v1/portal/{slug}/overview: counts and highlights for the customer's home view.
import { Hono } from 'hono';
import { requireContact } from '../auth/middleware.js';
import { customerOverview } from '../customer-data/overview.js';
import type { AppEnv } from '../http/env.js';

export const overviewRoutes = new Hono<AppEnv>()
  .use('*', requireContact)
  .get('/', async (c) => c.json(await customerOverview(c.var.deps.db, c.var.caller, c.var.portal.settings)));
