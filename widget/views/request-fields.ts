// Names of request fields that the form and the request's own page both show.
import { msg } from '@lit/localize';
import type { PartOfDay } from './records.js';

export function partOfDayName(part: PartOfDay | 'any'): string {
  switch (part) {
    case 'morning':
      return msg('Ochtend', { id: 'views.partOfDay.morning' });
    case 'afternoon':
      return msg('Middag', { id: 'views.partOfDay.afternoon' });
    case 'evening':
      return msg('Avond', { id: 'views.partOfDay.evening' });
    default:
      return msg('Geen voorkeur', { id: 'views.partOfDay.any' });
  }
}
