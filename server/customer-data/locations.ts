// What a customer sees of their own work addresses (the back office writes them with the customer).
import { z } from '@hono/zod-openapi';
import { sql, type Kysely } from 'kysely';
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

/**
 * The work address a work order or object is at, as the customer reads it beside the record. `oneOfSeveral` says
 * whether the customer has more addresses, so that a list names the address only where it tells them apart.
 */
export const portalAddressSchema = z
  .object({
    id: z.string(),
    name: z.string().nullable().openapi({ description: 'The customer’s or business’s own name for the address, such as "Zomerhuis".' }),
    street: z.string(),
    houseNumber: z.string(),
    postalCode: z.string(),
    city: z.string(),
    country: z.string().openapi({ description: 'ISO 3166 code, such as NL.' }),
    oneOfSeveral: z.boolean().openapi({ description: 'true when the customer has more than one work address.' }),
  })
  .openapi('PortalAddress');
export type PortalAddress = z.output<typeof portalAddressSchema>;

/** The address columns of a record joined with `locations as address` (left join: a record may have none). */
export const addressColumns = [
  'address.id as address_id',
  'address.name as address_name',
  'address.street as address_street',
  'address.house_number as address_house_number',
  'address.postal_code as address_postal_code',
  'address.city as address_city',
  'address.country as address_country',
] as const;

export interface AddressRow {
  address_id: string | null;
  address_name: string | null;
  address_street: string | null;
  address_house_number: string | null;
  address_postal_code: string | null;
  address_city: string | null;
  address_country: string | null;
  /** How many work addresses the customer has; a string on PostgreSQL. */
  address_count: number | string;
}

/** How many work addresses the caller's customer has, as a column of any of their records. */
export function customerAddressCount(caller: Pick<PortalCaller, 'tenantId' | 'customerId'>) {
  return sql<number | string>`(select count(*) from locations where locations.tenant_id = ${caller.tenantId} and locations.customer_id = ${caller.customerId})`.as('address_count');
}

export function toPortalAddress(row: AddressRow): PortalAddress | null {
  if (row.address_id === null) return null;
  return {
    id: row.address_id,
    name: row.address_name,
    street: row.address_street ?? '',
    houseNumber: row.address_house_number ?? '',
    postalCode: row.address_postal_code ?? '',
    city: row.address_city ?? '',
    country: row.address_country ?? '',
    oneOfSeveral: Number(row.address_count) > 1,
  };
}

/** The address on one line, as a calendar's location or a mail names it: "Dorpsstraat 1, 1234 AB Utrecht". */
export function addressLine(address: Pick<PortalAddress, 'street' | 'houseNumber' | 'postalCode' | 'city'>): string {
  return [`${address.street} ${address.houseNumber}`.trim(), `${address.postalCode} ${address.city}`.trim()].filter(Boolean).join(', ');
}
