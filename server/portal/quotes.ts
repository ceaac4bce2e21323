// /api/v1/portal/{slug}/quotes: the customer's quotes, their PDFs, and accepting or declining one.
import { Hono, type Context } from 'hono';
import { requireContact } from '../auth/middleware.js';
import { found, ownedBy, recordContactAction, requireFeature, whereShownStatus } from '../customer-data/access.js';
import { sendRecordFile } from '../customer-data/attached-files.js';
import { businessToday, idParam, statusFilter } from '../customer-data/fields.js';
import { acceptQuoteBody, declineQuoteBody, decideQuote } from '../customer-data/quote-decisions.js';
import { portalQuoteColumns, quoteStatuses, toPortalQuote, toPortalQuoteSummary } from '../customer-data/quotes.js';
import type { AppEnv } from '../http/env.js';
import { pageOf, pageQuerySchema, keysetPage } from '../http/pagination.js';
import { validate } from '../http/validate.js';

const quoteListQuery = pageQuerySchema.extend({ status: statusFilter(quoteStatuses) });

function quotes(c: Context<AppEnv>) {
  return c.var.deps.db.selectFrom('quotes').select(portalQuoteColumns).$call(ownedBy(c.var.caller, 'quotes'));
}

async function quoteOf(c: Context<AppEnv>, id: string) {
  return found(await quotes(c).where('quotes.id', '=', id).executeTakeFirst(), 'quote');
}

export const quoteRoutes = new Hono<AppEnv>()
  .use('*', requireContact, requireFeature('quotes'))
  .get('/', validate('query', quoteListQuery), async (c) => {
    const page = c.req.valid('query');
    const today = businessToday();
    const query = page.status ? whereShownStatus(quotes(c), 'quotes', 'valid_until', 'expired', page.status, today) : quotes(c);
    const rows = await keysetPage(query, 'quotes', page).execute();
    return c.json(pageOf(rows, page, (row) => toPortalQuoteSummary(row, today)));
  })
  .get('/:id', validate('param', idParam), async (c) => {
    const quote = await quoteOf(c, c.req.valid('param').id);
    await recordContactAction(c.var.deps.db, c, 'quote.viewed', { type: 'quote', id: quote.id });
    return c.json(toPortalQuote(quote, businessToday()));
  })
  .get('/:id/pdf', validate('param', idParam), async (c) => {
    const quote = await quoteOf(c, c.req.valid('param').id);
    const response = await sendRecordFile(c, quote.pdf_file_id, `${c.var.portal.settings.locale === 'en' ? 'quote' : 'offerte'} ${quote.number}.pdf`);
    await recordContactAction(c.var.deps.db, c, 'quote.downloaded', { type: 'quote', id: quote.id });
    return response;
  })
  .post('/:id/accept', validate('param', idParam), validate('json', acceptQuoteBody), async (c) => {
    const { id } = c.req.valid('param');
    await decideQuote(c, id, { outcome: 'accepted', signedName: c.req.valid('json').signedName });
    return c.json(toPortalQuote(await quoteOf(c, id), businessToday()));
  })
  .post('/:id/decline', validate('param', idParam), validate('json', declineQuoteBody), async (c) => {
    const { id } = c.req.valid('param');
    await decideQuote(c, id, { outcome: 'declined', reason: c.req.valid('json').reason });
    return c.json(toPortalQuote(await quoteOf(c, id), businessToday()));
  });
