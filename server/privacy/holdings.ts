// Everything the portal holds about one customer, gathered once for an export and for an erasure alike: its rows,
// the ids that audit entries and files point to, and the personal texts (names, addresses, emails, phone numbers)
// that must not outlive an erasure anywhere.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Contact, Customer } from '../db/tables/accounts.js';

export async function customerHoldings(db: Kysely<Database>, customer: Customer) {
  const tenant = customer.tenant_id;
  const [locations, contacts, objects, workOrders, quotes, invoices, documents, orders, requests, messages, bookings] = await Promise.all([
    db.selectFrom('locations').selectAll().where('tenant_id', '=', tenant).where('customer_id', '=', customer.id).orderBy('created_at').orderBy('id').execute(),
    db.selectFrom('contacts').selectAll().where('tenant_id', '=', tenant).where('customer_id', '=', customer.id).orderBy('created_at').orderBy('id').execute(),
    db.selectFrom('objects').selectAll().where('tenant_id', '=', tenant).where('customer_id', '=', customer.id).orderBy('created_at').orderBy('id').execute(),
    db.selectFrom('work_orders').selectAll().where('tenant_id', '=', tenant).where('customer_id', '=', customer.id).orderBy('created_at').orderBy('id').execute(),
    db.selectFrom('quotes').selectAll().where('tenant_id', '=', tenant).where('customer_id', '=', customer.id).orderBy('created_at').orderBy('id').execute(),
    db.selectFrom('invoices').selectAll().where('tenant_id', '=', tenant).where('customer_id', '=', customer.id).orderBy('created_at').orderBy('id').execute(),
    db.selectFrom('documents').selectAll().where('tenant_id', '=', tenant).where('customer_id', '=', customer.id).orderBy('created_at').orderBy('id').execute(),
    db.selectFrom('orders').selectAll().where('tenant_id', '=', tenant).where('customer_id', '=', customer.id).orderBy('created_at').orderBy('id').execute(),
    db.selectFrom('requests').selectAll().where('tenant_id', '=', tenant).where('customer_id', '=', customer.id).orderBy('created_at').orderBy('id').execute(),
    db.selectFrom('messages').selectAll().where('tenant_id', '=', tenant).where('customer_id', '=', customer.id).orderBy('created_at').orderBy('id').execute(),
    db.selectFrom('bookings').selectAll().where('tenant_id', '=', tenant).where('customer_id', '=', customer.id).orderBy('created_at').orderBy('id').execute(),
  ]);
  const requestIds = requests.map((row) => row.id);
  const workOrderIds = workOrders.map((row) => row.id);
  const [workOrderEvents, requestEvents, attachments] = await Promise.all([
    workOrderIds.length === 0
      ? []
      : db.selectFrom('work_order_events').selectAll().where('tenant_id', '=', tenant).where('work_order_id', 'in', workOrderIds).orderBy('at', 'asc').orderBy('id', 'asc').execute(),
    requestIds.length === 0
      ? []
      : db.selectFrom('request_events').selectAll().where('tenant_id', '=', tenant).where('request_id', 'in', requestIds).orderBy('created_at', 'asc').orderBy('id', 'asc').execute(),
    requestIds.length === 0
      ? []
      : db
          .selectFrom('attachments')
          .select(['id', 'request_id', 'filename', 'content_type', 'size_bytes', 'sha256', 'uploaded_by_contact_id', 'created_at'])
          .where('tenant_id', '=', tenant)
          .where('request_id', 'in', requestIds)
          .orderBy('created_at', 'asc')
          .execute(),
  ]);
  const recordIds = [customer.id, ...[locations, contacts, objects, workOrders, quotes, invoices, documents, orders, requests, messages, bookings].flat().map((row) => row.id)];
  const fileIds = [
    ...quotes.map((row) => row.pdf_file_id),
    ...invoices.map((row) => row.pdf_file_id),
    ...documents.map((row) => row.file_id),
  ].filter((id): id is string => id !== null);
  return {
    customer,
    locations,
    contacts,
    objects,
    workOrders,
    workOrderEvents,
    quotes,
    invoices,
    documents,
    orders,
    requests,
    requestEvents,
    attachments,
    messages,
    bookings,
    recordIds,
    fileIds,
    personalTexts: personalTextsOf(customer, contacts, locations, requests),
  };
}

export type CustomerHoldings = Awaited<ReturnType<typeof customerHoldings>>;

function address(json: string | null): string[] {
  if (!json) return [];
  const value = JSON.parse(json) as Record<string, unknown>;
  return [value.street, value.houseNumber && value.street ? `${String(value.street)} ${String(value.houseNumber)}` : null].filter((part): part is string => typeof part === 'string');
}

/** The texts that name or reach this person; at least three characters, so a marker never eats ordinary words. */
export function personalTextsOf(
  customer: Pick<Customer, 'name' | 'email' | 'phone' | 'address'> | undefined,
  contacts: Pick<Contact, 'name' | 'email' | 'phone'>[],
  locations: { street: string }[] = [],
  requests: { phone: string | null; guest_name: string | null; guest_email: string | null; guest_phone: string | null; guest_address: string | null }[] = [],
): string[] {
  const texts = [
    customer?.name,
    customer?.email,
    customer?.phone,
    ...address(customer?.address ?? null),
    ...contacts.flatMap((contact) => [contact.name, contact.email, contact.phone]),
    ...locations.map((location) => location.street),
    ...requests.flatMap((request) => [request.phone, request.guest_name, request.guest_email, request.guest_phone, ...address(request.guest_address)]),
  ];
  return [...new Set(texts.filter((text): text is string => typeof text === 'string' && text.trim().length >= 3))].sort((a, b) => b.length - a.length);
}
