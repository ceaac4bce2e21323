// Test support for the views: a portal configuration, a signed-in contact, sample records and a way to mount a view.
import { fixture, html, waitUntil } from '@open-wc/testing';
import { PortalClient, type PortalConfig, type PortalUser } from '../api/client.js';
import type { Locale } from '../i18n/localization.js';
import type { ViewInputs } from '../shell/views.js';
import type { PortalView } from './portal-view.js';
import type {
  Invoice,
  Location,
  ObjectDetail,
  Order,
  Overview,
  PortalDocument,
  PortalObject,
  Quote,
  ServiceRequest,
  ServiceRequestDetail,
  WorkOrder,
  WorkOrderDetail,
} from '../api/types.js';

export const config: PortalConfig = {
  portal: { slug: 'demo', name: 'Installatiebedrijf Jansen', locale: 'nl', homeUrl: 'https://jansen.example/portaal' },
  branding: { primaryColor: '#0b5cad', logoUrl: null },
  features: {
    requests: true,
    workOrders: true,
    quotes: true,
    invoices: true,
    objects: true,
    documents: true,
    orders: true,
    messages: true,
    guestRequests: false,
    contacts: true,
  },
  requestForm: {
    workTypes: [
      { id: 'repair', label: { nl: 'Storing of reparatie', en: 'Fault or repair' } },
      { id: 'maintenance', label: { nl: 'Onderhoud', en: 'Maintenance' } },
    ],
    requireTerms: false,
    requirePhoto: false,
    termsUrl: null,
    checklist: [],
  },
  quotes: { requireSignature: false },
  auth: { password: true, magicLink: true, sso: false },
};

export const user: PortalUser = {
  id: 'con_1',
  email: 'anna@example.nl',
  name: 'Anna de Vries',
  phone: '0612345678',
  role: 'admin',
  locale: 'nl',
  customer: { id: 'cus_1', name: 'De Vries Vastgoed' },
};

/** The year after the one the tests run in: a quote valid until 31 January of it is open, and a warranty two years on runs, on any day. */
export const nextYear = new Date().getFullYear() + 1;

const stamps = { createdAt: '2026-11-20T09:15:00.000Z', updatedAt: '2026-11-21T10:00:00.000Z' };

export const location: Location = { id: 'loc_1', name: 'Kantoor', street: 'Dorpsstraat', houseNumber: '12', postalCode: '1234 AB', city: 'Utrecht', country: 'NL', ...stamps };

export const boiler: PortalObject = {
  id: 'obj_1',
  locationId: 'loc_1',
  parentId: null,
  name: 'Cv-ketel zolder',
  type: 'Cv-ketel',
  brand: 'Remeha',
  model: 'Calenta Ace 28c',
  serialNumber: 'RM-2291-77',
  installedAt: '2019-04-02',
  warrantyUntil: `${nextYear + 2}-04-02`,
  lastServiceAt: '2025-10-14',
  nextServiceAt: '2026-10-14',
  address: null,
  ...stamps,
};

export const serviceRequest = (overrides: Partial<ServiceRequest> = {}): ServiceRequest => ({
  id: 'req_1',
  reference: 'KP-7F3K2Q',
  workType: 'repair',
  description: 'De ketel geeft storingscode E119 en de radiatoren blijven koud.',
  locationId: 'loc_1',
  objectId: 'obj_1',
  preferredDate: '2026-12-02',
  preferredPartOfDay: 'morning',
  phone: '0612345678',
  checklist: [],
  termsAcceptedAt: null,
  status: 'submitted',
  workOrderId: null,
  ...stamps,
  ...overrides,
});

export const serviceRequestDetail = (overrides: Partial<ServiceRequestDetail> = {}): ServiceRequestDetail => ({
  ...serviceRequest(),
  attachments: [{ id: 'att_1', filename: 'ketel.jpg', contentType: 'image/jpeg', size: 120_000, createdAt: '2026-11-20T09:16:00.000Z' }],
  timeline: [{ status: 'submitted', at: '2026-11-20T09:15:00.000Z', note: null }],
  messages: [],
  workOrder: null,
  ...overrides,
});

export const workOrder = (overrides: Partial<WorkOrder> = {}): WorkOrder => ({
  id: 'wo_1',
  locationId: 'loc_1',
  objectId: 'obj_1',
  requestId: 'req_1',
  number: 'WB-2026-0142',
  workType: 'repair',
  description: 'Storing cv-ketel verhelpen, ontstekingspen vervangen.',
  status: 'planned',
  statusLabel: null,
  plannedStart: '2026-12-03T08:00:00.000Z',
  plannedEnd: '2026-12-03T10:00:00.000Z',
  completedAt: null,
  technicianFirstName: null,
  address: null,
  ...stamps,
  ...overrides,
});

export const document_ = (overrides: Partial<PortalDocument> = {}): PortalDocument => ({
  id: 'doc_1',
  objectId: 'obj_1',
  workOrderId: null,
  title: 'Garantiebewijs Remeha',
  category: 'Garantie',
  filename: 'garantiebewijs.pdf',
  contentType: 'application/pdf',
  size: 48_213,
  ...stamps,
  ...overrides,
});

export const workOrderDetail = (overrides: Partial<WorkOrderDetail> = {}): WorkOrderDetail => ({
  ...workOrder(),
  timeline: [
    { status: 'open', statusLabel: null, at: '2026-11-21T08:00:00.000Z' },
    { status: 'planned', statusLabel: null, at: '2026-11-22T08:00:00.000Z' },
  ],
  documents: [document_({ id: 'doc_2', title: 'Werkbon WB-2026-0142', workOrderId: 'wo_1', objectId: null, category: 'Werkbon' })],
  ...overrides,
});

export const quote = (overrides: Partial<Quote> = {}): Quote => ({
  id: 'quo_1',
  number: 'OF-2026-031',
  title: 'Vervanging cv-ketel',
  lines: [
    { description: 'Remeha Tzerra Ace 28c', quantity: 1, unitPriceCents: 185000, vatRate: 21 },
    { description: 'Montage en inbedrijfstelling', quantity: 4, unitPriceCents: 6500, vatRate: 21 },
  ],
  totalCents: 255310,
  currency: 'EUR',
  validUntil: `${nextYear}-01-31`,
  status: 'open',
  hasPdf: true,
  decision: null,
  ...stamps,
  ...overrides,
});

export const invoice = (overrides: Partial<Invoice> = {}): Invoice => ({
  id: 'inv_1',
  workOrderId: 'wo_1',
  number: 'F-2026-0907',
  issueDate: '2026-11-01',
  dueDate: '2026-11-15',
  totalCents: 24200,
  totalExclVatCents: 20000,
  currency: 'EUR',
  status: 'open',
  paymentUrl: 'https://pay.example/inv_1',
  hasPdf: true,
  ...stamps,
  ...overrides,
});

export const order = (overrides: Partial<Order> = {}): Order => ({
  id: 'ord_1',
  number: 'B-1001',
  orderedAt: '2026-11-18',
  status: 'shipped',
  lines: [
    { description: 'Filterset WTW', quantity: 2, unitPriceCents: 2450 },
    { description: 'Verzendkosten', quantity: 1, unitPriceCents: 695 },
  ],
  totalCents: 5595,
  currency: 'EUR',
  ...stamps,
  ...overrides,
});

export const objectDetail = (overrides: Partial<ObjectDetail> = {}): ObjectDetail => ({
  ...boiler,
  children: [],
  workOrders: [workOrder({ status: 'completed', completedAt: '2025-10-14T11:00:00.000Z' })],
  documents: [document_()],
  ...overrides,
});

export const overview = (overrides: Partial<Overview> = {}): Overview => ({
  openRequests: 2,
  openWorkOrders: 1,
  nextVisit: workOrder(),
  openInvoices: { count: 1, overdueCount: 0, totals: [{ currency: 'EUR', totalCents: 24200 }] },
  openQuotes: 1,
  ...overrides,
});

export interface MountOptions extends ViewInputs {
  locale?: Locale;
  config?: PortalConfig;
}

/** Mounts a view the way the shell does: created, given its properties, then put in the page. */
export async function mountView<T extends PortalView>(tag: string, options: MountOptions = {}): Promise<T> {
  const { locale, config: portalConfig, ...inputs } = options;
  const view = document.createElement(tag) as T;
  view.client = new PortalClient('https://api.test', 'demo');
  view.config = portalConfig ?? config;
  view.locale = locale ?? 'nl';
  view.user = user;
  Object.assign(view, inputs);
  await fixture(html`<div style="width: 800px">${view}</div>`);
  await view.updateComplete;
  return view;
}

/** The first match inside the view's shadow root, waiting until it is there. */
export async function find<E extends Element = HTMLElement>(root: Element, selector: string, message = `${selector} never appeared`): Promise<E> {
  await waitUntil(() => root.shadowRoot?.querySelector(selector), message, { timeout: 3000 });
  return root.shadowRoot!.querySelector<E>(selector as string) as unknown as E;
}

export const all = <E extends Element = HTMLElement>(root: Element, selector: string): E[] => [...(root.shadowRoot?.querySelectorAll<E>(selector as string) ?? [])] as unknown as E[];

export const text = (root: Element | null | undefined) => (root?.shadowRoot ?? root)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** A picture as a camera or a phone's photo library would hand it over: a PNG of the given size. */
export async function photoFile(width: number, height: number, name = 'foto.png'): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#c0392b';
  context.fillRect(0, 0, width, height);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((value) => resolve(value!), 'image/png'));
  return new File([blob], name, { type: 'image/png' });
}

/** Whether the view shows something; a yes/no for assertions, whose failure messages cannot print a whole element. */
export const has = (root: Element, selector: string): boolean => root.shadowRoot?.querySelector(selector) != null;
