// Installed objects (a boiler, a heat pump, its parts): the back office's upsert body, its record, and what a
// customer sees of them.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/schema.js';
import type { ObjectRow } from '../db/tables/customer-data.js';
import { externalIdSchema, optionalDate, optionalReference, optionalText, requiredText } from './fields.js';
import { References } from './references.js';
import type { RecordResource } from './upsert.js';

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

export const objectResource: RecordResource<ObjectBody, FoundObject> = {
  table: 'objects',
  idPrefix: 'obj',
  noun: 'object',
  body: objectBody,
  find: (db, tenantId, externalId) =>
    db
      .selectFrom('objects')
      .innerJoin('customers', 'customers.id', 'objects.customer_id')
      .leftJoin('locations', 'locations.id', 'objects.location_id')
      .leftJoin('objects as parent', 'parent.id', 'objects.parent_id')
      .selectAll('objects')
      .select(['customers.external_id as customer_external_id', 'locations.external_id as location_external_id', 'parent.external_id as parent_external_id'])
      .where('objects.tenant_id', '=', tenantId)
      .where('objects.external_id', '=', externalId)
      .executeTakeFirst(),
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
  toRecord: (_db, row) => ({
    externalId: row.external_id,
    customerExternalId: row.customer_external_id,
    locationExternalId: row.location_external_id,
    parentExternalId: row.parent_external_id,
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
  }),
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

export type PortalObjectRow = Pick<
  ObjectRow,
  | 'id'
  | 'location_id'
  | 'parent_id'
  | 'name'
  | 'type'
  | 'brand'
  | 'model'
  | 'serial_number'
  | 'installed_at'
  | 'warranty_until'
  | 'last_service_at'
  | 'next_service_at'
  | 'created_at'
  | 'updated_at'
>;

export function toPortalObject(row: PortalObjectRow) {
  return {
    id: row.id,
    locationId: row.location_id,
    parentId: row.parent_id,
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
