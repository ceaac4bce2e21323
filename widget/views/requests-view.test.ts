import { expect } from '@open-wc/testing';
import { setLocale } from '../i18n/localization.js';
import { errorResponse, mockApi, never, page, type MockApi } from '../test-support/mock-api.js';
import './requests-view.js';
import type { RequestsView } from './requests-view.js';
import { all, find, mountView, serviceRequest, text } from './view-fixtures.js';

describe('<kp-requests-view>', () => {
  let api: MockApi;
  afterEach(async () => {
    api.restore();
    await setLocale('nl');
  });

  it('shows placeholders while the requests load', async () => {
    api = mockApi({ 'GET /requests': never });
    const view = await mountView<RequestsView>('kp-requests-view');
    const pending = await find(view, '[part="pending"]');
    expect(pending.getAttribute('aria-busy')).to.equal('true');
    expect(all(view, '.skeleton').length).to.be.greaterThan(2);
  });

  it('lists the open requests with work type, reference and status, and opens one', async () => {
    api = mockApi({ 'GET /requests': () => page([serviceRequest(), serviceRequest({ id: 'req_2', reference: 'KP-2', status: 'in_review', workType: 'maintenance' })]) });
    const view = await mountView<RequestsView>('kp-requests-view');
    await find(view, '[part="record-link"]');
    expect(api.calls[0]!.path).to.equal('/requests?limit=20&status=open');
    const rows = all(view, '[part="record-link"]');
    expect(rows).to.have.length(2);
    expect(text(rows[0])).to.contain('Storing of reparatie').and.contain('KP-7F3K2Q');
    expect(rows[1]!.querySelector('kp-status-badge')!.shadowRoot!.textContent).to.contain('In behandeling');
    let opened = '';
    view.addEventListener('kp-view-navigate', (event) => (opened = (event as CustomEvent).detail.view));
    rows[0]!.click();
    expect(opened).to.equal('requests/req_1');
  });

  it('filters on closed requests', async () => {
    api = mockApi({ 'GET /requests': (call) => page(call.path.includes('closed') ? [serviceRequest({ status: 'accepted' })] : []) });
    const view = await mountView<RequestsView>('kp-requests-view');
    await find(view, '[part="empty"]');
    all(view, '[part="filter"]')[1]!.click();
    await find(view, '[part="record-link"]');
    expect(api.calls.at(-1)!.path).to.equal('/requests?limit=20&status=closed');
    expect(all(view, '[part="filter"]')[1]!.getAttribute('aria-pressed')).to.equal('true');
  });

  it('says what to do when there are no requests, with a button to the form', async () => {
    api = mockApi({ 'GET /requests': () => page([]) });
    const view = await mountView<RequestsView>('kp-requests-view');
    const empty = await find(view, '[part="empty"]');
    expect(text(empty)).to.contain('Meld een storing of vraag onderhoud aan.');
    let opened = '';
    view.addEventListener('kp-view-navigate', (event) => (opened = (event as CustomEvent).detail.view));
    empty.querySelector('button')!.click();
    expect(opened).to.equal('requests/new');
  });

  it("shows the server's message when loading fails, and loads again on retry", async () => {
    let fail = true;
    api = mockApi({ 'GET /requests': () => (fail ? errorResponse(403, 'forbidden', 'Deze lijst is niet beschikbaar.') : page([serviceRequest()])) });
    const view = await mountView<RequestsView>('kp-requests-view');
    const error = await find(view, '[part="error"]');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.contain('Deze lijst is niet beschikbaar.');
    fail = false;
    error.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await find(view, '[part="record-link"]');
  });

  it('loads the next page on demand and appends it', async () => {
    api = mockApi({
      'GET /requests': (call) =>
        call.path.includes('cursor=c2')
          ? page([serviceRequest({ id: 'req_3', reference: 'KP-3' })])
          : page([serviceRequest(), serviceRequest({ id: 'req_2', reference: 'KP-2' })], 'c2'),
    });
    const view = await mountView<RequestsView>('kp-requests-view');
    const more = await find(view, '[part="load-more"]');
    more.click();
    await find(view, '[part="list-item"]:nth-child(3)');
    expect(api.calls.at(-1)!.path).to.equal('/requests?limit=20&status=open&cursor=c2');
    expect(all(view, '[part="record-title"]').map((title) => title.textContent)).to.have.length(3);
    expect(view.shadowRoot!.querySelector('[part="load-more"]')).to.equal(null);
    // The button went away: focus stays in the list, on the first new row.
    const focused = view.shadowRoot!.activeElement;
    expect(focused?.closest('[part="list-item"]') === all(view, '[part="list-item"]')[2], 'focus on the third row').to.equal(true);
  });

  it('speaks English after a locale switch', async () => {
    api = mockApi({ 'GET /requests': () => page([serviceRequest()]) });
    await setLocale('en');
    const view = await mountView<RequestsView>('kp-requests-view', { locale: 'en' });
    await find(view, '[part="record-link"]');
    expect(text(view)).to.contain('Requests').and.contain('Fault or repair').and.contain('New request');
    expect(view.shadowRoot!.querySelector('kp-status-badge')!.shadowRoot!.textContent).to.contain('Submitted');
  });

  it('passes axe with data and when empty', async () => {
    api = mockApi({ 'GET /requests': () => page([serviceRequest()], 'next') });
    const view = await mountView<RequestsView>('kp-requests-view');
    await find(view, '[part="record-link"]');
    await expect(view).to.be.accessible();
    api.on('GET /requests', () => page([]));
    all(view, '[part="filter"]')[2]!.click();
    await find(view, '[part="empty"]');
    await expect(view).to.be.accessible();
  });
});
