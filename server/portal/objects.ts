// GET /api/v1/portal/{slug}/objects and /objects/{id}: the customer's installed equipment with its service history.
import { requireContact } from '../auth/middleware.js';
import { portalFailures, requireFeature } from '../customer-data/access.js';
import { idFilter, recordIdSchema } from '../customer-data/fields.js';
import { listPortalObjects, portalObjectDetailSchema, portalObjectHistory, portalObjectSchema, toPortalObject, toPortalObjectDetail } from '../customer-data/objects.js';
import { defineRoute, json, onPortal, pageSchema, routeGroup, $ } from '../http/openapi.js';
import { pageOf, pageQuerySchema } from '../http/pagination.js';

const tags = ['Customer data'];
const switchedOff = portalFailures.switchedOff('Objects');

const listObjects = defineRoute('portal', {
  method: 'get',
  path: '/',
  tags,
  summary: 'The customer’s installed objects, newest first',
  request: { params: onPortal(), query: pageQuerySchema.extend({ locationId: idFilter('Only the objects at this location.') }) },
  responses: { 200: json(pageSchema(portalObjectSchema), 'A page of objects'), 403: switchedOff },
});

const getObject = defineRoute('portal', {
  method: 'get',
  path: '/{id}',
  tags,
  summary: 'One object, with its parts, work orders and documents',
  description: 'The most recent page of each; the filtered lists (/work-orders?objectId=, /documents?objectId=) hold the rest.',
  request: { params: onPortal({ id: recordIdSchema }) },
  responses: { 200: json(portalObjectDetailSchema, 'The object'), 403: switchedOff, 404: portalFailures.noRecord('object') },
});

export const objectRoutes = $(routeGroup().use('*', requireContact, requireFeature('objects')))
  .openapi(listObjects, async (c) => {
    const page = c.req.valid('query');
    return c.json(pageOf(await listPortalObjects(c.var.deps.db, c.var.caller, page), page, toPortalObject), 200);
  })
  .openapi(getObject, async (c) => {
    const { deps, caller, portal } = c.var;
    const history = await portalObjectHistory(deps.db, caller, portal.settings, c.req.valid('param').id);
    return c.json(toPortalObjectDetail(history, portal.settings), 200);
  });
