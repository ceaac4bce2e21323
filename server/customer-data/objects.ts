// Installed objects (a boiler, a heat pump, its parts): the back office's upsert body, its record, and what a
// customer sees of them.
import { z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { ObjectRow } from '../db/tables/customer-data.js';
import type { PortalCaller } from '../http/env.js';
import type { PageQuery } from '../http/pagination.js';
import { keysetKey, keysetSlots, keysetValues, reusedQuery, type KeysetShape, type KeysetValues } from './compiled.js';
import type { PortalSettings } from '../portals/settings.js';
import { found, newestFirst, ownedBy } from './access.js';
import { portalDocumentSchema, recentDocumentsAbout, toPortalDocument, type PortalDocumentRow } from './documents.js';
import { externalIdSchema, isoDate, optionalDate, optionalReference, optionalText, orNull, requiredText, timestamps, recordSource } from './fields.js';
import { addressColumns, customerAddressCount, portalAddressSchema, toPortalAddress, type AddressRow } from './locations.js';
import { References } from './references.js';
import type { RecordResource } from './upsert.js';
import { portalWorkOrderSchema, recentWorkOrdersOn, toPortalWorkOrder, type PortalWorkOrderRow } from './work-orders.js';

export const objectBody = z.strictObject({
  customerExternalId: externalIdSchema,
  locationExternalId: optionalReference,
  parentExternalId: optionalReference,
  name: requiredText(200),
  type: optionalText(100),
  brand: optionalText(100),
  model: optionalText(100),
  serialNumber: optionalText(100),
  installedAt: optionalDate,
  warrantyUntil: optionalDate,
  lastServiceAt: optionalDate,
  nextServiceAt: optionalDate,
});
export type ObjectBody = z.output<typeof objectBody>;

/** What the back office and the customer both read of an object, by the upsert body's names. */
const objectFields = {
  name: z.string(),
  type: z.string().nullable(),
  brand: z.string().nullable(),
  model: z.string().nullable(),
  serialNumber: z.string().nullable(),
  installedAt: isoDate.nullable(),
  warrantyUntil: isoDate.nullable(),
  lastServiceAt: isoDate.nullable(),
  nextServiceAt: isoDate.nullable(),
  ...timestamps,
};

type ObjectFieldsRow = Pick<
  ObjectRow,
  'name' | 'type' | 'brand' | 'model' | 'serial_number' | 'installed_at' | 'warranty_until' | 'last_service_at' | 'next_service_at' | 'created_at' | 'updated_at'
>;

function objectFieldsOf(row: ObjectFieldsRow) {
  return {
    name: row.name,
    type: row.type,
    brand: row.brand,
    model: row.model,
    serialNumber: row.serial_number,
    installedAt: row.installed_at,
    warrantyUntil: row.warranty_until,
    lastServiceAt: row.last_service_at,
    nextServiceAt: row.next_service_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** An object as the back office reads it back. */
export const objectRecordSchema = z
  .object({
    externalId: z.string(),
    customerExternalId: z.string(),
    ...recordSource,
    locationExternalId: z.string().nullable(),
    parentExternalId: z.string().nullable(),
    ...objectFields,
  })
  .openapi('ObjectRecord');
export type ObjectRecord = z.output<typeof objectRecordSchema>;

type FoundObject = ObjectRow & {
  customer_external_id: string;
  location_external_id: string | null;
  parent_external_id: string | null;
};

/** Ancestors are followed this far at most; deeper nesting than this is not equipment any more. */
const maxNesting = 20;

async function wouldNestInItself(db: Kysely<Database>, tenantId: string, objectId: string, parentId: string): Promise<boolean> {
  let current: string | null = parentId;
  for (let depth = 0; current !== null && depth < maxNesting; depth += 1) {
    if (current === objectId) return true;
    const row: { parent_id: string | null } | undefined = await db
      .selectFrom('objects')
      .select('parent_id')
      .where('tenant_id', '=', tenantId)
      .where('id', '=', current)
      .executeTakeFirst();
    current = row?.parent_id ?? null;
  }
  return current !== null;
}

export const objectResource: RecordResource<ObjectBody, FoundObject, ObjectRecord> = {
  table: 'objects',
  idPrefix: 'obj',
  noun: 'object',
  body: objectBody,
  record: objectRecordSchema,
  findQuery: (db, tenantId) =>
    db
      .selectFrom('objects')
      .innerJoin('customers', 'customers.id', 'objects.customer_id')
      .leftJoin('locations', 'locations.id', 'objects.location_id')
      .leftJoin('objects as parent', 'parent.id', 'objects.parent_id')
      .selectAll('objects')
      .select(['customers.external_id as customer_external_id', 'locations.external_id as location_external_id', 'parent.external_id as parent_external_id'])
      .where('objects.tenant_id', '=', tenantId),
  find(db, tenantId, externalId) {
    return this.findQuery(db, tenantId).where('objects.external_id', '=', externalId).executeTakeFirst();
  },
  async columns(db, tenantId, body, existing) {
    const references = new References(db, tenantId);
    const customerId = await references.customer(body.customerExternalId);
    const locationId = await references.location(customerId, body.locationExternalId);
    const parentId = await references.object(customerId, body.parentExternalId, 'parentExternalId');
    if (existing && parentId !== null && (await wouldNestInItself(db, tenantId, existing.id, parentId))) {
      references.problem('parentExternalId', 'An object cannot be part of itself or of one of its own parts.');
    }
    references.check();
    return {
      customer_id: customerId,
      location_id: locationId,
      parent_id: parentId,
      name: body.name,
      type: body.type,
      brand: body.brand,
      model: body.model,
      serial_number: body.serialNumber,
      installed_at: body.installedAt,
      warranty_until: body.warrantyUntil,
      last_service_at: body.lastServiceAt,
      next_service_at: body.nextServiceAt,
    };
  },
  toRecords: async (_db, rows) =>
    rows.map((row) => ({
      externalId: row.external_id,
      customerExternalId: row.customer_external_id,
      source: row.source,
      locationExternalId: row.location_external_id,
      parentExternalId: row.parent_external_id,
      ...objectFieldsOf(row),
    })),
};

/** The columns a portal answer is made from: never the tenant, the customer or the back office's ids. */
export const portalObjectColumns = [
  'objects.id',
  'objects.location_id',
  'objects.parent_id',
  'objects.name',
  'objects.type',
  'objects.brand',
  'objects.model',
  'objects.serial_number',
  'objects.installed_at',
  'objects.warranty_until',
  'objects.last_service_at',
  'objects.next_service_at',
  'objects.created_at',
  'objects.updated_at',
] as const;

export type PortalObjectRow = Pick<ObjectRow, 'id' | 'location_id' | 'parent_id'> & ObjectFieldsRow & AddressRow;

/** What a customer reads of an object. */
export const portalObjectSchema = z
  .object({
    id: z.string(),
    locationId: z.string().nullable(),
    parentId: z.string().nullable(),
    ...objectFields,
    address: orNull(portalAddressSchema).openapi({ description: 'Where the object is installed; null when the business did not say.' }),
  })
  .openapi('PortalObject');
export type PortalObject = z.output<typeof portalObjectSchema>;

export function toPortalObject(row: PortalObjectRow): PortalObject {
  return { id: row.id, locationId: row.location_id, parentId: row.parent_id, ...objectFieldsOf(row), address: toPortalAddress(row) };
}

/** The caller's objects. */
export function portalObjects(db: Kysely<Database>, caller: Pick<PortalCaller, 'tenantId' | 'customerId'>) {
  return db
    .selectFrom('objects')
    .leftJoin('locations as address', 'address.id', 'objects.location_id')
    .select(portalObjectColumns)
    .select(addressColumns)
    .select(customerAddressCount(caller))
    .$call(ownedBy(caller, 'objects'));
}

export interface ObjectFilter extends PageQuery {
  locationId?: string | undefined;
}

/** A page of the caller's objects, newest first, with one row more when another page follows. */
const objectPage = reusedQuery(
  (db: Kysely<Database>, shape: { locationId: boolean; page: KeysetShape }, values: KeysetValues & { tenantId: string; customerId: string; locationId: string }) => {
    let query = portalObjects(db, values);
    if (shape.locationId) query = query.where('objects.location_id', '=', values.locationId);
    return keysetSlots(query, 'objects', shape.page, values);
  },
  (shape) => `${shape.locationId}|${keysetKey(shape.page)}`,
);

/** A page of the caller's objects, newest first, with one row more when another page follows. */
export function listPortalObjects(db: Kysely<Database>, caller: PortalCaller, filter: ObjectFilter): Promise<PortalObjectRow[]> {
  const { page, values } = keysetValues(filter);
  const shape = { locationId: Boolean(filter.locationId), page };
  return objectPage.rows(db, shape, { ...values, tenantId: caller.tenantId, customerId: caller.customerId, locationId: filter.locationId ?? '' }) as Promise<PortalObjectRow[]>;
}

export function findPortalObject(db: Kysely<Database>, caller: PortalCaller, id: string): Promise<PortalObjectRow | undefined> {
  return portalObjects(db, caller).where('objects.id', '=', id).executeTakeFirst();
}

/** The most recent page of an object's parts, for its detail view. */
export function recentPartsOf(db: Kysely<Database>, caller: PortalCaller, objectId: string): Promise<PortalObjectRow[]> {
  return newestFirst(portalObjects(db, caller).where('objects.parent_id', '=', objectId), 'objects').execute();
}

/** One object as a customer reads it: its parts, and its history as far as the portal shows it. */
export const portalObjectDetailSchema = portalObjectSchema
  .extend({
    children: z.array(portalObjectSchema).openapi({ description: 'Its parts: the most recent page of them.' }),
    workOrders: z
      .array(portalWorkOrderSchema)
      .nullable()
      .openapi({ description: 'The most recent page of its work orders (/work-orders?objectId= holds the rest); null when the portal does not show work orders.' }),
    documents: z
      .array(portalDocumentSchema)
      .nullable()
      .openapi({ description: 'The most recent page of its documents (/documents?objectId= holds the rest); null when the portal does not show documents.' }),
  })
  .openapi('PortalObjectDetail');
export type PortalObjectDetail = z.output<typeof portalObjectDetailSchema>;

export interface ObjectHistory {
  object: PortalObjectRow;
  children: PortalObjectRow[];
  /** Undefined when the portal does not show work orders, or documents. */
  workOrders: PortalWorkOrderRow[] | undefined;
  documents: PortalDocumentRow[] | undefined;
}

/** One of the caller's objects with its parts, work orders and documents, the most recent page of each; 404 when not theirs. */
export async function portalObjectHistory(db: Kysely<Database>, caller: PortalCaller, settings: PortalSettings, id: string): Promise<ObjectHistory> {
  const object = found(await findPortalObject(db, caller, id), 'object');
  const [children, workOrders, documents] = await Promise.all([
    recentPartsOf(db, caller, object.id),
    settings.features.workOrders ? recentWorkOrdersOn(db, caller, settings, object.id) : undefined,
    settings.features.documents ? recentDocumentsAbout(db, caller, { objectId: object.id }) : undefined,
  ]);
  return { object, children, workOrders, documents };
}

export function toPortalObjectDetail(history: ObjectHistory, settings: PortalSettings): PortalObjectDetail {
  return {
    ...toPortalObject(history.object),
    children: history.children.map(toPortalObject),
    // null, not []: the portal does not show these at all, which is not the same as there being none.
    workOrders: history.workOrders?.map((row) => toPortalWorkOrder(row, settings)) ?? null,
    documents: history.documents?.map(toPortalDocument) ?? null,
  };
}
