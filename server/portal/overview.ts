// GET /api/v1/portal/{slug}/overview: counts and highlights for the customer's home view.
import { requireContact } from '../auth/middleware.js';
import { customerOverview, portalOverviewSchema } from '../customer-data/overview.js';
import { defineRoute, json, onPortal, routeGroup, $ } from '../http/openapi.js';

const getOverview = defineRoute('portal', {
  method: 'get',
  path: '/',
  tags: ['Customer data'],
  summary: 'Counts and highlights for the home view: open requests and work orders, the next visit, open invoices and quotes',
  request: { params: onPortal() },
  responses: { 200: json(portalOverviewSchema, 'The overview') },
});

export const overviewRoutes = $(routeGroup().use('*', requireContact)).openapi(getOverview, async (c) =>
  c.json(await customerOverview(c.var.deps.db, c.var.caller, c.var.portal.settings), 200),
);
