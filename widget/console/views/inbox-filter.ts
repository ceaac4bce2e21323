// What the inbox shows: the filter a staff member sets, and whether a request passes it. The server filters the
// pages; the same test decides where a request that changed while the inbox is open belongs (a request's booking is
// not in its answer: with the booking filter on, the server alone decides, and the inbox reads its first page again).
import type { InboxFilter } from '../api/admin.js';
import type { AdminRequest, RequestStatus } from '../api/types.js';

export type { InboxFilter };

/** The status choices of the filter, and the statuses each stands for. */
export const statusChoices = {
  open: ['submitted', 'in_review'],
  submitted: ['submitted'],
  in_review: ['in_review'],
  accepted: ['accepted'],
  rejected: ['rejected'],
  cancelled: ['cancelled'],
  all: [],
} as const satisfies Record<string, readonly RequestStatus[]>;

export type StatusChoice = keyof typeof statusChoices;

export const defaultFilter: InboxFilter = { status: ['submitted', 'in_review'], portal: '', workType: '', source: '', booking: '', q: '' };

export function statusChoice(filter: InboxFilter): StatusChoice {
  const key = filter.status.join(',');
  return (Object.keys(statusChoices) as StatusChoice[]).find((choice) => statusChoices[choice].join(',') === key) ?? 'all';
}

export function isFiltered(filter: InboxFilter): boolean {
  return statusChoice(filter) !== 'open' || Boolean(filter.portal || filter.workType || filter.source || filter.booking || filter.q.trim());
}

/** The names a request can be found by: its customer, the contact who sent it, or the guest. */
function names(request: AdminRequest): string[] {
  return [request.customer?.name, request.contact?.name, request.guest?.name].filter((name): name is string => Boolean(name));
}

export function matches(request: AdminRequest, filter: InboxFilter): boolean {
  if (filter.status.length && !filter.status.includes(request.status)) return false;
  if (filter.portal && request.portal !== filter.portal) return false;
  if (filter.workType && request.workType !== filter.workType) return false;
  if (filter.source && request.source !== filter.source) return false;
  const q = filter.q.trim().toLowerCase();
  if (!q) return true;
  return request.reference.toLowerCase().includes(q) || names(request).some((name) => name.toLowerCase().includes(q));
}
