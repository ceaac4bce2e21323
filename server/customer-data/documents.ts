// Documents (manuals, certificates, photos, reports): the back office's upsert body and record, and what a
// customer sees. A document is its file: until the file arrives the customer does not see it.
import { z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { DocumentRow } from '../db/tables/customer-data.js';
import type { PortalCaller } from '../http/env.js';
import type { PageQuery } from '../http/pagination.js';
import { keysetKey, keysetSlots, keysetValues, reusedQuery, type KeysetShape, type KeysetValues } from './compiled.js';
import { newestFirst, ownedBy } from './access.js';
import { storedFileSchema, toStoredFile } from './attached-files.js';
import { externalIdSchema, optionalReference, optionalText, orNull, requiredText, timestamps, recordSource } from './fields.js';
import { References } from './references.js';
import { answersWithFile, type RecordResource } from './upsert.js';

export const documentBody = z.strictObject({
  customerExternalId: externalIdSchema,
  objectExternalId: optionalReference,
  workOrderExternalId: optionalReference,
  title: requiredText(200),
  category: optionalText(100),
});
export type DocumentBody = z.output<typeof documentBody>;

/** A document as the back office reads it back: `file` is null until its file is uploaded. */
export const documentRecordSchema = z
  .object({
    externalId: z.string(),
    customerExternalId: z.string(),
    ...recordSource,
    objectExternalId: z.string().nullable(),
    workOrderExternalId: z.string().nullable(),
    title: z.string(),
    category: z.string().nullable(),
    file: orNull(storedFileSchema),
    ...timestamps,
  })
  .openapi('DocumentRecord');
export type DocumentRecord = z.output<typeof documentRecordSchema>;

type FoundDocument = DocumentRow & {
  customer_external_id: string;
  object_external_id: string | null;
  work_order_external_id: string | null;
};

export const documentResource: RecordResource<DocumentBody, FoundDocument, DocumentRecord> = {
  table: 'documents',
  idPrefix: 'doc',
  noun: 'document',
  body: documentBody,
  record: documentRecordSchema,
  fileColumns: ['file_id'],
  findQuery: (db, tenantId) =>
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
      .where('documents.tenant_id', '=', tenantId),
  find(db, tenantId, externalId) {
    return this.findQuery(db, tenantId).where('documents.external_id', '=', externalId).executeTakeFirst();
  },
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
  toRecords: answersWithFile(
    (row) => row.file_id,
    (row, file) => ({
      externalId: row.external_id,
      customerExternalId: row.customer_external_id,
      source: row.source,
      objectExternalId: row.object_external_id,
      workOrderExternalId: row.work_order_external_id,
      title: row.title,
      category: row.category,
      file: toStoredFile(file),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    }),
  ),
};

/** The caller's documents that have a file, with what is known about the file but never its contents. */
export function portalDocuments(db: Kysely<Database>, caller: Pick<PortalCaller, 'tenantId' | 'customerId'>) {
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

export interface DocumentFilter extends PageQuery {
  objectId?: string | undefined;
  workOrderId?: string | undefined;
  category?: string | undefined;
}

const documentPage = reusedQuery(
  (
    db: Kysely<Database>,
    shape: { objectId: boolean; workOrderId: boolean; category: boolean; page: KeysetShape },
    values: KeysetValues & { tenantId: string; customerId: string; objectId: string; workOrderId: string; category: string },
  ) => {
    let query = portalDocuments(db, values);
    if (shape.objectId) query = query.where('documents.object_id', '=', values.objectId);
    if (shape.workOrderId) query = query.where('documents.work_order_id', '=', values.workOrderId);
    if (shape.category) query = query.where('documents.category', '=', values.category);
    return keysetSlots(query, 'documents', shape.page, values);
  },
  (shape) => `${shape.objectId}|${shape.workOrderId}|${shape.category}|${keysetKey(shape.page)}`,
);

/** A page of the caller's documents, newest first, with one row more when another page follows. */
export function listPortalDocuments(db: Kysely<Database>, caller: PortalCaller, filter: DocumentFilter): Promise<PortalDocumentRow[]> {
  const { page, values } = keysetValues(filter);
  const shape = { objectId: Boolean(filter.objectId), workOrderId: Boolean(filter.workOrderId), category: Boolean(filter.category), page };
  return documentPage.rows(db, shape, {
    ...values,
    tenantId: caller.tenantId,
    customerId: caller.customerId,
    objectId: filter.objectId ?? '',
    workOrderId: filter.workOrderId ?? '',
    category: filter.category ?? '',
  }) as Promise<PortalDocumentRow[]>;
}

/** The most recent page of the caller's documents about one object or one work order, for its detail view. */
export function recentDocumentsAbout(
  db: Kysely<Database>,
  caller: PortalCaller,
  about: { objectId: string } | { workOrderId: string },
): Promise<PortalDocumentRow[]> {
  const query = portalDocuments(db, caller);
  const filtered = 'objectId' in about ? query.where('documents.object_id', '=', about.objectId) : query.where('documents.work_order_id', '=', about.workOrderId);
  return newestFirst(filtered, 'documents').execute();
}

/** The caller's document with its stored file's id and name, for its download. */
export function findPortalDocumentFile(db: Kysely<Database>, caller: PortalCaller, id: string) {
  return db
    .selectFrom('documents')
    .innerJoin('files', 'files.id', 'documents.file_id')
    .select(['documents.id', 'documents.file_id', 'files.filename'])
    .$call(ownedBy(caller, 'documents'))
    .where('documents.id', '=', id)
    .executeTakeFirst();
}

export type PortalDocumentRow = Pick<DocumentRow, 'id' | 'object_id' | 'work_order_id' | 'title' | 'category' | 'created_at' | 'updated_at'> & {
  filename: string;
  content_type: string;
  size: number;
};

/** What a customer reads of a document: its file's name, type and size, never where it is stored. */
export const portalDocumentSchema = z
  .object({
    id: z.string(),
    objectId: z.string().nullable(),
    workOrderId: z.string().nullable(),
    title: z.string(),
    category: z.string().nullable(),
    filename: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    ...timestamps,
  })
  .openapi('PortalDocument');
export type PortalDocument = z.output<typeof portalDocumentSchema>;

export function toPortalDocument(row: PortalDocumentRow): PortalDocument {
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
