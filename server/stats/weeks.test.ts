// The dashboard's calendar: Amsterdam's midnights, Monday weeks and ISO week numbers, across the clock changes.
import { describe, expect, it } from 'vitest';
import { isoWeekOf, localDate, mondayOf, startOfLocalDay, weeksCovering } from './weeks.js';

describe('the business calendar (Europe/Amsterdam)', () => {
  it('starts a day at midnight in Amsterdam: 23:00 UTC in winter, 22:00 UTC in summer', () => {
    expect(startOfLocalDay('2026-01-12').toISOString()).toBe('2026-01-11T23:00:00.000Z');
    expect(startOfLocalDay('2026-07-13').toISOString()).toBe('2026-07-12T22:00:00.000Z');
    // The Mondays right after the clocks moved (29 March and 25 October 2026).
    expect(startOfLocalDay('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfLocalDay('2026-10-26').toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });

  it('reads the date a moment has in Amsterdam, not in UTC', () => {
    expect(localDate(new Date('2026-12-06T22:59:59.999Z'))).toBe('2026-12-06');
    expect(localDate(new Date('2026-12-06T23:00:00.000Z'))).toBe('2026-12-07');
  });

  it('numbers weeks as ISO 8601, from Monday, a year boundary included', () => {
    expect(mondayOf('2026-12-06')).toBe('2026-11-30');
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
    expect(isoWeekOf('2026-12-02')).toEqual({ year: 2026, week: 49 });
    expect(isoWeekOf('2027-01-01')).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOf('2027-01-04')).toEqual({ year: 2027, week: 1 });
    expect(isoWeekOf('2024-12-30')).toEqual({ year: 2025, week: 1 });
  });

  it('covers whole weeks, the one with the clock change 167 or 169 hours long', () => {
    const weeks = weeksCovering('2026-03-25', '2026-04-01');
    expect(weeks.map((week) => week.monday)).toEqual(['2026-03-23', '2026-03-30']);
    const hours = (week: { startsAt: string; endsAt: string }) => (Date.parse(week.endsAt) - Date.parse(week.startsAt)) / 3_600_000;
    expect(hours(weeks[0]!)).toBe(167);
    expect(hours(weeksCovering('2026-10-20', '2026-10-20')[0]!)).toBe(169);
  });
});
