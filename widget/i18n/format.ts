// Dates, times and money for the customer's language, through Intl.
import type { Locale } from './localization.js';

const intlLocale = (locale: Locale) => (locale === 'nl' ? 'nl-NL' : 'en-GB');

/** `2026-11-29` or an ISO timestamp → "29 november 2026" / "29 November 2026". */
export function formatDate(value: string | null | undefined, locale: Locale): string {
  if (!value) return '';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00`) : new Date(value);
  return new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** An ISO timestamp → "29 nov 2026, 14:05". */
export function formatDateTime(value: string | null | undefined, locale: Locale): string {
  if (!value) return '';
  return new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(value));
}

/** Integer cents → "€ 1.234,50" / "€1,234.50". */
export function formatMoney(cents: number, currency: string, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-IE', { style: 'currency', currency }).format(cents / 100);
}
