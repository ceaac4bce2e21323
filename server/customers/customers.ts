// Customers and their work addresses as the back office pushes them (the bodies) and reads them back (the answers).
import { z } from '@hono/zod-openapi';
import { recordSource } from '../customer-data/fields.js';
import type { Customer, Location } from '../db/tables/accounts.js';
import { dateTimeSchema } from '../http/openapi.js';
import { pageQuerySchema } from '../http/pagination.js';
import { emailSchema, phoneSchema } from './fields.js';
import type { CustomerFields, LocationFields } from './repository.js';

const countrySchema = z.string().regex(/^[A-Z]{2}$/, { message: 'must be a two-letter country code such as NL' });

const addressFields = {
  street: z.string().trim().min(1).max(200),
  houseNumber: z.string().trim().min(1).max(20),
  postalCode: z.string().trim().min(1).max(20),
  city: z.string().trim().min(1).max(100),
  country: countrySchema.default('NL'),
};

// PUT replaces the record: an optional field left out is cleared.
export const customerBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  debtorNumber: z.string().trim().min(1).max(50).nullable().default(null),
  email: emailSchema.nullable().default(null),
  phone: phoneSchema.nullable().default(null),
  address: z.strictObject(addressFields).nullable().default(null),
});
export type CustomerBody = z.output<typeof customerBody>;

export const locationBody = z.strictObject({ name: z.string().trim().min(1).max(200).nullable().default(null), ...addressFields });
export type LocationBody = z.output<typeof locationBody>;


const addressSchema = z.object({ street: z.string(), houseNumber: z.string(), postalCode: z.string(), city: z.string(), country: z.string() });
type Address = z.output<typeof addressSchema>;

export const customerSchema = z
  .object({
    externalId: z.string(),
    name: z.string(),
    debtorNumber: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    address: addressSchema.nullable(),
    ...recordSource,
    createdAt: dateTimeSchema,
    updatedAt: dateTimeSchema,
  })
  .openapi('Customer');

export const locationSchema = z
  .object({
    externalId: z.string(),
    customerExternalId: z.string(),
    name: z.string().nullable(),
    street: z.string(),
    houseNumber: z.string(),
    postalCode: z.string(),
    city: z.string(),
    country: z.string(),
    ...recordSource,
    createdAt: dateTimeSchema,
    updatedAt: dateTimeSchema,
  })
  .openapi('Location');

export const customerListQuery = pageQuerySchema.extend({
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .openapi({
      description:
        'Only customers whose name, debtor number or email address (the customer’s or a contact’s) contains this text, in any case, or whose postcode (of their address or a work address) does, spaces ignored.',
    }),
});

/** A customer in the list, with how many portal users it has. */
export const customerListItemSchema = customerSchema
  .extend({ contactCount: z.number().int().openapi({ description: 'How many contacts (portal users) the customer has, in any status.' }) })
  .openapi('CustomerListItem');

export const customerWithLocationsSchema = customerSchema.extend({ locations: z.array(locationSchema) }).openapi('CustomerWithLocations');

export function customerColumns(body: CustomerBody): Required<CustomerFields> {
  return {
    name: body.name,
    debtor_number: body.debtorNumber,
    email: body.email,
    phone: body.phone,
    address: body.address ? JSON.stringify(body.address) : null,
  };
}

export function locationColumns(body: LocationBody): Required<LocationFields> {
  return {
    name: body.name,
    street: body.street,
    house_number: body.houseNumber,
    postal_code: body.postalCode,
    city: body.city,
    country: body.country,
  };
}

function readAddress(json: string | null): Address | null {
  if (!json) return null;
  const value = JSON.parse(json) as Address;
  return { street: value.street, houseNumber: value.houseNumber, postalCode: value.postalCode, city: value.city, country: value.country };
}

export function toCustomer(row: Customer): z.output<typeof customerSchema> {
  return {
    externalId: row.external_id,
    name: row.name,
    debtorNumber: row.debtor_number,
    email: row.email,
    phone: row.phone,
    address: readAddress(row.address),
    source: row.source,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toLocation(row: Location, customerExternalId: string): z.output<typeof locationSchema> {
  return {
    externalId: row.external_id,
    customerExternalId,
    name: row.name,
    street: row.street,
    houseNumber: row.house_number,
    postalCode: row.postal_code,
    city: row.city,
    country: row.country,
    source: row.source,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toCustomerListItem(row: Customer & { contact_count: number | string }): z.output<typeof customerListItemSchema> {
  return { ...toCustomer(row), contactCount: Number(row.contact_count) };
}
