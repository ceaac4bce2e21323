// The business's calendar: days and weeks as they fall in Europe/Amsterdam, weeks from Monday, numbered as ISO 8601.
const timeZone = 'Europe/Amsterdam';
const dayMs = 24 * 60 * 60 * 1000;

const localDayFormat = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
const wallClockFormat = new Intl.DateTimeFormat('en-US', {
  timeZone,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** A calendar date, `YYYY-MM-DD`, read as the date it is in Amsterdam at that moment. */
export function localDate(instant: Date): string {
  return localDayFormat.format(instant);
}

/** How far Amsterdam's clocks run ahead of UTC at that moment (one or two hours). */
function offsetMs(instant: number): number {
  const part = Object.fromEntries(wallClockFormat.formatToParts(new Date(instant)).map((p) => [p.type, Number(p.value)]));
  const wall = Date.UTC(part.year!, part.month! - 1, part.day!, part.hour!, part.minute!, part.second!);
  return wall - Math.floor(instant / 1000) * 1000;
}

function utcMidnight(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day);
}

/**
 * The moment a day begins in Amsterdam. Clocks change at 02:00 or 03:00 local time, never at midnight, so the offset
 * found just after midnight is the one midnight has.
 */
export function startOfLocalDay(date: string): Date {
  const wall = utcMidnight(date);
  const guess = wall - offsetMs(wall);
  return new Date(wall - offsetMs(guess));
}

export function addDays(date: string, days: number): string {
  return new Date(utcMidnight(date) + days * dayMs).toISOString().slice(0, 10);
}

/** The Monday of the week the date falls in. */
export function mondayOf(date: string): string {
  const weekday = (new Date(utcMidnight(date)).getUTCDay() + 6) % 7;
  return addDays(date, -weekday);
}

/** Whole days from one date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / dayMs);
}

/** ISO 8601 week numbering: a week belongs to the year its Thursday falls in. */
export function isoWeekOf(date: string): { year: number; week: number } {
  const thursday = addDays(mondayOf(date), 3);
  const year = Number(thursday.slice(0, 4));
  return { year, week: Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1 };
}

export interface Week {
  /** The Monday, `YYYY-MM-DD`. */
  monday: string;
  year: number;
  week: number;
  /** Monday 00:00 in Amsterdam, and the next Monday 00:00, as ISO-8601 in UTC (the form timestamps are stored in). */
  startsAt: string;
  endsAt: string;
}

/** The whole weeks from the one `from` falls in to the one `to` falls in, oldest first. */
export function weeksCovering(from: string, to: string): Week[] {
  const weeks: Week[] = [];
  for (let monday = mondayOf(from); monday <= to; monday = addDays(monday, 7)) {
    const { year, week } = isoWeekOf(monday);
    weeks.push({ monday, year, week, startsAt: startOfLocalDay(monday).toISOString(), endsAt: startOfLocalDay(addDays(monday, 7)).toISOString() });
  }
  return weeks;
}
