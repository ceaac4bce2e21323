// GET /api/v1/portal/{slug}/work-orders and /work-orders/{id}: the customer's work orders in the statuses the portal
// shows, with the status timeline and documents.
import { Hono } from 'hono';
import { z } from 'zod';
import { requireContact } from '../auth/middleware.js';
import { found, newestFirst, requireFeature } from '../customer-data/access.js';
import { portalDocuments, toPortalDocument } from '../customer-data/documents.js';
import { idParam, statusFilter } from '../customer-data/fields.js';
import { portalWorkOrders, toPortalWorkOrder, workOrderTimeline } from '../customer-data/work-orders.js';
import type { AppEnv } from '../http/env.js';
import { pageOf, pageQuerySchema, keysetPage } from '../http/pagination.js';
import { validate } from '../http/validate.js';
import { workOrderStatuses } from '../portals/settings.js';

const workOrderListQuery = pageQuerySchema.extend({
  status: statusFilter(workOrderStatuses),
  objectId: z.string().max(100).optional(),
  locationId: z.string().max(100).optional(),
});

export const workOrderRoutes = new Hono<AppEnv>()
  .use('*', requireContact, requireFeature('workOrders'))
  .get('/', validate('query', workOrderListQuery), async (c) => {
    const { deps, caller, portal } = c.var;
    const page = c.req.valid('query');
    let query = portalWorkOrders(deps.db, caller, portal.settings, page.status);
    if (page.objectId) query = query.where('work_orders.object_id', '=', page.objectId);
    if (page.locationId) query = query.where('work_orders.location_id', '=', page.locationId);
    const rows = await keysetPage(query, 'work_orders', page).execute();
    return c.json(pageOf(rows, page, (row) => toPortalWorkOrder(row, portal.settings)));
  })
  .get('/:id', validate('param', idParam), async (c) => {
    const { deps, caller, portal } = c.var;
    const workOrder = found(
      await portalWorkOrders(deps.db, caller, portal.settings).where('work_orders.id', '=', c.req.valid('param').id).executeTakeFirst(),
      'work order',
    );
    const [timeline, documents] = await Promise.all([
      workOrderTimeline(deps.db, workOrder.id, portal.settings.workOrders.visibleStatuses),
      portal.settings.features.documents
        ? newestFirst(portalDocuments(deps.db, caller).where('documents.work_order_id', '=', workOrder.id), 'documents').execute()
        : undefined,
    ]);
    return c.json({
      ...toPortalWorkOrder(workOrder, portal.settings),
      timeline,
      documents: documents?.map(toPortalDocument) ?? null,
    });
  });
