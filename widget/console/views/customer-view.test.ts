import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { find, findAll, type, visibleText, waitFor, waitForText } from '../../shell-fixtures.js';
import { errorResponse, jsonResponse, never, type MockApi } from '../../test-support/mock-api.js';
import { setLocale } from '../../i18n/localization.js';
import { useConsoleEnglish } from '../i18n/texts.js';
import { admin, consoleApi, mountConsoleView } from '../test-support/console-mock.js';
import * as cx from '../test-support/customers-fixtures.js';
import './customer-view.js';
import type { CustomerView } from './customer-view.js';

useConsoleEnglish();

/** Stands in for the real widget: it keeps what the console gave it. */
class FakePortal extends HTMLElement {
  previewToken: unknown = null;
}
if (!customElements.get('klant-portaal')) customElements.define('klant-portaal', FakePortal);

let api: MockApi;
afterEach(async () => {
  api.restore();
  await setLocale('nl');
});

const mount = (customerId = 'DEB-10045') => mountConsoleView<CustomerView>('kp-customer-view', { customerId });
const contactRows = (view: Element) => findAll<HTMLElement>(view.shadowRoot!, '[part~="contact"]');

describe('<kp-customer-view>', () => {
  it('shows placeholders while the customer loads', async () => {
    api = consoleApi({ [`GET ${admin}/customers/:id`]: never });
    const { view } = await mount();
    await waitUntil(() => find(view, '[part="pending"][aria-busy="true"]'), 'no placeholder');
  });

  it('says so when the customer does not exist, and offers a retry when loading failed', async () => {
    api = consoleApi({ [`GET ${admin}/customers/:id`]: () => errorResponse(404, 'not_found', 'No such customer') });
    const { view } = await mount('ONBEKEND');
    await waitForText(view, 'Klant niet gevonden');
    api.restore();
    let fail = true;
    api = consoleApi({ ...cx.customerRoutes(), [`GET ${admin}/customers/:id`]: () => (fail ? errorResponse(500, 'internal', 'Boom') : cx.customerDetail()) });
    const second = await mount();
    await waitForText(second.view, 'De klant kon niet worden geladen.');
    fail = false;
    find(second.view, '[part~="retry"]')!.click();
    await waitForText(second.view, 'Familie de Vries');
  });

  it('shows a back-office customer read-only with the reason, its contacts, addresses and records', async () => {
    api = consoleApi(cx.customerRoutes());
    const { view } = await mount('DEB%3A1');
    await waitUntil(() => contactRows(view).length === 2, 'the contacts never appeared');
    expect(api.calls.some((call) => call.path === `${admin}/customers/DEB%3A1`)).to.equal(true);
    const text = visibleText(view);
    expect(text).to.contain('Familie de Vries').and.contain('Uit backoffice').and.contain('Wijzig de gegevens daar');
    expect(text).to.contain('Duinweg 3, 1234 AB Bergen');
    expect(find(view, '[part~="edit"]')).to.equal(undefined);
    const [jan, anna] = contactRows(view);
    expect(visibleText(jan!)).to.contain('Actief').and.contain('Laatst ingelogd');
    expect(visibleText(anna!)).to.contain('Uitgenodigd').and.contain('Opnieuw uitnodigen');
    expect(find(anna!, '[part~="preview"]')).to.equal(undefined);
    await waitUntil(() => findAll(view.shadowRoot!, '[part~="record"]').length === 2, 'the records never appeared');
    const [workOrder, request] = findAll<HTMLAnchorElement>(view.shadowRoot!, '[part~="record"]');
    expect(workOrder!.getAttribute('href')).to.equal('#/customers/DEB-10045/work-orders/WO-1');
    expect(request!.getAttribute('href')).to.equal('#/requests/req_1');
    expect(findAll(view.shadowRoot!, '[part~="new-record"]')).to.have.length(0);
    const privacy = await waitFor<HTMLElement & { customer?: { externalId: string } }>(view, 'kp-customer-privacy');
    expect(privacy.customer?.externalId).to.equal('DEB-10045');
    await expect(view).to.be.accessible();
  });

  it('changes a console customer’s details, adds a work address, and offers a new record of every kind', async () => {
    const detail = cx.consoleCustomer();
    api = consoleApi({
      ...cx.customerRoutes(detail),
      [`PUT ${admin}/customers/:id`]: (call) => ({ ...detail, ...(call.body as object) }),
      [`PUT ${admin}/customers/:id/locations/:location`]: (call) => ({ ...(call.body as object), externalId: 'x', customerExternalId: detail.externalId, source: 'console', createdAt: detail.createdAt, updatedAt: detail.updatedAt }),
    });
    const { view } = await mount(detail.externalId);
    await waitFor(view, '[part~="edit"]');
    await waitUntil(() => findAll(view.shadowRoot!, '[part~="new-record"]').length === 6, 'no links for new records');
    expect(find(view, '[part~="new-record"]')!.getAttribute('href')).to.equal(`#/customers/${detail.externalId}/work-orders/new`);

    find(view, '[part~="edit"]')!.click();
    const name = await waitFor<HTMLInputElement>(view, 'kp-customer-form #customer-name');
    expect(name.value).to.equal('Bakkerij Jansen');
    expect(view.hasUnsavedChanges()).to.equal(false);
    type(name, 'Bakkerij Jansen & Zn');
    expect(view.hasUnsavedChanges()).to.equal(true);
    find<HTMLButtonElement>(view, 'kp-customer-form [part~="save-customer"]')!.click();
    await waitUntil(() => !find(view, 'kp-customer-form'), 'the form did not close');
    expect(visibleText(view)).to.contain('Bakkerij Jansen & Zn');
    expect(api.calls.find((call) => call.method === 'PUT')!.path).to.equal(`${admin}/customers/${detail.externalId}`);

    find(view, '[part~="add-address"]')!.click();
    const street = await waitFor<HTMLInputElement>(view, 'kp-customer-addresses #address-street');
    await waitUntil(() => find(view, 'kp-customer-addresses')!.shadowRoot!.activeElement === street);
    await sendKeys({ type: 'Molenweg' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '9' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '1234ab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Bergen' });
    await sendKeys({ press: 'Enter' });
    await waitForText(view, 'Molenweg 9, 1234AB Bergen');
    const put = api.calls.find((call) => call.path.includes('/locations/'))!;
    expect(put.path).to.match(/\/locations\/console-cu-/);
  });

  it('invites a contact and shows the link to copy; invites again, disables, enables and changes a role', async () => {
    const invited = cx.contact({ id: 'con_9', name: 'Nieuw', email: 'nieuw@devries.example', status: 'invited', lastLoginAt: null });
    const link = { url: 'https://vanderberg.example/portaal#kp-invite=abc', token: 'abc', expiresAt: '2026-12-09T08:00:00.000Z' };
    api = consoleApi({
      ...cx.customerRoutes(),
      [`POST ${admin}/customers/:id/contacts`]: () => jsonResponse({ contact: invited, invite: link }, 201),
      [`POST ${admin}/contacts/:id/invite`]: () => ({ contact: cx.contacts()[1], invite: { ...link, token: 'def', url: 'https://vanderberg.example/portaal#kp-invite=def' } }),
      [`PATCH ${admin}/contacts/:id`]: (call) => ({ ...cx.contact(), ...(call.body as object) }),
    });
    const { view } = await mount();
    await waitUntil(() => contactRows(view).length === 2);
    find(view, 'kp-customer-contacts [part~="invite"]')!.click();
    await waitFor(view, 'kp-customer-contacts #contact-name');
    find<HTMLButtonElement>(view, 'kp-customer-contacts [part~="send-invite"]')!.click();
    await waitForText(view, 'Vul uw e-mailadres in.');
    type(find<HTMLInputElement>(view, 'kp-customer-contacts #contact-name'), 'Nieuw');
    type(find<HTMLInputElement>(view, 'kp-customer-contacts #contact-email'), 'nieuw@devries.example');
    find<HTMLButtonElement>(view, 'kp-customer-contacts [part~="send-invite"]')!.click();
    await waitUntil(() => contactRows(view).length === 3, 'the invited contact was not added');
    expect(api.calls.find((call) => call.method === 'POST')!.body).to.deep.equal({ name: 'Nieuw', email: 'nieuw@devries.example', role: 'member', sendInvite: true });
    expect(find<HTMLInputElement>(view, 'kp-customer-contacts #invite-link')!.value).to.equal(link.url);
    await expect(view).to.be.accessible();

    find(contactRows(view)[2]!, '[part~="resend"]')!.click();
    await waitForText(view, 'De vorige link werkt niet meer.');
    expect(find<HTMLInputElement>(view, 'kp-customer-contacts #invite-link')!.value).to.contain('kp-invite=def');

    find(contactRows(view)[1]!, '[part~="disable"]')!.click();
    await waitForText(view, 'is uitgeschakeld');
    expect(api.calls.at(-1)!.body).to.deep.equal({ status: 'disabled' });
    const role = find<HTMLSelectElement>(contactRows(view)[1]!, 'select')!;
    role.value = 'member';
    role.dispatchEvent(new Event('change'));
    await waitUntil(() => (api.calls.at(-1)!.body as { role?: string }).role === 'member', 'the role was not changed');
  });

  it('opens the real portal as an active contact in a dialog, with the preview token, and returns focus on close', async () => {
    api = consoleApi({
      ...cx.customerRoutes(),
      [`POST ${admin}/preview-token`]: () => ({ accessToken: 'preview.jwt', expiresIn: 900, portal: 'vanderberg', contact: { id: 'con_1', name: 'Jan de Vries', email: 'jan@devries.example' } }),
    });
    const { view } = await mount();
    await waitUntil(() => contactRows(view).length === 2);
    const button = find<HTMLButtonElement>(contactRows(view)[0]!, '[part~="preview"]')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    const portal = await waitFor<FakePortal>(view, 'kp-customer-preview klant-portaal');
    expect(portal.previewToken).to.deep.equal({ accessToken: 'preview.jwt', expiresIn: 900 });
    expect(portal.getAttribute('portal')).to.equal('vanderberg');
    expect(api.calls.find((call) => call.path === `${admin}/preview-token`)!.body).to.deep.equal({ contactId: 'con_1' });
    expect(visibleText(find(view, 'kp-customer-preview')!)).to.contain('Het portaal zoals Jan de Vries het ziet').and.contain('Alleen bekijken');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !find(view, 'kp-customer-preview klant-portaal'), 'the dialog did not close');
    await waitUntil(() => find(view, 'kp-customer-contacts')!.shadowRoot!.activeElement === button, 'focus did not return');
  });

  it('asks before erasing a contact’s personal data; a wrong email cannot erase; the confirmed erase removes the row once', async () => {
    api = consoleApi({ ...cx.customerRoutes(), [`DELETE ${admin}/contacts/:id`]: () => new Response(null, { status: 204 }) });
    const { view } = await mount();
    const announced: string[] = [];
    view.addEventListener('kp-console-announce', (event) => announced.push((event as CustomEvent<{ message: string }>).detail.message));
    await waitUntil(() => contactRows(view).length === 2);
    const contacts = find<HTMLElement & { updateComplete: Promise<boolean> }>(view, 'kp-customer-contacts')!;
    const erase = find<HTMLButtonElement>(contactRows(view)[0]!, '[part~="erase"]')!;
    expect(visibleText(erase)).to.contain('Persoonsgegevens wissen…').and.contain('Jan de Vries');
    erase.click();
    const email = await waitFor<HTMLInputElement>(view, 'kp-customer-contacts #erase-email');
    await waitUntil(() => contacts.shadowRoot!.activeElement === email, 'the email field did not get focus');
    expect(erase.getAttribute('aria-expanded')).to.equal('true');
    const dialog = find(contactRows(view)[0]!, '[part~="erase-confirm"]')!;
    expect(visibleText(dialog))
      .to.contain('Persoonsgegevens van Jan de Vries wissen?')
      .and.contain('sessies, inloglinks en uitnodigingen')
      .and.contain('[gewist]')
      .and.contain('Wat blijft')
      .and.contain('jan@devries.example');
    const confirm = find<HTMLButtonElement>(dialog, '[data-confirm]')!;
    expect(confirm.disabled).to.equal(true);
    await expect(view).to.be.accessible();

    type(email, 'anna@devries.example');
    expect(confirm.disabled).to.equal(true);
    confirm.click();
    await sendKeys({ press: 'Enter' });
    await view.updateComplete;
    expect(api.calls.filter((call) => call.method === 'DELETE')).to.have.length(0);
    expect(contactRows(view)).to.have.length(2);

    type(email, ' JAN@devries.example ');
    await contacts.updateComplete;
    expect(confirm.disabled).to.equal(false);
    confirm.click();
    await waitUntil(() => contactRows(view).length === 1, 'the row was not removed');
    const deletes = api.calls.filter((call) => call.method === 'DELETE');
    expect(deletes.map((call) => call.path)).to.deep.equal([`${admin}/contacts/con_1?confirm=con_1`]);
    expect(visibleText(contactRows(view)[0]!)).to.contain('Anna de Vries');
    expect(announced).to.deep.equal(['Jan de Vries is gewist.']);
    await waitUntil(() => view.shadowRoot!.activeElement === find(view, '#contacts-title'), 'focus did not move to the panel heading');
  });

  it('keeps the contact and says why in the confirmation when erasing fails; works by keyboard, Escape closes and returns focus', async () => {
    let answer: () => Response | Promise<Response> = () => errorResponse(404, 'not_found', 'No such contact');
    api = consoleApi({ ...cx.customerRoutes(), [`DELETE ${admin}/contacts/:id`]: () => answer() });
    const { view } = await mount();
    await waitUntil(() => contactRows(view).length === 2);
    const contacts = find<HTMLElement & { updateComplete: Promise<boolean> }>(view, 'kp-customer-contacts')!;
    const erase = find<HTMLButtonElement>(contactRows(view)[1]!, '[part~="erase"]')!;
    erase.focus();
    await sendKeys({ press: 'Enter' });
    const email = await waitFor<HTMLInputElement>(view, 'kp-customer-contacts #erase-email');
    await waitUntil(() => contacts.shadowRoot!.activeElement === email, 'the email field did not get focus');
    await sendKeys({ type: 'anna@devries.example' });
    await sendKeys({ press: 'Enter' });
    await waitForText(contacts, 'Dit bestaat niet (meer)');
    expect(find(contacts, '[part~="erase-confirm"] [role="alert"]')).not.to.equal(undefined);
    expect(contactRows(view)).to.have.length(2);

    answer = () => Promise.reject(new TypeError('Failed to fetch'));
    await sendKeys({ press: 'Enter' });
    await waitForText(contacts, 'Geen verbinding met de server');
    expect(api.calls.filter((call) => call.method === 'DELETE')).to.have.length(2);
    expect(contactRows(view)).to.have.length(2);
    await expect(view).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !find(contacts, '[part~="erase-confirm"]'), 'the confirmation did not close');
    await waitUntil(() => contacts.shadowRoot!.activeElement === erase, 'focus did not return to the button');
    expect(erase.getAttribute('aria-expanded')).to.equal('false');
    expect(contactRows(view)).to.have.length(2);
  });
});
