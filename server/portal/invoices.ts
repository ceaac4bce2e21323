// /api/v1/portal/{slug}/invoices: the customer's invoices (overdue worked out from the due date) and their PDFs.
import type { Context } from 'hono';
import { requireContact } from '../auth/middleware.js';
import { found, portalFailures, recordContactAction, requireFeature } from '../customer-data/access.js';
import { sendRecordFile } from '../customer-data/attached-files.js';
import { businessToday, recordIdSchema, statusFilter } from '../customer-data/fields.js';
import {
  findPortalInvoice,
  invoiceStatuses,
  listPortalInvoices,
  portalInvoiceDetailSchema,
  portalInvoiceSchema,
  toPortalInvoice,
  toPortalInvoiceDetail,
} from '../customer-data/invoices.js';
import type { AppEnv } from '../http/env.js';
import { defineRoute, file, json, onPortal, pageSchema, routeGroup, $ } from '../http/openapi.js';
import { pageOf, pageQuerySchema } from '../http/pagination.js';

const tags = ['Customer data'];
const switchedOff = portalFailures.switchedOff('Invoices');

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
  summary: 'One invoice with its lines; the view is kept in the audit trail',
  request: { params: invoiceParams },
  responses: { 200: json(portalInvoiceDetailSchema, 'The invoice'), 403: switchedOff, 404: portalFailures.noRecord('invoice') },
});

const invoicePdf = defineRoute('portal', {
  method: 'get',
  path: '/{id}/pdf',
  tags,
  summary: 'The invoice as PDF',
  request: { params: invoiceParams },
  responses: { 200: file('The PDF, as an attachment', ['application/pdf']), 403: switchedOff, 404: portalFailures.noRecord('invoice, or it has no PDF yet') },
});

async function invoiceOf(c: Context<AppEnv>, id: string) {
  return found(await findPortalInvoice(c.var.deps.db, c.var.caller, id), 'invoice');
}

export const invoiceRoutes = $(routeGroup().use('*', requireContact, requireFeature('invoices')))
  .openapi(listInvoices, async (c) => {
    const page = c.req.valid('query');
    const today = businessToday();
    const rows = await listPortalInvoices(c.var.deps.db, c.var.caller, page, today);
    return c.json(pageOf(rows, page, (row) => toPortalInvoice(row, today)), 200);
  })
  .openapi(getInvoice, async (c) => {
    const invoice = await invoiceOf(c, c.req.valid('param').id);
    await recordContactAction(c.var.deps.db, c, 'invoice.viewed', { type: 'invoice', id: invoice.id });
    return c.json(toPortalInvoiceDetail(invoice, businessToday()), 200);
  })
  .openapi(invoicePdf, async (c) => {
    const invoice = await invoiceOf(c, c.req.valid('param').id);
    const response = await sendRecordFile(c, invoice.pdf_file_id, `${c.var.portal.settings.locale === 'en' ? 'invoice' : 'factuur'} ${invoice.number}.pdf`);
    await recordContactAction(c.var.deps.db, c, 'invoice.downloaded', { type: 'invoice', id: invoice.id });
    return response as never;
  });
