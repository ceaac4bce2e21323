// Customers, their contacts and records as the back-office API answers them, for the console's customer views.
import type { MockHandler } from '../../test-support/mock-api.js';
import type { CustomerContact, CustomerDetail, CustomerListItem, CustomerRecords } from '../api/customers.js';
import type { AdminRequest } from '../api/types.js';
import { admin } from './console-mock.js';
import * as fx from './fixtures.js';

const stamp = '2026-11-20T09:00:00.000Z';

export const customer = (overrides: Partial<CustomerListItem> = {}): CustomerListItem => ({
  externalId: 'DEB-10045',
  name: 'Familie de Vries',
  debtorNumber: '10045',
  email: 'info@devries.example',
  phone: '020 123 4567',
  address: { street: 'Keizersgracht', houseNumber: '12a', postalCode: '1015 CJ', city: 'Amsterdam', country: 'NL' },
  source: 'api',
  contactCount: 2,
  createdAt: stamp,
  updatedAt: stamp,
  ...overrides,
});

export const customers = (): CustomerListItem[] => [
  customer(),
  customer({ externalId: 'console-cu-20261201-abc', name: 'Bakkerij Jansen', debtorNumber: null, source: 'console', contactCount: 1, address: null }),
  customer({ externalId: 'DEB-7', name: 'Garage Smit', debtorNumber: '7', contactCount: 0, address: { street: 'Dorpsstraat', houseNumber: '1', postalCode: '3511 AB', city: 'Utrecht', country: 'NL' } }),
];

export const customerDetail = (overrides: Partial<CustomerDetail> = {}): CustomerDetail => {
  const { contactCount: _count, ...base } = customer();
  return {
    ...base,
    locations: [
      {
        externalId: 'L-1',
        customerExternalId: base.externalId,
        name: 'Zomerhuis',
        street: 'Duinweg',
        houseNumber: '3',
        postalCode: '1234 AB',
        city: 'Bergen',
        country: 'NL',
        source: base.source,
        createdAt: stamp,
        updatedAt: stamp,
      },
    ],
    ...overrides,
  };
};

export const consoleCustomer = (overrides: Partial<CustomerDetail> = {}): CustomerDetail =>
  customerDetail({ externalId: 'console-cu-20261201-abc', name: 'Bakkerij Jansen', debtorNumber: null, source: 'console', locations: [], ...overrides });

export const contact = (overrides: Partial<CustomerContact> = {}): CustomerContact => ({
  id: 'con_1',
  customerExternalId: 'DEB-10045',
  email: 'jan@devries.example',
  name: 'Jan de Vries',
  phone: null,
  role: 'admin',
  status: 'active',
  locale: null,
  lastLoginAt: '2026-11-30T07:45:00.000Z',
  invitedAt: '2026-11-01T08:00:00.000Z',
  createdAt: '2026-11-01T08:00:00.000Z',
  updatedAt: '2026-11-30T07:45:00.000Z',
  ...overrides,
});

export const contacts = (): CustomerContact[] => [
  contact(),
  contact({ id: 'con_2', email: 'anna@devries.example', name: 'Anna de Vries', role: 'member', status: 'invited', lastLoginAt: null, invitedAt: '2026-11-28T08:00:00.000Z' }),
];

export const workOrder = (overrides: Partial<CustomerRecords['work-orders']> = {}): CustomerRecords['work-orders'] => ({
  externalId: 'WO-1',
  customerExternalId: 'DEB-10045',
  source: 'api',
  locationExternalId: null,
  objectExternalId: null,
  requestId: null,
  number: 'WB-2026-001',
  workType: 'repair',
  description: 'Cv-ketel repareren',
  status: 'planned',
  statusLabel: null,
  plannedStart: '2026-12-03T08:00:00.000Z',
  plannedEnd: '2026-12-03T10:00:00.000Z',
  completedAt: null,
  technicianFirstName: null,
  totalCents: null,
  timeline: [],
  createdAt: stamp,
  updatedAt: stamp,
  ...overrides,
});

export const customerRequest = (): AdminRequest => {
  const [first] = fx.inbox();
  return { ...first!, customer: { id: 'cus_1', externalId: 'DEB-10045', name: 'Familie de Vries', debtorNumber: '10045' } };
};

/** The routes the customer view reads, for the customer `detail`. */
export function customerRoutes(detail: CustomerDetail = customerDetail()): Record<string, MockHandler> {
  const empty = () => ({ items: [], nextCursor: null });
  return {
    [`GET ${admin}/customers/:id`]: () => detail,
    [`GET ${admin}/customers/:id/contacts`]: () => ({ items: contacts(), nextCursor: null }),
    [`GET ${admin}/work-orders`]: () => ({ items: [workOrder({ customerExternalId: detail.externalId })], nextCursor: null }),
    [`GET ${admin}/quotes`]: empty,
    [`GET ${admin}/invoices`]: empty,
    [`GET ${admin}/documents`]: empty,
    [`GET ${admin}/objects`]: empty,
    [`GET ${admin}/orders`]: empty,
    [`GET ${admin}/requests`]: () => ({ items: [customerRequest()], nextCursor: null }),
  };
}
