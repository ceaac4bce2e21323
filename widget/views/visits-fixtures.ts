// Records for the tests of visits, equipment and invoice lines: addresses, a technician, lines, an overdue object.
import type { Answer, PortalObject } from '../api/types.js';
import type { Address } from './addresses.js';
import { boiler, invoice, workOrder, workOrderDetail } from './view-fixtures.js';

export const summerHouse: Address = {
  id: 'loc_2',
  name: 'Zomerhuis',
  street: 'Duinweg',
  houseNumber: '3',
  postalCode: '1861 AB',
  city: 'Bergen',
  country: 'NL',
  oneOfSeveral: true,
};

export const onlyAddress: Address = { ...summerHouse, id: 'loc_1', name: null, street: 'Dorpsstraat', houseNumber: '12', postalCode: '1234 AB', city: 'Utrecht', oneOfSeveral: false };

export const plannedVisit = (overrides: Parameters<typeof workOrderDetail>[0] = {}) =>
  workOrderDetail({ technicianFirstName: 'Jan', address: summerHouse, ...overrides });

export const completedAt = '2026-11-27T14:30:00.000Z';

/** Completed a day before the back office sent the news: the timeline's step carries the completion date. */
export const completedVisit = () =>
  workOrderDetail({
    status: 'completed',
    completedAt,
    timeline: [
      { status: 'planned', statusLabel: null, at: '2026-11-20T09:00:00.000Z' },
      { status: 'completed', statusLabel: null, at: completedAt },
    ],
  });

export const listedVisit = workOrder;

export const overdueBoiler: PortalObject = { ...boiler, nextServiceAt: '2025-10-14', address: summerHouse };
export const boilerInTime: PortalObject = { ...boiler, id: 'obj_2', name: 'Warmtepomp tuin', nextServiceAt: '2999-01-01', address: onlyAddress };

export const invoiceWithLines = (): Answer<'getPortalSlugInvoicesId'> => ({
  ...invoice(),
  totalCents: 29648,
  totalExclVatCents: 24750,
  lines: [
    { description: 'Jaarlijks onderhoud cv-ketel inclusief rookgasanalyse en veiligheidscontrole', quantity: 1, unitPriceCents: 12500, vatRate: 21 },
    { description: 'Arbeid, per uur', quantity: 1.5, unitPriceCents: 6500, vatRate: 21 },
    { description: 'Filter', quantity: 2, unitPriceCents: 1250, vatRate: 9 },
  ],
});
