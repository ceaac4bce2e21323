// Documents (manuals, certificates, photos, reports): the back office's upsert body and record, and what a
// customer sees. A document is its file: until the file arrives the customer does not see it.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/schema.js';
import type { DocumentRow } from '../db/tables/customer-data.js';
import type { PortalCaller } from '../http/env.js';
import { fileInfo } from '../files/store.js';
import { ownedBy } from './access.js';
import { externalIdSchema, optionalReference, optionalText, requiredText } from './fields.js';
import { References } from './references.js';
import type { RecordResource } from './upsert.js';

export const documentBody = z.strictObject({
  customerExternalId: externalIdSchema,
  objectExternalId: optionalReference,
  workOrderExternalId: optionalReference,
  title: requiredText(200),
  category: optionalText(100),
});
export type DocumentBody = z.output<typeof documentBody>;

type FoundDocument = DocumentRow & {
  customer_external_id: string;
  object_external_id: string | null;
  work_order_external_id: string | null;
};

export const documentResource: RecordResource<DocumentBody, FoundDocument> = {
  table: 'documents',
  idPrefix: 'doc',
  noun: 'document',
  body: documentBody,
  fileColumns: ['file_id'],
  find: (db, tenantId, externalId) =>
    db
      .selectFrom('documents')
      .innerJoin('customers', 'customers.id', 'documents.customer_id')
      .leftJoin('objects', 'objects.id', 'documents.object_id')
      .leftJoin('work_orders', 'work_orders.id', 'documents.work_order_id')
      .selectAll('documents')
      .select([
        'customers.external_id as customer_external_id',
        'objects.external_id as object_external_id',
        'work_orders.external_id as work_order_external_id',
      ])
      .where('documents.tenant_id', '=', tenantId)
      .where('documents.external_id', '=', externalId)
      .executeTakeFirst(),
  async columns(db, tenantId, body) {
    const references = new References(db, tenantId);
    const customerId = await references.customer(body.customerExternalId);
    const objectId = await references.object(customerId, body.objectExternalId);
    const workOrderId = await references.workOrder(customerId, body.workOrderExternalId);
    references.check();
    return {
      customer_id: customerId,
      object_id: objectId,
      work_order_id: workOrderId,
      title: body.title,
      category: body.category,
    };
  },
  toRecord: async (db, row) => {
    const file = await fileInfo(db, row.tenant_id, row.file_id);
    return {
      externalId: row.external_id,
      customerExternalId: row.customer_external_id,
      objectExternalId: row.object_external_id,
      workOrderExternalId: row.work_order_external_id,
      title: row.title,
      category: row.category,
      file: file ? { filename: file.filename, contentType: file.contentType, size: file.size, sha256: file.sha256, uploadedAt: file.uploadedAt } : null,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  },
};

/** The caller's documents that have a file, with what is known about the file but never its contents. */
export function portalDocuments(db: Kysely<Database>, caller: PortalCaller) {
  return db
    .selectFrom('documents')
    .innerJoin('files', 'files.id', 'documents.file_id')
    .select([
      'documents.id',
      'documents.object_id',
      'documents.work_order_id',
      'documents.title',
      'documents.category',
      'files.filename',
      'files.content_type',
      'files.size',
      'documents.created_at',
      'documents.updated_at',
    ])
    .$call(ownedBy(caller, 'documents'));
}

export type PortalDocumentRow = Pick<DocumentRow, 'id' | 'object_id' | 'work_order_id' | 'title' | 'category' | 'created_at' | 'updated_at'> & {
  filename: string;
  content_type: string;
  size: number;
};

export function toPortalDocument(row: PortalDocumentRow) {
  return {
    id: row.id,
    objectId: row.object_id,
    workOrderId: row.work_order_id,
    title: row.title,
    category: row.category,
    filename: row.filename,
    contentType: row.content_type,
    size: row.size,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
