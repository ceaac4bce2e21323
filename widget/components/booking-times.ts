// Booking windows as the portal API answers them (design §10), and how their days and times read: always in the
// business's time zone, whatever the customer's device says, so "08:00–12:00" is the time the technician means.
import type { components } from '../api/schema.js';
import type { Locale } from '../i18n/localization.js';

/** The business's time zone: windows are set and kept in it, right across the daylight-saving changes. */
export const businessTimeZone = 'Europe/Amsterdam';

type Schemas = components['schemas'];

/** One free window on one date, as GET /availability answers it. */
export type FreeWindow = Schemas['AvailableWindow'];
export type Availability = Schemas['Availability'];
/** What a customer picks, and what `booking`, reschedule and a proposal send. */
export type WindowChoice = Schemas['BookingChoice'];
/** One of the customer's bookings (GET /bookings, and the answer of a reschedule). */
export type PortalBooking = Schemas['PortalBooking'];
export type CancelledVisit = Schemas['CancelledVisit'];

export const sameChoice = (a: WindowChoice | null | undefined, b: WindowChoice | null | undefined): boolean =>
  !!a && !!b && a.date === b.date && a.windowId === b.windowId;

const tag = (locale: Locale) => (locale === 'nl' ? 'nl-NL' : 'en-GB');

/** A calendar date `YYYY-MM-DD` `days` later (or earlier). */
export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T12:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** Today in the business's calendar. */
export function businessToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: businessTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Monday 1 … Sunday 7 of a date. */
export function weekday(date: string): number {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** "di 8 dec" (short) or "dinsdag 8 december" (long). */
export function formatDay(date: string, locale: Locale, length: 'short' | 'long' = 'short'): string {
  return new Intl.DateTimeFormat(tag(locale), {
    timeZone: 'UTC',
    weekday: length,
    day: 'numeric',
    month: length,
  })
    .format(new Date(`${date}T12:00:00Z`))
    .replace(/\.(?=\s|$)/g, '');
}

/** "Vrijdag 4 december": a day's name opening a heading, the month left as the language writes it. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** "08:00" of an ISO time, in the business's time zone. */
export function formatTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(tag(locale), { timeZone: businessTimeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}

/** "08:00–12:00". */
export function formatSpan(start: string, end: string, locale: Locale): string {
  return `${formatTime(start, locale)}–${formatTime(end, locale)}`;
}

export function windowLabel(window: Pick<FreeWindow, 'label'>, locale: Locale): string {
  return window.label[locale];
}

/** "di 8 dec, ochtend 08:00–12:00": a window as one line, for a receipt or a summary. */
export function describeWindow(window: Pick<FreeWindow, 'date' | 'label' | 'start' | 'end'>, locale: Locale): string {
  const label = windowLabel(window, locale);
  return `${formatDay(window.date, locale)}, ${label ? `${label.toLocaleLowerCase(tag(locale))} ` : ''}${formatSpan(window.start, window.end, locale)}`;
}
