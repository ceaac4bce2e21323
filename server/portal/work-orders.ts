// GET /api/v1/portal/{slug}/work-orders and /work-orders/{id}: the customer's work orders in the statuses the portal
// shows, with the status timeline and documents.
import { requireContact } from '../auth/middleware.js';
import { portalFailures, requireFeature } from '../customer-data/access.js';
import { idFilter, recordIdSchema, statusFilter } from '../customer-data/fields.js';
import {
  listPortalWorkOrders,
  portalWorkOrderDetailSchema,
  portalWorkOrderHistory,
  portalWorkOrderSchema,
  toPortalWorkOrder,
  toPortalWorkOrderDetail,
} from '../customer-data/work-orders.js';
import { defineRoute, json, onPortal, pageSchema, routeGroup, $ } from '../http/openapi.js';
import { pageOf, pageQuerySchema } from '../http/pagination.js';
import { workOrderStatuses } from '../portals/settings.js';

const tags = ['Customer data'];
const switchedOff = portalFailures.switchedOff('Work orders');

const listWorkOrders = defineRoute('portal', {
  method: 'get',
  path: '/',
  tags,
  summary: 'The customer’s work orders in the statuses the portal shows, newest first',
  request: {
    params: onPortal(),
    query: pageQuerySchema.extend({
      status: statusFilter(workOrderStatuses),
      objectId: idFilter('Only the work orders on this object.'),
      locationId: idFilter('Only the work orders at this location.'),
    }),
  },
  responses: { 200: json(pageSchema(portalWorkOrderSchema), 'A page of work orders'), 403: switchedOff },
});

const getWorkOrder = defineRoute('portal', {
  method: 'get',
  path: '/{id}',
  tags,
  summary: 'One work order, with its status timeline and documents',
  request: { params: onPortal({ id: recordIdSchema }) },
  responses: { 200: json(portalWorkOrderDetailSchema, 'The work order'), 403: switchedOff, 404: portalFailures.noRecord('work order') },
});

export const workOrderRoutes = $(routeGroup().use('*', requireContact, requireFeature('workOrders')))
  .openapi(listWorkOrders, async (c) => {
    const { deps, caller, portal } = c.var;
    const page = c.req.valid('query');
    const rows = await listPortalWorkOrders(deps.db, caller, portal.settings, page);
    return c.json(pageOf(rows, page, (row) => toPortalWorkOrder(row, portal.settings)), 200);
  })
  .openapi(getWorkOrder, async (c) => {
    const { deps, caller, portal } = c.var;
    const history = await portalWorkOrderHistory(deps.db, caller, portal.settings, c.req.valid('param').id);
    return c.json(toPortalWorkOrderDetail(history, portal.settings), 200);
  });
