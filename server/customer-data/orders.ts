// Orders (bestellingen): the back office's upsert body and record, and what a customer sees.
import { z } from 'zod';
import type { OrderLine, OrderRow } from '../db/tables/customer-data.js';
import { centsSchema, currencySchema, dateSchema, externalIdSchema, quantitySchema, requiredText } from './fields.js';
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

type FoundOrder = OrderRow & { customer_external_id: string };

function linesOf(row: Pick<OrderRow, 'lines'>): OrderLine[] {
  return (JSON.parse(row.lines) as OrderLine[]).map((line) => ({
    description: line.description,
    quantity: line.quantity,
    unitPriceCents: line.unitPriceCents,
  }));
}

export const orderResource: RecordResource<OrderBody, FoundOrder> = {
  table: 'orders',
  idPrefix: 'ord',
  noun: 'order',
  body: orderBody,
  find: (db, tenantId, externalId) =>
    db
      .selectFrom('orders')
      .innerJoin('customers', 'customers.id', 'orders.customer_id')
      .selectAll('orders')
      .select('customers.external_id as customer_external_id')
      .where('orders.tenant_id', '=', tenantId)
      .where('orders.external_id', '=', externalId)
      .executeTakeFirst(),
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
  toRecord: (_db, row) => ({
    externalId: row.external_id,
    customerExternalId: row.customer_external_id,
    number: row.number,
    orderedAt: row.ordered_at,
    status: row.status,
    lines: linesOf(row),
    totalCents: row.total_cents,
    currency: row.currency,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }),
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

export type PortalOrderRow = Omit<OrderRow, 'tenant_id' | 'customer_id' | 'external_id'>;

/** An order in a list: everything but its lines. */
export function toPortalOrderSummary(row: PortalOrderRow) {
  return {
    id: row.id,
    number: row.number,
    orderedAt: row.ordered_at,
    status: row.status,
    totalCents: row.total_cents,
    currency: row.currency,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toPortalOrder(row: PortalOrderRow) {
  return { ...toPortalOrderSummary(row), lines: linesOf(row) };
}
