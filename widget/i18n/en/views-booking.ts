// English texts of booking a visit and moving a planned one.
import type { TemplateResult } from 'lit';
import { str, type StrResult } from '@lit/localize';

export const templates: Record<string, string | StrResult | TemplateResult> = {
  // The window picker
  'views.booking.choose': 'Choose a time',
  'views.booking.placesLeft.one': '1 place left',
  'views.booking.placesLeft.other': str`${0} places left`,
  'views.booking.range': str`Free times from ${0} to ${1}`,
  'views.booking.earlier': 'Earlier',
  'views.booking.later': 'See later weeks',
  'views.booking.loading': 'Loading free times…',
  'views.booking.loadFailed': 'The free times could not be loaded.',
  'views.booking.none': 'No place is free in these weeks. Have a look at the weeks after.',
  'views.booking.noneAtEnd': 'No place is free in these weeks, and bookings cannot be made further ahead yet.',
  // The request form
  'views.booking.legend': 'When may the technician come?',
  'views.booking.preferInstead': 'No time that suits you? Give a preference',
  'views.booking.taken': 'Someone else has just chosen this time. Please choose another; the rest of your request stays as it is.',
  'views.booking.notBookable': 'This time cannot be booked. Please choose another.',
  'views.booking.receiptConfirmed': str`Booked: ${0}.`,
  'views.booking.receiptRequested': str`Requested: ${0} (the technician will confirm).`,
};
