// Invoices: the back office's upsert body and record, and what a customer sees (overdue worked out from the due date).
import { z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { InvoiceRow, InvoiceStatus } from '../db/tables/customer-data.js';
import type { PortalCaller } from '../http/env.js';
import type { PageQuery } from '../http/pagination.js';
import { keysetKey, keysetSlots, keysetValues, reusedQuery, type KeysetShape, type KeysetValues } from './compiled.js';
import { ownedBy, whereShownStatus } from './access.js';
import { storedPdfSchema, toStoredPdf } from './attached-files.js';
import {
  blankAsNull,
  centsSchema,
  currencySchema,
  dateSchema,
  externalIdSchema,
  isoDate,
  optionalCents,
  optionalReference,
  orNull,
  requiredText,
  timestamps,
  recordSource,
} from './fields.js';
import { invoiceLineSchema, lineTotals, pricedLinesBody, storedLines, totalsMatch } from './lines.js';
import { mailRecordToCustomer, newInvoiceWords } from './record-mails.js';
import { References } from './references.js';
import { answersWithFile, type RecordResource } from './upsert.js';

export const invoiceStatuses = ['open', 'paid', 'overdue', 'credited', 'cancelled'] as const;

export const invoiceBody = z
  .strictObject({
    customerExternalId: externalIdSchema,
    workOrderExternalId: optionalReference,
    number: requiredText(50),
    issueDate: dateSchema,
    dueDate: dateSchema,
    totalCents: centsSchema,
    totalExclVatCents: optionalCents,
    currency: currencySchema,
    status: z.enum(invoiceStatuses),
    // The widget renders it as a link: only web addresses, never javascript: or data: URLs.
    paymentUrl: blankAsNull(z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).max(2000)),
    lines: pricedLinesBody
      .optional()
      .transform((lines) => lines ?? [])
      .openapi({ description: 'What the invoice is for, as on a quote; left out, the invoice shows its totals only.' }),
  })
  .refine((body) => body.dueDate >= body.issueDate, { message: 'must not be before issueDate', path: ['dueDate'] })
  .superRefine((body, context) => {
    if (body.lines.length === 0) return;
    const computed = lineTotals(body.lines);
    if (!totalsMatch(body.totalCents, computed.inclVatCents, body.lines.length)) {
      context.addIssue({ code: 'custom', path: ['totalCents'], message: `must match the lines, which add up to ${computed.inclVatCents} cents including VAT` });
    }
    if (body.totalExclVatCents !== null && !totalsMatch(body.totalExclVatCents, computed.exclVatCents, body.lines.length)) {
      context.addIssue({ code: 'custom', path: ['totalExclVatCents'], message: `must match the lines, which add up to ${computed.exclVatCents} cents excluding VAT` });
    }
  });
export type InvoiceBody = z.output<typeof invoiceBody>;

/** What the back office and the customer both read of an invoice, by the upsert body's names. */
const invoiceFields = {
  number: z.string(),
  issueDate: isoDate,
  dueDate: isoDate,
  totalCents: z.number().int(),
  totalExclVatCents: z.number().int().nullable(),
  currency: z.string(),
};

type InvoiceFieldsRow = Pick<InvoiceRow, 'number' | 'issue_date' | 'due_date' | 'total_cents' | 'total_excl_vat_cents' | 'currency'>;

function invoiceFieldsOf(row: InvoiceFieldsRow) {
  return {
    number: row.number,
    issueDate: row.issue_date,
    dueDate: row.due_date,
    totalCents: row.total_cents,
    totalExclVatCents: row.total_excl_vat_cents,
    currency: row.currency,
  };
}

/** An invoice as the back office reads it back: the status as it was pushed, and its PDF once uploaded. */
export const invoiceRecordSchema = z
  .object({
    externalId: z.string(),
    customerExternalId: z.string(),
    ...recordSource,
    workOrderExternalId: z.string().nullable(),
    ...invoiceFields,
    status: z.enum(invoiceStatuses),
    paymentUrl: z.string().nullable(),
    lines: z.array(invoiceLineSchema),
    pdf: orNull(storedPdfSchema),
    ...timestamps,
  })
  .openapi('InvoiceRecord');
export type InvoiceRecord = z.output<typeof invoiceRecordSchema>;

type FoundInvoice = InvoiceRow & { customer_external_id: string; work_order_external_id: string | null };

export const invoiceResource: RecordResource<InvoiceBody, FoundInvoice, InvoiceRecord> = {
  table: 'invoices',
  idPrefix: 'inv',
  noun: 'invoice',
  body: invoiceBody,
  record: invoiceRecordSchema,
  fileColumns: ['pdf_file_id'],
  findQuery: (db, tenantId) =>
    db
      .selectFrom('invoices')
      .innerJoin('customers', 'customers.id', 'invoices.customer_id')
      .leftJoin('work_orders', 'work_orders.id', 'invoices.work_order_id')
      .selectAll('invoices')
      .select(['customers.external_id as customer_external_id', 'work_orders.external_id as work_order_external_id'])
      .where('invoices.tenant_id', '=', tenantId),
  find(db, tenantId, externalId) {
    return this.findQuery(db, tenantId).where('invoices.external_id', '=', externalId).executeTakeFirst();
  },
  async columns(db, tenantId, body) {
    const references = new References(db, tenantId);
    const customerId = await references.customer(body.customerExternalId);
    const workOrderId = await references.workOrder(customerId, body.workOrderExternalId);
    references.check();
    return {
      customer_id: customerId,
      work_order_id: workOrderId,
      number: body.number,
      issue_date: body.issueDate,
      due_date: body.dueDate,
      total_cents: body.totalCents,
      // Lines without a total excluding VAT give it: the customer sees how the amount is made up either way.
      total_excl_vat_cents: body.totalExclVatCents ?? (body.lines.length > 0 ? lineTotals(body.lines).exclVatCents : null),
      currency: body.currency,
      status: body.status,
      payment_url: body.paymentUrl,
      lines: JSON.stringify(body.lines),
    };
  },
  // Published once: the write that created it tells the customer, no later change does. An invoice that arrives paid
  // or credited (a first sync of the back office's history) asks nothing of the customer and is not mailed.
  async afterCommit(deps, { created, found }) {
    if (!created || (found.status !== 'open' && found.status !== 'overdue')) return;
    await mailRecordToCustomer(deps, {
      tenantId: found.tenant_id,
      customerId: found.customer_id,
      setting: 'newInvoice',
      feature: 'invoices',
      view: `invoices/${found.id}`,
      kind: 'new_invoice',
      words: newInvoiceWords({ number: found.number, totalCents: found.total_cents, currency: found.currency, dueDate: found.due_date }),
    });
  },
  toRecords: answersWithFile(
    (row) => row.pdf_file_id,
    (row, pdf) => ({
      externalId: row.external_id,
      customerExternalId: row.customer_external_id,
      source: row.source,
      workOrderExternalId: row.work_order_external_id,
      ...invoiceFieldsOf(row),
      status: row.status,
      paymentUrl: row.payment_url,
      lines: storedLines(row.lines),
      pdf: toStoredPdf(pdf),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    }),
  ),
};

/** An open invoice past its due date is overdue, whether or not the back office said so yet. */
export function invoiceStatus(row: Pick<InvoiceRow, 'status' | 'due_date'>, today: string): InvoiceStatus {
  return row.status === 'open' && row.due_date < today ? 'overdue' : row.status;
}

export const portalInvoiceColumns = [
  'invoices.id',
  'invoices.work_order_id',
  'invoices.number',
  'invoices.issue_date',
  'invoices.due_date',
  'invoices.total_cents',
  'invoices.total_excl_vat_cents',
  'invoices.currency',
  'invoices.status',
  'invoices.payment_url',
  'invoices.pdf_file_id',
  'invoices.lines',
  'invoices.created_at',
  'invoices.updated_at',
] as const;

/** What a customer reads of an invoice. */
export const portalInvoiceSchema = z
  .object({
    id: z.string(),
    workOrderId: z.string().nullable(),
    ...invoiceFields,
    status: z.enum(invoiceStatuses).openapi({ description: 'An open invoice past its due date reads as overdue.' }),
    paymentUrl: z.string().nullable().openapi({ description: 'Only while the invoice is open or overdue.' }),
    hasPdf: z.boolean(),
    ...timestamps,
  })
  .openapi('PortalInvoice');
export type PortalInvoice = z.output<typeof portalInvoiceSchema>;

export type PortalInvoiceRow = Omit<InvoiceRow, 'tenant_id' | 'customer_id' | 'external_id' | 'source'>;

/** One invoice as a customer reads it: with its lines, which the list leaves out. */
export const portalInvoiceDetailSchema = portalInvoiceSchema
  .extend({ lines: z.array(invoiceLineSchema).openapi({ description: 'Empty when the business sent the totals only.' }) })
  .openapi('PortalInvoiceDetail');
export type PortalInvoiceDetail = z.output<typeof portalInvoiceDetailSchema>;

export function toPortalInvoiceDetail(row: PortalInvoiceRow, today: string): PortalInvoiceDetail {
  return { ...toPortalInvoice(row, today), lines: storedLines(row.lines) };
}

export function toPortalInvoice(row: PortalInvoiceRow, today: string): PortalInvoice {
  const status = invoiceStatus(row, today);
  return {
    id: row.id,
    workOrderId: row.work_order_id,
    ...invoiceFieldsOf(row),
    status,
    // A pay link on a paid or credited invoice only invites paying twice.
    paymentUrl: status === 'open' || status === 'overdue' ? row.payment_url : null,
    hasPdf: row.pdf_file_id !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The caller's invoices. */
export function portalInvoices(db: Kysely<Database>, caller: Pick<PortalCaller, 'tenantId' | 'customerId'>) {
  return db.selectFrom('invoices').select(portalInvoiceColumns).$call(ownedBy(caller, 'invoices'));
}

export interface InvoiceFilter extends PageQuery {
  /** The statuses as the customer sees them: an open invoice past its due date is overdue. */
  status?: InvoiceStatus[] | undefined;
}

/** A page of the caller's invoices, newest first, with one row more when another page follows. */
const invoicePage = reusedQuery(
  (db: Kysely<Database>, shape: { status: readonly InvoiceStatus[] | undefined; page: KeysetShape }, values: KeysetValues & { tenantId: string; customerId: string; today: string }) => {
    const query = shape.status ? whereShownStatus(portalInvoices(db, values), 'invoices', 'due_date', 'overdue', shape.status, values.today) : portalInvoices(db, values);
    return keysetSlots(query, 'invoices', shape.page, values);
  },
  (shape) => `${shape.status?.join(',') ?? '*'}|${keysetKey(shape.page)}`,
);

/** A page of the caller's invoices, newest first, with one row more when another page follows. */
export function listPortalInvoices(db: Kysely<Database>, caller: PortalCaller, filter: InvoiceFilter, today: string): Promise<PortalInvoiceRow[]> {
  const { page, values } = keysetValues(filter);
  return invoicePage.rows(db, { status: filter.status, page }, { ...values, tenantId: caller.tenantId, customerId: caller.customerId, today }) as Promise<PortalInvoiceRow[]>;
}

export function findPortalInvoice(db: Kysely<Database>, caller: PortalCaller, id: string): Promise<PortalInvoiceRow | undefined> {
  return portalInvoices(db, caller).where('invoices.id', '=', id).executeTakeFirst();
}
