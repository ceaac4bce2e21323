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
  'views.booking.none': 'No place is free in these weeks.',
  // The request form
  'views.booking.legend': 'When may the technician come?',
  'views.booking.preferInstead': 'No time that suits you? Give a preference',
  'views.booking.chooseWindow': 'Choose a time myself after all',
  'views.booking.taken': 'Someone else has just chosen this time. Please choose another; the rest of your request stays as it is.',
  'views.booking.notBookable': 'This time cannot be booked. Please choose another.',
  'views.booking.receiptConfirmed': str`Booked: ${0}.`,
  'views.booking.receiptRequested': str`Requested: ${0} (the technician will confirm).`,
  // A planned visit: moving or cancelling it
  'views.visit.moved': str`Your appointment has been moved to ${0}.`,
  'views.visit.moveRequested': str`Move requested to ${0}. The technician will confirm it.`,
  'views.visit.cancelled': 'Your appointment has been cancelled.',
  'views.visit.taken': 'Someone else has just chosen this time. Please choose another.',
  'views.visit.reason': str`Your reason: ${0}`,
  'views.visit.pending': str`Move requested to ${0}.`,
  'views.visit.pendingHint': 'The technician will confirm it; until then the appointment stays as it is.',
  'views.visit.confirmed': str`Your move has been confirmed: ${0}.`,
  'views.visit.declined': str`Moving to ${0} was not possible, sorry. The appointment stays as it is; feel free to choose another time.`,
  'views.visit.expired': str`Your move to ${0} was not answered in time. The appointment stays as it is.`,
  'views.visit.title': 'Does the time no longer suit you?',
  'views.visit.move': 'Move appointment',
  'views.visit.moveAgain': 'Choose another time',
  'views.visit.cancel': 'Cancel appointment',
  'views.visit.reasonLabel': 'Reason',
  'views.visit.cancelReasonLabel': 'Why are you cancelling?',
  'views.visit.chooseWindow': 'Choose a new time',
  'views.visit.moveSubmit': 'Request the move',
  'views.visit.back': 'Back',
  'views.visit.chosen': str`New time: ${0}.`,
  'views.visit.chooseFirst': 'Choose a time first.',
  'views.visit.cancelConfirm': str`Are you sure you want to cancel the appointment of ${0}?`,
  'views.visit.cancelYes': 'Yes, cancel the appointment',
};
