// GET /api/v1/admin/quotes/{externalId}/signature: the signature a customer drew to accept the quote, for staff and
// the back office only (customers never read it back through the portal).
import { quoteResource } from '../customer-data/quotes.js';
import { externalIdSchema } from '../customer-data/fields.js';
import { findOrFail } from '../customer-data/upsert.js';
import { fileDownload } from '../files/download.js';
import { fileContent } from '../files/store.js';
import { notFound } from '../http/errors.js';
import { commonFailures, defineRoute, file, routeGroup, z, $ } from '../http/openapi.js';

const signature = defineRoute('admin', {
  method: 'get',
  path: '/{externalId}/signature',
  tags: ['Back office: customer data'],
  summary: 'The signature drawn to accept a quote',
  description: 'A PNG kept with the acceptance when the portal asks for a drawn signature (decision.signed says whether there is one). Served as an attachment, nosniff and sandboxed; an <img> may show it.',
  request: { params: z.object({ externalId: externalIdSchema.openapi({ description: 'The back office’s own id of the quote.' }) }) },
  responses: { 200: file('The signature, as a PNG attachment', ['image/png']), 404: commonFailures.notFound('quote, or signature on it') },
});

export const quoteSignatureRoutes = $(routeGroup()).openapi(signature, async (c) => {
  const { deps, admin } = c.var;
  const quote = await findOrFail(deps.db, quoteResource, admin.tenantId, c.req.valid('param').externalId);
  const stored = quote.signature_file_id === null ? undefined : await fileContent(deps.db, admin.tenantId, quote.signature_file_id);
  if (!stored) throw notFound('This quote was accepted without a drawn signature, or is not accepted.');
  return fileDownload(c, { data: stored.data, contentType: stored.contentType, filename: stored.filename }) as never;
});
