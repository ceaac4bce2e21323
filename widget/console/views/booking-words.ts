// The words of booking in the console: weekdays, booking statuses and what kind of booking it is.
import { msg } from '@lit/localize';
import type { AdminBooking, BookingStatus } from '../api/bookings.js';

export function weekdayName(weekday: number): string {
  switch (weekday) {
    case 1:
      return msg('Maandag', { id: 'console.bookings.weekday.1' });
    case 2:
      return msg('Dinsdag', { id: 'console.bookings.weekday.2' });
    case 3:
      return msg('Woensdag', { id: 'console.bookings.weekday.3' });
    case 4:
      return msg('Donderdag', { id: 'console.bookings.weekday.4' });
    case 5:
      return msg('Vrijdag', { id: 'console.bookings.weekday.5' });
    case 6:
      return msg('Zaterdag', { id: 'console.bookings.weekday.6' });
    default:
      return msg('Zondag', { id: 'console.bookings.weekday.7' });
  }
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
