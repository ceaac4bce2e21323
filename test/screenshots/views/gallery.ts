// A page that draws any view against a fake portal API, for looking at the views: `window.showScene('quote', 'en')`.
import { PortalClient } from '../../../widget/api/client.js';
import { setLocale, type Locale } from '../../../widget/i18n/localization.js';
import type { ViewInputs } from '../../../widget/shell/views.js';
import { errorResponse, mockApi, never, page } from '../../../widget/test-support/mock-api.js';
import '../../../widget/views/documents-view.js';
import '../../../widget/views/home-view.js';
import '../../../widget/views/invoice-detail-view.js';
import '../../../widget/views/invoices-view.js';
import '../../../widget/views/object-detail-view.js';
import '../../../widget/views/objects-view.js';
import '../../../widget/views/order-detail-view.js';
import '../../../widget/views/orders-view.js';
import '../../../widget/views/quote-detail-view.js';
import '../../../widget/views/quotes-view.js';
import '../../../widget/views/request-detail-view.js';
import '../../../widget/views/request-form-view.js';
import '../../../widget/views/requests-view.js';
import '../../../widget/views/work-order-detail-view.js';
import '../../../widget/views/work-orders-view.js';
import type { PortalView } from '../../../widget/views/portal-view.js';
import {
  boiler,
  config,
  document_,
  invoice,
  location,
  objectDetail,
  order,
  overview,
  quote,
  serviceRequest,
  serviceRequestDetail,
  user,
  workOrder,
  workOrderDetail,
} from '../../../widget/views/view-fixtures.js';

// A small JPEG-looking photo for the request's thumbnails: a canvas drawing.
async function photo(): Promise<Response> {
  const canvas = document.createElement('canvas');
  canvas.width = 320;
  canvas.height = 240;
  const context = canvas.getContext('2d')!;
  const gradient = context.createLinearGradient(0, 0, 320, 240);
  gradient.addColorStop(0, '#8aa4c8');
  gradient.addColorStop(1, '#2d4a6e');
  context.fillStyle = gradient;
  context.fillRect(0, 0, 320, 240);
  context.fillStyle = '#f4f6f9';
  context.fillRect(110, 50, 100, 150);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((value) => resolve(value!), 'image/jpeg'));
  return new Response(blob, { headers: { 'Content-Type': 'image/jpeg' } });
}

const messages = page([
  { id: 'msg_2', requestId: 'req_1', workOrderId: null, author: 'business', authorName: 'Installatiebedrijf Jansen', body: 'Dank voor uw melding. Kunt u de storingscode nog eens controleren?', createdAt: '2026-11-20T10:02:00.000Z' },
  { id: 'msg_1', requestId: 'req_1', workOrderId: null, author: 'contact', authorName: 'Anna de Vries', body: 'De ketel slaat steeds af.', createdAt: '2026-11-20T09:20:00.000Z' },
]);

const routes = {
  'GET /overview': () => overview(),
  'GET /requests': () => page([serviceRequest(), serviceRequest({ id: 'req_2', reference: 'KP-9QW2LM', status: 'in_review', workType: 'maintenance', description: 'Jaarlijks onderhoud van de ketel en de warmtepomp.' })], 'more'),
  'GET /requests/:id': () =>
    serviceRequestDetail({
      status: 'in_review',
      attachments: [
        { id: 'att_1', filename: 'ketel.jpg', contentType: 'image/jpeg', size: 120_000, createdAt: '2026-11-20T09:16:00.000Z' },
        { id: 'att_2', filename: 'code.jpg', contentType: 'image/jpeg', size: 98_000, createdAt: '2026-11-20T09:16:00.000Z' },
      ],
      timeline: [
        { status: 'submitted', note: null, at: '2026-11-20T09:15:00.000Z' },
        { status: 'in_review', note: 'We bellen u morgen voor een afspraak.', at: '2026-11-20T11:40:00.000Z' },
      ],
    }),
  'GET /requests/:id/attachments/:attachment': photo,
  'GET /requests/:id/messages': () => messages,
  'GET /work-orders/:id/messages': () => page([]),
  'GET /locations': () => page([location, { ...location, id: 'loc_2', name: 'Woning', street: 'Lindelaan', houseNumber: '4' }]),
  'GET /objects': () => page([boiler, { ...boiler, id: 'obj_2', name: 'Warmtepomp tuin', type: 'Warmtepomp', brand: 'Daikin', model: 'Altherma 3' }], 'more'),
  'GET /objects/:id': () => objectDetail(),
  'GET /work-orders': () => page([workOrder(), workOrder({ id: 'wo_2', number: 'WB-2026-0098', status: 'completed', completedAt: '2026-10-14T11:00:00.000Z', workType: 'maintenance', description: 'Jaarlijks onderhoud cv-ketel.' })], 'more'),
  'GET /work-orders/:id': () => workOrderDetail(),
  'GET /quotes': () => page([quote(), quote({ id: 'quo_2', number: 'OF-2026-012', title: 'Onderhoudscontract 3 jaar', status: 'accepted', totalCents: 44900 })]),
  'GET /quotes/:id': () => quote(),
  'GET /invoices': () => page([invoice({ dueDate: '2999-01-01' }), invoice({ id: 'inv_2', number: 'F-2026-0811', status: 'overdue', totalCents: 9850 }), invoice({ id: 'inv_3', number: 'F-2026-0702', status: 'paid', paymentUrl: null })]),
  'GET /invoices/:id': () => invoice({ status: 'overdue' }),
  'GET /documents': () => page([document_(), document_({ id: 'doc_2', title: 'Onderhoudsrapport oktober 2026', category: 'Rapport', objectId: null, workOrderId: 'wo_2' })]),
  'GET /orders': () => page([order(), order({ id: 'ord_2', number: 'B-0994', status: 'delivered', totalCents: 1299 })]),
  'GET /orders/:id': () => order(),
};

type Scene = { tag: string; inputs?: ViewInputs; routes?: Record<string, () => unknown>; after?: (view: PortalView) => Promise<void> };

const scenes: Record<string, Scene> = {
  home: { tag: 'kp-home-view' },
  requests: { tag: 'kp-requests-view' },
  'requests-pending': { tag: 'kp-requests-view', routes: { 'GET /requests': never } },
  'requests-empty': { tag: 'kp-requests-view', routes: { 'GET /requests': () => page([]) } },
  'requests-error': { tag: 'kp-requests-view', routes: { 'GET /requests': () => errorResponse(503, 'internal', 'Unavailable') } },
  request: { tag: 'kp-request-detail-view', inputs: { recordId: 'req_1' } },
  'request-form': { tag: 'kp-request-form-view', inputs: { objectId: 'obj_1' } },
  'request-form-invalid': {
    tag: 'kp-request-form-view',
    after: async (view) => {
      view.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
      await view.updateComplete;
    },
  },
  'work-orders': { tag: 'kp-work-orders-view' },
  'work-order': { tag: 'kp-work-order-detail-view', inputs: { recordId: 'wo_1' } },
  quotes: { tag: 'kp-quotes-view' },
  quote: { tag: 'kp-quote-detail-view', inputs: { recordId: 'quo_1' } },
  'quote-accepted': {
    tag: 'kp-quote-detail-view',
    inputs: { recordId: 'quo_1' },
    routes: { 'GET /quotes/:id': () => quote({ status: 'accepted', decision: { outcome: 'accepted', at: '2026-11-22T14:03:00.000Z', signedName: 'Anna de Vries', reason: null } }) },
  },
  invoices: { tag: 'kp-invoices-view' },
  invoice: { tag: 'kp-invoice-detail-view', inputs: { recordId: 'inv_1' } },
  objects: { tag: 'kp-objects-view' },
  object: { tag: 'kp-object-detail-view', inputs: { recordId: 'obj_1' } },
  documents: { tag: 'kp-documents-view' },
  orders: { tag: 'kp-orders-view' },
  order: { tag: 'kp-order-detail-view', inputs: { recordId: 'ord_1' } },
};

declare global {
  interface Window {
    showScene(name: string, locale: Locale): Promise<void>;
    sceneNames: string[];
  }
}

window.sceneNames = Object.keys(scenes);
window.showScene = async (name, locale) => {
  const scene = scenes[name];
  if (!scene) throw new Error(`No scene ${name}`);
  mockApi({ ...routes, ...scene.routes });
  await setLocale(locale);
  const view = document.createElement(scene.tag) as PortalView;
  view.client = new PortalClient('https://api.test', 'demo');
  view.config = config;
  view.locale = locale;
  view.user = user;
  Object.assign(view, scene.inputs);
  document.querySelector('main')!.replaceChildren(view);
  await new Promise((resolve) => setTimeout(resolve, 400));
  await scene.after?.(view);
  await new Promise((resolve) => setTimeout(resolve, 100));
};
