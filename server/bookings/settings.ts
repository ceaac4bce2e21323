// A portal's booking settings (design §10): which work types customers may book, the windows of each weekday with
// their capacity, lead time, horizon, closed dates, and whether staff must confirm. Stored apart from the portal's
// other settings, so a PUT of those never touches the planning.
import { z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { nowIso } from '../db/ids.js';
import { isCalendarDate } from './amsterdam-time.js';

const idPattern = /^[a-z0-9][a-z0-9_-]{0,39}$/;
const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/;

const calendarDate = z
  .string()
  .refine(isCalendarDate, { message: 'must be a date, YYYY-MM-DD' })
  .openapi({ format: 'date', example: '2026-12-24' });

const windowLabel = z.strictObject({ nl: z.string().trim().min(1).max(60), en: z.string().trim().min(1).max(60) });

export const bookingWindowSchema = z
  .strictObject({
    id: z.string().regex(idPattern, { message: 'use 1 to 40 lowercase letters, digits, dashes and underscores' }).openapi({ example: 'ma-ochtend' }),
    weekday: z.number().int().min(1).max(7).openapi({ description: '1 is Monday, 7 is Sunday.' }),
    start: z.string().regex(timePattern, { message: 'must be a time, HH:MM' }).openapi({ example: '08:00', description: 'Europe/Amsterdam wall-clock time.' }),
    end: z.string().regex(timePattern, { message: 'must be a time, HH:MM' }).openapi({ example: '12:00', description: 'Europe/Amsterdam wall-clock time, after start.' }),
    label: windowLabel.openapi({ example: { nl: 'Ochtend', en: 'Morning' } }),
    capacity: z.number().int().min(0).max(500).openapi({ description: 'Visits the business can make in this window on one date.' }),
  })
  .openapi('BookingWindow');

const capacityOverrideSchema = z.strictObject({
  date: calendarDate,
  windowId: z.string().regex(idPattern),
  capacity: z.number().int().min(0).max(500),
});

const bookingSettingsShape = z.strictObject({
  enabled: z.boolean().default(false),
  workTypes: z.array(z.string().regex(idPattern)).max(30).default([]).openapi({ description: 'Ids of the portal’s requestForm.workTypes that customers may book a window for.' }),
  windows: z.array(bookingWindowSchema).max(70).default([]),
  leadBusinessDays: z.number().int().min(0).max(30).default(1).openapi({ description: 'Business days (Monday to Friday, closed dates skipped) between today and the first bookable date.' }),
  cutoffHour: z
    .number()
    .int()
    .min(0)
    .max(24)
    .default(16)
    .openapi({ description: 'From this hour (Europe/Amsterdam) on, today no longer counts: the lead time starts from the next business day. 24: no cut-off.' }),
  horizonWeeks: z.number().int().min(1).max(52).default(8).openapi({ description: 'How many weeks ahead customers may book.' }),
  closedDates: z.array(calendarDate).max(400).default([]).openapi({ description: 'Holidays and company leave: no windows, and not counted as business days.' }),
  capacityOverrides: z
    .array(capacityOverrideSchema)
    .max(1000)
    .default([])
    .openapi({ description: 'Another capacity for one window on one date (0 closes it for that date alone).' }),
  requireConfirmation: z.boolean().default(true).openapi({ description: 'Staff confirm each booking; until then it holds its place for holdHours.' }),
  holdHours: z.number().int().min(1).max(720).default(48).openapi({ description: 'How long a booking waiting for staff holds its place.' }),
});

function minutes(time: string): number {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return hour * 60 + minute;
}

/** The settings a business sends, checked as a whole: windows in order, no overlaps, nothing named twice. */
export const bookingSettingsSchema = bookingSettingsShape
  .superRefine((settings, ctx) => {
    const ids = new Set<string>();
    settings.windows.forEach((window, index) => {
      if (ids.has(window.id)) ctx.addIssue({ code: 'custom', path: ['windows', index, 'id'], message: `is already used by another window (${window.id})` });
      ids.add(window.id);
      if (timePattern.test(window.start) && timePattern.test(window.end) && minutes(window.end) <= minutes(window.start)) {
        ctx.addIssue({ code: 'custom', path: ['windows', index, 'end'], message: 'must be after start' });
      }
    });
    settings.windows.forEach((window, index) => {
      const overlapping = settings.windows.findIndex(
        (other, otherIndex) =>
          otherIndex < index && other.weekday === window.weekday && minutes(other.start) < minutes(window.end) && minutes(window.start) < minutes(other.end),
      );
      if (overlapping >= 0) ctx.addIssue({ code: 'custom', path: ['windows', index, 'start'], message: `overlaps window ${settings.windows[overlapping]!.id} on the same weekday` });
    });
    settings.workTypes.forEach((id, index) => {
      if (settings.workTypes.indexOf(id) !== index) ctx.addIssue({ code: 'custom', path: ['workTypes', index], message: `is already in the list (${id})` });
    });
    settings.closedDates.forEach((date, index) => {
      if (settings.closedDates.indexOf(date) !== index) ctx.addIssue({ code: 'custom', path: ['closedDates', index], message: `is already in the list (${date})` });
    });
    const overrides = new Set<string>();
    settings.capacityOverrides.forEach((override, index) => {
      if (!ids.has(override.windowId)) ctx.addIssue({ code: 'custom', path: ['capacityOverrides', index, 'windowId'], message: 'is not one of the windows' });
      const key = `${override.date}/${override.windowId}`;
      if (overrides.has(key)) ctx.addIssue({ code: 'custom', path: ['capacityOverrides', index], message: 'names this window on this date twice' });
      overrides.add(key);
    });
  })
  .openapi('BookingSettings');

export type BookingSettings = z.output<typeof bookingSettingsSchema>;
export type BookingWindow = BookingSettings['windows'][number];

export const defaultBookingSettings: BookingSettings = bookingSettingsShape.parse({});

/** The stored settings, read leniently: a row written by an older version gets today's defaults for what it lacks. */
export function readBookingSettings(stored: string | undefined): BookingSettings {
  if (!stored) return structuredClone(defaultBookingSettings);
  // Parsed once per stored text: availability reads the settings on every request. Callers get their own copy.
  let parsed = parsedSettings.get(stored);
  if (!parsed) {
    const result = bookingSettingsShape.safeParse(JSON.parse(stored));
    parsed = result.success ? result.data : defaultBookingSettings;
    if (parsedSettings.size >= 200) parsedSettings.clear();
    parsedSettings.set(stored, parsed);
  }
  return structuredClone(parsed);
}

const parsedSettings = new Map<string, BookingSettings>();

export async function loadBookingSettings(db: Kysely<Database>, portalId: string): Promise<BookingSettings> {
  const row = await db.selectFrom('booking_settings').select('settings').where('portal_id', '=', portalId).executeTakeFirst();
  return readBookingSettings(row?.settings);
}

export async function saveBookingSettings(db: Kysely<Database>, tenantId: string, portalId: string, settings: BookingSettings, now = new Date()): Promise<void> {
  const values = { portal_id: portalId, tenant_id: tenantId, settings: JSON.stringify(settings), updated_at: nowIso(now) };
  await db
    .insertInto('booking_settings')
    .values(values)
    .onConflict((oc) => oc.column('portal_id').doUpdateSet({ settings: values.settings, updated_at: values.updated_at }))
    .execute();
}

/** The capacity of a window on a date: the override for that date, or the window's own. */
export function capacityOn(settings: BookingSettings, window: BookingWindow, date: string): number {
  return settings.capacityOverrides.find((override) => override.date === date && override.windowId === window.id)?.capacity ?? window.capacity;
}
