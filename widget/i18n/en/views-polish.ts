// English texts of the views: statuses, plurals, filters and sign-in.
import type { TemplateResult } from 'lit';
import { str, type StrResult } from '@lit/localize';

export const templates: Record<string, string | StrResult | TemplateResult> = {
  'views.address.required': 'Fill in this field.',
  'views.address.postcodeInvalid': 'Enter a postcode like 1234 AB: four digits and two letters.',
  'views.address.postalCode': 'Postcode',
  'views.address.postcodeHint': 'Such as 1234 AB',
  'views.address.houseNumber': 'House number',
  'views.address.addition': 'Addition',
  'views.address.street': 'Street',
  'views.address.city': 'Town',
  'views.address.country': 'Country',
  'views.requestForm.noLocation': 'Don’t give one',
  'views.requestForm.newLocation': 'Add another address…',
  'views.requestForm.newLocationHint': 'The business sees this address as proposed by you and adds it to your addresses.',
  'views.requestForm.photosMissing.one': '1 photo has not been sent yet.',
  'views.requestForm.photosMissing.other': str`${0} photos have not been sent yet.`,
};
