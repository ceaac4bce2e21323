// The events the services publish, each built from the record as it stands in the change's transaction: what the
// business reads of it, and, when a customer's contacts may know, what they read of it.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Message } from '../db/tables/requests.js';
import type { MessageOutput } from '../messages/output.js';
import { toPortalRequest } from '../requests/output.js';
import { findRequest } from '../requests/repository.js';
import { loadAdminRequest } from '../requests/views.js';
import { workOrdersForRequests } from '../requests/work-orders.js';
import { publishEvent } from './log.js';

/**
 * A request came in or changed (its status, or a note only the business sees: `businessOnly`). Guest requests have
 * no portal account, so only the business hears of them.
 */
export async function publishRequestEvent(
  trx: Kysely<Database>,
  type: 'request.created' | 'request.updated',
  tenantId: string,
  requestId: string,
  options: { businessOnly?: boolean } = {},
): Promise<void> {
  const request = await loadAdminRequest(trx, tenantId, requestId);
  let customer = null;
  if (request.customer && !options.businessOnly) {
    const row = (await findRequest(trx, { tenantId }, requestId))!;
    const links = await workOrdersForRequests(trx, tenantId, [row]);
    customer = { customerId: request.customer.id, data: { request: toPortalRequest(row, links.get(row.id)) }, requires: { features: ['requests' as const] } };
  }
  await publishEvent(trx, { tenantId, type, business: { request }, customer });
}

/** A message in the thread of a request or a work order, from either side. */
export async function publishMessageEvent(trx: Kysely<Database>, row: Message, message: MessageOutput): Promise<void> {
  let requires;
  if (row.work_order_id !== null) {
    const workOrder = await trx.selectFrom('work_orders').select('status').where('id', '=', row.work_order_id).executeTakeFirst();
    requires = { features: ['messages' as const, 'workOrders' as const], ...(workOrder ? { workOrderStatus: workOrder.status } : {}) };
  } else {
    requires = { features: ['messages' as const, 'requests' as const] };
  }
  await publishEvent(trx, { tenantId: row.tenant_id, type: 'message.created', business: { message }, customer: { customerId: row.customer_id, data: { message }, requires } });
}

interface LiveRecord {
  id: string;
  externalId: string;
  status: string;
  customerId: string;
  customerExternalId: string;
}

function recordOf(trx: Kysely<Database>, table: 'work_orders' | 'quotes' | 'invoices', tenantId: string, id: string): Promise<LiveRecord | undefined> {
  // The three tables share these columns; one query serves them all.
  return (trx as Kysely<any>)
    .selectFrom(table)
    .innerJoin('customers', 'customers.id', `${table}.customer_id`)
    .select([`${table}.id as id`, `${table}.external_id as externalId`, `${table}.status as status`, 'customers.id as customerId', 'customers.external_id as customerExternalId'])
    .where(`${table}.id`, '=', id)
    .where(`${table}.tenant_id`, '=', tenantId)
    .executeTakeFirst() as Promise<LiveRecord | undefined>;
}

/**
 * A record the back office pushed (or a customer answered) was created or changed. Tables without live updates are
 * passed over, so the one upsert of every resource can call this.
 */
export async function publishRecordEvent(trx: Kysely<Database>, table: string, tenantId: string, id: string): Promise<void> {
  if (table !== 'work_orders' && table !== 'quotes' && table !== 'invoices') return;
  const record = await recordOf(trx, table, tenantId, id);
  if (!record) return;
  const business = { id: record.id, externalId: record.externalId, customerExternalId: record.customerExternalId, status: record.status };
  const customerId = record.customerId;
  if (table === 'work_orders') {
    await publishEvent(trx, {
      tenantId,
      type: 'work_order.updated',
      business: { workOrder: business },
      customer: { customerId, data: { workOrder: { id: record.id, status: record.status } }, requires: { features: ['workOrders'], workOrderStatus: record.status } },
    });
  } else if (table === 'quotes') {
    await publishEvent(trx, { tenantId, type: 'quote.updated', business: { quote: business }, customer: { customerId, data: { quote: { id: record.id } }, requires: { features: ['quotes'] } } });
  } else {
    await publishEvent(trx, { tenantId, type: 'invoice.updated', business: { invoice: business }, customer: { customerId, data: { invoice: { id: record.id } }, requires: { features: ['invoices'] } } });
  }
}
