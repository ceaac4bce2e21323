// Sample answers of the console's API: a business with two portals, a signed-in admin, and an inbox of requests.
import type { Message } from '../../api/types.js';
import type { AdminPortal, AdminRequest, AdminRequestDetail, InternalNote, StaffSession } from '../api/types.js';

export const session = (overrides: Partial<StaffSession> = {}): StaffSession => ({
  staff: {
    id: 'stf_1',
    email: 'planning@vanderberg.example',
    name: 'Sanne Planning',
    role: 'admin',
    status: 'active',
    locale: 'nl',
    totpEnabled: false,
    lastLoginAt: '2026-11-30T08:00:00.000Z',
    createdAt: '2026-11-01T08:00:00.000Z',
    updatedAt: '2026-11-30T08:00:00.000Z',
  },
  tenant: { id: 'ten_1', name: 'Van der Berg Installatietechniek', requireTotp: false },
  totpSetupRequired: false,
  ...overrides,
});

const workTypes = [
  { id: 'repair', label: { nl: 'Storing of reparatie', en: 'Fault or repair' } },
  { id: 'maintenance', label: { nl: 'Onderhoud', en: 'Maintenance' } },
  { id: 'installation', label: { nl: 'Installatie of vervanging', en: 'Installation or replacement' } },
];

export const portals: AdminPortal[] = [
  {
    slug: 'demo',
    settings: {
      name: 'Van der Berg Installatietechniek',
      requestForm: {
        workTypes,
        requireTerms: false,
        requirePhoto: false,
        termsUrl: null,
        checklist: [{ id: 'pets', label: { nl: 'Er zijn huisdieren aanwezig', en: 'There are pets in the house' } }],
      },
    },
  },
  { slug: 'zakelijk', settings: { name: 'Van der Berg Zakelijk', requestForm: { workTypes: workTypes.slice(0, 2), requireTerms: false, requirePhoto: false, termsUrl: null, checklist: [] } } },
];

export const request = (overrides: Partial<AdminRequest> = {}): AdminRequest => ({
  id: 'req_1',
  reference: 'KP-7F3K2Q',
  status: 'submitted',
  workType: 'repair',
  description: 'De cv-ketel geeft foutcode E119 en de radiatoren blijven koud. Er lekt ook een beetje water onder de ketel.',
  locationId: 'loc_1',
  objectId: 'obj_1',
  preferredDate: '2026-12-03',
  preferredPartOfDay: 'morning',
  phone: '06 12345678',
  checklist: ['pets'],
  termsAcceptedAt: null,
  workOrderId: null,
  createdAt: '2026-12-01T08:15:00.000Z',
  updatedAt: '2026-12-01T08:15:00.000Z',
  portal: 'demo',
  source: 'portal',
  customer: { id: 'cus_1', externalId: 'DEB-1001', name: 'Jan de Vries', debtorNumber: '10442' },
  contact: { id: 'con_1', name: 'Jan de Vries', email: 'jan@example.nl' },
  guest: null,
  location: { id: 'loc_1', externalId: 'LOC-1', street: 'Dorpsstraat', houseNumber: '12', postalCode: '3512 AB', city: 'Utrecht', proposal: null },
  object: { id: 'obj_1', externalId: 'OBJ-1', name: 'Cv-ketel zolder', type: 'boiler', brand: 'Remeha', model: 'Calenta Ace 28c', serialNumber: 'RM-2291-77' },
  locale: 'nl',
  workOrderExternalId: null,
  ...overrides,
});

export const guestRequest = (overrides: Partial<AdminRequest> = {}): AdminRequest =>
  request({
    id: 'req_guest',
    reference: 'KP-GST4X9',
    workType: 'maintenance',
    description: 'Graag jaarlijks onderhoud aan onze warmtepomp.',
    source: 'guest',
    customer: null,
    contact: null,
    location: null,
    locationId: null,
    object: null,
    objectId: null,
    checklist: [],
    preferredDate: null,
    preferredPartOfDay: null,
    guest: {
      name: 'Petra Bakker',
      email: 'petra@example.nl',
      phone: '06 87654321',
      address: { street: 'Kerkweg', houseNumber: '4a', postalCode: '3581 CD', city: 'Utrecht', country: 'NL' },
    },
    createdAt: '2026-12-01T07:40:00.000Z',
    updatedAt: '2026-12-01T07:40:00.000Z',
    ...overrides,
  });

export const inbox = (): AdminRequest[] => [
  request(),
  guestRequest(),
  request({
    id: 'req_2',
    reference: 'KP-9QW2LM',
    status: 'in_review',
    workType: 'installation',
    description: 'Offerte gevraagd voor het vervangen van de boiler door een warmtepompboiler.',
    portal: 'zakelijk',
    customer: { id: 'cus_2', externalId: 'DEB-2040', name: 'Bakkerij Smit B.V.', debtorNumber: null },
    contact: { id: 'con_2', name: 'Henk Smit', email: 'henk@bakkerijsmit.nl' },
    location: { id: 'loc_2', externalId: 'LOC-2', street: 'Marktplein', houseNumber: '3', postalCode: '3811 LK', city: 'Amersfoort', proposal: null },
    createdAt: '2026-11-30T14:02:00.000Z',
    updatedAt: '2026-12-01T09:30:00.000Z',
  }),
  request({
    id: 'req_3',
    reference: 'KP-3HD8PA',
    status: 'in_review',
    workType: 'maintenance',
    description: 'Onderhoud aan de airco in de woonkamer, die maakt veel lawaai.',
    customer: { id: 'cus_3', externalId: 'DEB-1077', name: 'Fam. Jansen', debtorNumber: null },
    contact: { id: 'con_3', name: 'Mieke Jansen', email: 'mieke@example.nl' },
    location: { id: 'loc_3', externalId: 'LOC-3', street: 'Lindelaan', houseNumber: '88', postalCode: '3571 AZ', city: 'Utrecht', proposal: null },
    createdAt: '2026-11-29T10:20:00.000Z',
    updatedAt: '2026-11-29T11:00:00.000Z',
  }),
];

export const messages = (): Message[] => [
  {
    id: 'msg_2',
    requestId: 'req_1',
    workOrderId: null,
    author: 'business',
    authorName: 'Sanne Planning',
    body: 'Dank voor uw melding. Is de ketel nog onder garantie?',
    files: [],
    createdAt: '2026-12-01T08:40:00.000Z',
  },
  {
    id: 'msg_1',
    requestId: 'req_1',
    workOrderId: null,
    author: 'contact',
    authorName: 'Jan de Vries',
    body: 'Het water staat op de vloer, kunt u snel komen?',
    files: [],
    createdAt: '2026-12-01T08:20:00.000Z',
  },
];

export const notes = (): InternalNote[] => [
  {
    id: 'note_1',
    requestId: 'req_1',
    author: { kind: 'staff', id: 'stf_2', name: 'Piet Monteur' },
    body: 'Klant belde ook al. Ketel is 9 jaar oud, waarschijnlijk vervangen.',
    createdAt: '2026-12-01T08:30:00.000Z',
  },
];

export const requestDetail = (overrides: Partial<AdminRequestDetail> = {}): AdminRequestDetail => ({
  ...request(),
  attachments: [
    { id: 'att_1', filename: 'ketel.png', contentType: 'image/png', size: 9508, createdAt: '2026-12-01T08:15:00.000Z' },
    { id: 'att_2', filename: 'lekkage.png', contentType: 'image/png', size: 7835, createdAt: '2026-12-01T08:15:00.000Z' },
  ],
  timeline: [{ status: 'submitted', note: null, at: '2026-12-01T08:15:00.000Z' }],
  messages: [],
  workOrder: null,
  ...overrides,
});

export const totpSetup = {
  secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
  otpauthUri: 'otpauth://totp/Klantportaal:planning%40vanderberg.example?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Klantportaal',
};

export const recoveryCodes = ['k7p2-9xq4', 'm3n8-v6t1', 'q9r4-h2w7', 'z5c1-b8d3', 'f6g2-j4k9', 'l1s7-p3x5', 'w8e4-r2t6', 'y3u9-i5o1', 'a2d6-g8h4', 'c7v3-n1m5'];
