// A planned visit as an iCalendar file (RFC 5545) the customer adds to their own calendar: times in Europe/Amsterdam
// with the zone's rules inside, so the visit stays at 09:00 local time whatever zone the calendar app is set to.
import type { PortalWorkOrderRow } from './work-orders.js';
import { addressLine, toPortalAddress } from './locations.js';
import { amsterdamWallClock } from '../bookings/amsterdam-time.js';

export type VisitLocale = 'nl' | 'en';

export interface VisitCalendarInput {
  workOrder: Pick<PortalWorkOrderRow, 'id' | 'number' | 'work_type' | 'description' | 'planned_start' | 'planned_end' | 'technician_name' | 'updated_at'> &
    Parameters<typeof toPortalAddress>[0];
  businessName: string;
  /** The name of the kind of work in the customer's language, when the portal knows the work type. */
  workTypeLabel: string | null;
  locale: VisitLocale;
  /** The domain that makes the UID unique to this server's portals. */
  uidDomain: string;
}

const zone = 'Europe/Amsterdam';

/** The zone's rules since 1996 (EU summer time: last Sunday of March 02:00 to last Sunday of October 03:00). */
const amsterdamTimezone = [
  'BEGIN:VTIMEZONE',
  `TZID:${zone}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** A moment as Amsterdam's wall-clock time, `20260302T090000`. */
export function amsterdamLocalTime(iso: string): string {
  const { date, hour, minute, second } = amsterdamWallClock(new Date(iso));
  const two = (value: number) => String(value).padStart(2, '0');
  return `${date.replaceAll('-', '')}T${two(hour)}${two(minute)}${two(second)}`;
}

/** A moment in UTC, `20260302T080000Z`, as DTSTAMP and LAST-MODIFIED take it. */
export function utcTime(iso: string): string {
  return new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** TEXT values: backslash, semicolon and comma escaped, every line break written as \n (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Lines longer than 75 octets are folded (CRLF and a space), never inside a UTF-8 character (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with the space, which counts towards their 75.
    const limit = pieces.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

const words = {
  nl: { workOrder: 'Werkbon', technician: 'Monteur' },
  en: { workOrder: 'Work order', technician: 'Technician' },
} as const;

/** The iCalendar file of one planned visit; the work order must have a planned start. */
export function visitCalendar(input: VisitCalendarInput): string {
  const { workOrder, locale } = input;
  const text = words[locale];
  const start = workOrder.planned_start!;
  const what = input.workTypeLabel ?? `${text.workOrder} ${workOrder.number}`;
  const address = toPortalAddress(workOrder);
  const description = [
    `${text.workOrder} ${workOrder.number}`,
    workOrder.technician_name ? `${text.technician}: ${workOrder.technician_name}` : null,
    workOrder.description,
  ]
    .filter(Boolean)
    .join('\n');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Klantportaal//Visits//NL',
    'CALSCALE:GREGORIAN',
    ...amsterdamTimezone,
    'BEGIN:VEVENT',
    // One UID per work order: adding it again after a change updates the appointment instead of doubling it.
    `UID:work-order-${workOrder.id}@${input.uidDomain}`,
    // Without METHOD, DTSTAMP is when the information last changed (RFC 5545 §3.8.7.2): the same file for the same visit.
    `DTSTAMP:${utcTime(workOrder.updated_at)}`,
    `LAST-MODIFIED:${utcTime(workOrder.updated_at)}`,
    `DTSTART;TZID=${zone}:${amsterdamLocalTime(start)}`,
    // No planned end: an appointment at a moment, which is what the business said.
    ...(workOrder.planned_end ? [`DTEND;TZID=${zone}:${amsterdamLocalTime(workOrder.planned_end)}`] : []),
    `SUMMARY:${escapeText(`${what} – ${input.businessName}`)}`,
    ...(address ? [`LOCATION:${escapeText(addressLine(address))}`] : []),
    `DESCRIPTION:${escapeText(description)}`,
    'STATUS:CONFIRMED',
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
