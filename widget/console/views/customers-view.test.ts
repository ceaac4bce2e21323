import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { find, findAll, type, visibleText, waitFor, waitForText } from '../../shell-fixtures.js';
import { errorResponse, never, type MockApi } from '../../test-support/mock-api.js';
import { setLocale } from '../../i18n/localization.js';
import { useConsoleEnglish } from '../i18n/texts.js';
import { admin, consoleApi, mountConsoleView } from '../test-support/console-mock.js';
import * as cx from '../test-support/customers-fixtures.js';
import './customers-view.js';
import type { CustomersView } from './customers-view.js';

useConsoleEnglish();

let api: MockApi;
afterEach(async () => {
  api.restore();
  await setLocale('nl');
});

const listCalls = () => api.calls.filter((call) => call.method === 'GET' && call.path.startsWith(`${admin}/customers?`));
const rows = (view: Element) => findAll<HTMLAnchorElement>(view.shadowRoot!, '[part~="customer"]');

describe('<kp-customers-view>', () => {
  it('shows placeholders while the customers load', async () => {
    api = consoleApi({ [`GET ${admin}/customers`]: never });
    const { view } = await mountConsoleView<CustomersView>('kp-customers-view');
    await waitUntil(() => find(view, '[part="pending"][aria-busy="true"]'), 'no placeholder');
    expect(visibleText(view)).to.contain('Bezig met laden');
  });

  it('lists the customers with debtor number, town, who keeps them and their contacts, each a link', async () => {
    api = consoleApi({ [`GET ${admin}/customers`]: () => ({ items: cx.customers(), nextCursor: null }) });
    const { view } = await mountConsoleView<CustomersView>('kp-customers-view');
    await waitUntil(() => rows(view).length === 3, 'the customers never appeared');
    const [first, second, third] = rows(view);
    expect(first!.getAttribute('href')).to.equal('#/customers/DEB-10045');
    expect(visibleText(first!)).to.contain('Familie de Vries').and.contain('Debiteur 10045').and.contain('Amsterdam').and.contain('Uit backoffice').and.contain('2 contactpersonen');
    expect(visibleText(second!)).to.contain('In console').and.contain('1 contactpersoon');
    expect(visibleText(third!)).to.contain('0 contactpersonen');
    await expect(view).to.be.accessible();
  });

  it('searches as the staff member types, after a pause, and offers to clear a search that finds nothing', async () => {
    api = consoleApi({ [`GET ${admin}/customers`]: (call) => ({ items: call.path.includes('q=') ? [] : cx.customers(), nextCursor: null }) });
    const { view } = await mountConsoleView<CustomersView>('kp-customers-view');
    await waitUntil(() => rows(view).length === 3);
    const search = find<HTMLInputElement>(view, '#q')!;
    type(search, '1015');
    type(search, '1015 cj');
    await waitUntil(() => listCalls().at(-1)!.path.endsWith('q=1015+cj'), 'the search was not asked for');
    expect(listCalls().filter((call) => call.path.includes('q=')).length).to.equal(1);
    await waitForText(view, 'Geen klanten gevonden voor “1015 cj”.');
    await expect(view).to.be.accessible();
    find(view, '[part="empty-action"]')!.click();
    await waitUntil(() => rows(view).length === 3, 'the full list did not come back');
  });

  it('loads the next page on request', async () => {
    api = consoleApi({
      [`GET ${admin}/customers`]: (call) =>
        call.path.includes('cursor=') ? { items: [cx.customer({ externalId: 'DEB-OLD', name: 'Oude Klant' })], nextCursor: null } : { items: cx.customers(), nextCursor: 'c1' },
    });
    const { view } = await mountConsoleView<CustomersView>('kp-customers-view');
    await waitUntil(() => rows(view).length === 3);
    find(view, '[part="load-more"]')!.click();
    await waitUntil(() => rows(view).length === 4, 'the next page never came');
    expect(listCalls().at(-1)!.path).to.contain('cursor=c1');
    expect(find(view, '[part="load-more"]')).to.equal(undefined);
  });

  it('tells a business without customers how to begin: one customer, or an import', async () => {
    api = consoleApi({ [`GET ${admin}/customers`]: () => ({ items: [], nextCursor: null }) });
    const { view } = await mountConsoleView<CustomersView>('kp-customers-view');
    await waitForText(view, 'Nog geen klanten.');
    expect(find(view, '[part="start-import"]')!.getAttribute('href')).to.equal('#/customers/import');
    await expect(view).to.be.accessible();
  });

  it('shows an error with a way to try again', async () => {
    let fail = true;
    api = consoleApi({ [`GET ${admin}/customers`]: () => (fail ? errorResponse(500, 'internal', 'Boom') : { items: cx.customers(), nextCursor: null }) });
    const { view } = await mountConsoleView<CustomersView>('kp-customers-view');
    await waitForText(view, 'Dit kon niet worden geladen.');
    fail = false;
    find(view, '[part~="retry"]')!.click();
    await waitUntil(() => rows(view).length === 3, 'retry did not load');
  });

  it('creates a console customer with a console id from the keyboard, and opens it', async () => {
    api = consoleApi({
      [`GET ${admin}/customers`]: () => ({ items: cx.customers(), nextCursor: null }),
      [`PUT ${admin}/customers/:id`]: (call) => cx.consoleCustomer({ externalId: decodeURIComponent(call.path.split('/').pop()!), name: 'Nieuwe Klant BV' }),
    });
    const { view } = await mountConsoleView<CustomersView>('kp-customers-view');
    const paths: string[] = [];
    view.addEventListener('kp-console-navigate', (event) => paths.push((event as CustomEvent<{ path: string }>).detail.path));
    await waitUntil(() => rows(view).length === 3);
    find(view, '[part="new-customer"]')!.click();
    const name = await waitFor<HTMLInputElement>(view, 'kp-customer-form #customer-name');
    await waitUntil(() => find(view, 'kp-customer-form')!.shadowRoot!.activeElement === name, 'focus did not move to the name');
    await expect(view).to.be.accessible();

    find<HTMLButtonElement>(view, 'kp-customer-form [part~="save-customer"]')!.click();
    await waitForText(view, 'Dit veld is verplicht.');
    await sendKeys({ type: 'Nieuwe Klant BV' });
    const street = find<HTMLInputElement>(view, 'kp-customer-form #customer-street')!;
    street.focus();
    await sendKeys({ type: 'Laan' });
    await sendKeys({ press: 'Enter' });
    await waitForText(view, 'Vul het hele adres in');
    type(find<HTMLInputElement>(view, 'kp-customer-form #customer-street'), '');
    find<HTMLButtonElement>(view, 'kp-customer-form [part~="save-customer"]')!.click();
    await waitUntil(() => paths.length === 1, 'the new customer was not opened');
    const put = api.calls.find((call) => call.method === 'PUT')!;
    expect(put.path).to.match(/^\/api\/v1\/admin\/customers\/console-cu-\d{8}-[a-z0-9]+$/);
    expect(put.body).to.deep.equal({ name: 'Nieuwe Klant BV', debtorNumber: null, email: null, phone: null, address: null });
    expect(paths[0]).to.match(/^customers\/console-cu-/);
  });
});
