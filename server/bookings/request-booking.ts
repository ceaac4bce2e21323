// A visit booked with a new request (`booking: {date, windowId}` in POST /requests), in the request's own transaction:
// a window without a place rolls the whole submission back with 409. And the inbox filter on requests with a booking.
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database, Dialect } from '../db/schema.js';
import type { BookingRow, BookingStatus } from '../db/tables/bookings.js';
import { nowIso } from '../db/ids.js';
import { ApiError } from '../http/errors.js';
import type { Deps } from '../http/env.js';
import { mailBookingDecision } from './mails.js';
import { takeBooking } from './places.js';
import type { BookingChoice } from './schemas.js';
import { announceBooking, bookingOn } from './visits.js';

export interface RequestBookingInput {
  tenantId: string;
  portalId: string;
  customerId: string;
  contactId: string;
  requestId: string;
  workType: string;
  choice: BookingChoice;
}

/**
 * Books the chosen window for the request just inserted in `trx`: 403 while the portal books no visits, 400 for a
 * work type customers may not book, 409 when the window has no place left. The request's live event is the
 * submission's own; the back office gets appointment.requested (or .confirmed when staff need not confirm).
 */
export async function bookWithRequest(trx: Kysely<Database>, dialect: Dialect, input: RequestBookingInput, now = new Date()): Promise<BookingRow> {
  const settings = await bookingOn(trx, input.portalId);
  if (!settings.workTypes.includes(input.workType)) {
    throw new ApiError('validation_failed', 'A visit cannot be booked for this work type.', [{ path: 'booking', message: 'this work type is not bookable' }]);
  }
  const booking = await takeBooking(
    trx,
    dialect,
    {
      tenantId: input.tenantId,
      portalId: input.portalId,
      settings,
      date: input.choice.date,
      windowId: input.choice.windowId,
      customerId: input.customerId,
      contactId: input.contactId,
      kind: 'visit',
      workType: input.workType,
      requestId: input.requestId,
    },
    now,
  );
  await announceBooking(trx, booking, booking.status === 'confirmed' ? 'appointment.confirmed' : 'appointment.requested', now, { live: false });
  return booking;
}

/** After the submission committed: a booking confirmed at once is mailed like one staff confirmed. */
export async function afterRequestBooking(deps: Deps, booking: BookingRow | undefined): Promise<void> {
  if (booking?.status === 'confirmed') await mailBookingDecision(deps, booking);
}

export const bookingFilters = ['requested', 'confirmed', 'any'] as const;
export type BookingFilter = (typeof bookingFilters)[number];

/**
 * For the inbox (`?booking=requested`): only requests with a booking in that state, or with any booking. A requested
 * booking whose hold ended counts as expired, not requested. Pass to `.where()` of a query on `requests`.
 */
export function hasBooking(filter: BookingFilter, now = new Date()) {
  const at = nowIso(now);
  return (eb: ExpressionBuilder<Database, 'requests'>) => {
    let bookings = eb.selectFrom('bookings').select('bookings.id').whereRef('bookings.request_id', '=', 'requests.id');
    if (filter === 'requested') bookings = bookings.where('bookings.status', '=', 'requested' satisfies BookingStatus).where('bookings.hold_until', '>', at);
    if (filter === 'confirmed') bookings = bookings.where('bookings.status', '=', 'confirmed' satisfies BookingStatus);
    return eb.exists(bookings);
  };
}
