// A customer with an address, an installation and records, as the back office's record routes answer them.
import type { CustomerDetail } from '../api/customers.js';
import type { CustomerRecords } from '../api/records.js';

const at = '2026-12-01T09:00:00.000Z';

export function customerDetail(): CustomerDetail {
  return {
    externalId: 'klant-1',
    name: 'Familie de Vries',
    debtorNumber: 'D-1001',
    email: 'devries@example.nl',
    phone: null,
    address: null,
    source: 'console',
    createdAt: at,
    updatedAt: at,
    locations: [
      {
        externalId: 'loc-1',
        customerExternalId: 'klant-1',
        name: null,
        street: 'Dorpsstraat',
        houseNumber: '12',
        postalCode: '1234 AB',
        city: 'Utrecht',
        country: 'NL',
        source: 'console',
        createdAt: at,
        updatedAt: at,
      },
    ],
  } as CustomerDetail;
}

export function objectRecord(overrides: Partial<CustomerRecords['objects']> = {}): CustomerRecords['objects'] {
  return {
    externalId: 'obj-1',
    customerExternalId: 'klant-1',
    source: 'console',
    locationExternalId: 'loc-1',
    parentExternalId: null,
    name: 'Cv-ketel zolder',
    type: 'boiler',
    brand: 'Remeha',
    model: 'Tzerra Ace',
    serialNumber: 'SN-1',
    installedAt: '2020-03-01',
    warrantyUntil: null,
    lastServiceAt: null,
    nextServiceAt: null,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

export function workOrderRecord(overrides: Partial<CustomerRecords['work-orders']> = {}): CustomerRecords['work-orders'] {
  return {
    externalId: 'wo-1',
    customerExternalId: 'klant-1',
    source: 'console',
    locationExternalId: 'loc-1',
    objectExternalId: 'obj-1',
    requestId: null,
    number: 'WB-2026-001',
    workType: 'maintenance',
    description: 'Jaarlijks onderhoud cv-ketel',
    status: 'planned',
    statusLabel: null,
    plannedStart: '2026-12-10T08:00:00.000Z',
    plannedEnd: '2026-12-10T10:00:00.000Z',
    completedAt: null,
    technicianFirstName: null,
    totalCents: 12950,
    timeline: [],
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

export function invoiceRecord(overrides: Partial<CustomerRecords['invoices']> = {}): CustomerRecords['invoices'] {
  return {
    externalId: 'inv-1',
    customerExternalId: 'klant-1',
    source: 'api',
    workOrderExternalId: null,
    number: 'F-2026-042',
    issueDate: '2026-12-01',
    dueDate: '2026-12-15',
    totalCents: 123450,
    totalExclVatCents: 102025,
    currency: 'EUR',
    status: 'open',
    paymentUrl: null,
    lines: [],
    pdf: null,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

export function quoteRecord(overrides: Partial<CustomerRecords['quotes']> = {}): CustomerRecords['quotes'] {
  return {
    externalId: 'quo-1',
    customerExternalId: 'klant-1',
    source: 'console',
    number: 'OFF-7',
    title: 'Nieuwe cv-ketel',
    lines: [{ description: 'Ketel', quantity: 1, unitPriceCents: 100000, vatRate: 21 }],
    totalCents: 121000,
    currency: 'EUR',
    validUntil: '2027-01-31',
    status: 'open',
    pdf: null,
    decision: null,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}
