// The back office's records as requests and conversations need them: the work order a request became, and whether a
// work order, an object or an address belongs to a customer.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export interface LinkedWorkOrder {
  id: string;
  externalId: string;
  customerId: string;
  requestId: string | null;
  number: string;
  status: string;
}

function workOrders(db: Kysely<Database>, tenantId: string) {
  return db
    .selectFrom('work_orders')
    .select([
      'work_orders.id as id',
      'work_orders.external_id as externalId',
      'work_orders.customer_id as customerId',
      'work_orders.request_id as requestId',
      'work_orders.number as number',
      'work_orders.status as status',
      'work_orders.created_at as createdAt',
    ])
    .where('work_orders.tenant_id', '=', tenantId);
}

/**
 * The work order each request became: the one the business named when accepting it, or else one the back office
 * pushed with this request's id. Keyed by request id.
 */
export async function workOrdersForRequests(
  db: Kysely<Database>,
  tenantId: string,
  requests: { id: string; work_order_external_id: string | null }[],
): Promise<Map<string, LinkedWorkOrder>> {
  if (requests.length === 0) return new Map();
  const externalIds = [...new Set(requests.flatMap((request) => (request.work_order_external_id ? [request.work_order_external_id] : [])))];
  // Two lookups, each by its own index: an OR of the two makes SQLite read all of the business's work orders.
  const [byRequest, byExternalId] = await Promise.all([
    workOrders(db, tenantId).where('work_orders.request_id', 'in', requests.map((request) => request.id)).execute(),
    externalIds.length > 0 ? workOrders(db, tenantId).where('work_orders.external_id', 'in', externalIds).execute() : Promise.resolve([]),
  ]);
  const rows = [...new Map([...byRequest, ...byExternalId].map((row) => [row.id, row])).values()].sort((a, b) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0,
  );
  const linked = new Map<string, LinkedWorkOrder>();
  for (const request of requests) {
    const named = rows.find((row) => request.work_order_external_id !== null && row.externalId === request.work_order_external_id);
    const pushed = rows.filter((row) => row.requestId === request.id).at(-1);
    const match = named ?? pushed;
    if (match) linked.set(request.id, { id: match.id, externalId: match.externalId, customerId: match.customerId, requestId: match.requestId, number: match.number, status: match.status });
  }
  return linked;
}

/** A work order of this customer by its portal id; undefined for anyone else's. */
export async function customerWorkOrder(db: Kysely<Database>, tenantId: string, customerId: string, id: string): Promise<LinkedWorkOrder | undefined> {
  return workOrders(db, tenantId).where('work_orders.id', '=', id).where('work_orders.customer_id', '=', customerId).executeTakeFirst();
}

export async function tenantWorkOrderByExternalId(db: Kysely<Database>, tenantId: string, externalId: string): Promise<LinkedWorkOrder | undefined> {
  return workOrders(db, tenantId).where('work_orders.external_id', '=', externalId).executeTakeFirst();
}

/** Whether the object (installation) or address with this id is one of the customer's. */
export async function customerOwns(db: Kysely<Database>, table: 'objects' | 'locations', tenantId: string, customerId: string, id: string): Promise<boolean> {
  const row = await db
    .selectFrom(table)
    .select('id')
    .where('id', '=', id)
    .where('tenant_id', '=', tenantId)
    .where('customer_id', '=', customerId)
    .executeTakeFirst();
  return row !== undefined;
}
