// Quotes: the back office's upsert body and record, what a customer sees, and the customer's decision on one.
import { z } from 'zod';
import type { QuoteLine, QuoteRow, QuoteStatus } from '../db/tables/customer-data.js';
import { fileInfo } from '../files/store.js';
import { centsSchema, currencySchema, externalIdSchema, optionalDate, quantitySchema, requiredText } from './fields.js';
import { References } from './references.js';
import type { RecordResource } from './upsert.js';

export const quoteStatuses = ['open', 'accepted', 'declined', 'expired', 'withdrawn'] as const;

const quoteLine = z.strictObject({
  description: requiredText(500),
  quantity: quantitySchema,
  unitPriceCents: centsSchema,
  vatRate: z.number().min(0).max(100),
});

export const quoteBody = z.strictObject({
  customerExternalId: externalIdSchema,
  number: requiredText(50),
  title: requiredText(200),
  lines: z.array(quoteLine).max(500),
  totalCents: centsSchema,
  currency: currencySchema,
  validUntil: optionalDate,
  status: z.enum(quoteStatuses),
});
export type QuoteBody = z.output<typeof quoteBody>;

type FoundQuote = QuoteRow & { customer_external_id: string };

function linesOf(row: Pick<QuoteRow, 'lines'>): QuoteLine[] {
  return (JSON.parse(row.lines) as QuoteLine[]).map((line) => ({
    description: line.description,
    quantity: line.quantity,
    unitPriceCents: line.unitPriceCents,
    vatRate: line.vatRate,
  }));
}

export const quoteResource: RecordResource<QuoteBody, FoundQuote> = {
  table: 'quotes',
  idPrefix: 'quo',
  noun: 'quote',
  body: quoteBody,
  fileColumns: ['pdf_file_id'],
  find: (db, tenantId, externalId) =>
    db
      .selectFrom('quotes')
      .innerJoin('customers', 'customers.id', 'quotes.customer_id')
      .selectAll('quotes')
      .select('customers.external_id as customer_external_id')
      .where('quotes.tenant_id', '=', tenantId)
      .where('quotes.external_id', '=', externalId)
      .executeTakeFirst(),
  async columns(db, tenantId, body, existing) {
    const customerId = await new References(db, tenantId).customer(body.customerExternalId);
    // A sync job that has not yet seen the customer's answer pushes the quote as still open: the answer stands.
    const decidedInPortal = existing?.decision != null && body.status === 'open';
    return {
      customer_id: customerId,
      number: body.number,
      title: body.title,
      lines: JSON.stringify(body.lines),
      total_cents: body.totalCents,
      currency: body.currency,
      valid_until: body.validUntil,
      status: decidedInPortal ? existing.status : body.status,
    };
  },
  toRecord: async (db, row) => {
    const pdf = await fileInfo(db, row.tenant_id, row.pdf_file_id);
    return {
      externalId: row.external_id,
      customerExternalId: row.customer_external_id,
      number: row.number,
      title: row.title,
      lines: linesOf(row),
      totalCents: row.total_cents,
      currency: row.currency,
      validUntil: row.valid_until,
      status: row.status,
      pdf: pdf ? { contentType: pdf.contentType, size: pdf.size, sha256: pdf.sha256, uploadedAt: pdf.uploadedAt } : null,
      decision:
        row.decision === null
          ? null
          : {
              outcome: row.decision,
              at: row.decided_at,
              contactId: row.decided_by_contact_id,
              signedName: row.signed_name,
              reason: row.decline_reason,
              ip: row.decided_ip,
            },
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  },
};

/** Open quotes past their last valid day are expired, whether or not the back office said so yet. */
export function quoteStatus(row: Pick<QuoteRow, 'status' | 'valid_until'>, today: string): QuoteStatus {
  return row.status === 'open' && row.valid_until !== null && row.valid_until < today ? 'expired' : row.status;
}

export const portalQuoteColumns = [
  'quotes.id',
  'quotes.number',
  'quotes.title',
  'quotes.lines',
  'quotes.total_cents',
  'quotes.currency',
  'quotes.valid_until',
  'quotes.status',
  'quotes.pdf_file_id',
  'quotes.decision',
  'quotes.decided_at',
  'quotes.signed_name',
  'quotes.decline_reason',
  'quotes.created_at',
  'quotes.updated_at',
] as const;

export type PortalQuoteRow = Pick<
  QuoteRow,
  | 'id'
  | 'number'
  | 'title'
  | 'lines'
  | 'total_cents'
  | 'currency'
  | 'valid_until'
  | 'status'
  | 'pdf_file_id'
  | 'decision'
  | 'decided_at'
  | 'signed_name'
  | 'decline_reason'
  | 'created_at'
  | 'updated_at'
>;

/** A quote in a list: everything but its lines. */
export function toPortalQuoteSummary(row: PortalQuoteRow, today: string) {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    totalCents: row.total_cents,
    currency: row.currency,
    validUntil: row.valid_until,
    status: quoteStatus(row, today),
    hasPdf: row.pdf_file_id !== null,
    decision:
      row.decision === null
        ? null
        : {
            outcome: row.decision,
            at: row.decided_at,
            signedName: row.signed_name,
            reason: row.decline_reason,
          },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toPortalQuote(row: PortalQuoteRow, today: string) {
  return { ...toPortalQuoteSummary(row, today), lines: linesOf(row) };
}
