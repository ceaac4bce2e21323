// A planned visit as an iCalendar file: valid RFC 5545 that a calendar app reads at the right local time.
import { describe, expect, it } from 'vitest';
import { parseCalendar, property, unescapeText } from '../../test/support/icalendar.js';
import { amsterdamLocalTime, escapeText, foldLine, visitCalendar, type VisitCalendarInput } from './visit-calendar.js';

const workOrder: VisitCalendarInput['workOrder'] = {
  id: 'wo_123',
  number: 'WO-2026-0042',
  work_type: 'maintenance',
  description: 'Jaarlijks onderhoud cv-ketel; graag de zolder vrijhouden, dank!\nBel aan bij de achterdeur.',
  planned_start: '2026-07-14T07:00:00.000Z',
  planned_end: '2026-07-14T09:30:00.000Z',
  technician_name: 'Jan',
  updated_at: '2026-07-01T10:11:12.000Z',
  address_id: 'loc_1',
  address_name: 'Woning',
  address_street: 'Kerkstraat',
  address_house_number: '12a',
  address_postal_code: '3511 AB',
  address_city: 'Utrecht',
  address_country: 'NL',
  address_count: 1,
};

const input = (changes: Partial<VisitCalendarInput['workOrder']> = {}, rest: Partial<VisitCalendarInput> = {}): VisitCalendarInput => ({
  workOrder: { ...workOrder, ...changes },
  businessName: 'Van der Berg Installatietechniek, Utrecht',
  workTypeLabel: 'Onderhoud',
  locale: 'nl',
  uidDomain: 'portal.example.com',
  ...rest,
});

describe('a visit as iCalendar', () => {
  it('is a calendar with one event and the Amsterdam zone it names, every line CRLF and at most 75 octets', () => {
    const calendar = parseCalendar(visitCalendar(input()));
    expect(property(calendar, 'VERSION')?.value).toBe('2.0');
    expect(property(calendar, 'PRODID')?.value).toBeTruthy();
    const [timezone, event, ...others] = calendar.components;
    expect(others).toHaveLength(0);
    expect(timezone!.name).toBe('VTIMEZONE');
    expect(property(timezone!, 'TZID')?.value).toBe('Europe/Amsterdam');
    expect(timezone!.components.map((part) => part.name).sort()).toEqual(['DAYLIGHT', 'STANDARD']);
    expect(event!.name).toBe('VEVENT');
    expect(property(event!, 'UID')?.value).toBe('work-order-wo_123@portal.example.com');
    expect(property(event!, 'DTSTAMP')?.value).toBe('20260701T101112Z');
  });

  it('puts a summer visit at Amsterdam summer time (UTC+2) and a winter one at UTC+1', () => {
    const summer = parseCalendar(visitCalendar(input())).components[1]!;
    expect(property(summer, 'DTSTART')).toEqual({ name: 'DTSTART', params: { TZID: 'Europe/Amsterdam' }, value: '20260714T090000' });
    expect(property(summer, 'DTEND')).toEqual({ name: 'DTEND', params: { TZID: 'Europe/Amsterdam' }, value: '20260714T113000' });
    const winter = parseCalendar(visitCalendar(input({ planned_start: '2026-01-20T08:00:00.000Z', planned_end: '2026-01-20T15:45:00.000Z' }))).components[1]!;
    expect(property(winter, 'DTSTART')?.value).toBe('20260120T090000');
    expect(property(winter, 'DTEND')?.value).toBe('20260120T164500');
  });

  it('follows the clock change: the last Sunday of March and of October', () => {
    expect(amsterdamLocalTime('2026-03-29T00:59:00Z')).toBe('20260329T015900');
    expect(amsterdamLocalTime('2026-03-29T01:00:00Z')).toBe('20260329T030000');
    expect(amsterdamLocalTime('2026-10-25T00:59:00Z')).toBe('20261025T025900');
    expect(amsterdamLocalTime('2026-10-25T01:00:00Z')).toBe('20261025T020000');
    expect(amsterdamLocalTime('2026-12-31T23:30:00Z')).toBe('20270101T003000');
  });

  it('names the work and the business, the address as location, and escapes commas, semicolons, backslashes and line breaks', () => {
    const event = parseCalendar(visitCalendar(input({ address_street: 'Kerkstraat\\Achterom' }))).components[1]!;
    expect(unescapeText(property(event, 'SUMMARY')!.value)).toBe('Onderhoud – Van der Berg Installatietechniek, Utrecht');
    expect(property(event, 'SUMMARY')!.value).toContain('Installatietechniek\\, Utrecht');
    expect(unescapeText(property(event, 'LOCATION')!.value)).toBe('Kerkstraat\\Achterom 12a, 3511 AB Utrecht');
    expect(property(event, 'LOCATION')!.value).toBe('Kerkstraat\\\\Achterom 12a\\, 3511 AB Utrecht');
    const description = property(event, 'DESCRIPTION')!.value;
    expect(description).not.toMatch(/(^|[^\\])[;,]/);
    expect(unescapeText(description)).toBe(`Werkbon WO-2026-0042\nMonteur: Jan\n${workOrder.description}`);
  });

  it('speaks English when asked, names the work order when the kind of work is unknown, and leaves out what it does not know', () => {
    const event = parseCalendar(
      visitCalendar(input({ planned_end: null, technician_name: null, address_id: null }, { locale: 'en', workTypeLabel: null })),
    ).components[1]!;
    expect(unescapeText(property(event, 'SUMMARY')!.value)).toBe('Work order WO-2026-0042 – Van der Berg Installatietechniek, Utrecht');
    expect(property(event, 'DTEND')).toBeUndefined();
    expect(property(event, 'LOCATION')).toBeUndefined();
    expect(unescapeText(property(event, 'DESCRIPTION')!.value)).toBe(`Work order WO-2026-0042\n${workOrder.description}`);
  });

  it('folds long lines at 75 octets without splitting a character, and unfolds to the same text', () => {
    const line = `DESCRIPTION:${escapeText('Één ketel — ' + 'ë'.repeat(120) + ' 🔧 klaar')}`;
    const folded = foldLine(line);
    const pieces = folded.split('\r\n');
    expect(pieces.length).toBeGreaterThan(2);
    for (const piece of pieces) expect(Buffer.byteLength(piece, 'utf8')).toBeLessThanOrEqual(75);
    expect(pieces.slice(1).every((piece) => piece.startsWith(' '))).toBe(true);
    expect(pieces.map((piece, index) => (index === 0 ? piece : piece.slice(1))).join('')).toBe(line);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });
});
