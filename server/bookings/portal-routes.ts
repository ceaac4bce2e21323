// The customer's side of booking visits, /api/v1/portal/{slug}/…: the free windows, the customer's own bookings, and
// moving or cancelling a planned visit.
import { createMiddleware } from 'hono/factory';
import { every } from 'hono/combine';
import { requireContact } from '../auth/middleware.js';
import { portalFailures, requireFeature } from '../customer-data/access.js';
import type { AppVariables } from '../http/env.js';
import { optionalText, recordIdSchema } from '../customer-data/fields.js';
import { ApiError } from '../http/errors.js';
import { dateTimeSchema, defineRoute, failure, json, jsonBody, onPortal, routeGroup, z } from '../http/openapi.js';
import { addDays, daysBetween } from './amsterdam-time.js';
import { availabilitySchema, portalBookingSchema, toPortalBooking } from './output.js';
import { availableWindows, bookableDates, maxAvailabilityDays } from './places.js';
import { bookingChoiceSchema, bookingDateSchema } from './schemas.js';
import { bookingOn, cancelVisit, rescheduleVisit } from './visits.js';
import type { BookingSettings } from './settings.js';
import type { BookingRow } from '../db/tables/bookings.js';

/**
 * Booking is on for this portal, and so is one of the features it serves (requests, work orders): 403
 * feature_disabled otherwise, before anything else is looked at. Sets the settings for the handler.
 */
type BookingEnv = { Variables: AppVariables & { booking: BookingSettings } };

const requireBooking = createMiddleware<BookingEnv>(async (c, next) => {
  const { features } = c.var.portal.settings;
  if (!features.requests && !features.workOrders) {
    throw new ApiError('feature_disabled', 'This part of the portal is switched off.', [{ path: 'feature', message: 'requests' }]);
  }
  c.set('booking', await bookingOn(c.var.deps.db, c.var.portal.id));
  await next();
});

const readMiddleware = every(requireContact, requireBooking);
const visitMiddleware = every(requireContact, requireFeature('workOrders'));

const tags = ['Booking visits'];
const switchedOff = failure('Booking visits is switched off for this portal', 'feature_disabled');
const switchedOffOrPreview = failure('Booking visits is switched off for this portal, or this is a read-only preview', 'feature_disabled', 'forbidden');

const availability = defineRoute('portal', {
  method: 'get',
  path: '/availability',
  tags,
  summary: 'The windows a customer may book for a work type, with the places left in each',
  description: `Dates in Europe/Amsterdam, from and to included, at most ${maxAvailabilityDays} days; dates before the lead time (business days, after the daily cut-off hour) or past the horizon, closed dates, blocked windows and full windows are left out.`,
  middleware: readMiddleware,
  request: {
    params: onPortal(),
    query: z.object({
      workType: z.string().min(1).max(40).optional().openapi({ description: 'One of the work types the portal lets customers book; 400 for another. Left out: the windows of any bookable work type.' }),
      from: bookingDateSchema.optional().openapi({ description: 'First date; default the first bookable one.' }),
      to: bookingDateSchema.optional().openapi({ description: `Last date, included; default four weeks from from, at most ${maxAvailabilityDays} days.` }),
    }),
  },
  responses: { 200: json(availabilitySchema, 'The free windows, by date and start time'), 403: switchedOff },
});

const listBookings = defineRoute('portal', {
  method: 'get',
  path: '/bookings',
  tags,
  summary: 'The customer’s bookings: visits booked with requests, and requests to move a planned visit',
  description: 'Newest first, at most 100. A requested booking past its holdUntil reads as expired.',
  middleware: readMiddleware,
  request: { params: onPortal(), query: z.object({ workOrderId: z.string().max(100).optional(), requestId: z.string().max(100).optional() }) },
  responses: { 200: json(z.object({ items: z.array(portalBookingSchema) }).openapi('PortalBookingList'), 'The bookings'), 403: switchedOff },
});

const workOrderParams = onPortal({ id: recordIdSchema });
const notFound = portalFailures.noRecord('work order');

const reschedule = defineRoute('portal', {
  method: 'post',
  path: '/work-orders/{id}/reschedule',
  tags,
  summary: 'Ask to move a planned visit to another free window',
  description:
    'Takes a place in the window at once, in the same transaction that checks it. When the business confirms bookings, the booking is requested (holding its place for holdHours) and the visit moves once staff confirm; otherwise it moves at once. A new request replaces an earlier unanswered one.',
  middleware: visitMiddleware,
  request: { params: workOrderParams, body: jsonBody(bookingChoiceSchema.extend({ reason: optionalText(1000) }).strict()) },
  responses: {
    201: json(portalBookingSchema, 'The booking of the new window'),
    403: switchedOffOrPreview,
    404: notFound,
    409: failure('The window has no place left (or is closed, or outside the lead time and horizon), or the work order has no planned visit: nothing was changed', 'conflict'),
  },
});

const cancelVisitRoute = defineRoute('portal', {
  method: 'post',
  path: '/work-orders/{id}/cancel-visit',
  tags,
  summary: 'Cancel a planned visit',
  description: 'The visit’s bookings give their places back, the work order is open again without a planned visit, and the business is told (webhook appointment.cancelled).',
  middleware: visitMiddleware,
  request: { params: workOrderParams, body: jsonBody(z.strictObject({ reason: optionalText(1000) })) },
  responses: {
    200: json(
      z.object({ workOrderId: z.string(), status: z.literal('cancelled'), reason: z.string().nullable(), cancelledAt: dateTimeSchema }).openapi('CancelledVisit'),
      'The visit is cancelled',
    ),
    403: switchedOffOrPreview,
    404: notFound,
    409: failure('The work order has no planned visit', 'conflict'),
  },
});

export const portalBookingRoutes = routeGroup<BookingEnv>()
  .openapi(availability, async (c) => {
    const { deps, portal } = c.var;
    const settings = c.var.booking;
    const query = c.req.valid('query');
    const now = new Date();
    const { workType } = query;
    const from = query.from ?? bookableDates(settings, now).first;
    const to = query.to ?? addDays(from, 27);
    if (workType === undefined ? settings.workTypes.length === 0 : !settings.workTypes.includes(workType)) throw new ApiError('validation_failed', 'This work type cannot be booked.', [{ path: 'workType', message: 'is not a work type customers may book' }]);
    if (to < from) throw new ApiError('validation_failed', 'The range ends before it starts.', [{ path: 'to', message: 'must not be before from' }]);
    if (daysBetween(from, to) + 1 > maxAvailabilityDays) throw new ApiError('validation_failed', 'The range is too long.', [{ path: 'to', message: `at most ${maxAvailabilityDays} days from from` }]);
    return c.json({ windows: await availableWindows(deps.db, portal.id, settings, { from, to }, now) }, 200);
  })
  .openapi(listBookings, async (c) => {
    const { deps, portal, caller } = c.var;
    const settings = c.var.booking;
    const { workOrderId, requestId } = c.req.valid('query');
    let query = deps.db
      .selectFrom('bookings')
      .selectAll()
      .where('tenant_id', '=', caller.tenantId)
      .where('customer_id', '=', caller.customerId)
      .where('portal_id', '=', portal.id);
    if (workOrderId) query = query.where('work_order_id', '=', workOrderId);
    if (requestId) query = query.where('request_id', '=', requestId);
    const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(100).execute();
    const now = new Date();
    return c.json({ items: rows.map((row: BookingRow) => toPortalBooking(row, settings, now)) }, 200);
  })
  .openapi(reschedule, async (c) => {
    const body = c.req.valid('json');
    const { booking, settings } = await rescheduleVisit(c, c.req.valid('param').id, { date: body.date, windowId: body.windowId, reason: body.reason });
    return c.json(toPortalBooking(booking, settings, new Date()), 201);
  })
  .openapi(cancelVisitRoute, async (c) => {
    const cancelled = await cancelVisit(c, c.req.valid('param').id, c.req.valid('json').reason);
    return c.json({ ...cancelled, status: 'cancelled' as const }, 200);
  });
