// The back-office routes of booking visits (design §10): a portal's booking settings, windows closed on a date, and
// the bookings staff confirm, decline or move. Types are named from the generated API types.
import type { components } from '../../api/schema.js';
import type { ConsoleClient } from './console-client.js';

type Schemas = components['schemas'];

export type BookingSettings = Schemas['BookingSettings'];
export type BookingWindow = Schemas['BookingWindow'];
export type AdminBooking = Schemas['AdminBooking'];
export type AdminBookingPage = Schemas['AdminBookingPage'];
export type BookingBlock = Schemas['BookingBlock'];
export type BookingStatus = Schemas['BookingStatus'];
export type BookingChoice = Schemas['BookingChoice'];

const segment = encodeURIComponent;

export function getBookingSettings(client: ConsoleClient, slug: string, signal?: AbortSignal): Promise<BookingSettings> {
  return client.request('GET', `/admin/portals/${segment(slug)}/booking`, undefined, { signal });
}

export function saveBookingSettings(client: ConsoleClient, slug: string, settings: BookingSettings): Promise<BookingSettings> {
  return client.request('PUT', `/admin/portals/${segment(slug)}/booking`, settings);
}

/** The bookings of the dates from `from` to `to` (included), every page of them; optionally one portal's. */
export async function listBookings(client: ConsoleClient, range: { from: string; to: string; portal?: string; status?: BookingStatus[] }, signal?: AbortSignal): Promise<AdminBooking[]> {
  const items: AdminBooking[] = [];
  let cursor: string | null = null;
  do {
    const query = new URLSearchParams({ from: range.from, to: range.to, limit: '500' });
    if (range.portal) query.set('portal', range.portal);
    if (range.status?.length) query.set('status', range.status.join(','));
    if (cursor) query.set('cursor', cursor);
    const page: AdminBookingPage = await client.request('GET', `/admin/bookings?${query}`, undefined, { signal });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

/** Confirms or declines a booking; a proposal confirms it in that window instead. */
export function answerBooking(client: ConsoleClient, id: string, answer: { status: 'confirmed' | 'declined'; proposal?: BookingChoice }): Promise<AdminBooking> {
  return client.request('PATCH', `/admin/bookings/${segment(id)}`, answer);
}

export function listBlocks(client: ConsoleClient, slug: string, range: { from: string; to: string }, signal?: AbortSignal): Promise<BookingBlock[]> {
  const query = new URLSearchParams(range);
  return client.request<{ items: BookingBlock[] }>('GET', `/admin/portals/${segment(slug)}/booking/blocks?${query}`, undefined, { signal }).then((answer) => answer.items);
}

/** Closes one window on one date: customers can no longer book it. */
export function blockWindow(client: ConsoleClient, slug: string, date: string, windowId: string, note?: string): Promise<BookingBlock> {
  return client.request('PUT', `/admin/portals/${segment(slug)}/booking/blocks/${segment(date)}/${segment(windowId)}`, note ? { note } : {});
}

export async function unblockWindow(client: ConsoleClient, slug: string, date: string, windowId: string): Promise<void> {
  await client.request('DELETE', `/admin/portals/${segment(slug)}/booking/blocks/${segment(date)}/${segment(windowId)}`);
}
