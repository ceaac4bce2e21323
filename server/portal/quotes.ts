// /api/v1/portal/{slug}/quotes: the customer's quotes, their PDFs, and accepting or declining one.
import type { Context } from 'hono';
import { requireContact } from '../auth/middleware.js';
import { found, portalFailures, recordContactAction, requireFeature } from '../customer-data/access.js';
import { sendRecordFile } from '../customer-data/attached-files.js';
import { businessToday, recordIdSchema, statusFilter } from '../customer-data/fields.js';
import { acceptQuoteBody, declineQuoteBody, decideQuote, type QuoteDecision } from '../customer-data/quote-decisions.js';
import {
  findPortalQuote,
  listPortalQuotes,
  portalQuoteSchema,
  portalQuoteSummarySchema,
  quoteStatuses,
  toPortalQuote,
  toPortalQuoteSummary,
} from '../customer-data/quotes.js';
import type { AppEnv } from '../http/env.js';
import { defineRoute, failure, file, json, jsonBody, onPortal, pageSchema, routeGroup, z, $ } from '../http/openapi.js';
import { pageOf, pageQuerySchema } from '../http/pagination.js';

const tags = ['Customer data'];
const switchedOff = portalFailures.switchedOff('Quotes');
const noQuote = portalFailures.noRecord('quote');
const quoteParams = onPortal({ id: recordIdSchema });

const listQuotes = defineRoute('portal', {
  method: 'get',
  path: '/',
  tags,
  summary: 'The customer’s quotes, newest first',
  request: { params: onPortal(), query: pageQuerySchema.extend({ status: statusFilter(quoteStatuses) }) },
  responses: { 200: json(pageSchema(portalQuoteSummarySchema), 'A page of quotes, without their lines'), 403: switchedOff },
});

const getQuote = defineRoute('portal', {
  method: 'get',
  path: '/{id}',
  tags,
  summary: 'One quote with its lines; the view is kept in the audit trail',
  request: { params: quoteParams },
  responses: { 200: json(portalQuoteSchema, 'The quote'), 403: switchedOff, 404: noQuote },
});

const quotePdf = defineRoute('portal', {
  method: 'get',
  path: '/{id}/pdf',
  tags,
  summary: 'The quote as PDF',
  request: { params: quoteParams },
  responses: { 200: file('The PDF, as an attachment', ['application/pdf']), 403: switchedOff, 404: portalFailures.noRecord('quote, or it has no PDF yet') },
});

const badAnswer = {
  accept: failure(
    'Not agreed, not a full name (two words at least, letters only), a signature that is not a usable PNG, or none while the portal asks for one: each named in details; nothing is recorded',
    'validation_failed',
  ),
  decline: failure('The reason is too long, or the body holds other fields; nothing is recorded', 'validation_failed'),
};

const alreadyDecided = failure('The quote is not open any more: accepted, declined, expired or withdrawn; details name its status', 'conflict');

/** POST /{id}/accept or /{id}/decline: the customer's answer to an open, valid quote, given once. */
function decisionRoute<const Action extends 'accept' | 'decline', Body extends z.ZodType>(action: Action, body: Body, summary: string, webhook: string) {
  return defineRoute('portal', {
    method: 'post',
    path: `/{id}/${action}`,
    tags,
    summary,
    description: `Once, while the quote is open and valid. Who answered, when and from where is kept with the quote; the back office gets the ${webhook} webhook, and the contact a confirmation by mail${action === 'accept' ? ' (the business one at its notification address)' : ''}.`,
    request: { params: quoteParams, body: jsonBody(body) },
    responses: {
      200: json(portalQuoteSchema, `The ${action}d quote`),
      400: badAnswer[action],
      403: portalFailures.switchedOffOrPreview('Quotes'),
      404: noQuote,
      409: alreadyDecided,
    },
  });
}

const acceptQuote = decisionRoute('accept', acceptQuoteBody, 'Accept an open quote: agreed, with the full name of whoever accepts and, when the portal asks, a drawn signature', 'quote.accepted');
const declineQuote = decisionRoute('decline', declineQuoteBody, 'Decline an open quote, with a reason if the customer gives one', 'quote.declined');

async function quoteOf(c: Context<AppEnv>, id: string) {
  return found(await findPortalQuote(c.var.deps.db, c.var.caller, id), 'quote');
}

/** Records the customer's answer, and reads the quote back as it is now. */
async function decide(c: Context<AppEnv>, id: string, decision: QuoteDecision) {
  await decideQuote(c, id, decision);
  return toPortalQuote(await quoteOf(c, id), businessToday());
}

export const quoteRoutes = $(routeGroup().use('*', requireContact, requireFeature('quotes')))
  .openapi(listQuotes, async (c) => {
    const page = c.req.valid('query');
    const today = businessToday();
    const rows = await listPortalQuotes(c.var.deps.db, c.var.caller, page, today);
    return c.json(pageOf(rows, page, (row) => toPortalQuoteSummary(row, today)), 200);
  })
  .openapi(getQuote, async (c) => {
    const quote = await quoteOf(c, c.req.valid('param').id);
    await recordContactAction(c.var.deps.db, c, 'quote.viewed', { type: 'quote', id: quote.id });
    return c.json(toPortalQuote(quote, businessToday()), 200);
  })
  .openapi(quotePdf, async (c) => {
    const quote = await quoteOf(c, c.req.valid('param').id);
    const response = await sendRecordFile(c, quote.pdf_file_id, `${c.var.portal.settings.locale === 'en' ? 'quote' : 'offerte'} ${quote.number}.pdf`);
    await recordContactAction(c.var.deps.db, c, 'quote.downloaded', { type: 'quote', id: quote.id });
    return response as never;
  })
  .openapi(acceptQuote, async (c) => {
    const { fullName, signature } = c.req.valid('json');
    return c.json(await decide(c, c.req.valid('param').id, { outcome: 'accepted', signedName: fullName, signature }), 200);
  })
  .openapi(declineQuote, async (c) => c.json(await decide(c, c.req.valid('param').id, { outcome: 'declined', reason: c.req.valid('json').reason }), 200));
