// The business's customers and their work addresses, pushed by the back office:
// PUT|GET /customers/{externalId}, GET /customers, PUT /customers/{externalId}/locations/{locationExternalId}.
import { Hono } from 'hono';
import { z } from 'zod';
import { emailSchema, phoneSchema } from '../accounts/contacts.js';
import type { Customer, Location } from '../db/tables/accounts.js';
import { newId, nowIso } from '../db/ids.js';
import { notFound } from '../http/errors.js';
import type { AppEnv } from '../http/env.js';
import { keysetPage, pageOf, pageQuerySchema } from '../http/pagination.js';
import { validate } from '../http/validate.js';

/** The back office's own record id, as it appears in a URL path. */
export const externalIdSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:@+-]*$/, { message: 'use letters, digits and . _ : @ + - (starting with a letter or digit)' });

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

export const locationBody = z.strictObject({ name: z.string().trim().min(1).max(200).nullable().default(null), ...addressFields });

type Address = z.output<typeof customerBody>['address'];

export interface CustomerOutput {
  externalId: string;
  name: string;
  debtorNumber: string | null;
  email: string | null;
  phone: string | null;
  address: Address;
  createdAt: string;
  updatedAt: string;
}

export interface LocationOutput {
  externalId: string;
  customerExternalId: string;
  name: string | null;
  street: string;
  houseNumber: string;
  postalCode: string;
  city: string;
  country: string;
  createdAt: string;
  updatedAt: string;
}

function readAddress(json: string | null): Address {
  if (!json) return null;
  const value = JSON.parse(json) as NonNullable<Address>;
  return { street: value.street, houseNumber: value.houseNumber, postalCode: value.postalCode, city: value.city, country: value.country };
}

function toCustomerOutput(row: Customer): CustomerOutput {
  return {
    externalId: row.external_id,
    name: row.name,
    debtorNumber: row.debtor_number,
    email: row.email,
    phone: row.phone,
    address: readAddress(row.address),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toLocationOutput(row: Location, customerExternalId: string): LocationOutput {
  return {
    externalId: row.external_id,
    customerExternalId,
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

const customerParam = z.object({ externalId: externalIdSchema });
const locationParam = z.object({ externalId: externalIdSchema, locationExternalId: externalIdSchema });

export const customerRoutes = new Hono<AppEnv>()
  .put('/customers/:externalId', validate('param', customerParam), validate('json', customerBody), async (c) => {
    const { deps, admin } = c.var;
    const { externalId } = c.req.valid('param');
    const body = c.req.valid('json');
    const fields = {
      name: body.name,
      debtor_number: body.debtorNumber,
      email: body.email,
      phone: body.phone,
      address: body.address ? JSON.stringify(body.address) : null,
    };
    const now = nowIso();
    const inserted = await deps.db
      .insertInto('customers')
      .values({ id: newId('cus'), tenant_id: admin.tenantId, external_id: externalId, ...fields, created_at: now, updated_at: now })
      .onConflict((conflict) => conflict.columns(['tenant_id', 'external_id']).doNothing())
      .returningAll()
      .executeTakeFirst();
    if (inserted) return c.json(toCustomerOutput(inserted), 201);
    const existing = await deps.db
      .selectFrom('customers')
      .selectAll()
      .where('tenant_id', '=', admin.tenantId)
      .where('external_id', '=', externalId)
      .executeTakeFirstOrThrow();
    const unchanged = (Object.keys(fields) as (keyof typeof fields)[]).every((field) => existing[field] === fields[field]);
    // A sync job sends the same record again and again: only a real change moves updatedAt.
    if (unchanged) return c.json(toCustomerOutput(existing), 200);
    const updated = await deps.db
      .updateTable('customers')
      .set({ ...fields, updated_at: now })
      .where('id', '=', existing.id)
      .where('tenant_id', '=', admin.tenantId)
      .returningAll()
      .executeTakeFirstOrThrow();
    return c.json(toCustomerOutput(updated), 200);
  })

  .get('/customers', validate('query', pageQuerySchema), async (c) => {
    const page = c.req.valid('query');
    const rows = await keysetPage(
      c.var.deps.db.selectFrom('customers').selectAll().where('tenant_id', '=', c.var.admin.tenantId),
      'customers',
      page,
    ).execute();
    return c.json(pageOf(rows, page, toCustomerOutput));
  })

  .get('/customers/:externalId', validate('param', customerParam), async (c) => {
    const { deps, admin } = c.var;
    const { externalId } = c.req.valid('param');
    const customer = await deps.db
      .selectFrom('customers')
      .selectAll()
      .where('tenant_id', '=', admin.tenantId)
      .where('external_id', '=', externalId)
      .executeTakeFirst();
    if (!customer) throw notFound('No such customer');
    const locations = await deps.db
      .selectFrom('locations')
      .selectAll()
      .where('tenant_id', '=', admin.tenantId)
      .where('customer_id', '=', customer.id)
      .orderBy('created_at', 'asc')
      .orderBy('id', 'asc')
      .execute();
    return c.json({ ...toCustomerOutput(customer), locations: locations.map((row) => toLocationOutput(row, customer.external_id)) });
  })

  .put('/customers/:externalId/locations/:locationExternalId', validate('param', locationParam), validate('json', locationBody), async (c) => {
    const { deps, admin } = c.var;
    const { externalId, locationExternalId } = c.req.valid('param');
    const body = c.req.valid('json');
    const customer = await deps.db
      .selectFrom('customers')
      .select(['id'])
      .where('tenant_id', '=', admin.tenantId)
      .where('external_id', '=', externalId)
      .executeTakeFirst();
    if (!customer) throw notFound('No such customer');
    const fields = {
      name: body.name,
      street: body.street,
      house_number: body.houseNumber,
      postal_code: body.postalCode,
      city: body.city,
      country: body.country,
    };
    const now = nowIso();
    const inserted = await deps.db
      .insertInto('locations')
      .values({
        id: newId('loc'),
        tenant_id: admin.tenantId,
        customer_id: customer.id,
        external_id: locationExternalId,
        ...fields,
        created_at: now,
        updated_at: now,
      })
      .onConflict((conflict) => conflict.columns(['customer_id', 'external_id']).doNothing())
      .returningAll()
      .executeTakeFirst();
    if (inserted) return c.json(toLocationOutput(inserted, externalId), 201);
    const existing = await deps.db
      .selectFrom('locations')
      .selectAll()
      .where('tenant_id', '=', admin.tenantId)
      .where('customer_id', '=', customer.id)
      .where('external_id', '=', locationExternalId)
      .executeTakeFirstOrThrow();
    const unchanged = (Object.keys(fields) as (keyof typeof fields)[]).every((field) => existing[field] === fields[field]);
    if (unchanged) return c.json(toLocationOutput(existing, externalId), 200);
    const updated = await deps.db
      .updateTable('locations')
      .set({ ...fields, updated_at: now })
      .where('id', '=', existing.id)
      .where('tenant_id', '=', admin.tenantId)
      .returningAll()
      .executeTakeFirstOrThrow();
    return c.json(toLocationOutput(updated, externalId), 200);
  });
