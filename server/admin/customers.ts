// The business's customers and their work addresses, pushed by the back office:
// PUT|GET /customers/{externalId}, GET /customers, PUT /customers/{externalId}/locations/{locationExternalId}.
import {
  customerBody,
  customerColumns,
  customerSchema,
  customerWithLocationsSchema,
  locationBody,
  locationColumns,
  locationSchema,
  toCustomer,
  toLocation,
} from '../customers/customers.js';
import { customerExternalIdSchema } from '../customers/fields.js';
import { findCustomerByExternalId, locationsOfCustomer, pageOfCustomers, saveCustomer, saveLocation } from '../customers/repository.js';
import { notFound } from '../http/errors.js';
import { commonFailures, defineRoute, json, jsonBody, pageSchema, routeGroup, z } from '../http/openapi.js';
import { pageOf, pageQuerySchema } from '../http/pagination.js';

const tags = ['Back office: customers'];
const customerParams = z.object({ externalId: customerExternalIdSchema });
const noSuchCustomer = commonFailures.notFound('customer');

const putCustomer = defineRoute('admin', {
  method: 'put',
  path: '/customers/{externalId}',
  tags,
  summary: 'Create or update a customer',
  description: 'Replaces the record: an optional field left out is cleared. The same body again changes nothing, not even updatedAt.',
  request: { params: customerParams, body: jsonBody(customerBody) },
  responses: { 200: json(customerSchema, 'Updated, or unchanged'), 201: json(customerSchema, 'Created') },
});

const listCustomers = defineRoute('admin', {
  method: 'get',
  path: '/customers',
  tags,
  summary: 'The customers, newest first',
  request: { query: pageQuerySchema },
  responses: { 200: json(pageSchema(customerSchema), 'A page of customers') },
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
  description: 'Replaces the record: an optional field left out is cleared. The same body again changes nothing, not even updatedAt.',
  request: { params: customerParams.extend({ locationExternalId: customerExternalIdSchema }), body: jsonBody(locationBody) },
  responses: { 200: json(locationSchema, 'Updated, or unchanged'), 201: json(locationSchema, 'Created'), 404: noSuchCustomer },
});

export const customerRoutes = routeGroup()
  .openapi(putCustomer, async (c) => {
    const { externalId } = c.req.valid('param');
    const saved = await saveCustomer(c.var.deps.db, c.var.admin.tenantId, externalId, customerColumns(c.req.valid('json')));
    return saved.created ? c.json(toCustomer(saved.row), 201) : c.json(toCustomer(saved.row), 200);
  })

  .openapi(listCustomers, async (c) => {
    const page = c.req.valid('query');
    const rows = await pageOfCustomers(c.var.deps.db, c.var.admin.tenantId, page);
    return c.json(pageOf(rows, page, toCustomer), 200);
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
    const saved = await saveLocation(deps.db, admin.tenantId, customer.id, locationExternalId, locationColumns(c.req.valid('json')));
    return saved.created ? c.json(toLocation(saved.row, externalId), 201) : c.json(toLocation(saved.row, externalId), 200);
  });
