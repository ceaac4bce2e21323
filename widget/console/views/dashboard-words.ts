// The dashboard's figures in words: a wait as people say it ("3 uur"), a share as a percentage.
import { msg, str } from '@lit/localize';
import type { Locale } from '../api/types.js';

const minute = 60;
const hour = 60 * minute;
const day = 24 * hour;

/** A wait, rounded to the unit people would use: minutes under an hour, hours under two days, then days. */
export function waitInWords(seconds: number): string {
  if (seconds < minute) return msg('minder dan een minuut', { id: 'console.dashboard.wait.underMinute' });
  if (seconds < hour) {
    const minutes = Math.round(seconds / minute);
    return minutes === 1 ? msg('1 minuut', { id: 'console.dashboard.wait.minute' }) : msg(str`${minutes} minuten`, { id: 'console.dashboard.wait.minutes' });
  }
  if (seconds < 2 * day) {
    const hours = Math.round(seconds / hour);
    return hours === 1 ? msg('1 uur', { id: 'console.dashboard.wait.hour' }) : msg(str`${hours} uur`, { id: 'console.dashboard.wait.hours' });
  }
  const days = Math.round(seconds / day);
  return msg(str`${days} dagen`, { id: 'console.dashboard.wait.days' });
}

export function percentage(share: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A Monday as a short date: "30 nov." */
export function shortDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}
