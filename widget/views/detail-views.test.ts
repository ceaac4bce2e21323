// The states every record view shows: placeholders, the record, "not found", the error with retry, axe, English.
import { expect } from '@open-wc/testing';
import { setLocale } from '../i18n/localization.js';
import { errorResponse, mockApi, never, page, type MockApi } from '../test-support/mock-api.js';
import './invoice-detail-view.js';
import './object-detail-view.js';
import './order-detail-view.js';
import './quote-detail-view.js';
import './request-detail-view.js';
import './work-order-detail-view.js';
import type { PortalView } from './portal-view.js';
import { find, has, invoice, mountView, objectDetail, order, quote, serviceRequestDetail, text, workOrderDetail } from './view-fixtures.js';

interface DetailCase {
  tag: string;
  path: string;
  record: unknown;
  shows: string[];
  back: string;
  english: string[];
}

const cases: DetailCase[] = [
  { tag: 'kp-request-detail-view', path: '/requests/req_1', record: serviceRequestDetail(), shows: ['KP-7F3K2Q', 'storingscode E119'], back: 'requests', english: ['All requests', 'Submitted on', 'Progress'] },
  { tag: 'kp-work-order-detail-view', path: '/work-orders/wo_1', record: workOrderDetail(), shows: ['Werkbon WB-2026-0142', 'ontstekingspen'], back: 'work-orders', english: ['Work order WB-2026-0142', 'Planned', 'Progress'] },
  { tag: 'kp-quote-detail-view', path: '/quotes/quo_1', record: quote(), shows: ['Vervanging cv-ketel', '€ 2.553,10'], back: 'quotes', english: ['Quote OF-2026-031', 'Accept quote', '€2,553.10'] },
  { tag: 'kp-invoice-detail-view', path: '/invoices/inv_1', record: invoice(), shows: ['Factuur F-2026-0907', '€ 242,00'], back: 'invoices', english: ['Invoice F-2026-0907', 'Pay now', 'Due date'] },
  { tag: 'kp-object-detail-view', path: '/objects/obj_1', record: objectDetail(), shows: ['Cv-ketel zolder', 'RM-2291-77'], back: 'objects', english: ['Serial number', 'Request service for this installation', 'Service and repairs'] },
  { tag: 'kp-order-detail-view', path: '/orders/ord_1', record: order(), shows: ['Bestelling B-1001', 'Filterset WTW', '€ 55,95'], back: 'orders', english: ['Order B-1001', 'Ordered on', 'Total'] },
];

const threads = { 'GET /requests/:id/messages': () => page([]), 'GET /work-orders/:id/messages': () => page([]), 'GET /requests/:id/attachments/:attachment': () => new Response(new Blob(['x'], { type: 'image/jpeg' })) };

for (const detail of cases) {
  describe(`<${detail.tag}>`, () => {
    let api: MockApi;
    const route = `GET ${detail.path.replace(/\/[^/]+$/, '/:id')}`;
    const recordId = detail.path.split('/').at(-1)!;
    afterEach(async () => {
      api.restore();
      await setLocale('nl');
    });

    it('shows placeholders under its title while the record loads', async () => {
      api = mockApi({ ...threads, [route]: never });
      const view = await mountView<PortalView>(detail.tag, { recordId });
      expect((await find(view, '[part="pending"]')).getAttribute('aria-busy')).to.equal('true');
      expect(has(view, '[part="heading"]'), '[part="heading"]').to.equal(true);
    });

    it('shows the record, with a way back to its list', async () => {
      api = mockApi({ ...threads, [route]: () => detail.record });
      const view = await mountView<PortalView>(detail.tag, { recordId });
      await find(view, '[part="details"], [part="lines"]');
      expect(api.calls[0]!.path).to.equal(detail.path);
      for (const words of detail.shows) expect(text(view)).to.contain(words);
      let opened = '';
      view.addEventListener('kp-view-navigate', (event) => (opened = (event as CustomEvent).detail.view));
      view.shadowRoot!.querySelector<HTMLElement>('[part="back"]')!.click();
      expect(opened).to.equal(detail.back);
    });

    it("says so when the record does not exist or is someone else's", async () => {
      api = mockApi({ ...threads, [route]: () => errorResponse(404, 'not_found', 'Not found.') });
      const view = await mountView<PortalView>(detail.tag, { recordId });
      expect(text(await find(view, '[part="not-found"]'))).to.contain('niet (meer) te vinden');
      expect(has(view, '[part="retry"]'), '[part="retry"]').to.equal(false);
    });

    it('shows why loading failed, and loads again on retry', async () => {
      let fail = true;
      api = mockApi({ ...threads, [route]: () => (fail ? errorResponse(502, 'internal', 'Bad gateway') : detail.record) });
      const view = await mountView<PortalView>(detail.tag, { recordId });
      const error = await find(view, '[part="error"]');
      expect(text(error)).to.contain('Er ging aan onze kant iets mis');
      fail = false;
      error.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await find(view, '[part="details"], [part="lines"]');
    });

    it('renders English after a locale switch', async () => {
      api = mockApi({ ...threads, [route]: () => detail.record });
      await setLocale('en');
      const view = await mountView<PortalView>(detail.tag, { recordId, locale: 'en' });
      await find(view, '[part="details"], [part="lines"]');
      for (const words of detail.english) expect(text(view)).to.contain(words);
    });

    it('passes axe', async () => {
      api = mockApi({ ...threads, [route]: () => detail.record });
      const view = await mountView<PortalView>(detail.tag, { recordId });
      await find(view, '[part="details"], [part="lines"]');
      await new Promise((resolve) => setTimeout(resolve, 50));
      await expect(view).to.be.accessible();
    });
  });
}
