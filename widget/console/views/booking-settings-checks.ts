// The checks of the booking settings as typed, with the server's rules (windows in order, no overlaps, nothing twice),
// each keyed by the path the server names in its errors (`windows.2.end`), so one map holds both.
import { msg } from '@lit/localize';
import type { BookingSettings, BookingWindow } from '../api/bookings.js';

const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/;

function minutes(time: string): number {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return hour * 60 + minute;
}

const wholeIn = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max;

/** A field's id from the path the server names: `windows.2.label.nl` → `windows-2-label-nl`. */
export const fieldId = (path: string): string => path.replace(/\./g, '-');

export function bookingProblems(settings: BookingSettings): Record<string, string> {
  const problems: Record<string, string> = {};
  settings.windows.forEach((window, index) => {
    const at = `windows.${index}`;
    if (!window.label.nl.trim()) problems[`${at}.label.nl`] = msg('Geef het tijdvak een naam.', { id: 'console.bookings.check.label' });
    if (!window.label.en.trim()) problems[`${at}.label.en`] = msg('Geef het tijdvak een naam.', { id: 'console.bookings.check.label' });
    if (!timePattern.test(window.start)) problems[`${at}.start`] = msg('Vul een tijd in, zoals 08:00.', { id: 'console.bookings.check.time' });
    if (!timePattern.test(window.end)) problems[`${at}.end`] = msg('Vul een tijd in, zoals 08:00.', { id: 'console.bookings.check.time' });
    else if (timePattern.test(window.start) && minutes(window.end) <= minutes(window.start)) problems[`${at}.end`] = msg('Het einde moet na het begin liggen.', { id: 'console.bookings.check.endAfterStart' });
    if (!wholeIn(window.capacity, 0, 500)) problems[`${at}.capacity`] = msg('Een heel getal van 0 tot 500.', { id: 'console.bookings.check.capacity' });
    const overlapping = settings.windows.some(
      (other, otherIndex) =>
        otherIndex < index &&
        other.weekday === window.weekday &&
        timePattern.test(other.start) &&
        timePattern.test(other.end) &&
        timePattern.test(window.start) &&
        timePattern.test(window.end) &&
        minutes(other.start) < minutes(window.end) &&
        minutes(window.start) < minutes(other.end),
    );
    if (overlapping && !problems[`${at}.start`]) problems[`${at}.start`] = msg('Dit tijdvak overlapt een ander op dezelfde dag.', { id: 'console.bookings.check.overlap' });
  });
  if (!wholeIn(settings.leadBusinessDays, 0, 30)) problems.leadBusinessDays = msg('Een heel getal van 0 tot 30.', { id: 'console.bookings.check.lead' });
  if (!wholeIn(settings.cutoffHour, 0, 24)) problems.cutoffHour = msg('Een heel uur van 0 tot 24.', { id: 'console.bookings.check.cutoff' });
  if (!wholeIn(settings.horizonWeeks, 1, 52)) problems.horizonWeeks = msg('Een heel getal van 1 tot 52.', { id: 'console.bookings.check.horizon' });
  if (!wholeIn(settings.holdHours, 1, 720)) problems.holdHours = msg('Een heel getal van 1 tot 720.', { id: 'console.bookings.check.hold' });
  if (settings.enabled && settings.workTypes.length === 0) problems.workTypes = msg('Kies minstens één soort werk dat klanten mogen boeken.', { id: 'console.bookings.check.workTypes' });
  return problems;
}

/** A window id nobody has used: kept for good once made, so bookings keep naming their window. */
export function newWindowId(weekday: number, taken: BookingWindow[]): string {
  for (;;) {
    const id = `w${weekday}-${Math.random().toString(36).slice(2, 7)}`;
    if (!taken.some((window) => window.id === id)) return id;
  }
}
