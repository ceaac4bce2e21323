import { describe, expect, it } from 'vitest';
import { addDays, amsterdamIso, amsterdamMoment, amsterdamOffsetMinutes, amsterdamWallClock, daysBetween, isCalendarDate, isoWeekday } from './amsterdam-time.js';

describe('Amsterdam wall-clock times', () => {
  it('gives a morning window the winter offset before the change to summer time and the summer offset after it', () => {
    // Summer time starts on Sunday 29 March 2026 at 02:00 (the clock jumps to 03:00).
    expect(amsterdamIso('2026-03-27', '08:00')).toBe('2026-03-27T08:00:00+01:00');
    expect(amsterdamIso('2026-03-29', '01:30')).toBe('2026-03-29T01:30:00+01:00');
    expect(amsterdamIso('2026-03-29', '08:00')).toBe('2026-03-29T08:00:00+02:00');
    expect(amsterdamIso('2026-03-30', '08:00')).toBe('2026-03-30T08:00:00+02:00');
    expect(amsterdamMoment('2026-03-27', '08:00').at.toISOString()).toBe('2026-03-27T07:00:00.000Z');
    expect(amsterdamMoment('2026-03-30', '08:00').at.toISOString()).toBe('2026-03-30T06:00:00.000Z');
  });

  it('gives the winter offset back after the change in October, and keeps 08:00 at 08:00', () => {
    // Summer time ends on Sunday 25 October 2026 at 03:00 (the clock goes back to 02:00).
    expect(amsterdamIso('2026-10-24', '08:00')).toBe('2026-10-24T08:00:00+02:00');
    expect(amsterdamIso('2026-10-25', '08:00')).toBe('2026-10-25T08:00:00+01:00');
    expect(amsterdamIso('2026-10-26', '17:00')).toBe('2026-10-26T17:00:00+01:00');
    expect(amsterdamMoment('2026-10-23', '12:00').at.toISOString()).toBe('2026-10-23T10:00:00.000Z');
    expect(amsterdamMoment('2026-10-26', '12:00').at.toISOString()).toBe('2026-10-26T11:00:00.000Z');
  });

  it('moves a time the clock skips to the hour after, and reads offsets on both sides of each change', () => {
    expect(amsterdamIso('2026-03-29', '02:30')).toBe('2026-03-29T03:30:00+02:00');
    expect(amsterdamOffsetMinutes(new Date('2026-03-29T00:59:00Z'))).toBe(60);
    expect(amsterdamOffsetMinutes(new Date('2026-03-29T01:00:00Z'))).toBe(120);
    expect(amsterdamOffsetMinutes(new Date('2026-10-25T00:59:00Z'))).toBe(120);
    expect(amsterdamOffsetMinutes(new Date('2026-10-25T01:00:00Z'))).toBe(60);
  });

  it('reads the date and hour in Amsterdam, not on the server’s clock', () => {
    expect(amsterdamWallClock(new Date('2026-12-31T23:30:00Z'))).toMatchObject({ date: '2027-01-01', hour: 0, minute: 30 });
    expect(amsterdamWallClock(new Date('2026-07-01T15:00:00Z'))).toMatchObject({ date: '2026-07-01', hour: 17 });
  });

  it('counts calendar days and weekdays, Monday 1 to Sunday 7, across the end of a month and a year', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(isoWeekday('2026-11-30')).toBe(1);
    expect(isoWeekday('2026-12-06')).toBe(7);
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2028-02-29')).toBe(true);
  });
});
