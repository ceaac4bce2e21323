// GET /api/v1/portal/{slug}/locations: the signed-in customer's work addresses, for the request form and objects.
import { requireContact } from '../auth/middleware.js';
import { listPortalLocations, portalLocationSchema, toPortalLocation } from '../customer-data/locations.js';
import { defineRoute, json, onPortal, pageSchema, routeGroup, $ } from '../http/openapi.js';
import { pageOf, pageQuerySchema } from '../http/pagination.js';

const listLocations = defineRoute('portal', {
  method: 'get',
  path: '/',
  tags: ['Customer data'],
  summary: 'The customer’s work addresses, newest first',
  request: { params: onPortal(), query: pageQuerySchema },
  responses: { 200: json(pageSchema(portalLocationSchema), 'A page of locations') },
});

export const locationRoutes = $(routeGroup().use('*', requireContact)).openapi(listLocations, async (c) => {
  const page = c.req.valid('query');
  return c.json(pageOf(await listPortalLocations(c.var.deps.db, c.var.caller, page), page, toPortalLocation), 200);
});
