// What a customer sees of their own work addresses (the back office writes them with the customer).
import type { Location } from '../db/tables/accounts.js';

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

export function toPortalLocation(row: PortalLocationRow) {
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
