// /api/v1/portal/{slug}/documents: the customer's documents and their files.
import { Hono } from 'hono';
import { z } from 'zod';
import { requireContact } from '../auth/middleware.js';
import { found, ownedBy, recordContactAction, requireFeature } from '../customer-data/access.js';
import { sendRecordFile } from '../customer-data/attached-files.js';
import { portalDocuments, toPortalDocument } from '../customer-data/documents.js';
import { idParam } from '../customer-data/fields.js';
import type { AppEnv } from '../http/env.js';
import { pageOf, pageQuerySchema, keysetPage } from '../http/pagination.js';
import { validate } from '../http/validate.js';

const documentListQuery = pageQuerySchema.extend({
  objectId: z.string().max(100).optional(),
  workOrderId: z.string().max(100).optional(),
  category: z.string().max(100).optional(),
});

export const documentRoutes = new Hono<AppEnv>()
  .use('*', requireContact, requireFeature('documents'))
  .get('/', validate('query', documentListQuery), async (c) => {
    const page = c.req.valid('query');
    let query = portalDocuments(c.var.deps.db, c.var.caller);
    if (page.objectId) query = query.where('documents.object_id', '=', page.objectId);
    if (page.workOrderId) query = query.where('documents.work_order_id', '=', page.workOrderId);
    if (page.category) query = query.where('documents.category', '=', page.category);
    const rows = await keysetPage(query, 'documents', page).execute();
    return c.json(pageOf(rows, page, toPortalDocument));
  })
  .get('/:id/file', validate('param', idParam), async (c) => {
    const { deps, caller } = c.var;
    const document = found(
      await deps.db
        .selectFrom('documents')
        .innerJoin('files', 'files.id', 'documents.file_id')
        .select(['documents.id', 'documents.file_id', 'files.filename'])
        .$call(ownedBy(caller, 'documents'))
        .where('documents.id', '=', c.req.valid('param').id)
        .executeTakeFirst(),
      'document',
    );
    const response = await sendRecordFile(c, document.file_id, document.filename);
    await recordContactAction(deps.db, c, 'document.downloaded', { type: 'document', id: document.id });
    return response;
  });
