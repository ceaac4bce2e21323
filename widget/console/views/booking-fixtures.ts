// Test support for the console's booking views: a portal's booking settings, bookings of this week, a closed window.
import { businessTime } from '../../components/booking-fixtures.js';
import { addDays, businessToday, weekday } from '../../components/booking-times.js';
import type { AdminBooking, BookingSettings } from '../api/bookings.js';

export function bookingSettings(overrides: Partial<BookingSettings> = {}): BookingSettings {
  const windows = [1, 2, 3, 4, 5].flatMap((day) => [
    { id: `w${day}-ochtend`, weekday: day, start: '08:00', end: '12:00', label: { nl: 'Ochtend', en: 'Morning' }, capacity: 3 },
    { id: `w${day}-middag`, weekday: day, start: '12:00', end: '17:00', label: { nl: 'Middag', en: 'Afternoon' }, capacity: 2 },
  ]);
  return {
    enabled: true,
    workTypes: ['repair'],
    windows,
    leadBusinessDays: 1,
    cutoffHour: 16,
    horizonWeeks: 8,
    closedDates: [],
    capacityOverrides: [],
    requireConfirmation: true,
    holdHours: 48,
    ...overrides,
  };
}

/** A weekday of this week (Monday 1), as the week view shows it. */
export const thisWeek = (day: number) => addDays(businessToday(), day - weekday(businessToday()));

export function adminBooking(overrides: Partial<AdminBooking> = {}): AdminBooking {
  const date = overrides.date ?? thisWeek(2);
  const morning = !overrides.windowId || overrides.windowId.endsWith('ochtend');
  return {
    id: 'bkg_1',
    kind: 'visit',
    status: 'requested',
    date,
    windowId: `w${weekday(date)}-ochtend`,
    label: morning ? { nl: 'Ochtend', en: 'Morning' } : { nl: 'Middag', en: 'Afternoon' },
    start: businessTime(date, morning ? '08:00' : '12:00'),
    end: businessTime(date, morning ? '12:00' : '17:00'),
    holdUntil: '2999-01-01T10:00:00.000Z',
    reason: null,
    workType: 'repair',
    requestId: 'req_1',
    workOrderId: null,
    createdAt: '2026-12-01T08:00:00.000Z',
    updatedAt: '2026-12-01T08:00:00.000Z',
    portal: 'demo',
    customer: { id: 'cus_1', externalId: 'K-1001', name: 'Familie De Vries' },
    contact: { id: 'con_1', name: 'Anna de Vries', email: 'anna@example.nl' },
    requestReference: 'KP-7F3K2Q',
    workOrderExternalId: null,
    workOrderNumber: null,
    decidedAt: null,
    decidedBy: null,
    ...overrides,
  };
}
