// GET /api/v1/portal/{slug}/locations: the signed-in customer's work addresses, for the request form and objects.
import { Hono } from 'hono';
import { requireContact } from '../auth/middleware.js';
import { ownedBy } from '../customer-data/access.js';
import { portalLocationColumns, toPortalLocation } from '../customer-data/locations.js';
import type { AppEnv } from '../http/env.js';
import { pageOf, pageQuerySchema, keysetPage } from '../http/pagination.js';
import { validate } from '../http/validate.js';

export const locationRoutes = new Hono<AppEnv>()
  .use('*', requireContact)
  .get('/', validate('query', pageQuerySchema), async (c) => {
    const page = c.req.valid('query');
    const query = c.var.deps.db.selectFrom('locations').select(portalLocationColumns).$call(ownedBy(c.var.caller, 'locations'));
    const rows = await keysetPage(query, 'locations', page).execute();
    return c.json(pageOf(rows, page, toPortalLocation));
  });
