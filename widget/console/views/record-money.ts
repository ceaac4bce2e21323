// Amounts and moments as a person types them in the record editors: "1.234,50" in Dutch, "1,234.50" in English, both
// read as cents; a day and a time in the business's own time zone (the browser's), read as an ISO moment.
import type { Locale } from '../api/types.js';

const separators: Record<Locale, { decimal: string; group: string }> = { nl: { decimal: ',', group: '.' }, en: { decimal: '.', group: ',' } };

/**
 * Cents from what was typed, or undefined when it is no amount. The language's decimal separator decides; a lone other
 * separator followed by one or two digits ("12.5" in Dutch) is read as decimals too, since nobody groups thousands by
 * two digits. "€" and spaces are ignored.
 */
export function parseMoney(text: string, locale: Locale): number | undefined {
  let value = text.replace(/[\s\u00a0€]/g, '');
  if (!value) return undefined;
  const negative = value.startsWith('-');
  if (negative) value = value.slice(1);
  let { decimal, group } = separators[locale];
  if (!value.includes(decimal) && new RegExp(`^\\d+\\${group}\\d{1,2}$`).test(value)) [decimal, group] = [group, decimal];
  const [whole = '', fraction = '', ...rest] = value.split(decimal);
  if (rest.length > 0 || fraction.length > 2 || !/^\d*$/.test(fraction)) return undefined;
  // Groups of thousands, when used, must be whole groups of three: "1.23.4" is a typing error, not 1234.
  if (!new RegExp(`^(\\d+|\\d{1,3}(\\${group}\\d{3})+)$`).test(whole || '0')) return undefined;
  const cents = Number(whole.split(group).join('') || '0') * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return undefined;
  return negative ? -cents : cents;
}

/** Cents as the staff member types them back: "1.234,50" / "1,234.50", without a currency sign. */
export function moneyInput(cents: number | null | undefined, locale: Locale): string {
  if (cents === null || cents === undefined) return '';
  return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: true }).format(cents / 100);
}

/** A number as typed ("1,5" or "1.5" in either language): a quantity or a VAT rate; undefined when it is none. */
export function parseDecimal(text: string): number | undefined {
  const value = text.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(value)) return undefined;
  return Number(value);
}

export function decimalInput(value: number, locale: Locale): string {
  return locale === 'nl' ? String(value).replace('.', ',') : String(value);
}

/** `2026-12-03` and `08:00` in the browser's time zone → an ISO moment; null without a day. */
export function momentOf(date: string, time: string): string | null {
  return date ? new Date(`${date}T${time || '00:00'}`).toISOString() : null;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** An ISO moment → its local day and time, as date and time inputs take them. */
export function dayAndTime(moment: string | null | undefined): { date: string; time: string } {
  if (!moment) return { date: '', time: '' };
  const at = new Date(moment);
  return { date: `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`, time: `${pad(at.getHours())}:${pad(at.getMinutes())}` };
}
