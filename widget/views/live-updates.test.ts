// Lists and the overview on screen follow the live updates: they load again in place, without the loading state.
import { expect, waitUntil } from '@open-wc/testing';
import { mockApi, page, type MockApi, type RecordedCall } from '../test-support/mock-api.js';
import { FakeEventStream, signedInClient } from '../test-support/live-stream.js';
import './home-view.js';
import './invoices-view.js';
import type { HomeView } from './home-view.js';
import type { PortalView } from './portal-view.js';
import { all, find, has, invoice, mountView, overview, text } from './view-fixtures.js';

const many = (count: number, from = 1) => Array.from({ length: count }, (_, index) => invoice({ id: `inv_${from + index}`, number: `F-${from + index}`, dueDate: '2999-01-01' }));

describe('live updates of the lists and the overview', () => {
  let api: MockApi;
  let stream: FakeEventStream;
  afterEach(() => api.restore());

  /** Mounts the invoices list answering `first()` for its first page, listening to the stream. */
  async function invoicesOnScreen(first: () => unknown, more: () => unknown = () => page([])) {
    stream = new FakeEventStream();
    api = mockApi({ 'GET /invoices': (call: RecordedCall) => (call.path.includes('cursor=') ? more() : first()), 'GET /events': stream.handler });
    const view = await mountView<PortalView>('kp-invoices-view');
    const announced: string[] = [];
    view.addEventListener('kp-view-announce', (event) => announced.push((event as CustomEvent<{ message: string }>).detail.message));
    await find(view, '[part="record-link"]');
    await signedInClient(api, view.client);
    await waitUntil(() => stream.open, 'the list listens to the live updates');
    // The stream that opens has the list load once more, for what changed before it.
    await waitUntil(() => firstPageLoads() === 2, 'loaded again when the stream opened');
    return { view, announced };
  }

  const firstPageLoads = () => api.calls.filter((call) => call.path.startsWith('/invoices') && !call.path.includes('cursor=')).length;
  const rows = (view: PortalView) => all(view, '[part="record-title"]').map((row) => text(row));

  it('shows a new invoice without the customer doing anything, keeping the rows while it loads, and says so', async () => {
    let shown = [invoice({ dueDate: '2999-01-01' })];
    const { view, announced } = await invoicesOnScreen(() => page(shown));
    const firstRow = view.shadowRoot!.querySelector('[part="list"] > li');
    shown = [invoice({ id: 'inv_9', number: 'F-9', dueDate: '2999-01-01' }), ...shown];
    stream.send({ type: 'invoice.updated', data: { invoice: { id: 'inv_9' } } });
    await waitUntil(() => rows(view).length === 2, 'the new invoice appears');
    expect(rows(view)).to.deep.equal(['Factuur F-9', 'Factuur F-2026-0907']);
    expect(view.shadowRoot!.querySelector('[part="list"] > li:nth-child(2)'), 'the old row stays in place').to.equal(firstRow);
    expect(has(view, '[part="pending"]')).to.equal(false);
    expect(announced).to.deep.equal(['Facturen: 1 nieuw']);
    await expect(view).to.be.accessible();
  });

  it('does nothing on an event of another kind', async () => {
    const { view } = await invoicesOnScreen(() => page([invoice({ dueDate: '2999-01-01' })]));
    stream.send({ type: 'quote.updated', data: { quote: { id: 'quo_1' } } });
    stream.send({ type: 'work_order.updated', data: { workOrder: { id: 'wo_1', status: 'planned' } } });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(firstPageLoads()).to.equal(2);
    expect(rows(view)).to.have.length(1);
  });

  it('keeps the pages the customer loaded and offers to refresh instead', async () => {
    const { view, announced } = await invoicesOnScreen(
      () => page(many(20), 'next'),
      () => page(many(5, 21)),
    );
    (await find(view, '[part="load-more"]')).click();
    await waitUntil(() => rows(view).length === 25, 'the second page is in');
    stream.send({ type: 'invoice.updated', data: { invoice: { id: 'inv_3' } } });
    const refresh = await find(view, '[part="refresh"]');
    expect(text(refresh)).to.equal('Nieuwe gegevens — vernieuwen');
    expect(firstPageLoads(), 'nothing loaded over the customer’s pages').to.equal(2);
    expect(rows(view)).to.have.length(25);
    expect(announced).to.deep.equal(['Nieuwe gegevens — vernieuwen']);
    await expect(view).to.be.accessible();
    refresh.click();
    await waitUntil(() => rows(view).length === 20, 'back to the first page');
    expect(has(view, '[part="refresh"]')).to.equal(false);
    await waitUntil(() => view.shadowRoot!.activeElement?.getAttribute('part') === 'heading', 'focus on the heading');
  });

  it('updates the overview in place when a record changes', async () => {
    stream = new FakeEventStream();
    let open = 1;
    api = mockApi({ 'GET /overview': () => overview({ openInvoices: { count: open, overdueCount: 0, totals: [{ currency: 'EUR', totalCents: 10000 * open }] } }), 'GET /events': stream.handler });
    const view = await mountView<HomeView>('kp-home-view');
    await find(view, '[part="tile"]');
    await signedInClient(api, view.client);
    await waitUntil(() => stream.open);
    const loads = () => api.calls.filter((call) => call.path === '/overview').length;
    await waitUntil(() => loads() === 2, 'loaded again when the stream opened');
    open = 2;
    stream.send({ type: 'invoice.updated', data: { invoice: { id: 'inv_2' } } });
    await waitUntil(() => text(all(view, '[part="tile"]')[2]).includes('Samen € 200,00'), 'the new total shows');
    expect(has(view, '[part="pending"]')).to.equal(false);
    stream.send({ type: 'message.created', data: { message: {} as never } });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(loads()).to.equal(3);
  });
});
