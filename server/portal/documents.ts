// /api/v1/portal/{slug}/documents: the customer's documents and their files.
import { z } from '@hono/zod-openapi';
import { requireContact } from '../auth/middleware.js';
import { found, portalFailures, recordContactAction, requireFeature } from '../customer-data/access.js';
import { sendRecordFile } from '../customer-data/attached-files.js';
import { findPortalDocumentFile, listPortalDocuments, portalDocumentSchema, toPortalDocument } from '../customer-data/documents.js';
import { idFilter, recordIdSchema } from '../customer-data/fields.js';
import { documentTypes } from '../files/sniff.js';
import { defineRoute, file, json, onPortal, pageSchema, routeGroup, $ } from '../http/openapi.js';
import { pageOf, pageQuerySchema } from '../http/pagination.js';

const tags = ['Customer data'];
const switchedOff = portalFailures.switchedOff('Documents');

const listDocuments = defineRoute('portal', {
  method: 'get',
  path: '/',
  tags,
  summary: 'The customer’s documents, newest first; only those whose file has arrived',
  request: {
    params: onPortal(),
    query: pageQuerySchema.extend({
      objectId: idFilter('Only the documents about this object.'),
      workOrderId: idFilter('Only the documents of this work order.'),
      category: z.string().max(100).optional().openapi({ description: 'Only the documents in this category, as the back office names it.' }),
    }),
  },
  responses: { 200: json(pageSchema(portalDocumentSchema), 'A page of documents'), 403: switchedOff },
});

const documentFile = defineRoute('portal', {
  method: 'get',
  path: '/{id}/file',
  tags,
  summary: 'Download a document; the download is kept in the audit trail',
  request: { params: onPortal({ id: recordIdSchema }) },
  responses: { 200: file('The file, as an attachment', documentTypes), 403: switchedOff, 404: portalFailures.noRecord('document') },
});

export const documentRoutes = $(routeGroup().use('*', requireContact, requireFeature('documents')))
  .openapi(listDocuments, async (c) => {
    const page = c.req.valid('query');
    return c.json(pageOf(await listPortalDocuments(c.var.deps.db, c.var.caller, page), page, toPortalDocument), 200);
  })
  .openapi(documentFile, async (c) => {
    const { deps, caller } = c.var;
    const document = found(await findPortalDocumentFile(deps.db, caller, c.req.valid('param').id), 'document');
    const response = await sendRecordFile(c, document.file_id, document.filename);
    await recordContactAction(deps.db, c, 'document.downloaded', { type: 'document', id: document.id });
    return response as never;
  });
