import { expect, waitUntil } from '@open-wc/testing';
import { errorResponse, mockApi, page, type MockApi } from '../test-support/mock-api.js';
import './requests-view.js';
import type { RequestsView } from './requests-view.js';
import { all, find, has, mountView, serviceRequest, text } from './view-fixtures.js';

describe('<kp-requests-view>', () => {
  let api: MockApi;
  afterEach(() => api.restore());

  it('opens a request from its row', async () => {
    api = mockApi({ 'GET /requests': () => page([serviceRequest()]) });
    const view = await mountView<RequestsView>('kp-requests-view');
    const row = await find(view, '[part="record-link"]');
    expect(text(row)).to.contain('Storing of reparatie').and.contain('KP-7F3K2Q');
    let opened = '';
    view.addEventListener('kp-view-navigate', (event) => (opened = (event as CustomEvent).detail.view));
    row.click();
    expect(opened).to.equal('requests/req_1');
  });

  it('switches between open, closed and all requests', async () => {
    api = mockApi({ 'GET /requests': (call) => page(call.path.includes('closed') ? [serviceRequest({ status: 'accepted' })] : []) });
    const view = await mountView<RequestsView>('kp-requests-view');
    await find(view, '[part="empty"]');
    all(view, '[part="filter"]')[1]!.click();
    await find(view, '[part="record-link"]');
    expect(api.calls.at(-1)!.path).to.equal('/requests?limit=20&status=closed');
    expect(all(view, '[part="filter"]').map((button) => button.getAttribute('aria-pressed'))).to.deep.equal(['false', 'true', 'false']);
    all(view, '[part="filter"]')[2]!.click();
    await find(view, '[part="empty"]');
    expect(api.calls.at(-1)!.path).to.equal('/requests?limit=20');
  });

  it('offers the form from the empty list and from the header', async () => {
    api = mockApi({ 'GET /requests': () => page([]) });
    const view = await mountView<RequestsView>('kp-requests-view');
    const opened: string[] = [];
    view.addEventListener('kp-view-navigate', (event) => opened.push((event as CustomEvent).detail.view));
    (await find(view, '[part="empty-action"]')).click();
    (await find(view, '[part="new-request"]')).click();
    expect(opened).to.deep.equal(['requests/new', 'requests/new']);
  });

  it('keeps keyboard focus in the list when the last page arrives', async () => {
    api = mockApi({
      'GET /requests': (call) => (call.path.includes('cursor=') ? page([serviceRequest({ id: 'req_3', reference: 'KP-3' })]) : page([serviceRequest()], 'c2')),
    });
    const view = await mountView<RequestsView>('kp-requests-view');
    const more = await find(view, '[part="load-more"]');
    more.focus();
    more.click();
    await find(view, '[part="list-item"]:nth-child(2)');
    await view.updateComplete;
    const focused = view.shadowRoot!.activeElement;
    expect(focused?.closest('[part="list-item"]') === all(view, '[part="list-item"]')[1], 'focus on the new row').to.equal(true);
    expect(text(view)).to.contain('1 meer geladen');
  });

  it('forgets a failed "load more" when the customer switches to another filter', async () => {
    api = mockApi({ 'GET /requests': (call) => (call.path.includes('cursor=') ? errorResponse(503, 'internal', 'Down') : page([serviceRequest()], 'c2')) });
    const view = await mountView<RequestsView>('kp-requests-view');
    (await find(view, '[part="load-more"]')).click();
    await find(view, '[part="more-error"]');
    all(view, '[part="filter"]')[1]!.click();
    await waitUntil(() => api.calls.some((call) => call.path.includes('status=closed')), 'the closed requests are asked for');
    await find(view, '[part="list"]');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(has(view, '[part="more-error"]'), '[part="more-error"]').to.equal(false);
    expect(has(view, '[part="load-more"]'), '[part="load-more"]').to.equal(true);
  });
});
