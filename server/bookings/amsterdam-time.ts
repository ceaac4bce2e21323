// Calendar dates and wall-clock times in Europe/Amsterdam, where the businesses plan their visits: a window of
// 08:00–12:00 is 08:00 there in winter and in summer, so its UTC moment and offset change with daylight-saving time.
const zone = 'Europe/Amsterdam';

const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: zone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

interface WallClock {
  date: string;
  hour: number;
  minute: number;
  second: number;
}

/** A moment as Amsterdam's date and time of day. */
export function amsterdamWallClock(moment: Date): WallClock {
  const parts = Object.fromEntries(wallClock.formatToParts(moment).map((part) => [part.type, part.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour), minute: Number(parts.minute), second: Number(parts.second) };
}

/** How far Amsterdam's clock runs ahead of UTC at a moment, in minutes: 60 in winter, 120 in summer. */
export function amsterdamOffsetMinutes(moment: Date): number {
  const local = amsterdamWallClock(moment);
  const [year, month, day] = local.date.split('-').map(Number) as [number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, local.hour, local.minute, local.second);
  return Math.round((asUtc - Math.floor(moment.getTime() / 1000) * 1000) / 60_000);
}

function wallClockAsUtc(date: string, time: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return Date.UTC(year, month - 1, day, hour, minute);
}

/**
 * The moment Amsterdam's clock shows `time` on `date`. The offset is read at the moment itself, so it is right on
 * both sides of a change; a time the clock skips (02:30 on the last Sunday of March) comes out an hour later.
 */
export function amsterdamMoment(date: string, time: string): { at: Date; offsetMinutes: number } {
  // Intl is slow next to the rest of an availability answer, and the same few windows come back on every request.
  const key = `${date}T${time}`;
  const known = moments.get(key);
  if (known) return { at: new Date(known.at), offsetMinutes: known.offsetMinutes };
  const found = computeMoment(date, time);
  if (moments.size >= maxRemembered) moments.clear();
  moments.set(key, { at: found.at.getTime(), offsetMinutes: found.offsetMinutes });
  return found;
}

const maxRemembered = 20_000;
const moments = new Map<string, { at: number; offsetMinutes: number }>();

function computeMoment(date: string, time: string): { at: Date; offsetMinutes: number } {
  const local = wallClockAsUtc(date, time);
  let offset = amsterdamOffsetMinutes(new Date(local - 60 * 60_000));
  offset = amsterdamOffsetMinutes(new Date(local - offset * 60_000));
  const at = new Date(local - offset * 60_000);
  return { at, offsetMinutes: amsterdamOffsetMinutes(at) };
}

/** `2026-03-30T08:00:00+02:00`: the moment Amsterdam's clock shows `time` on `date`, with the offset it has then. */
export function amsterdamIso(date: string, time: string): string {
  return amsterdamIsoOf(amsterdamMoment(date, time).at);
}

/** A moment as Amsterdam's wall-clock time with its offset then: `2026-10-26T08:00:00+01:00`. */
export function amsterdamIsoOf(at: Date): string {
  const known = isoTexts.get(at.getTime());
  if (known) return known;
  const text = computeIso(at);
  if (isoTexts.size >= maxRemembered) isoTexts.clear();
  isoTexts.set(at.getTime(), text);
  return text;
}

const isoTexts = new Map<number, string>();

function computeIso(at: Date): string {
  const offsetMinutes = amsterdamOffsetMinutes(at);
  const local = new Date(at.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

// ── Calendar dates (no time zone: a date is a day on the business's calendar) ───────────────────────────────────

function dateParts(date: string): [number, number, number] {
  return date.split('-').map(Number) as [number, number, number];
}

/** `date` moved by `days` calendar days. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = dateParts(date);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** 1 for Monday to 7 for Sunday. */
export function isoWeekday(date: string): number {
  const [year, month, day] = dateParts(date);
  return ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1;
}

/** Whole days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = dateParts(from);
  const [y2, m2, d2] = dateParts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/** Whether `date` is a real calendar date in YYYY-MM-DD. */
export function isCalendarDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const [year, month, day] = dateParts(date);
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
}
