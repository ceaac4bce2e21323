// The back-office routes of customers, their addresses, their portal users and "view as this customer", as the
// console calls them; types named from the generated API types.
import type { components } from '../../api/schema.js';
import type { Body } from '../../api/types.js';
import type { ConsoleClient } from './console-client.js';
import type { AdminRequest, Page } from './types.js';

type Schemas = components['schemas'];

export type Customer = Schemas['Customer'];
/** A customer in the list (GET /admin/customers), with how many contacts it has. */
export type CustomerListItem = Schemas['CustomerListItem'];
/** One customer with its work addresses (GET /admin/customers/{externalId}). */
export type CustomerDetail = Schemas['CustomerWithLocations'];
export type Location = Schemas['Location'];
/** PUT /admin/customers/{externalId}. */
export type CustomerBody = Body<'putAdminCustomersExternalId'>;
/** PUT /admin/customers/{externalId}/locations/{locationExternalId}. */
export type LocationBody = Body<'putAdminCustomersExternalIdLocationsLocationExternalId'>;
/** A portal user of a customer, as the business sees them. */
export type CustomerContact = Schemas['CustomerContact'];
/** POST /admin/customers/{externalId}/contacts. */
export type ContactBody = Body<'postAdminCustomersExternalIdContacts'>;
/** The contact and the invite link, as inviting and inviting again answer. */
export type ContactInvitation = Schemas['ContactInvitation'];
export type ContactRole = CustomerContact['role'];
export type PreviewToken = Schemas['PreviewToken'];

/** The kinds of record a customer has, by the path segment of their back-office routes and console views. */
export const recordKinds = ['work-orders', 'quotes', 'invoices', 'documents', 'objects', 'orders'] as const;
export type RecordKind = (typeof recordKinds)[number];

export interface CustomerRecords {
  'work-orders': Schemas['WorkOrderRecord'];
  quotes: Schemas['QuoteRecord'];
  invoices: Schemas['InvoiceRecord'];
  documents: Schemas['DocumentRecord'];
  objects: Schemas['ObjectRecord'];
  orders: Schemas['OrderRecord'];
}

const segment = encodeURIComponent;

/** `/admin/customers?…` for a search, without a cursor. */
export function customersPath(q: string, limit = 25): string {
  const query = new URLSearchParams({ limit: String(limit) });
  if (q.trim()) query.set('q', q.trim());
  return `/admin/customers?${query}`;
}

export function getCustomer(client: ConsoleClient, externalId: string, signal?: AbortSignal): Promise<CustomerDetail> {
  return client.request('GET', `/admin/customers/${segment(externalId)}`, undefined, { signal });
}

export function putCustomer(client: ConsoleClient, externalId: string, body: CustomerBody): Promise<Customer> {
  return client.request('PUT', `/admin/customers/${segment(externalId)}`, body);
}

export function putLocation(client: ConsoleClient, customerId: string, locationId: string, body: LocationBody): Promise<Location> {
  return client.request('PUT', `/admin/customers/${segment(customerId)}/locations/${segment(locationId)}`, body);
}

export function listContacts(client: ConsoleClient, customerId: string, signal?: AbortSignal): Promise<Page<CustomerContact>> {
  return client.request('GET', `/admin/customers/${segment(customerId)}/contacts?limit=100`, undefined, { signal });
}

export function inviteContact(client: ConsoleClient, customerId: string, body: ContactBody): Promise<ContactInvitation> {
  return client.request('POST', `/admin/customers/${segment(customerId)}/contacts`, body);
}

/** A new invite link, mailed to the contact; the one sent before stops working. */
export function resendInvite(client: ConsoleClient, contactId: string, sendInvite: boolean): Promise<ContactInvitation> {
  return client.request('POST', `/admin/contacts/${segment(contactId)}/invite`, { sendInvite });
}

export function changeContact(client: ConsoleClient, contactId: string, changes: { role?: ContactRole; status?: 'active' | 'disabled' }): Promise<CustomerContact> {
  return client.request('PATCH', `/admin/contacts/${segment(contactId)}`, changes);
}

/** A 15-minute read-only portal token: the portal as this contact sees it. */
export function previewToken(client: ConsoleClient, contactId: string): Promise<PreviewToken> {
  return client.request('POST', '/admin/preview-token', { contactId });
}

export function listRecords<K extends RecordKind>(client: ConsoleClient, kind: K, customerId: string, signal?: AbortSignal): Promise<Page<CustomerRecords[K]>> {
  return client.request('GET', `/admin/${kind}?customerExternalId=${segment(customerId)}&limit=50`, undefined, { signal });
}

/** The customer's requests, newest first: the inbox kept to this customer. */
export async function customerRequests(client: ConsoleClient, customer: Pick<Customer, 'externalId'>, signal?: AbortSignal): Promise<AdminRequest[]> {
  const query = new URLSearchParams({ limit: '50', customerExternalId: customer.externalId });
  const page = await client.request<Page<AdminRequest>>('GET', `/admin/requests?${query}`, undefined, { signal });
  return page.items;
}
