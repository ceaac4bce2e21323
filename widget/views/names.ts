// Names for values the back office sends as codes (object types, document categories) and for request fields, in the
// customer's language. A code this widget does not know is shown as the business wrote it.
import { msg } from '@lit/localize';
import type { PartOfDay } from '../api/types.js';

export function partOfDayName(part: PartOfDay): string {
  switch (part) {
    case 'morning':
      return msg('Ochtend', { id: 'views.partOfDay.morning' });
    case 'afternoon':
      return msg('Middag', { id: 'views.partOfDay.afternoon' });
    default:
      return msg('Geen voorkeur', { id: 'views.partOfDay.any' });
  }
}

/** `heat_pump` → "Warmtepomp"; "Cv-ketel" stays "Cv-ketel". */
export function objectTypeName(type: string | null): string {
  switch (type?.toLowerCase()) {
    case undefined:
    case '':
      return '';
    case 'boiler':
      return msg('Cv-ketel', { id: 'views.objectType.boiler' });
    case 'heat_pump':
      return msg('Warmtepomp', { id: 'views.objectType.heat_pump' });
    case 'airco':
    case 'air_conditioning':
      return msg('Airco', { id: 'views.objectType.airco' });
    case 'water_heater':
      return msg('Boiler', { id: 'views.objectType.water_heater' });
    case 'ventilation':
      return msg('Ventilatie', { id: 'views.objectType.ventilation' });
    case 'solar_panels':
      return msg('Zonnepanelen', { id: 'views.objectType.solar_panels' });
    case 'thermostat':
      return msg('Thermostaat', { id: 'views.objectType.thermostat' });
    default:
      return readable(type!);
  }
}

/** `warranty` → "Garantie". */
export function documentCategoryName(category: string | null): string {
  switch (category?.toLowerCase()) {
    case undefined:
    case '':
      return '';
    case 'report':
      return msg('Rapport', { id: 'views.documentCategory.report' });
    case 'warranty':
      return msg('Garantie', { id: 'views.documentCategory.warranty' });
    case 'manual':
      return msg('Handleiding', { id: 'views.documentCategory.manual' });
    case 'certificate':
      return msg('Certificaat', { id: 'views.documentCategory.certificate' });
    case 'contract':
      return msg('Contract', { id: 'views.documentCategory.contract' });
    case 'drawing':
      return msg('Tekening', { id: 'views.documentCategory.drawing' });
    case 'photo':
      return msg('Foto', { id: 'views.documentCategory.photo' });
    default:
      return readable(category!);
  }
}

/** A code as words: `service_contract` → "Service contract". */
function readable(code: string): string {
  const words = code.replace(/_+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
