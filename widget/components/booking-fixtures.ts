// Test support for booking: free windows as GET /availability answers them, a few days from today, in the business's
// time zone whatever the season.
import { addDays, businessTimeZone, businessToday, type FreeWindow } from './booking-times.js';

/** `2026-12-08T08:00:00+01:00`: a wall-clock time in the business's zone, with the offset it has on that date. */
export function businessTime(date: string, time: string): string {
  const offset = new Intl.DateTimeFormat('en-GB', { timeZone: businessTimeZone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(`${date}T12:00:00Z`))
    .find((part) => part.type === 'timeZoneName')!
    .value.replace('GMT', '');
  return `${date}T${time}:00${offset || '+00:00'}`;
}

export function freeWindow(daysAhead: number, overrides: Partial<FreeWindow> = {}): FreeWindow {
  const date = addDays(businessToday(), daysAhead);
  const morning = !overrides.windowId || overrides.windowId === 'morning';
  return {
    date,
    windowId: 'morning',
    label: morning ? { nl: 'Ochtend', en: 'Morning' } : { nl: 'Middag', en: 'Afternoon' },
    start: businessTime(date, morning ? '08:00' : '12:00'),
    end: businessTime(date, morning ? '12:00' : '17:00'),
    placesLeft: 2,
    ...overrides,
  };
}

/** Two days with windows: the day after tomorrow (morning, one place; afternoon) and the day after (morning). */
export const someWindows = (): FreeWindow[] => [
  freeWindow(2, { placesLeft: 1 }),
  freeWindow(2, { windowId: 'afternoon', placesLeft: 3 }),
  freeWindow(3),
];
