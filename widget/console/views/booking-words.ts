// The words of booking in the console: weekdays, booking statuses and what kind of booking it is.
import { msg } from '@lit/localize';
import { capitalise } from '../../components/booking-times.js';
import type { Locale } from '../../i18n/localization.js';
import type { AdminBooking, BookingStatus } from '../api/bookings.js';

/** "Maandag" for 1 … "Zondag" for 7, in the language shown. */
export function weekdayName(weekday: number, locale: Locale): string {
  // 1 January 2024 was a Monday.
  return capitalise(new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, weekday)));
}

export function bookingStatusName(status: BookingStatus): string {
  switch (status) {
    case 'requested':
      return msg('Aangevraagd', { id: 'console.bookings.status.requested' });
    case 'confirmed':
      return msg('Bevestigd', { id: 'console.bookings.status.confirmed' });
    case 'declined':
      return msg('Afgewezen', { id: 'console.bookings.status.declined' });
    case 'cancelled':
      return msg('Geannuleerd', { id: 'console.bookings.status.cancelled' });
    default:
      return msg('Verlopen', { id: 'console.bookings.status.expired' });
  }
}

export function bookingKindName(booking: Pick<AdminBooking, 'kind'>): string {
  return booking.kind === 'reschedule' ? msg('Verplaatsing', { id: 'console.bookings.kind.reschedule' }) : msg('Nieuw bezoek', { id: 'console.bookings.kind.visit' });
}
