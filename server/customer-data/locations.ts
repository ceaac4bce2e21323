// What a customer sees of their own work addresses (the back office writes them with the customer).
import { z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Location } from '../db/tables/accounts.js';
import type { PortalCaller } from '../http/env.js';
import { keysetPage, type PageQuery } from '../http/pagination.js';
import { ownedBy } from './access.js';
import { timestamps } from './fields.js';

export const portalLocationColumns = [
  'locations.id',
  'locations.name',
  'locations.street',
  'locations.house_number',
  'locations.postal_code',
  'locations.city',
  'locations.country',
  'locations.created_at',
  'locations.updated_at',
] as const;

export type PortalLocationRow = Pick<
  Location,
  'id' | 'name' | 'street' | 'house_number' | 'postal_code' | 'city' | 'country' | 'created_at' | 'updated_at'
>;

/** What a customer reads of a work address. */
export const portalLocationSchema = z
  .object({
    id: z.string(),
    name: z.string().nullable(),
    street: z.string(),
    houseNumber: z.string(),
    postalCode: z.string(),
    city: z.string(),
    country: z.string().openapi({ description: 'ISO 3166 code, such as NL.' }),
    ...timestamps,
  })
  .openapi('PortalLocation');
export type PortalLocation = z.output<typeof portalLocationSchema>;

export function toPortalLocation(row: PortalLocationRow): PortalLocation {
  return {
    id: row.id,
    name: row.name,
    street: row.street,
    houseNumber: row.house_number,
    postalCode: row.postal_code,
    city: row.city,
    country: row.country,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A page of the caller's work addresses, newest first, with one row more when another page follows. */
export function listPortalLocations(db: Kysely<Database>, caller: PortalCaller, page: PageQuery): Promise<PortalLocationRow[]> {
  const offered = db
    .selectFrom('locations')
    .select(portalLocationColumns)
    .$call(ownedBy(caller, 'locations'))
    // An address the business declined stays on its request but is no longer offered for a new one.
    .where((eb) => eb.or([eb('locations.proposal', 'is', null), eb('locations.proposal', '!=', 'declined')]));
  return keysetPage(offered, 'locations', page).execute();
}
