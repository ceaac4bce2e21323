// What customers and the business read of a booking: explicit mappings from the row, in the shapes of design §10.
import { z } from '@hono/zod-openapi';
import { bookingStatuses, type BookingRow } from '../db/tables/bookings.js';
import { dateTimeSchema } from '../http/openapi.js';
import { amsterdamIsoOf } from './amsterdam-time.js';
import { bookingStatusAt } from './places.js';
import type { BookingSettings } from './settings.js';

export const windowLabelSchema = z.object({ nl: z.string(), en: z.string() });
const zonedTime = z.string().openapi({ format: 'date-time', description: 'ISO-8601 with the Europe/Amsterdam offset of that date', example: '2026-03-30T08:00:00+02:00' });
const calendarDate = z.string().openapi({ format: 'date', description: 'YYYY-MM-DD, in Europe/Amsterdam' });

export const availableWindowSchema = z
  .object({
    date: calendarDate,
    windowId: z.string(),
    label: windowLabelSchema,
    start: zonedTime,
    end: zonedTime,
    placesLeft: z.number().int().min(1),
  })
  .openapi('AvailableWindow');

export const availabilitySchema = z
  .object({ windows: z.array(availableWindowSchema).openapi({ description: 'Only windows with a place left, by date and start time.' }) })
  .openapi('Availability');

export const bookingStatusSchema = z.enum(bookingStatuses).openapi('BookingStatus', {
  description: 'requested: waiting for the business, holding its place until holdUntil; expired: not answered in time, the place is free again.',
});

const bookingFields = {
  id: z.string(),
  kind: z.enum(['visit', 'reschedule']).openapi({ description: 'visit: booked with a request; reschedule: asked to move a planned work order to this window.' }),
  status: bookingStatusSchema,
  date: calendarDate,
  windowId: z.string(),
  label: windowLabelSchema.openapi({ description: 'The window’s label; its id when the window is no longer in the settings.' }),
  start: zonedTime,
  end: zonedTime,
  holdUntil: dateTimeSchema.nullable().openapi({ description: 'Until when a requested booking holds its place; null once answered.' }),
  reason: z.string().nullable().openapi({ description: 'The customer’s reason for moving (or cancelling) the visit.' }),
  workType: z.string().nullable(),
  requestId: z.string().nullable(),
  workOrderId: z.string().nullable(),
  createdAt: dateTimeSchema,
  updatedAt: dateTimeSchema,
};

export const portalBookingSchema = z.object(bookingFields).openapi('PortalBooking');
export type PortalBooking = z.output<typeof portalBookingSchema>;

export function windowLabel(settings: BookingSettings, windowId: string): { nl: string; en: string } {
  return settings.windows.find((window) => window.id === windowId)?.label ?? { nl: windowId, en: windowId };
}

export function toPortalBooking(row: BookingRow, settings: BookingSettings, now: Date): PortalBooking {
  return {
    id: row.id,
    kind: row.kind,
    status: bookingStatusAt(row, now),
    date: row.date,
    windowId: row.window_id,
    label: windowLabel(settings, row.window_id),
    start: amsterdamIsoOf(new Date(row.starts_at)),
    end: amsterdamIsoOf(new Date(row.ends_at)),
    holdUntil: row.status === 'requested' ? row.hold_until : null,
    reason: row.reason,
    workType: row.work_type,
    requestId: row.request_id,
    workOrderId: row.work_order_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export const adminBookingSchema = z
  .object({
    ...bookingFields,
    portal: z.string().openapi({ description: 'The portal’s slug.' }),
    customer: z.object({ id: z.string(), externalId: z.string(), name: z.string() }),
    contact: z.object({ id: z.string(), name: z.string(), email: z.string() }).nullable(),
    requestReference: z.string().nullable(),
    workOrderExternalId: z.string().nullable(),
    workOrderNumber: z.string().nullable(),
    decidedAt: dateTimeSchema.nullable(),
    decidedBy: z.string().nullable().openapi({ description: 'The staff member’s or API key’s name that answered.' }),
  })
  .openapi('AdminBooking');
export type AdminBooking = z.output<typeof adminBookingSchema>;

export interface AdminBookingRow extends BookingRow {
  portal_slug: string;
  customer_external_id: string;
  customer_name: string;
  contact_name: string | null;
  contact_email: string | null;
  request_reference: string | null;
  work_order_external_id: string | null;
  work_order_number: string | null;
}

export function toAdminBooking(row: AdminBookingRow, settings: BookingSettings, now: Date): AdminBooking {
  return {
    ...toPortalBooking(row, settings, now),
    portal: row.portal_slug,
    customer: { id: row.customer_id, externalId: row.customer_external_id, name: row.customer_name },
    contact: row.contact_id && row.contact_name !== null ? { id: row.contact_id, name: row.contact_name, email: row.contact_email ?? '' } : null,
    requestReference: row.request_reference,
    workOrderExternalId: row.work_order_external_id,
    workOrderNumber: row.work_order_number,
    decidedAt: row.decided_at,
    decidedBy: row.decided_by_name,
  };
}
