// /api/v1/portal/{slug}/invoices: the customer's invoices (overdue worked out from the due date) and their PDFs.
import { Hono, type Context } from 'hono';
import { requireContact } from '../auth/middleware.js';
import { found, ownedBy, recordContactAction, requireFeature, whereShownStatus } from '../customer-data/access.js';
import { sendRecordFile } from '../customer-data/attached-files.js';
import { businessToday, idParam, statusFilter } from '../customer-data/fields.js';
import { invoiceStatuses, portalInvoiceColumns, toPortalInvoice } from '../customer-data/invoices.js';
import type { AppEnv } from '../http/env.js';
import { pageOf, pageQuerySchema, keysetPage } from '../http/pagination.js';
import { validate } from '../http/validate.js';

const invoiceListQuery = pageQuerySchema.extend({ status: statusFilter(invoiceStatuses) });

function invoices(c: Context<AppEnv>) {
  return c.var.deps.db.selectFrom('invoices').select(portalInvoiceColumns).$call(ownedBy(c.var.caller, 'invoices'));
}

async function invoiceOf(c: Context<AppEnv>, id: string) {
  return found(await invoices(c).where('invoices.id', '=', id).executeTakeFirst(), 'invoice');
}

export const invoiceRoutes = new Hono<AppEnv>()
  .use('*', requireContact, requireFeature('invoices'))
  .get('/', validate('query', invoiceListQuery), async (c) => {
    const page = c.req.valid('query');
    const today = businessToday();
    const query = page.status ? whereShownStatus(invoices(c), 'invoices', 'due_date', 'overdue', page.status, today) : invoices(c);
    const rows = await keysetPage(query, 'invoices', page).execute();
    return c.json(pageOf(rows, page, (row) => toPortalInvoice(row, today)));
  })
  .get('/:id', validate('param', idParam), async (c) => {
    const invoice = await invoiceOf(c, c.req.valid('param').id);
    await recordContactAction(c.var.deps.db, c, 'invoice.viewed', { type: 'invoice', id: invoice.id });
    return c.json(toPortalInvoice(invoice, businessToday()));
  })
  .get('/:id/pdf', validate('param', idParam), async (c) => {
    const invoice = await invoiceOf(c, c.req.valid('param').id);
    const response = await sendRecordFile(c, invoice.pdf_file_id, `${c.var.portal.settings.locale === 'en' ? 'invoice' : 'factuur'} ${invoice.number}.pdf`);
    await recordContactAction(c.var.deps.db, c, 'invoice.downloaded', { type: 'invoice', id: invoice.id });
    return response;
  });
