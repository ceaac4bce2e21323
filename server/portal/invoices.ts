// /api/v1/portal/{slug}/invoices: the customer's invoices (overdue worked out from the due date) and their PDFs.
import type { Context } from 'hono';
import { requireContact } from '../auth/middleware.js';
import { found, ownedBy, recordContactAction, requireFeature, whereShownStatus } from '../customer-data/access.js';
import { sendRecordFile } from '../customer-data/attached-files.js';
import { businessToday, recordIdSchema, statusFilter } from '../customer-data/fields.js';
import { invoiceStatuses, portalInvoiceColumns, portalInvoiceSchema, toPortalInvoice } from '../customer-data/invoices.js';
import type { AppEnv } from '../http/env.js';
import { commonFailures, defineRoute, failure, file, json, onPortal, pageSchema, routeGroup, $ } from '../http/openapi.js';
import { pageOf, pageQuerySchema, keysetPage } from '../http/pagination.js';

const tags = ['Customer data'];
const switchedOff = failure('Invoices are switched off for this portal', 'feature_disabled');

const listInvoices = defineRoute('portal', {
  method: 'get',
  path: '/',
  tags,
  summary: 'The customer’s invoices, newest first',
  request: { params: onPortal(), query: pageQuerySchema.extend({ status: statusFilter(invoiceStatuses) }) },
  responses: { 200: json(pageSchema(portalInvoiceSchema), 'A page of invoices'), 403: switchedOff },
});

const invoiceParams = onPortal({ id: recordIdSchema });

const getInvoice = defineRoute('portal', {
  method: 'get',
  path: '/{id}',
  tags,
  summary: 'One invoice; the view is kept in the audit trail',
  request: { params: invoiceParams },
  responses: { 200: json(portalInvoiceSchema, 'The invoice'), 403: switchedOff, 404: commonFailures.notFound('invoice') },
});

const invoicePdf = defineRoute('portal', {
  method: 'get',
  path: '/{id}/pdf',
  tags,
  summary: 'The invoice as PDF',
  request: { params: invoiceParams },
  responses: { 200: file('The PDF, as an attachment', ['application/pdf']), 403: switchedOff, 404: commonFailures.notFound('invoice, or it has no PDF yet') },
});

function invoices(c: Context<AppEnv>) {
  return c.var.deps.db.selectFrom('invoices').select(portalInvoiceColumns).$call(ownedBy(c.var.caller, 'invoices'));
}

async function invoiceOf(c: Context<AppEnv>, id: string) {
  return found(await invoices(c).where('invoices.id', '=', id).executeTakeFirst(), 'invoice');
}

export const invoiceRoutes = $(routeGroup().use('*', requireContact, requireFeature('invoices')))
  .openapi(listInvoices, async (c) => {
    const page = c.req.valid('query');
    const today = businessToday();
    const query = page.status ? whereShownStatus(invoices(c), 'invoices', 'due_date', 'overdue', page.status, today) : invoices(c);
    const rows = await keysetPage(query, 'invoices', page).execute();
    return c.json(pageOf(rows, page, (row) => toPortalInvoice(row, today)), 200);
  })
  .openapi(getInvoice, async (c) => {
    const invoice = await invoiceOf(c, c.req.valid('param').id);
    await recordContactAction(c.var.deps.db, c, 'invoice.viewed', { type: 'invoice', id: invoice.id });
    return c.json(toPortalInvoice(invoice, businessToday()), 200);
  })
  .openapi(invoicePdf, async (c) => {
    const invoice = await invoiceOf(c, c.req.valid('param').id);
    const response = await sendRecordFile(c, invoice.pdf_file_id, `${c.var.portal.settings.locale === 'en' ? 'invoice' : 'factuur'} ${invoice.number}.pdf`);
    await recordContactAction(c.var.deps.db, c, 'invoice.downloaded', { type: 'invoice', id: invoice.id });
    return response as never;
  });
