// Quotes: the back office's upsert body and record, what a customer sees, and the customer's decision on one.
import { z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { QuoteLine, QuoteRow, QuoteStatus } from '../db/tables/customer-data.js';
import type { PortalCaller } from '../http/env.js';
import { dateTimeSchema } from '../http/openapi.js';
import type { PageQuery } from '../http/pagination.js';
import { keysetKey, keysetSlots, keysetValues, reusedQuery, type KeysetShape, type KeysetValues } from './compiled.js';
import { ownedBy, whereShownStatus } from './access.js';
import { storedPdfSchema, toStoredPdf } from './attached-files.js';
import { centsSchema, currencySchema, externalIdSchema, isoDate, optionalDate, orNull, quantitySchema, requiredText, timestamps, recordSource } from './fields.js';
import { mailRecordToCustomer, newQuoteWords } from './record-mails.js';
import { References } from './references.js';
import { answersWithFile, type RecordResource } from './upsert.js';

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

export const quoteLineSchema = z
  .object({ description: z.string(), quantity: z.number(), unitPriceCents: z.number().int(), vatRate: z.number().openapi({ description: 'Percent, such as 21 or 9.' }) })
  .openapi('QuoteLine');

/** What the back office and the customer both read of a quote, by the upsert body's names. */
const quoteFields = {
  number: z.string(),
  title: z.string(),
  totalCents: z.number().int(),
  currency: z.string(),
  validUntil: isoDate.nullable(),
};

type QuoteFieldsRow = Pick<QuoteRow, 'number' | 'title' | 'total_cents' | 'currency' | 'valid_until'>;

function quoteFieldsOf(row: QuoteFieldsRow) {
  return { number: row.number, title: row.title, totalCents: row.total_cents, currency: row.currency, validUntil: row.valid_until };
}

/** The customer's answer to a quote, given in the portal. */
const decisionFields = {
  outcome: z.enum(['accepted', 'declined']),
  at: dateTimeSchema,
  signedName: z.string().nullable().openapi({ description: 'The name the customer typed to accept.' }),
  reason: z.string().nullable().openapi({ description: 'Why the customer declined, if they said.' }),
};

/** A quote as the back office reads it back, with the customer's answer and who gave it from where. */
export const quoteRecordSchema = z
  .object({
    externalId: z.string(),
    customerExternalId: z.string(),
    ...recordSource,
    ...quoteFields,
    lines: z.array(quoteLineSchema),
    status: z.enum(quoteStatuses),
    pdf: orNull(storedPdfSchema),
    decision: z
      .object({
        ...decisionFields,
        contactId: z.string().nullable(),
        ip: z.string().nullable(),
        signed: z.boolean().openapi({ description: 'A drawn signature is kept with the acceptance: GET /quotes/{externalId}/signature.' }),
      })
      .nullable()
      .openapi({ description: 'The customer’s answer in the portal; it stands when a later upsert still says open.' }),
    ...timestamps,
  })
  .openapi('QuoteRecord');
export type QuoteRecord = z.output<typeof quoteRecordSchema>;

type FoundQuote = QuoteRow & { customer_external_id: string };

function linesOf(row: Pick<QuoteRow, 'lines'>): QuoteLine[] {
  return (JSON.parse(row.lines) as QuoteLine[]).map((line) => ({
    description: line.description,
    quantity: line.quantity,
    unitPriceCents: line.unitPriceCents,
    vatRate: line.vatRate,
  }));
}

export const quoteResource: RecordResource<QuoteBody, FoundQuote, QuoteRecord> = {
  table: 'quotes',
  idPrefix: 'quo',
  noun: 'quote',
  body: quoteBody,
  record: quoteRecordSchema,
  fileColumns: ['pdf_file_id', 'signature_file_id'],
  findQuery: (db, tenantId) =>
    db
      .selectFrom('quotes')
      .innerJoin('customers', 'customers.id', 'quotes.customer_id')
      .selectAll('quotes')
      .select('customers.external_id as customer_external_id')
      .where('quotes.tenant_id', '=', tenantId),
  find(db, tenantId, externalId) {
    return this.findQuery(db, tenantId).where('quotes.external_id', '=', externalId).executeTakeFirst();
  },
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
  // Published once: the write that created it tells the customer; a quote that arrives decided asks nothing of them.
  async afterCommit(deps, { created, found }) {
    if (!created || found.status !== 'open') return;
    await mailRecordToCustomer(deps, {
      tenantId: found.tenant_id,
      customerId: found.customer_id,
      setting: 'newQuote',
      feature: 'quotes',
      view: `quotes/${found.id}`,
      kind: 'new_quote',
      words: newQuoteWords({ number: found.number, title: found.title, totalCents: found.total_cents, currency: found.currency, validUntil: found.valid_until }),
    });
  },
  toRecords: answersWithFile(
    (row) => row.pdf_file_id,
    (row, pdf) => ({
      externalId: row.external_id,
      customerExternalId: row.customer_external_id,
      source: row.source,
      ...quoteFieldsOf(row),
      lines: linesOf(row),
      status: row.status,
      pdf: toStoredPdf(pdf),
      decision:
        row.decision === null
          ? null
          : { ...decisionOf(row, row.decision), contactId: row.decided_by_contact_id, ip: row.decided_ip, signed: row.signature_file_id !== null },
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    }),
  ),
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

type DecisionRow = Pick<QuoteRow, 'decided_at' | 'signed_name' | 'decline_reason'>;

function decisionOf(row: DecisionRow, outcome: 'accepted' | 'declined') {
  // decided_at is written together with the decision.
  return { outcome, at: row.decided_at!, signedName: row.signed_name, reason: row.decline_reason };
}

/** What a customer reads of a quote in a list: everything but its lines. */
export const portalQuoteSummarySchema = z
  .object({
    id: z.string(),
    ...quoteFields,
    status: z.enum(quoteStatuses).openapi({ description: 'An open quote past its last valid day reads as expired.' }),
    hasPdf: z.boolean(),
    decision: z.object(decisionFields).nullable().openapi({ description: 'The customer’s answer given in the portal.' }),
    ...timestamps,
  })
  .openapi('PortalQuoteSummary');
export type PortalQuoteSummary = z.output<typeof portalQuoteSummarySchema>;

/** What a customer reads of one quote. */
export const portalQuoteSchema = portalQuoteSummarySchema.extend({ lines: z.array(quoteLineSchema) }).openapi('PortalQuote');
export type PortalQuote = z.output<typeof portalQuoteSchema>;

export function toPortalQuoteSummary(row: PortalQuoteRow, today: string): PortalQuoteSummary {
  return {
    id: row.id,
    ...quoteFieldsOf(row),
    status: quoteStatus(row, today),
    hasPdf: row.pdf_file_id !== null,
    decision: row.decision === null ? null : decisionOf(row, row.decision),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toPortalQuote(row: PortalQuoteRow, today: string): PortalQuote {
  return { ...toPortalQuoteSummary(row, today), lines: linesOf(row) };
}

/** The caller's quotes. */
export function portalQuotes(db: Kysely<Database>, caller: Pick<PortalCaller, 'tenantId' | 'customerId'>) {
  return db.selectFrom('quotes').select(portalQuoteColumns).$call(ownedBy(caller, 'quotes'));
}

export interface QuoteFilter extends PageQuery {
  /** The statuses as the customer sees them: an open quote past its last valid day is expired. */
  status?: QuoteStatus[] | undefined;
}

/** A page of the caller's quotes, newest first, with one row more when another page follows. */
const quotePage = reusedQuery(
  (db: Kysely<Database>, shape: { status: readonly QuoteStatus[] | undefined; page: KeysetShape }, values: KeysetValues & { tenantId: string; customerId: string; today: string }) => {
    const query = shape.status ? whereShownStatus(portalQuotes(db, values), 'quotes', 'valid_until', 'expired', shape.status, values.today) : portalQuotes(db, values);
    return keysetSlots(query, 'quotes', shape.page, values);
  },
  (shape) => `${shape.status?.join(',') ?? '*'}|${keysetKey(shape.page)}`,
);

/** A page of the caller's quotes, newest first, with one row more when another page follows. */
export function listPortalQuotes(db: Kysely<Database>, caller: PortalCaller, filter: QuoteFilter, today: string): Promise<PortalQuoteRow[]> {
  const { page, values } = keysetValues(filter);
  return quotePage.rows(db, { status: filter.status, page }, { ...values, tenantId: caller.tenantId, customerId: caller.customerId, today }) as Promise<PortalQuoteRow[]>;
}

export function findPortalQuote(db: Kysely<Database>, caller: PortalCaller, id: string): Promise<PortalQuoteRow | undefined> {
  return portalQuotes(db, caller).where('quotes.id', '=', id).executeTakeFirst();
}
