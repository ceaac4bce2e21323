import { expect, waitUntil } from '@open-wc/testing';
import { setLocale } from '../i18n/localization.js';
import { errorResponse, mockApi, never, type MockApi } from '../test-support/mock-api.js';
import './home-view.js';
import type { HomeView } from './home-view.js';
import { all, config, find, mountView, overview, text, workOrder } from './view-fixtures.js';

describe('<kp-home-view>', () => {
  let api: MockApi;
  afterEach(async () => {
    api.restore();
    await setLocale('nl');
  });

  it('greets the contact and shows placeholders while the overview loads', async () => {
    api = mockApi({ 'GET /overview': never });
    const view = await mountView<HomeView>('kp-home-view');
    await find(view, '[part="pending"]');
    expect(text(view.shadowRoot!.querySelector('[part="heading"]'))).to.equal('Welkom, Anna');
  });

  it('shows the next visit, what is open and the total of the open invoices', async () => {
    api = mockApi({ 'GET /overview': () => overview({ openInvoices: { count: 2, overdueCount: 1, totals: [{ currency: 'EUR', totalCents: 48400 }] } }) });
    const view = await mountView<HomeView>('kp-home-view');
    const visit = await find(view, '[part="next-visit"]');
    expect(text(visit)).to.contain('3 december 2026').and.contain('WB-2026-0142');
    const tiles = all(view, '[part="tile"]').map((tile) => text(tile));
    expect(tiles).to.have.length(4);
    expect(tiles[2]).to.contain('2').and.contain('1 te laat, samen € 484,00');
    expect(all(view, '[part="tile"]')[2]!.classList.contains('attention')).to.equal(true);
  });

  it('says what to do when no visit is planned', async () => {
    api = mockApi({ 'GET /overview': () => overview({ nextVisit: null }) });
    const view = await mountView<HomeView>('kp-home-view');
    expect(text(await find(view, '[part="next-visit"]'))).to.contain('Dien een aanvraag in');
  });

  it('leaves out what the portal does not show', async () => {
    api = mockApi({ 'GET /overview': () => overview({ openInvoices: null, openQuotes: null }) });
    const view = await mountView<HomeView>('kp-home-view', { config: { ...config, features: { ...config.features, invoices: false, quotes: false, orders: false } } });
    await find(view, '[part="tile"]');
    expect(all(view, '[part="tile"]').map((tile) => tile.getAttribute('href'))).to.deep.equal(['#kp/requests', '#kp/work-orders']);
    expect(text(view)).not.to.contain('Bestellingen');
  });

  it('opens the new request form from its shortcut', async () => {
    api = mockApi({ 'GET /overview': () => overview() });
    const view = await mountView<HomeView>('kp-home-view');
    let opened = '';
    view.addEventListener('kp-view-navigate', (event) => (opened = (event as CustomEvent).detail.view));
    (await find(view, '[part="shortcut"]')).click();
    expect(opened).to.equal('requests/new');
  });

  it('shows why the overview failed, and loads it on retry', async () => {
    let fail = true;
    api = mockApi({ 'GET /overview': () => (fail ? errorResponse(500, 'internal', 'Boom') : overview()) });
    const view = await mountView<HomeView>('kp-home-view');
    const error = await find(view, '[part="error"]');
    fail = false;
    error.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await find(view, '[part="next-visit"]');
  });

  it('says a visit is under way once its planned start has passed', async () => {
    const hour = 3_600_000;
    const visit = workOrder({ plannedStart: new Date(Date.now() - hour).toISOString(), plannedEnd: new Date(Date.now() + hour).toISOString() });
    api = mockApi({ 'GET /overview': () => overview({ nextVisit: visit }) });
    const view = await mountView<HomeView>('kp-home-view');
    expect(text(await find(view, '[part="next-visit"]'))).to.contain('Bezoek nu bezig').and.not.contain('Volgend bezoek');
  });

  it('asks again when the visit shown ends, and shows what comes next on a page left open', async () => {
    const hour = 3_600_000;
    const visit = workOrder({ plannedStart: new Date(Date.now() - hour).toISOString(), plannedEnd: new Date(Date.now() + 300).toISOString() });
    let asked = 0;
    api = mockApi({ 'GET /overview': () => overview({ nextVisit: ++asked === 1 ? visit : null }) });
    const view = await mountView<HomeView>('kp-home-view');
    expect(text(await find(view, '[part="next-visit"]'))).to.contain('Bezoek nu bezig');
    await waitUntil(() => text(view).includes('Er staat geen bezoek gepland'), 'the overview after the visit', { timeout: 5_000 });
    expect(asked).to.equal(2);
  });

  it('says the visit is under way once it starts, without the page being opened again', async () => {
    const hour = 3_600_000;
    const visit = workOrder({ plannedStart: new Date(Date.now() + 300).toISOString(), plannedEnd: new Date(Date.now() + hour).toISOString() });
    api = mockApi({ 'GET /overview': () => overview({ nextVisit: visit }) });
    const view = await mountView<HomeView>('kp-home-view');
    const card = await find(view, '[part="next-visit"]');
    expect(text(card)).to.contain('Volgend bezoek');
    await waitUntil(() => text(view.shadowRoot!.querySelector('[part="next-visit"]')).includes('Bezoek nu bezig'), 'the visit under way', { timeout: 5_000 });
  });

  it('does not call a visit under way once its planned end has passed', async () => {
    const hour = 3_600_000;
    const visit = workOrder({ plannedStart: new Date(Date.now() - 2 * hour).toISOString(), plannedEnd: new Date(Date.now() - hour).toISOString() });
    api = mockApi({ 'GET /overview': () => overview({ nextVisit: visit }) });
    const view = await mountView<HomeView>('kp-home-view');
    expect(text(await find(view, '[part="next-visit"]'))).to.not.contain('Bezoek nu bezig');
  });

  it('renders English and passes axe', async () => {
    // A visit that lies ahead whatever day the test runs.
    const visit = workOrder({ plannedStart: '2037-12-03T08:00:00.000Z', plannedEnd: '2037-12-03T10:00:00.000Z' });
    api = mockApi({ 'GET /overview': () => overview({ nextVisit: visit }) });
    await setLocale('en');
    const view = await mountView<HomeView>('kp-home-view', { locale: 'en' });
    await find(view, '[part="next-visit"]');
    expect(text(view)).to.contain('Welcome, Anna').and.contain('Next visit').and.contain('Thursday, 3 December 2037').and.contain('€242.00');
    await expect(view).to.be.accessible();
  });
});
