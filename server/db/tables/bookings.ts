// Booking visits: a portal's booking settings, windows staff closed on a date, and the bookings themselves.
import type { Selectable } from 'kysely';
import type { Timestamp } from './foundation.js';

export const bookingStatuses = ['requested', 'confirmed', 'declined', 'cancelled', 'expired'] as const;
export type BookingStatus = (typeof bookingStatuses)[number];

/** `visit`: booked with a new request; `reschedule`: a planned work order asked to move to this window. */
export type BookingKind = 'visit' | 'reschedule';

/** A portal's booking settings (§10), as JSON text; no row means booking is off. */
export interface BookingSettingsTable {
  portal_id: string;
  tenant_id: string;
  /** JSON text of BookingSettings (server/bookings/settings.ts). */
  settings: string;
  updated_at: Timestamp;
}

/**
 * One window on one date, made the first time it is booked or blocked. A booking locks it while it counts the
 * places left; staff close the window on that date with `blocked`.
 */
export interface BookingSlotsTable {
  portal_id: string;
  /** YYYY-MM-DD, in Europe/Amsterdam. */
  date: string;
  window_id: string;
  tenant_id: string;
  /** 1 while staff or the back office keep this window closed on this date. */
  blocked: number;
  blocked_at: Timestamp | null;
  /** The API key's or staff member's name that closed it. */
  blocked_by_name: string | null;
  block_note: string | null;
  created_at: Timestamp;
}

/** A customer's booking of one window on one date: it takes a place while requested (until its hold ends) or confirmed. */
export interface BookingsTable {
  id: string;
  tenant_id: string;
  portal_id: string;
  customer_id: string;
  /** The contact who booked; null once that contact is erased. */
  contact_id: string | null;
  /** The request it was booked with (kind `visit`). */
  request_id: string | null;
  /** The work order it plans: the one to move (kind `reschedule`), or the one a confirmed visit became. */
  work_order_id: string | null;
  kind: BookingKind;
  work_type: string | null;
  /** YYYY-MM-DD, in Europe/Amsterdam. */
  date: string;
  window_id: string;
  /** The window's start and end on that date, in UTC. */
  starts_at: Timestamp;
  ends_at: Timestamp;
  /** As stored; a `requested` booking past its hold_until reads as `expired`. */
  status: BookingStatus;
  /** Until when a requested booking holds its place; null once answered. */
  hold_until: Timestamp | null;
  /** The customer's reason for moving or cancelling a visit. */
  reason: string | null;
  decided_at: Timestamp | null;
  decided_by_name: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface BookingTables {
  booking_settings: BookingSettingsTable;
  booking_slots: BookingSlotsTable;
  bookings: BookingsTable;
}

export type BookingRow = Selectable<BookingsTable>;
export type BookingSlotRow = Selectable<BookingSlotsTable>;
