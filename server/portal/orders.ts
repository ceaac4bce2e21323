// GET /api/v1/portal/{slug}/orders and /orders/{id}: the customer's orders (bestellingen) with their lines.
import { Hono, type Context } from 'hono';
import { requireContact } from '../auth/middleware.js';
import { found, ownedBy, requireFeature } from '../customer-data/access.js';
import { idParam, statusFilter } from '../customer-data/fields.js';
import { orderStatuses, portalOrderColumns, toPortalOrder, toPortalOrderSummary } from '../customer-data/orders.js';
import type { AppEnv } from '../http/env.js';
import { pageOf, pageQuerySchema, keysetPage } from '../http/pagination.js';
import { validate } from '../http/validate.js';

const orderListQuery = pageQuerySchema.extend({ status: statusFilter(orderStatuses) });

function orders(c: Context<AppEnv>) {
  return c.var.deps.db.selectFrom('orders').select(portalOrderColumns).$call(ownedBy(c.var.caller, 'orders'));
}

export const orderRoutes = new Hono<AppEnv>()
  .use('*', requireContact, requireFeature('orders'))
  .get('/', validate('query', orderListQuery), async (c) => {
    const page = c.req.valid('query');
    let query = orders(c);
    if (page.status) query = query.where('orders.status', 'in', page.status);
    const rows = await keysetPage(query, 'orders', page).execute();
    return c.json(pageOf(rows, page, toPortalOrderSummary));
  })
  .get('/:id', validate('param', idParam), async (c) => {
    const order = found(await orders(c).where('orders.id', '=', c.req.valid('param').id).executeTakeFirst(), 'order');
    return c.json(toPortalOrder(order));
  });
