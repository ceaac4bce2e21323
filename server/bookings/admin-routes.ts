// The business's side of booking visits, /api/v1/admin/…: the booking settings of a portal, windows closed on a
// date, and the bookings to confirm, decline or move.
import type { Kysely } from 'kysely';
import { recordAudit, actorFields } from '../audit/audit.js';
import { businessToday, recordIdSchema } from '../customer-data/fields.js';
import type { Database } from '../db/schema.js';
import { bookingStatuses, type BookingStatus } from '../db/tables/bookings.js';
import { nowIso } from '../db/ids.js';
import { ApiError, notFound } from '../http/errors.js';
import type { AdminCaller } from '../http/env.js';
import { decodeCursor, encodeCursor, pageQuerySchema } from '../http/pagination.js';
import { commonFailures, dateTimeSchema, defineRoute, empty, failure, json, jsonBody, routeGroup, z } from '../http/openapi.js';
import { readPortalSettings } from '../portals/settings.js';
import { findPortalOfTenant, portalSlugPattern } from '../tenants/tenants.js';
import { addDays, daysBetween } from './amsterdam-time.js';
import { adminBookingSchema, toAdminBooking, type AdminBookingRow } from './output.js';
import { windowOn } from './places.js';
import { bookingChoiceSchema, bookingDateSchema, bookingWindowIdSchema } from './schemas.js';
import { bookingSettingsSchema, loadBookingSettings, saveBookingSettings, type BookingSettings } from './settings.js';
import { decideBooking, setWindowBlocked } from './visits.js';

const tags = ['Back office: booking visits'];
const slugParams = z.object({ slug: z.string().regex(portalSlugPattern, { message: 'use 1 to 40 lowercase letters, digits and dashes' }) });
const blockParams = slugParams.extend({ date: bookingDateSchema, windowId: bookingWindowIdSchema });
const noPortal = commonFailures.notFound('portal');
const maxListDays = 366;

const getSettings = defineRoute('admin', {
  method: 'get',
  path: '/portals/{slug}/booking',
  tags,
  summary: 'The portal’s booking settings',
  request: { params: slugParams },
  responses: { 200: json(bookingSettingsSchema, 'The settings, defaults filled in (booking off until enabled)'), 404: noPortal },
});

const putSettings = defineRoute('admin', {
  method: 'put',
  path: '/portals/{slug}/booking',
  tags,
  summary: 'Replace the portal’s booking settings',
  description:
    'Windows per weekday (1 Monday to 7 Sunday) with wall-clock times in Europe/Amsterdam; a window ends after it starts and overlaps no other on its weekday; workTypes must be work types of the portal’s request form. Bookings already made stay as they are.',
  request: { params: slugParams, body: jsonBody(bookingSettingsSchema) },
  responses: { 200: json(bookingSettingsSchema, 'The settings as saved'), 404: noPortal },
});

const blockSchema = z
  .object({
    date: z.string().openapi({ format: 'date' }),
    windowId: z.string(),
    blocked: z.boolean(),
    note: z.string().nullable(),
    blockedAt: dateTimeSchema.nullable(),
    blockedBy: z.string().nullable(),
  })
  .openapi('BookingBlock');

const listBlocks = defineRoute('admin', {
  method: 'get',
  path: '/portals/{slug}/booking/blocks',
  tags,
  summary: 'The windows closed on a date, from and to included',
  request: {
    params: slugParams,
    query: z.object({
      from: bookingDateSchema.optional().openapi({ description: 'First date (default today, Europe/Amsterdam).' }),
      to: bookingDateSchema.optional().openapi({ description: `Last date, included (default four weeks from from; at most ${maxListDays} days).` }),
    }),
  },
  responses: { 200: json(z.object({ items: z.array(blockSchema) }).openapi('BookingBlockList'), 'The closed windows, by date'), 404: noPortal },
});

const putBlock = defineRoute('admin', {
  method: 'put',
  path: '/portals/{slug}/booking/blocks/{date}/{windowId}',
  tags,
  summary: 'Close one window on one date: customers can no longer book it',
  description: 'For staff and API keys alike (the back office pushes its own planning). Bookings already in the window stay; answer them on their own.',
  request: {
    params: blockParams,
    body: jsonBody(z.strictObject({ note: z.string().trim().max(500).nullish().transform((value) => value || null) }), 'A note for colleagues (why it is closed); {} for none.'),
  },
  responses: { 200: json(blockSchema, 'The window is closed on that date'), 404: noPortal },
});

const deleteBlock = defineRoute('admin', {
  method: 'delete',
  path: '/portals/{slug}/booking/blocks/{date}/{windowId}',
  tags,
  summary: 'Open a closed window on a date again',
  request: { params: blockParams },
  responses: { 204: empty('The window is open on that date (or was not closed)'), 404: noPortal },
});

const statusFilter = z
  .string()
  .max(100)
  .transform((value) => value.split(',').map((part) => part.trim()).filter(Boolean))
  .pipe(z.array(z.enum(bookingStatuses)).min(1))
  .optional()
  .openapi({ description: `One or more of ${bookingStatuses.join(', ')}, separated by commas.`, example: 'requested' });

const listQuery = pageQuerySchema.extend({
  from: bookingDateSchema.optional().openapi({ description: 'First date (default today, Europe/Amsterdam).' }),
  to: bookingDateSchema.optional().openapi({ description: `Last date, included (default four weeks from from; at most ${maxListDays} days).` }),
  status: statusFilter,
  portal: z.string().max(40).optional().openapi({ description: 'Only this portal’s bookings, by slug.' }),
});

const listBookings = defineRoute('admin', {
  method: 'get',
  path: '/bookings',
  tags,
  summary: 'Bookings of every portal, in the order of their windows: for the day and week view and the inbox',
  description: 'Earliest window first (not newest first: this is a planning), paged with ?limit= and ?cursor= like every list.',
  request: { query: listQuery },
  responses: { 200: json(z.object({ items: z.array(adminBookingSchema), nextCursor: z.string().nullable() }).openapi('AdminBookingPage'), 'A page of bookings') },
});

const getBooking = defineRoute('admin', {
  method: 'get',
  path: '/bookings/{id}',
  tags,
  summary: 'One booking',
  request: { params: z.object({ id: recordIdSchema }) },
  responses: { 200: json(adminBookingSchema, 'The booking'), 404: commonFailures.notFound('booking') },
});

const patchBooking = defineRoute('admin', {
  method: 'patch',
  path: '/bookings/{id}',
  tags,
  summary: 'Confirm or decline a booking, or confirm it in another window',
  description:
    'confirmed: the booking keeps its place (an expired one takes it again when the window still has one) and its work order gets the window as its planned visit. With proposal, it is confirmed in that window instead, checked like a new booking. The customer is mailed (with an .ics when confirmed) and sees it live.',
  request: {
    params: z.object({ id: recordIdSchema }),
    body: jsonBody(
      z
        .strictObject({ status: z.enum(['confirmed', 'declined']), proposal: bookingChoiceSchema.optional() })
        .refine((body) => !(body.proposal && body.status === 'declined'), { path: ['proposal'], message: 'goes with status confirmed: the booking moves to that window' }),
    ),
  },
  responses: {
    200: json(adminBookingSchema, 'The booking as answered'),
    404: commonFailures.notFound('booking'),
    409: failure('The booking was answered or cancelled already, or its window (or the proposed one) has no place left: nothing was changed', 'conflict'),
  },
});

async function portalOf(db: Kysely<Database>, admin: AdminCaller, slug: string) {
  const portal = await findPortalOfTenant(db, admin.tenantId, slug);
  if (!portal) throw notFound('No such portal');
  return portal;
}

function adminBookings(db: Kysely<Database>, tenantId: string) {
  return db
    .selectFrom('bookings')
    .innerJoin('portals', 'portals.id', 'bookings.portal_id')
    .innerJoin('customers', 'customers.id', 'bookings.customer_id')
    .leftJoin('contacts', 'contacts.id', 'bookings.contact_id')
    .leftJoin('requests', 'requests.id', 'bookings.request_id')
    .leftJoin('work_orders', 'work_orders.id', 'bookings.work_order_id')
    .selectAll('bookings')
    .select([
      'portals.slug as portal_slug',
      'customers.external_id as customer_external_id',
      'customers.name as customer_name',
      'contacts.name as contact_name',
      'contacts.email as contact_email',
      'requests.reference as request_reference',
      'work_orders.external_id as work_order_external_id',
      'work_orders.number as work_order_number',
    ])
    .where('bookings.tenant_id', '=', tenantId);
}

/** Settings of each portal the rows name, read once per answer. */
async function settingsByPortal(db: Kysely<Database>, rows: { portal_id: string }[]): Promise<Map<string, BookingSettings>> {
  const ids = [...new Set(rows.map((row) => row.portal_id))];
  const entries = await Promise.all(ids.map(async (id) => [id, await loadBookingSettings(db, id)] as const));
  return new Map(entries);
}

function statusWhere(statuses: readonly BookingStatus[], now: Date) {
  const at = nowIso(now);
  return (eb: any) =>
    eb.or(
      statuses.map((status) => {
        if (status === 'requested') return eb.and([eb('bookings.status', '=', 'requested'), eb('bookings.hold_until', '>', at)]);
        if (status === 'expired') return eb.or([eb('bookings.status', '=', 'expired'), eb.and([eb('bookings.status', '=', 'requested'), eb('bookings.hold_until', '<=', at)])]);
        return eb('bookings.status', '=', status);
      }),
    );
}

export const adminBookingRoutes = routeGroup()
  .openapi(getSettings, async (c) => {
    const { deps, admin } = c.var;
    const portal = await portalOf(deps.db, admin, c.req.valid('param').slug);
    return c.json(await loadBookingSettings(deps.db, portal.id), 200);
  })
  .openapi(putSettings, async (c) => {
    const { deps, admin } = c.var;
    const portal = await portalOf(deps.db, admin, c.req.valid('param').slug);
    const settings = c.req.valid('json');
    const offered = new Set(readPortalSettings(portal.settings).requestForm.workTypes.map((type) => type.id));
    const unknown = settings.workTypes.flatMap((id, index) => (offered.has(id) ? [] : [{ path: `workTypes.${index}`, message: `is not a work type of the portal’s request form (${id})` }]));
    if (unknown.length > 0) throw new ApiError('validation_failed', 'The request body is not valid.', unknown);
    await deps.db.transaction().execute(async (trx) => {
      await saveBookingSettings(trx, admin.tenantId, portal.id, settings);
      await recordAudit(trx, { tenantId: admin.tenantId, portalId: portal.id, ...actorFields(admin.actor), action: 'portal.booking_settings_saved', subjectType: 'portal', subjectId: portal.id, details: { enabled: settings.enabled, windows: settings.windows.length } });
    });
    return c.json(await loadBookingSettings(deps.db, portal.id), 200);
  })
  .openapi(listBlocks, async (c) => {
    const { deps, admin } = c.var;
    const portal = await portalOf(deps.db, admin, c.req.valid('param').slug);
    const query = c.req.valid('query');
    const from = query.from ?? businessToday();
    const to = query.to ?? addDays(from, 27);
    if (to < from || daysBetween(from, to) + 1 > maxListDays) throw new ApiError('validation_failed', 'The range is not valid.', [{ path: 'to', message: `must be from from to at most ${maxListDays} days later` }]);
    const rows = await deps.db
      .selectFrom('booking_slots')
      .selectAll()
      .where('portal_id', '=', portal.id)
      .where('blocked', '=', 1)
      .where('date', '>=', from)
      .where('date', '<=', to)
      .orderBy('date')
      .orderBy('window_id')
      .execute();
    return c.json({ items: rows.map((row) => ({ date: row.date, windowId: row.window_id, blocked: true, note: row.block_note, blockedAt: row.blocked_at, blockedBy: row.blocked_by_name })) }, 200);
  })
  .openapi(putBlock, async (c) => {
    const { deps, admin } = c.var;
    const { slug, date, windowId } = c.req.valid('param');
    const portal = await portalOf(deps.db, admin, slug);
    const settings = await loadBookingSettings(deps.db, portal.id);
    windowOn(settings, date, windowId);
    return c.json(await setWindowBlocked(deps.db, admin, { id: portal.id, settings }, date, windowId, { note: c.req.valid('json').note }), 200);
  })
  .openapi(deleteBlock, async (c) => {
    const { deps, admin } = c.var;
    const { slug, date, windowId } = c.req.valid('param');
    const portal = await portalOf(deps.db, admin, slug);
    const settings = await loadBookingSettings(deps.db, portal.id);
    await setWindowBlocked(deps.db, admin, { id: portal.id, settings }, date, windowId, false);
    return c.body(null, 204);
  })
  .openapi(listBookings, async (c) => {
    const { deps, admin } = c.var;
    const query = c.req.valid('query');
    const now = new Date();
    const from = query.from ?? businessToday(now);
    const to = query.to ?? addDays(from, 27);
    if (to < from || daysBetween(from, to) + 1 > maxListDays) throw new ApiError('validation_failed', 'The range is not valid.', [{ path: 'to', message: `must be from from to at most ${maxListDays} days later` }]);
    let rows = adminBookings(deps.db, admin.tenantId).where('bookings.date', '>=', from).where('bookings.date', '<=', to);
    if (query.status) rows = rows.where(statusWhere(query.status, now));
    if (query.portal) rows = rows.where('portals.slug', '=', query.portal);
    // The page cursor's position is (starts_at, id) here: the list runs from the earliest window on.
    const cursor = decodeCursor(query.cursor);
    if (cursor) {
      rows = rows.where((eb) => eb.or([eb('bookings.starts_at', '>', cursor.createdAt), eb.and([eb('bookings.starts_at', '=', cursor.createdAt), eb('bookings.id', '>', cursor.id)])]));
    }
    const found = (await rows.orderBy('bookings.starts_at').orderBy('bookings.id').limit(query.limit + 1).execute()) as AdminBookingRow[];
    const more = found.length > query.limit;
    const kept = more ? found.slice(0, query.limit) : found;
    const settings = await settingsByPortal(deps.db, kept);
    const last = kept[kept.length - 1];
    return c.json(
      {
        items: kept.map((row) => toAdminBooking(row, settings.get(row.portal_id)!, now)),
        nextCursor: more && last ? encodeCursor({ created_at: last.starts_at, id: last.id }) : null,
      },
      200,
    );
  })
  .openapi(getBooking, async (c) => {
    const { deps, admin } = c.var;
    const row = (await adminBookings(deps.db, admin.tenantId).where('bookings.id', '=', c.req.valid('param').id).executeTakeFirst()) as AdminBookingRow | undefined;
    if (!row) throw notFound('There is no booking with this id.');
    return c.json(toAdminBooking(row, await loadBookingSettings(deps.db, row.portal_id), new Date()), 200);
  })
  .openapi(patchBooking, async (c) => {
    const { deps, admin } = c.var;
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    await decideBooking(deps, admin, id, { status: body.status, proposal: body.proposal });
    const row = (await adminBookings(deps.db, admin.tenantId).where('bookings.id', '=', id).executeTakeFirstOrThrow()) as AdminBookingRow;
    return c.json(toAdminBooking(row, await loadBookingSettings(deps.db, row.portal_id), new Date()), 200);
  });
