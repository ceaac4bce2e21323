// The business's customers and their work addresses, pushed by the back office or kept in the console:
// PUT|GET /customers/{externalId}, GET /customers, PUT /customers/{externalId}/locations/{locationExternalId}.
import { assertMayChange, sourceOf } from '../customer-data/source.js';
import {
  customerBody,
  customerColumns,
  customerListItemSchema,
  customerListQuery,
  customerSchema,
  customerWithLocationsSchema,
  locationBody,
  locationColumns,
  locationSchema,
  toCustomer,
  toCustomerListItem,
  toLocation,
} from '../customers/customers.js';
import { customerExternalIdSchema } from '../customers/fields.js';
import { findCustomerByExternalId, locationsOfCustomer, pageOfCustomers, saveCustomer, saveLocation, type Writer } from '../customers/repository.js';
import type { AdminCaller } from '../http/env.js';
import { notFound } from '../http/errors.js';
import { commonFailures, defineRoute, failure, json, jsonBody, pageSchema, routeGroup, z } from '../http/openapi.js';
import { pageOf } from '../http/pagination.js';

const tags = ['Back office: customers'];
const customerParams = z.object({ externalId: customerExternalIdSchema });
const noSuchCustomer = commonFailures.notFound('customer');
const readOnly = failure('A staff session may not change what the back office keeps (reason read_only_record in details)', 'conflict');
const sourceRule =
  'A staff session (the console) creates records with source console and may change only those; an API key’s write makes the record the back office’s (source api).';

/** The source this caller's write gives, and the refusal of a staff member's change to the back office's record. */
function writerOf(admin: AdminCaller, noun: string, externalId: string): Writer {
  return { source: sourceOf(admin), mayChange: (existing) => assertMayChange(admin, existing, noun, externalId) };
}

const putCustomer = defineRoute('admin', {
  method: 'put',
  path: '/customers/{externalId}',
  tags,
  summary: 'Create or update a customer',
  description: `Replaces the record: an optional field left out is cleared. The same body again changes nothing, not even updatedAt. ${sourceRule}`,
  request: { params: customerParams, body: jsonBody(customerBody) },
  responses: { 200: json(customerSchema, 'Updated, or unchanged'), 201: json(customerSchema, 'Created'), 409: readOnly },
});

const listCustomers = defineRoute('admin', {
  method: 'get',
  path: '/customers',
  tags,
  summary: 'The customers, newest first; searched with q',
  description: 'The cursor pages through the customers the search finds alone.',
  request: { query: customerListQuery },
  responses: { 200: json(pageSchema(customerListItemSchema), 'A page of customers') },
});

const getCustomer = defineRoute('admin', {
  method: 'get',
  path: '/customers/{externalId}',
  tags,
  summary: 'One customer, with their work addresses',
  request: { params: customerParams },
  responses: { 200: json(customerWithLocationsSchema, 'The customer'), 404: noSuchCustomer },
});

const putLocation = defineRoute('admin', {
  method: 'put',
  path: '/customers/{externalId}/locations/{locationExternalId}',
  tags,
  summary: 'Create or update a work address of a customer',
  description: `Replaces the record: an optional field left out is cleared. The same body again changes nothing, not even updatedAt. ${sourceRule} A staff session adds addresses only to a console customer.`,
  request: { params: customerParams.extend({ locationExternalId: customerExternalIdSchema }), body: jsonBody(locationBody) },
  responses: { 200: json(locationSchema, 'Updated, or unchanged'), 201: json(locationSchema, 'Created'), 404: noSuchCustomer, 409: readOnly },
});

export const customerRoutes = routeGroup()
  .openapi(putCustomer, async (c) => {
    const { deps, admin } = c.var;
    const { externalId } = c.req.valid('param');
    const saved = await saveCustomer(deps.db, admin.tenantId, externalId, customerColumns(c.req.valid('json')), writerOf(admin, 'customer', externalId));
    return saved.created ? c.json(toCustomer(saved.row), 201) : c.json(toCustomer(saved.row), 200);
  })

  .openapi(listCustomers, async (c) => {
    const { deps, admin } = c.var;
    const { q, ...page } = c.req.valid('query');
    const rows = await pageOfCustomers(deps.db, deps.dialect, admin.tenantId, q || undefined, page);
    return c.json(pageOf(rows, page, toCustomerListItem), 200);
  })

  .openapi(getCustomer, async (c) => {
    const { deps, admin } = c.var;
    const customer = await findCustomerByExternalId(deps.db, admin.tenantId, c.req.valid('param').externalId);
    if (!customer) throw notFound('No such customer');
    const locations = await locationsOfCustomer(deps.db, admin.tenantId, customer.id);
    return c.json({ ...toCustomer(customer), locations: locations.map((row) => toLocation(row, customer.external_id)) }, 200);
  })

  .openapi(putLocation, async (c) => {
    const { deps, admin } = c.var;
    const { externalId, locationExternalId } = c.req.valid('param');
    const customer = await findCustomerByExternalId(deps.db, admin.tenantId, externalId);
    if (!customer) throw notFound('No such customer');
    assertMayChange(admin, customer, 'customer', externalId);
    const saved = await saveLocation(deps.db, admin.tenantId, customer.id, locationExternalId, locationColumns(c.req.valid('json')), writerOf(admin, 'work address', locationExternalId));
    return saved.created ? c.json(toLocation(saved.row, externalId), 201) : c.json(toLocation(saved.row, externalId), 200);
  });
