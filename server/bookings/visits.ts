// What customers and staff do with bookings: move or cancel a planned visit, confirm or decline a booking, close a
// window on a date. Each change, its webhook, its live event and its audit row are one transaction; mail goes after.
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import { actorFields, recordAudit } from '../audit/audit.js';
import { recordContactAction, recordNotFound } from '../customer-data/access.js';
import type { Database } from '../db/schema.js';
import type { BookingRow, BookingStatus } from '../db/tables/bookings.js';
import { newId, nowIso } from '../db/ids.js';
import { publishRecordEvent, publishRequestEvent } from '../events/publish.js';
import { ApiError } from '../http/errors.js';
import type { AdminCaller, AppEnv, Deps } from '../http/env.js';
import { enqueueWebhookEvent } from '../webhooks/outbox.js';
import { amsterdamIsoOf } from './amsterdam-time.js';
import { mailBookingDecision } from './mails.js';
import { bookingStatusAt, holdPlace, takeBooking } from './places.js';
import { loadBookingSettings, type BookingSettings } from './settings.js';

export type AppointmentEvent = 'appointment.requested' | 'appointment.confirmed' | 'appointment.declined' | 'appointment.cancelled';

/** What a back office reads of a booking in a webhook: written out, never the row. */
async function appointmentData(trx: Kysely<Database>, booking: BookingRow): Promise<Record<string, unknown>> {
  const [customer, request, workOrder] = await Promise.all([
    trx.selectFrom('customers').select('external_id').where('id', '=', booking.customer_id).executeTakeFirst(),
    booking.request_id ? trx.selectFrom('requests').select('reference').where('id', '=', booking.request_id).executeTakeFirst() : undefined,
    booking.work_order_id ? trx.selectFrom('work_orders').select(['external_id', 'number']).where('id', '=', booking.work_order_id).executeTakeFirst() : undefined,
  ]);
  return {
    booking: {
      id: booking.id,
      kind: booking.kind,
      status: booking.status,
      date: booking.date,
      windowId: booking.window_id,
      start: amsterdamIsoOf(new Date(booking.starts_at)),
      end: amsterdamIsoOf(new Date(booking.ends_at)),
      holdUntil: booking.hold_until,
      reason: booking.reason,
      workType: booking.work_type,
    },
    customer: { externalId: customer?.external_id ?? null },
    request: booking.request_id ? { id: booking.request_id, reference: request?.reference ?? null } : null,
    workOrder: booking.work_order_id ? { id: booking.work_order_id, externalId: workOrder?.external_id ?? null, number: workOrder?.number ?? null } : null,
  };
}

/** The booking's webhook, and the live update of the request or work order it belongs to. */
export async function announceBooking(trx: Kysely<Database>, booking: BookingRow, type: AppointmentEvent, now: Date, options: { live?: boolean } = {}): Promise<void> {
  await enqueueWebhookEvent(trx, booking.tenant_id, type, await appointmentData(trx, booking), now);
  if (options.live === false) return;
  if (booking.work_order_id) await publishRecordEvent(trx, 'work_orders', booking.tenant_id, booking.work_order_id);
  if (booking.request_id) await publishRequestEvent(trx, 'request.updated', booking.tenant_id, booking.request_id);
}

/**
 * A confirmed booking plans its work order: the window becomes the planned visit (an open work order becomes
 * planned), and the work order's other confirmed bookings give their places back.
 */
async function planWorkOrder(trx: Kysely<Database>, booking: BookingRow, now: Date): Promise<void> {
  if (!booking.work_order_id) return;
  const at = nowIso(now);
  const workOrder = await trx.selectFrom('work_orders').select(['status', 'status_label']).where('id', '=', booking.work_order_id).where('tenant_id', '=', booking.tenant_id).executeTakeFirst();
  if (!workOrder) return;
  const status = workOrder.status === 'open' ? 'planned' : workOrder.status;
  await trx
    .updateTable('work_orders')
    .set({ planned_start: booking.starts_at, planned_end: booking.ends_at, status, updated_at: at })
    .where('id', '=', booking.work_order_id)
    .execute();
  if (status !== workOrder.status) {
    await trx
      .insertInto('work_order_events')
      .values({ id: newId('woe'), tenant_id: booking.tenant_id, work_order_id: booking.work_order_id, status, status_label: workOrder.status_label, at })
      .execute();
  }
  await trx
    .updateTable('bookings')
    .set({ status: 'cancelled', hold_until: null, updated_at: at })
    .where('work_order_id', '=', booking.work_order_id)
    .where('id', '!=', booking.id)
    .where('status', '=', 'confirmed')
    .execute();
}

/** A work order the caller's customer has, planned: 404 for another customer's, 409 when it has no planned visit. */
async function plannedWorkOrderOf(trx: Kysely<Database>, c: Context<AppEnv>, workOrderId: string) {
  const { caller } = c.var;
  const workOrder = await trx
    .selectFrom('work_orders')
    .select(['id', 'status', 'status_label', 'work_type', 'planned_start'])
    .where('tenant_id', '=', caller.tenantId)
    .where('customer_id', '=', caller.customerId)
    .where('id', '=', workOrderId)
    .executeTakeFirst();
  if (!workOrder || !c.var.portal.settings.workOrders.visibleStatuses.includes(workOrder.status)) throw recordNotFound('work order');
  if (workOrder.status !== 'planned' || workOrder.planned_start === null) {
    throw new ApiError('conflict', 'Only a planned visit can be moved or cancelled.', [{ path: 'status', message: workOrder.status }]);
  }
  return workOrder;
}

/** The portal's booking settings, or 403 feature_disabled while booking is off. */
export async function bookingOn(db: Kysely<Database>, portalId: string): Promise<BookingSettings> {
  const settings = await loadBookingSettings(db, portalId);
  if (!settings.enabled) throw new ApiError('feature_disabled', 'Booking visits is switched off for this portal.', [{ path: 'feature', message: 'booking' }]);
  return settings;
}

/** Pending requests to move this work order, replaced by a new one or ended by a cancellation. */
async function withdrawPendingMoves(trx: Kysely<Database>, workOrderId: string, now: Date): Promise<void> {
  await trx
    .updateTable('bookings')
    .set({ status: 'cancelled', hold_until: null, updated_at: nowIso(now) })
    .where('work_order_id', '=', workOrderId)
    .where('status', '=', 'requested')
    .execute();
}

/** The customer asks to move a planned visit to another free window (or moves it at once when staff need not confirm). */
export async function rescheduleVisit(
  c: Context<AppEnv>,
  workOrderId: string,
  wanted: { date: string; windowId: string; reason: string | null },
  now = new Date(),
): Promise<{ booking: BookingRow; settings: BookingSettings }> {
  const { deps, caller, portal } = c.var;
  let settings: BookingSettings | undefined;
  const booking = await deps.db.transaction().execute(async (trx) => {
    // Another customer's work order is 404 whether or not this portal books visits.
    const workOrder = await plannedWorkOrderOf(trx, c, workOrderId);
    settings = await bookingOn(trx, portal.id);
    await withdrawPendingMoves(trx, workOrder.id, now);
    const booking = await takeBooking(
      trx,
      deps.dialect,
      {
        tenantId: caller.tenantId,
        portalId: portal.id,
        settings,
        date: wanted.date,
        windowId: wanted.windowId,
        customerId: caller.customerId,
        contactId: caller.contactId,
        kind: 'reschedule',
        workType: workOrder.work_type,
        workOrderId: workOrder.id,
        reason: wanted.reason,
      },
      now,
    );
    if (booking.status === 'confirmed') await planWorkOrder(trx, booking, now);
    await announceBooking(trx, booking, booking.status === 'confirmed' ? 'appointment.confirmed' : 'appointment.requested', now);
    await recordContactAction(trx, c, 'booking.reschedule_requested', { type: 'work_order', id: workOrder.id }, { bookingId: booking.id, date: booking.date, windowId: booking.window_id });
    return booking;
  });
  if (booking.status === 'confirmed') await mailBookingDecision(deps, booking);
  return { booking, settings: settings! };
}

/**
 * The customer cancels a planned visit: its bookings give their places back, the work order is open again without a
 * planned visit, and the back office hears of it (appointment.cancelled) to update its own planning.
 */
export async function cancelVisit(c: Context<AppEnv>, workOrderId: string, reason: string | null, now = new Date()): Promise<{ workOrderId: string; cancelledAt: string; reason: string | null }> {
  const { deps, caller, portal } = c.var;
  const at = nowIso(now);
  await deps.db.transaction().execute(async (trx) => {
    const workOrder = await plannedWorkOrderOf(trx, c, workOrderId);
    await bookingOn(trx, portal.id);
    const active = await trx.selectFrom('bookings').selectAll().where('work_order_id', '=', workOrder.id).where('status', 'in', ['requested', 'confirmed']).execute();
    await trx.updateTable('bookings').set({ status: 'cancelled', hold_until: null, reason, updated_at: at }).where('work_order_id', '=', workOrder.id).where('status', 'in', ['requested', 'confirmed']).execute();
    await trx.updateTable('work_orders').set({ status: 'open', planned_start: null, planned_end: null, updated_at: at }).where('id', '=', workOrder.id).execute();
    await trx
      .insertInto('work_order_events')
      .values({ id: newId('woe'), tenant_id: caller.tenantId, work_order_id: workOrder.id, status: 'open', status_label: null, at })
      .execute();
    const data = {
      booking: null as Record<string, unknown> | null,
      workOrder: { id: workOrder.id },
      reason,
      cancelledAt: at,
      plannedStart: workOrder.planned_start,
    };
    const confirmed = active.find((row) => row.status === 'confirmed') ?? active[0];
    if (confirmed) data.booking = (await appointmentData(trx, { ...confirmed, status: 'cancelled', reason })).booking as Record<string, unknown>;
    const external = await trx.selectFrom('work_orders').innerJoin('customers', 'customers.id', 'work_orders.customer_id').select(['work_orders.external_id', 'work_orders.number', 'customers.external_id as customer_external_id']).where('work_orders.id', '=', workOrder.id).executeTakeFirstOrThrow();
    await enqueueWebhookEvent(
      trx,
      caller.tenantId,
      'appointment.cancelled',
      { ...data, workOrder: { id: workOrder.id, externalId: external.external_id, number: external.number }, customer: { externalId: external.customer_external_id }, contact: { id: caller.contactId } },
      now,
    );
    await publishRecordEvent(trx, 'work_orders', caller.tenantId, workOrder.id);
    await recordContactAction(trx, c, 'booking.visit_cancelled', { type: 'work_order', id: workOrder.id }, reason ? { reason } : undefined);
  });
  return { workOrderId, cancelledAt: at, reason };
}

export interface BookingDecision {
  status: 'confirmed' | 'declined';
  proposal?: { date: string; windowId: string } | undefined;
}

const answered: Partial<Record<BookingStatus, string>> = {
  confirmed: 'This booking has already been confirmed.',
  declined: 'This booking has already been declined.',
  cancelled: 'This booking was cancelled.',
};

/**
 * Staff answer a booking. Confirming takes its place again with the same check as booking it (an expired hold may
 * have lost its place: 409); a proposal confirms it in another window instead, when that one has a place.
 */
export async function decideBooking(deps: Deps, admin: AdminCaller, bookingId: string, decision: BookingDecision, now = new Date()): Promise<BookingRow> {
  const at = nowIso(now);
  const decided = await deps.db.transaction().execute(async (trx) => {
    const booking = await trx.selectFrom('bookings').selectAll().where('tenant_id', '=', admin.tenantId).where('id', '=', bookingId).executeTakeFirst();
    if (!booking) throw new ApiError('not_found', 'There is no booking with this id.');
    const message = answered[booking.status];
    if (message) throw new ApiError('conflict', message, [{ path: 'status', message: booking.status }]);
    let next: BookingRow = { ...booking, status: decision.status, hold_until: null, decided_at: at, decided_by_name: admin.actor.name, updated_at: at };
    if (decision.status === 'confirmed') {
      const settings = await loadBookingSettings(trx, booking.portal_id);
      const target = decision.proposal ?? { date: booking.date, windowId: booking.window_id };
      const moving = target.date !== booking.date || target.windowId !== booking.window_id;
      const place = await holdPlace(
        trx,
        deps.dialect,
        { tenantId: booking.tenant_id, portalId: booking.portal_id, settings, date: target.date, windowId: target.windowId },
        now,
        // Staff may plan inside the lead time the customers get; the window must still have a place.
        { ignoreLeadTime: true, ...(moving ? {} : { ignoreBookingId: booking.id }) },
      );
      next = { ...next, date: target.date, window_id: target.windowId, starts_at: place.startsAt, ends_at: place.endsAt };
      if (!next.work_order_id && next.request_id) next.work_order_id = await workOrderOfRequest(trx, next.tenant_id, next.request_id);
    }
    const result = await trx
      .updateTable('bookings')
      .set({
        status: next.status,
        hold_until: null,
        date: next.date,
        window_id: next.window_id,
        starts_at: next.starts_at,
        ends_at: next.ends_at,
        work_order_id: next.work_order_id,
        decided_at: at,
        decided_by_name: admin.actor.name,
        updated_at: at,
      })
      .where('id', '=', booking.id)
      .where('status', 'in', ['requested', 'expired'])
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw new ApiError('conflict', 'This booking has just been answered.');
    if (next.status === 'confirmed') await planWorkOrder(trx, next, now);
    await announceBooking(trx, next, next.status === 'confirmed' ? 'appointment.confirmed' : 'appointment.declined', now);
    await recordAudit(
      trx,
      {
        tenantId: admin.tenantId,
        portalId: booking.portal_id,
        ...actorFields(admin.actor),
        action: `booking.${next.status}`,
        subjectType: 'booking',
        subjectId: booking.id,
        details: { date: next.date, windowId: next.window_id, ...(decision.proposal ? { proposed: true, previous: { date: booking.date, windowId: booking.window_id } } : {}), expired: bookingStatusAt(booking, now) === 'expired' },
      },
      now,
    );
    return next;
  });
  await mailBookingDecision(deps, decided);
  return decided;
}

/** The work order a request became, when the back office has linked one. */
async function workOrderOfRequest(trx: Kysely<Database>, tenantId: string, requestId: string): Promise<string | null> {
  const linked = await trx
    .selectFrom('work_orders')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('request_id', '=', requestId)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  return linked?.id ?? null;
}

/** Staff or the back office close (or open again) one window on one date; bookings in it stay as they are. */
export async function setWindowBlocked(
  db: Kysely<Database>,
  admin: AdminCaller,
  portal: { id: string; settings: BookingSettings },
  date: string,
  windowId: string,
  blocked: { note: string | null } | false,
  now = new Date(),
) {
  const at = nowIso(now);
  return db.transaction().execute(async (trx) => {
    const values = blocked
      ? { blocked: 1, blocked_at: at, blocked_by_name: admin.actor.name, block_note: blocked.note }
      : { blocked: 0, blocked_at: null, blocked_by_name: null, block_note: null };
    await trx
      .insertInto('booking_slots')
      .values({ portal_id: portal.id, date, window_id: windowId, tenant_id: admin.tenantId, created_at: at, ...values })
      .onConflict((oc) => oc.columns(['portal_id', 'date', 'window_id']).doUpdateSet(values))
      .execute();
    await recordAudit(
      trx,
      { tenantId: admin.tenantId, portalId: portal.id, ...actorFields(admin.actor), action: blocked ? 'booking.window_blocked' : 'booking.window_opened', subjectType: 'booking_window', subjectId: `${date}/${windowId}`, ...(blocked && blocked.note ? { details: { note: blocked.note } } : {}) },
      now,
    );
    return { date, windowId, blocked: Boolean(blocked), note: blocked ? blocked.note : null, blockedAt: blocked ? at : null, blockedBy: blocked ? admin.actor.name : null };
  });
}
