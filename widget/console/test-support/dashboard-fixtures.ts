// Sample answers of GET /admin/stats: a busy twelve weeks, and a business that has just started.
import type { BusinessStats, StatsWeek } from '../api/dashboard.js';

const mondays = ['2026-09-14', '2026-09-21', '2026-09-28', '2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23', '2026-11-30'];
const requests = [4, 6, 3, 0, 8, 5, 7, 9, 6, 11, 7, 5];
const guests = [1, 2, 0, 0, 3, 1, 2, 4, 1, 5, 2, 2];

export const weeks = (): StatsWeek[] =>
  mondays.map((weekStart, index) => ({ weekStart, year: 2026, week: 38 + index, requests: requests[index]!, guest: guests[index]!, portal: requests[index]! - guests[index]! }));

export const stats = (overrides: Partial<BusinessStats> = {}): BusinessStats => {
  const all = weeks();
  return {
    period: { from: '2026-09-14', to: '2026-12-06', timeZone: 'Europe/Amsterdam' },
    weeks: all,
    thisWeek: all.at(-1)!,
    newRequests: 3,
    requests: { total: 71, byStatus: { submitted: 3, in_review: 4, accepted: 48, rejected: 12, cancelled: 4 }, acceptedShare: 0.8 },
    firstAnswer: { medianSeconds: 3 * 3600 + 10 * 60, answered: 66, unanswered: 5 },
    quotes: { open: 6, accepted: 21, declined: 4, expired: 1, withdrawn: 0 },
    contacts: { invited: 9, active: 57, disabled: 2 },
    ...overrides,
  };
};

/** A business in its first week: no request yet, two customers invited. */
export const newBusiness = (): BusinessStats => {
  const none = weeks().map((week) => ({ ...week, requests: 0, guest: 0, portal: 0 }));
  return stats({
    weeks: none,
    thisWeek: none.at(-1)!,
    newRequests: 0,
    requests: { total: 0, byStatus: { submitted: 0, in_review: 0, accepted: 0, rejected: 0, cancelled: 0 }, acceptedShare: null },
    firstAnswer: { medianSeconds: null, answered: 0, unanswered: 0 },
    quotes: { open: 0, accepted: 0, declined: 0, expired: 0, withdrawn: 0 },
    contacts: { invited: 2, active: 0, disabled: 0 },
  });
};
