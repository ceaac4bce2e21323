// GET /api/v1/portal/{slug}/work-orders, /work-orders/{id} and /work-orders/{id}/calendar.ics: the customer's work
// orders in the statuses the portal shows, with the status timeline and documents, and a planned visit as a calendar file.
import { z } from '@hono/zod-openapi';
import { requireContact } from '../auth/middleware.js';
import { portalFailures, requireFeature } from '../customer-data/access.js';
import { idFilter, recordIdSchema, statusFilter } from '../customer-data/fields.js';
import {
  listPortalWorkOrders,
  plannedVisit,
  portalWorkOrderDetailSchema,
  portalWorkOrderHistory,
  portalWorkOrderSchema,
  toPortalWorkOrder,
  toPortalWorkOrderDetail,
} from '../customer-data/work-orders.js';
import { visitCalendar } from '../customer-data/visit-calendar.js';
import { fileDownload } from '../files/download.js';
import { defineRoute, failure, file, json, onPortal, pageSchema, routeGroup, $ } from '../http/openapi.js';
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

const visitCalendarFile = defineRoute('portal', {
  method: 'get',
  path: '/{id}/calendar.ics',
  tags,
  summary: 'A planned visit as an iCalendar file, to add to the customer’s own calendar',
  description:
    'RFC 5545, times in Europe/Amsterdam with its VTIMEZONE; one UID per work order, so adding it again after a change updates the appointment. The summary names the kind of work and the business, the location the address.',
  request: {
    params: onPortal({ id: recordIdSchema }),
    query: z.object({ lang: z.enum(['nl', 'en']).optional().openapi({ description: 'The language of the texts; the portal’s own when left out.' }) }),
  },
  responses: {
    200: file('The visit, as an attachment', ['text/calendar']),
    403: switchedOff,
    404: portalFailures.noRecord('work order'),
    409: failure('The work order has no planned visit: not planned (yet), or done or cancelled', 'conflict'),
  },
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
  })
  .openapi(visitCalendarFile, async (c) => {
    const { deps, caller, portal } = c.var;
    const workOrder = await plannedVisit(deps.db, caller, portal.settings, c.req.valid('param').id);
    const locale = c.req.valid('query').lang ?? portal.settings.locale;
    const workType = portal.settings.requestForm.workTypes.find((type) => type.id === workOrder.work_type);
    const calendar = visitCalendar({
      workOrder,
      businessName: portal.settings.name,
      workTypeLabel: workType ? workType.label[locale] : workOrder.work_type,
      locale,
      uidDomain: new URL(deps.config.publicUrl).hostname,
    });
    const filename = `${locale === 'en' ? 'visit' : 'bezoek'} ${workOrder.number}.ics`;
    return fileDownload(c, { data: new TextEncoder().encode(calendar), contentType: 'text/calendar; charset=utf-8', filename }) as never;
  });
