import { expect, waitUntil } from '@open-wc/testing';
import { find, findAll, visibleText, waitForText } from '../../shell-fixtures.js';
import { errorResponse, never, type MockApi } from '../../test-support/mock-api.js';
import { setLocale } from '../../i18n/localization.js';
import '../i18n/texts.js';
import { useConsoleEnglish } from '../i18n/texts.js';
import { admin, consoleApi, mountConsoleView } from '../test-support/console-mock.js';
import * as fx from '../test-support/fixtures.js';
import './inbox-view.js';
import type { InboxView } from './inbox-view.js';

useConsoleEnglish();

let api: MockApi;
afterEach(async () => {
  api.restore();
  await setLocale('nl');
});

const listCalls = () => api.calls.filter((call) => call.method === 'GET' && call.path.startsWith(`${admin}/requests?`));
const rows = (view: Element) => findAll(view.shadowRoot!, '[part~="request"]');
const select = (view: Element, id: string, value: string) => {
  const element = find<HTMLSelectElement>(view, `#${id}`)!;
  element.value = value;
  element.dispatchEvent(new Event('change'));
};

describe('<kp-inbox-view>', () => {
  it('shows placeholders while the inbox loads', async () => {
    api = consoleApi({ [`GET ${admin}/requests`]: never });
    const { view } = await mountConsoleView<InboxView>('kp-inbox-view');
    await waitUntil(() => find(view, '[part="pending"][aria-busy="true"]'), 'no placeholder');
    expect(visibleText(view)).to.contain('Bezig met laden');
  });

  it('lists the open requests of every portal, guests included, new ones marked, each a link to the request', async () => {
    api = consoleApi();
    const { view } = await mountConsoleView<InboxView>('kp-inbox-view');
    await waitUntil(() => rows(view).length === 4, 'the requests never appeared');
    expect(listCalls()[0]!.path).to.equal(`${admin}/requests?limit=25&status=submitted%2Cin_review`);
    const [first, guest, other] = rows(view) as HTMLAnchorElement[];
    expect(first!.getAttribute('href')).to.equal('#/requests/req_1');
    expect(visibleText(first!)).to.contain('Nieuw').and.contain('Storing of reparatie').and.contain('KP-7F3K2Q').and.contain('Jan de Vries');
    expect(visibleText(guest!)).to.contain('Gast').and.contain('Petra Bakker');
    // A request in review was never new here.
    expect(visibleText(other!)).not.to.contain('Nieuw');
    expect(visibleText(other!)).to.contain('Via Van der Berg Zakelijk');
  });

  it('marks a request changed since it was opened here as unread', async () => {
    api = consoleApi();
    const mounted = await mountConsoleView<InboxView>('kp-inbox-view', { seen: undefined });
    mounted.seen.markSeen({ id: 'req_2', updatedAt: '2026-12-01T08:00:00.000Z' });
    mounted.seen.markSeen({ id: 'req_1', updatedAt: '2026-12-01T08:15:00.000Z' });
    mounted.view.seen = mounted.seen;
    await waitUntil(() => rows(mounted.view).length === 4);
    mounted.view.requestUpdate();
    await mounted.view.updateComplete;
    const [first, , changed] = rows(mounted.view);
    expect(visibleText(first!)).not.to.contain('Nieuw');
    expect(visibleText(changed!)).to.contain('Ongelezen');
  });

  it('asks the server for the filter and the search, and tells when nothing matches', async () => {
    api = consoleApi({ [`GET ${admin}/requests`]: (call) => ({ items: call.path.includes('q=') ? [] : fx.inbox(), nextCursor: null }) });
    const { view } = await mountConsoleView<InboxView>('kp-inbox-view');
    await waitUntil(() => rows(view).length === 4);
    select(view, 'status', 'all');
    await waitUntil(() => listCalls().at(-1)!.path === `${admin}/requests?limit=25`, 'all statuses not asked for');
    select(view, 'portal', 'zakelijk');
    select(view, 'work-type', 'maintenance');
    select(view, 'source', 'guest');
    await waitUntil(() => listCalls().at(-1)!.path === `${admin}/requests?limit=25&portal=zakelijk&workType=maintenance&source=guest`, 'the filters were not asked for');
    const search = find<HTMLInputElement>(view, '#q')!;
    search.value = 'KP-7F';
    search.dispatchEvent(new Event('input'));
    find<HTMLFormElement>(view, 'form[role="search"]')!.requestSubmit();
    await waitUntil(() => listCalls().at(-1)!.path.endsWith('&q=KP-7F'), 'the search was not asked for');
    await waitForText(view, 'Geen aanvragen die bij deze zoekopdracht of filters passen.');
    find(view, '[part="empty-action"]')!.click();
    await waitUntil(() => listCalls().at(-1)!.path === `${admin}/requests?limit=25&status=submitted%2Cin_review`, 'the filters were not cleared');
    expect(find<HTMLInputElement>(view, '#q')!.value).to.equal('');
  });

  it('says when there is nothing to do', async () => {
    api = consoleApi({ [`GET ${admin}/requests`]: () => ({ items: [], nextCursor: null }) });
    const { view } = await mountConsoleView<InboxView>('kp-inbox-view');
    await waitForText(view, 'Geen open aanvragen. Nieuwe aanvragen verschijnen hier vanzelf.');
  });

  it('says what went wrong, and loads again on retry', async () => {
    let fail = true;
    api = consoleApi({ [`GET ${admin}/requests`]: () => (fail ? errorResponse(500, 'internal', 'Boom') : { items: fx.inbox(), nextCursor: null }) });
    const { view } = await mountConsoleView<InboxView>('kp-inbox-view');
    await waitForText(view, 'De inbox kon niet worden geladen.');
    expect(find(view, '[part="error"]')!.getAttribute('role')).to.equal('alert');
    fail = false;
    find(view, '[part="retry"]')!.click();
    await waitUntil(() => rows(view).length === 4, 'retry did not load');
  });

  it('loads the next page with its cursor, keeping the filter', async () => {
    api = consoleApi({
      [`GET ${admin}/requests`]: (call) =>
        call.path.includes('cursor=') ? { items: [fx.request({ id: 'req_old', reference: 'KP-OLD111', createdAt: '2026-11-01T10:00:00.000Z' })], nextCursor: null } : { items: fx.inbox(), nextCursor: 'c2' },
    });
    const { view } = await mountConsoleView<InboxView>('kp-inbox-view');
    await waitUntil(() => rows(view).length === 4);
    find(view, '[part="load-more"]')!.click();
    await waitUntil(() => rows(view).length === 5, 'the next page never came');
    expect(listCalls().at(-1)!.path).to.equal(`${admin}/requests?limit=25&status=submitted%2Cin_review&cursor=c2`);
    expect(find(view, '[part="load-more"]')).to.equal(undefined);
    await waitForText(view, '1 meer geladen');
  });

  it('lists the visit requests alone when asked, and reads that page again when a request changes', async () => {
    let booked = fx.inbox().slice(0, 1);
    api = consoleApi({ [`GET ${admin}/requests`]: (call) => ({ items: call.path.includes('booking=requested') ? booked : fx.inbox(), nextCursor: null }) });
    const { view, events } = await mountConsoleView<InboxView>('kp-inbox-view');
    await waitUntil(() => rows(view).length === 4);
    select(view, 'booking', 'requested');
    await waitUntil(() => listCalls().at(-1)!.path === `${admin}/requests?limit=25&status=submitted%2Cin_review&booking=requested`, 'the booking filter was not asked for');
    await waitUntil(() => rows(view).length === 1, 'the visit requests were not listed alone');
    expect(visibleText(find(view, '.filters-toggle')!)).to.contain('Filters (1 aan)');
    booked = [];
    events.open();
    events.send('message', { id: 'evt_2', type: 'request.updated', createdAt: '2026-12-01T10:00:00.000Z', data: { request: fx.request({ id: fx.inbox()[0]!.id }) } });
    await waitUntil(() => rows(view).length === 0, 'a request whose visit was answered stayed in the filter');
    expect(listCalls().some((call) => call.path.includes('updatedSince='))).to.equal(false);
    select(view, 'booking', '');
    await waitUntil(() => rows(view).length === 4, 'the filter was not taken off');
  });

  it('puts a request that arrives meanwhile on top, announced, and drops one that left the filter', async () => {
    let changed = [] as ReturnType<typeof fx.inbox>;
    api = consoleApi({ [`GET ${admin}/requests`]: (call) => (call.path.includes('updatedSince=') ? { items: changed, nextCursor: null } : { items: fx.inbox(), nextCursor: null }) });
    const { view, events } = await mountConsoleView<InboxView>('kp-inbox-view');
    const said: string[] = [];
    view.addEventListener('kp-console-announce', (event) => said.push((event as CustomEvent<{ message: string }>).detail.message));
    await waitUntil(() => rows(view).length === 4);
    changed = [
      fx.request({ id: 'req_new', reference: 'KP-NEW123', createdAt: '2026-12-01T10:00:00.000Z', updatedAt: '2026-12-01T10:00:00.000Z' }),
      fx.request({ id: 'req_3', reference: 'KP-3HD8PA', status: 'accepted', createdAt: '2026-11-29T10:20:00.000Z', updatedAt: '2026-12-01T10:01:00.000Z' }),
    ];
    events.open();
    events.send('message', { id: 'evt_1', type: 'request.created', createdAt: '2026-12-01T10:00:00.000Z', data: { request: fx.request({ id: 'req_new' }) } });
    await waitUntil(() => visibleText(rows(view)[0]!).includes('KP-NEW123'), 'the new request is not on top');
    const since = listCalls().find((call) => call.path.includes('updatedSince='))!.path;
    expect(decodeURIComponent(since)).to.contain('updatedSince=2026-12-01T09:30:00.000Z');
    expect(visibleText(view)).not.to.contain('KP-3HD8PA');
    expect(rows(view)).to.have.length(4);
    expect(said).to.deep.equal(['Nieuwe aanvraag KP-NEW123 in de inbox.']);
  });

  it('passes axe, in Dutch and in English', async () => {
    api = consoleApi();
    const { view } = await mountConsoleView<InboxView>('kp-inbox-view');
    await waitUntil(() => rows(view).length === 4);
    await expect(view).to.be.accessible();
    await setLocale('en');
    view.locale = 'en';
    await waitForText(view, 'Search by reference or name');
    expect(visibleText(view)).to.contain('Fault or repair').and.contain('Submitted');
    await expect(view).to.be.accessible();
  });

  it('fits a phone: the filters fold under one button, the search stays', async () => {
    api = consoleApi();
    const { view } = await mountConsoleView<InboxView>('kp-inbox-view', {}, 390);
    await waitUntil(() => rows(view).length === 4);
    const toggle = find(view, '.filters-toggle')!;
    expect(find(view, '#status')!.offsetParent).to.equal(null);
    expect(find(view, '#q')!.offsetParent).not.to.equal(null);
    toggle.click();
    await view.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(find(view, '#status')!.offsetParent).not.to.equal(null);
    expect(view.scrollWidth).to.be.at.most(390);
  });
});
