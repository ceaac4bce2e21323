// The states every list view shows: placeholders, rows, the empty message, the error with retry, more pages, axe, English.
import { expect } from '@open-wc/testing';
import { setLocale } from '../i18n/localization.js';
import { errorResponse, mockApi, never, page, type MockApi } from '../test-support/mock-api.js';
import './documents-view.js';
import './invoices-view.js';
import './objects-view.js';
import './orders-view.js';
import './quotes-view.js';
import './requests-view.js';
import './work-orders-view.js';
import type { PortalView } from './portal-view.js';
import { all, boiler, document_, find, has, invoice, mountView, order, quote, serviceRequest, text, workOrder } from './view-fixtures.js';

interface ListCase {
  tag: string;
  collection: string;
  /** The path of the first page as the view asks for it. */
  firstPage: string;
  items: { id: string }[];
  /** Text that shows the first item was drawn. */
  shows: string;
  emptyText: string;
  english: string[];
}

const cases: ListCase[] = [
  {
    tag: 'kp-requests-view',
    collection: 'requests',
    firstPage: '/requests?limit=20&status=open',
    items: [serviceRequest(), serviceRequest({ id: 'req_2', reference: 'KP-2', status: 'in_review' })],
    shows: 'KP-7F3K2Q',
    emptyText: 'Meld een storing of vraag onderhoud aan.',
    english: ['Requests', 'Fault or repair', 'Submitted'],
  },
  {
    tag: 'kp-work-orders-view',
    collection: 'work-orders',
    firstPage: '/work-orders?limit=20&status=open,planned,in_progress',
    items: [workOrder(), workOrder({ id: 'wo_2', number: 'WB-2', status: 'in_progress', statusLabel: 'Monteur onderweg' })],
    shows: 'WB-2026-0142',
    emptyText: 'geen werk voor u gepland',
    english: ['Work orders', 'Planned', 'Current'],
  },
  {
    tag: 'kp-quotes-view',
    collection: 'quotes',
    firstPage: '/quotes?limit=20',
    items: [quote(), quote({ id: 'quo_2', number: 'OF-2', status: 'accepted' })],
    shows: 'Vervanging cv-ketel',
    emptyText: 'Nog geen offertes.',
    english: ['Quotes', 'Awaiting your reply', 'valid until'],
  },
  {
    tag: 'kp-invoices-view',
    collection: 'invoices',
    firstPage: '/invoices?limit=20&status=open,overdue',
    items: [invoice({ dueDate: '2999-01-01' }), invoice({ id: 'inv_2', number: 'F-2', status: 'overdue' })],
    shows: 'F-2026-0907',
    emptyText: 'Alles is betaald.',
    english: ['Invoices', 'To pay', 'Overdue'],
  },
  {
    tag: 'kp-objects-view',
    collection: 'objects',
    firstPage: '/objects?limit=20',
    items: [boiler, { ...boiler, id: 'obj_2', name: 'Warmtepomp' }],
    shows: 'Cv-ketel zolder',
    emptyText: 'Nog geen installaties bekend.',
    english: ['Installations', 'Next service'],
  },
  {
    tag: 'kp-documents-view',
    collection: 'documents',
    firstPage: '/documents?limit=20',
    items: [document_(), document_({ id: 'doc_2', title: 'Onderhoudsrapport', objectId: null, workOrderId: 'wo_1' })],
    shows: 'Garantiebewijs Remeha',
    emptyText: 'Nog geen documenten.',
    english: ['Documents', 'Download'],
  },
  {
    tag: 'kp-orders-view',
    collection: 'orders',
    firstPage: '/orders?limit=20',
    items: [order(), order({ id: 'ord_2', number: 'B-1002', status: 'delivered' })],
    shows: 'B-1001',
    emptyText: 'Nog geen bestellingen.',
    english: ['Orders', 'Shipped', 'ordered on'],
  },
];

for (const list of cases) {
  describe(`<${list.tag}>`, () => {
    let api: MockApi;
    const route = `GET /${list.collection}`;
    afterEach(async () => {
      api.restore();
      await setLocale('nl');
    });

    it('shows placeholders while the list loads, announced as loading', async () => {
      api = mockApi({ [route]: never });
      const view = await mountView<PortalView>(list.tag);
      const pending = await find(view, '[part="pending"]');
      expect(pending.getAttribute('role')).to.equal('status');
      expect(all(view, '.skeleton').length).to.be.greaterThan(2);
    });

    it('lists the first page', async () => {
      api = mockApi({ [route]: () => page(list.items) });
      const view = await mountView<PortalView>(list.tag);
      await find(view, '[part="list"]');
      expect(api.calls[0]!.path).to.equal(list.firstPage);
      expect(all(view, '[part="list-item"]')).to.have.length(2);
      expect(text(view)).to.contain(list.shows);
    });

    it('says what to do when the list is empty', async () => {
      api = mockApi({ [route]: () => page([]) });
      const view = await mountView<PortalView>(list.tag);
      expect(text(await find(view, '[part="empty"]'))).to.contain(list.emptyText);
    });

    it("shows the server's message when loading fails, and loads again on retry", async () => {
      let fail = true;
      api = mockApi({ [route]: () => (fail ? errorResponse(500, 'internal', 'Something broke.') : page(list.items)) });
      const view = await mountView<PortalView>(list.tag);
      const error = await find(view, '[part="error"]');
      expect(error.getAttribute('role')).to.equal('alert');
      expect(text(error)).to.contain('Er ging aan onze kant iets mis');
      fail = false;
      error.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await find(view, '[part="list"]');
      expect(api.calls).to.have.length(2);
    });

    it('loads the next page on demand and appends it', async () => {
      const [first, second] = list.items;
      api = mockApi({ [route]: (call) => (call.path.includes('cursor=') ? page([second]) : page([first], 'next page')) });
      const view = await mountView<PortalView>(list.tag);
      (await find(view, '[part="load-more"]')).click();
      await find(view, '[part="list-item"]:nth-child(2)');
      expect(api.calls[1]!.path).to.equal(`${list.firstPage}&cursor=next%20page`);
      expect(all(view, '[part="list-item"]')).to.have.length(2);
      expect(has(view, '[part="load-more"]'), 'no more pages, no button').to.equal(false);
    });

    it('keeps the list and offers the button again when loading more fails', async () => {
      let fail = true;
      api = mockApi({ [route]: (call) => (!call.path.includes('cursor=') ? page([list.items[0]], 'c2') : fail ? errorResponse(503, 'internal', 'Down.') : page([list.items[1]])) });
      const view = await mountView<PortalView>(list.tag);
      (await find(view, '[part="load-more"]')).click();
      await find(view, '[part="more-error"]');
      expect(all(view, '[part="list-item"]')).to.have.length(1);
      fail = false;
      (await find(view, '[part="load-more"]')).click();
      await find(view, '[part="list-item"]:nth-child(2)');
    });

    it('renders English after a locale switch', async () => {
      api = mockApi({ [route]: () => page(list.items) });
      await setLocale('en');
      const view = await mountView<PortalView>(list.tag, { locale: 'en' });
      await find(view, '[part="list"]');
      const everything = [text(view), ...all(view, 'kp-status-badge, kp-download-button').map((element) => text(element))].join(' ');
      for (const words of list.english) expect(everything).to.contain(words);
    });

    it('passes axe with rows, and when empty', async () => {
      api = mockApi({ [route]: () => page(list.items, 'more') });
      const view = await mountView<PortalView>(list.tag);
      await find(view, '[part="list"]');
      await expect(view).to.be.accessible();
      api.on(route, () => page([]));
      const empty = await mountView<PortalView>(list.tag);
      await find(empty, '[part="empty"]');
      await expect(empty).to.be.accessible();
    });
  });
}
