// GET /api/v1/portal/{slug}/orders and /orders/{id}: the customer's orders (bestellingen) with their lines.
import { requireContact } from '../auth/middleware.js';
import { found, portalFailures, requireFeature } from '../customer-data/access.js';
import { recordIdSchema, statusFilter } from '../customer-data/fields.js';
import { findPortalOrder, listPortalOrders, orderStatuses, portalOrderSchema, portalOrderSummarySchema, toPortalOrder, toPortalOrderSummary } from '../customer-data/orders.js';
import { defineRoute, json, onPortal, pageSchema, routeGroup, $ } from '../http/openapi.js';
import { pageOf, pageQuerySchema } from '../http/pagination.js';

const tags = ['Customer data'];
const switchedOff = portalFailures.switchedOff('Orders');

const listOrders = defineRoute('portal', {
  method: 'get',
  path: '/',
  tags,
  summary: 'The customer’s orders, newest first',
  request: { params: onPortal(), query: pageQuerySchema.extend({ status: statusFilter(orderStatuses) }) },
  responses: { 200: json(pageSchema(portalOrderSummarySchema), 'A page of orders, without their lines'), 403: switchedOff },
});

const getOrder = defineRoute('portal', {
  method: 'get',
  path: '/{id}',
  tags,
  summary: 'One order with its lines',
  request: { params: onPortal({ id: recordIdSchema }) },
  responses: { 200: json(portalOrderSchema, 'The order'), 403: switchedOff, 404: portalFailures.noRecord('order') },
});

export const orderRoutes = $(routeGroup().use('*', requireContact, requireFeature('orders')))
  .openapi(listOrders, async (c) => {
    const page = c.req.valid('query');
    return c.json(pageOf(await listPortalOrders(c.var.deps.db, c.var.caller, page), page, toPortalOrderSummary), 200);
  })
  .openapi(getOrder, async (c) => {
    const order = found(await findPortalOrder(c.var.deps.db, c.var.caller, c.req.valid('param').id), 'order');
    return c.json(toPortalOrder(order), 200);
  });
