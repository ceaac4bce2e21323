// Orders (bestellingen): the back office's upsert body and record, and what a customer sees.
import { z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { OrderLine, OrderRow, OrderStatus } from '../db/tables/customer-data.js';
import type { PortalCaller } from '../http/env.js';
import type { PageQuery } from '../http/pagination.js';
import { keysetKey, keysetSlots, keysetValues, reusedQuery, type KeysetShape, type KeysetValues } from './compiled.js';
import { ownedBy } from './access.js';
import { centsSchema, currencySchema, dateSchema, externalIdSchema, isoDate, quantitySchema, requiredText, timestamps, recordSource } from './fields.js';
import { References } from './references.js';
import type { RecordResource } from './upsert.js';

export const orderStatuses = ['open', 'confirmed', 'shipped', 'delivered', 'cancelled'] as const;

const orderLine = z.strictObject({
  description: requiredText(500),
  quantity: quantitySchema,
  unitPriceCents: centsSchema,
});

export const orderBody = z.strictObject({
  customerExternalId: externalIdSchema,
  number: requiredText(50),
  orderedAt: dateSchema,
  status: z.enum(orderStatuses),
  lines: z.array(orderLine).max(500),
  totalCents: centsSchema,
  currency: currencySchema,
});
export type OrderBody = z.output<typeof orderBody>;

export const orderLineSchema = z.object({ description: z.string(), quantity: z.number(), unitPriceCents: z.number().int() }).openapi('OrderLine');

/** What the back office and the customer both read of an order, by the upsert body's names; lines apart. */
const orderFields = {
  number: z.string(),
  orderedAt: isoDate,
  status: z.enum(orderStatuses),
  totalCents: z.number().int(),
  currency: z.string(),
  ...timestamps,
};

type OrderFieldsRow = Pick<OrderRow, 'number' | 'ordered_at' | 'status' | 'total_cents' | 'currency' | 'created_at' | 'updated_at'>;

function orderFieldsOf(row: OrderFieldsRow) {
  return {
    number: row.number,
    orderedAt: row.ordered_at,
    status: row.status,
    totalCents: row.total_cents,
    currency: row.currency,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** An order as the back office reads it back. */
export const orderRecordSchema = z
  .object({ externalId: z.string(), customerExternalId: z.string(), ...recordSource, ...orderFields, lines: z.array(orderLineSchema) })
  .openapi('OrderRecord');
export type OrderRecord = z.output<typeof orderRecordSchema>;

type FoundOrder = OrderRow & { customer_external_id: string };

function linesOf(row: Pick<OrderRow, 'lines'>): OrderLine[] {
  return (JSON.parse(row.lines) as OrderLine[]).map((line) => ({
    description: line.description,
    quantity: line.quantity,
    unitPriceCents: line.unitPriceCents,
  }));
}

export const orderResource: RecordResource<OrderBody, FoundOrder, OrderRecord> = {
  table: 'orders',
  idPrefix: 'ord',
  noun: 'order',
  body: orderBody,
  record: orderRecordSchema,
  findQuery: (db, tenantId) =>
    db
      .selectFrom('orders')
      .innerJoin('customers', 'customers.id', 'orders.customer_id')
      .selectAll('orders')
      .select('customers.external_id as customer_external_id')
      .where('orders.tenant_id', '=', tenantId),
  find(db, tenantId, externalId) {
    return this.findQuery(db, tenantId).where('orders.external_id', '=', externalId).executeTakeFirst();
  },
  async columns(db, tenantId, body) {
    const customerId = await new References(db, tenantId).customer(body.customerExternalId);
    return {
      customer_id: customerId,
      number: body.number,
      ordered_at: body.orderedAt,
      status: body.status,
      lines: JSON.stringify(body.lines),
      total_cents: body.totalCents,
      currency: body.currency,
    };
  },
  toRecords: async (_db, rows) =>
    rows.map((row) => ({
      externalId: row.external_id,
      customerExternalId: row.customer_external_id,
      source: row.source,
      ...orderFieldsOf(row),
      lines: linesOf(row),
    })),
};

export const portalOrderColumns = [
  'orders.id',
  'orders.number',
  'orders.ordered_at',
  'orders.status',
  'orders.lines',
  'orders.total_cents',
  'orders.currency',
  'orders.created_at',
  'orders.updated_at',
] as const;

export type PortalOrderRow = Omit<OrderRow, 'tenant_id' | 'customer_id' | 'external_id' | 'source'>;

/** What a customer reads of an order in a list: everything but its lines. */
export const portalOrderSummarySchema = z.object({ id: z.string(), ...orderFields }).openapi('PortalOrderSummary');
export type PortalOrderSummary = z.output<typeof portalOrderSummarySchema>;

/** What a customer reads of one order. */
export const portalOrderSchema = portalOrderSummarySchema.extend({ lines: z.array(orderLineSchema) }).openapi('PortalOrder');
export type PortalOrder = z.output<typeof portalOrderSchema>;

export function toPortalOrderSummary(row: PortalOrderRow): PortalOrderSummary {
  return { id: row.id, ...orderFieldsOf(row) };
}

export function toPortalOrder(row: PortalOrderRow): PortalOrder {
  return { ...toPortalOrderSummary(row), lines: linesOf(row) };
}

/** The caller's orders. */
export function portalOrders(db: Kysely<Database>, caller: Pick<PortalCaller, 'tenantId' | 'customerId'>) {
  return db.selectFrom('orders').select(portalOrderColumns).$call(ownedBy(caller, 'orders'));
}

export interface OrderFilter extends PageQuery {
  status?: OrderStatus[] | undefined;
}

const orderPage = reusedQuery(
  (db: Kysely<Database>, shape: { status: readonly OrderStatus[] | undefined; page: KeysetShape }, values: KeysetValues & { tenantId: string; customerId: string }) => {
    let query = portalOrders(db, values);
    if (shape.status) query = query.where('orders.status', 'in', shape.status);
    return keysetSlots(query, 'orders', shape.page, values);
  },
  (shape) => `${shape.status?.join(',') ?? '*'}|${keysetKey(shape.page)}`,
);

/** A page of the caller's orders, newest first, with one row more when another page follows. */
export function listPortalOrders(db: Kysely<Database>, caller: PortalCaller, filter: OrderFilter): Promise<PortalOrderRow[]> {
  const { page, values } = keysetValues(filter);
  return orderPage.rows(db, { status: filter.status, page }, { ...values, tenantId: caller.tenantId, customerId: caller.customerId }) as Promise<PortalOrderRow[]>;
}

export function findPortalOrder(db: Kysely<Database>, caller: PortalCaller, id: string): Promise<PortalOrderRow | undefined> {
  return portalOrders(db, caller).where('orders.id', '=', id).executeTakeFirst();
}
