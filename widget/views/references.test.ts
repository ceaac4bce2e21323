import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { mockApi, page, type MockApi } from '../test-support/mock-api.js';
import './invoice-detail-view.js';
import './invoices-view.js';
import './order-detail-view.js';
import './orders-view.js';
import './quote-detail-view.js';
import './quotes-view.js';
import './request-detail-view.js';
import './work-order-detail-view.js';
import './work-orders-view.js';
import type { PortalView } from './portal-view.js';
import { invoice, mountView, order, quote, serviceRequestDetail, workOrder, workOrderDetail } from './view-fixtures.js';

// Long labels around the number, so that on a 320 px phone the line has to wrap somewhere other than in the number.
const label = 'Jaarlijks onderhoud en controle van de installatie';

const cases: Array<{ name: string; tag: string; recordId?: string; routes: Record<string, () => unknown>; number: string }> = [
  { name: 'the work order list', tag: 'kp-work-orders-view', routes: { 'GET /work-orders': () => page([workOrder({ number: 'WB-2026-0088', description: label })]) }, number: 'WB-2026-0088' },
  { name: 'the invoice list', tag: 'kp-invoices-view', routes: { 'GET /invoices': () => page([invoice({ number: 'F-2026-0310' })]) }, number: 'F-2026-0310' },
  { name: 'the quote list', tag: 'kp-quotes-view', routes: { 'GET /quotes': () => page([quote({ number: 'OF-2026-0312', title: label })]) }, number: 'OF-2026-0312' },
  { name: 'the order list', tag: 'kp-orders-view', routes: { 'GET /orders': () => page([order({ number: 'B-2026-10045' })]) }, number: 'B-2026-10045' },
  { name: 'a work order', tag: 'kp-work-order-detail-view', recordId: 'wo_1', routes: { 'GET /work-orders/:id': () => workOrderDetail({ number: 'WB-2026-0088', description: label }) }, number: 'WB-2026-0088' },
  { name: 'an invoice', tag: 'kp-invoice-detail-view', recordId: 'inv_1', routes: { 'GET /invoices/:id': () => invoice({ number: 'F-2026-0310' }) }, number: 'F-2026-0310' },
  { name: 'a quote', tag: 'kp-quote-detail-view', recordId: 'quo_1', routes: { 'GET /quotes/:id': () => quote({ number: 'OF-2026-0312', title: label }) }, number: 'OF-2026-0312' },
  { name: 'an order', tag: 'kp-order-detail-view', recordId: 'ord_1', routes: { 'GET /orders/:id': () => order({ number: 'B-2026-10045' }) }, number: 'B-2026-10045' },
  {
    name: 'a request accepted as a work order',
    tag: 'kp-request-detail-view',
    recordId: 'req_1',
    routes: { 'GET /requests/:id': () => serviceRequestDetail({ reference: 'KP-2026-00123', status: 'accepted', workOrder: workOrder({ number: 'WB-2026-0088' }) as never }), 'GET /requests/:id/messages': () => page([]) },
    number: 'WB-2026-0088',
  },
];

describe('references on a 320 px phone', () => {
  let api: MockApi;
  afterEach(() => api.restore());

  for (const { name, tag, recordId, routes, number } of cases) {
    it(`stay on one line in ${name}`, async () => {
      api = mockApi(routes as never);
      const holder = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
      const view = await mountView<PortalView>(tag, recordId ? { recordId } : {});
      holder.append(view);
      await waitUntil(() => [...view.shadowRoot!.querySelectorAll('.ref')].some((ref) => ref.textContent === number), `${number} shown as a reference`);
      const refs = [...view.shadowRoot!.querySelectorAll<HTMLElement>('.ref')].filter((ref) => ref.textContent === number);
      for (const ref of refs) {
        expect(getComputedStyle(ref).whiteSpace).to.equal('nowrap');
        expect(ref.getClientRects(), `${number} is not broken over two lines`).to.have.length(1);
        expect(ref.getBoundingClientRect().width).to.be.at.most(320);
      }
    });
  }
});
