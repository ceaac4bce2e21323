// GET /api/v1/portal/{slug}/objects and /objects/{id}: the customer's installed equipment with its service history.
import { Hono } from 'hono';
import { z } from 'zod';
import { requireContact } from '../auth/middleware.js';
import { found, newestFirst, ownedBy, requireFeature } from '../customer-data/access.js';
import { portalDocuments, toPortalDocument } from '../customer-data/documents.js';
import { idParam } from '../customer-data/fields.js';
import { portalObjectColumns, toPortalObject } from '../customer-data/objects.js';
import { portalWorkOrders, toPortalWorkOrder } from '../customer-data/work-orders.js';
import type { AppEnv } from '../http/env.js';
import { pageOf, pageQuerySchema, keysetPage } from '../http/pagination.js';
import { validate } from '../http/validate.js';

const objectListQuery = pageQuerySchema.extend({ locationId: z.string().max(100).optional() });

export const objectRoutes = new Hono<AppEnv>()
  .use('*', requireContact, requireFeature('objects'))
  .get('/', validate('query', objectListQuery), async (c) => {
    const page = c.req.valid('query');
    let query = c.var.deps.db.selectFrom('objects').select(portalObjectColumns).$call(ownedBy(c.var.caller, 'objects'));
    if (page.locationId) query = query.where('objects.location_id', '=', page.locationId);
    const rows = await keysetPage(query, 'objects', page).execute();
    return c.json(pageOf(rows, page, toPortalObject));
  })
  // The object with its parts, and its history as far as the portal shows work orders and documents: the most
  // recent page of each; the filtered lists (/work-orders?objectId=, /documents?objectId=) hold the rest.
  .get('/:id', validate('param', idParam), async (c) => {
    const { deps, caller, portal } = c.var;
    const objects = () => deps.db.selectFrom('objects').select(portalObjectColumns).$call(ownedBy(caller, 'objects'));
    const object = found(await objects().where('objects.id', '=', c.req.valid('param').id).executeTakeFirst(), 'object');
    const { workOrders: showWorkOrders, documents: showDocuments } = portal.settings.features;
    const [children, workOrders, documents] = await Promise.all([
      newestFirst(objects().where('objects.parent_id', '=', object.id), 'objects').execute(),
      showWorkOrders
        ? newestFirst(portalWorkOrders(deps.db, caller, portal.settings).where('work_orders.object_id', '=', object.id), 'work_orders').execute()
        : undefined,
      showDocuments ? newestFirst(portalDocuments(deps.db, caller).where('documents.object_id', '=', object.id), 'documents').execute() : undefined,
    ]);
    return c.json({
      ...toPortalObject(object),
      children: children.map(toPortalObject),
      // null, not []: the portal does not show these at all, which is not the same as there being none.
      workOrders: workOrders?.map((row) => toPortalWorkOrder(row, portal.settings)) ?? null,
      documents: documents?.map(toPortalDocument) ?? null,
    });
  });
