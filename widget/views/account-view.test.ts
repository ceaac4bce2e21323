import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { PortalClient, type PortalConfig, type PortalUser } from '../api/client.js';
import { config, contact, find, findAll, type, visibleText, waitFor, waitForText } from '../shell-fixtures.js';
import { errorResponse, mockApi, page, type MockApi } from '../test-support/mock-api.js';
import type { Colleague } from '../api/types.js';
import type { AccountView } from './account-view.js';
import './account-view.js';

let api: MockApi;
const calls = (method: string, path: string) => api.calls.filter((call) => call.method === method && call.path === path);

const colleague = (overrides: Partial<Colleague> = {}): Colleague => ({
  id: 'con_2',
  email: 'bert@example.nl',
  name: 'Bert Jansen',
  phone: null,
  role: 'member',
  status: 'active',
  locale: null,
  lastLoginAt: null,
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-01T09:00:00.000Z',
  ...overrides,
});

async function mount(user: PortalUser = contact(), features: Partial<PortalConfig['features']> = {}) {
  const view = await fixture<AccountView>(html`<kp-account-view
    .client=${new PortalClient('https://api.example', 'jansen')}
    .config=${config({ features })}
    .user=${user}
    .locale=${'nl'}
  ></kp-account-view>`);
  const events: { type: string; detail: unknown }[] = [];
  for (const type of ['kp-view-user', 'kp-view-locale', 'kp-view-logout']) {
    view.addEventListener(type, (event) => events.push({ type, detail: (event as CustomEvent).detail }));
  }
  return { view, events };
}

const submit = (view: Element, selector: string) => find<HTMLFormElement>(view, selector)!.requestSubmit();

afterEach(() => api?.restore());

describe('<kp-account-view>', () => {
  it('shows the account and saves a changed name and phone', async () => {
    api = mockApi({ 'PATCH /me': (call) => ({ ...contact(), ...(call.body as object) }) });
    const { view, events } = await mount();
    expect(visibleText(view)).to.contain('anna@example.nl');
    expect(visibleText(view)).to.contain('De Vries Vastgoed');
    expect(find<HTMLInputElement>(view, '#name')!.value).to.equal('Anna de Vries');
    type(find(view, '#name'), 'Anna Jansen-de Vries');
    type(find(view, '#phone'), '');
    submit(view, 'form');
    await waitForText(view, 'Uw gegevens zijn opgeslagen.');
    expect(calls('PATCH', '/me')[0]!.body).to.deep.equal({ name: 'Anna Jansen-de Vries', phone: null });
    expect(events).to.deep.equal([{ type: 'kp-view-user', detail: { user: { ...contact(), name: 'Anna Jansen-de Vries', phone: null } } }]);
  });

  it('refuses an empty name and a phone number that is none, before sending', async () => {
    api = mockApi();
    const { view } = await mount();
    type(find(view, '#name'), ' ');
    type(find(view, '#phone'), 'bel me');
    submit(view, 'form');
    await waitFor(view, '#name-error');
    expect(find(view, '#phone-error')!.textContent).to.contain('Vul een telefoonnummer in');
    expect(find(view, '#name')!.getAttribute('aria-describedby')).to.equal('name-error');
    expect(calls('PATCH', '/me')).to.have.length(0);
  });

  it('changes the password, and says so on the field when the current one is wrong', async () => {
    let attempt = 0;
    api = mockApi({
      'POST /me/password': () =>
        ++attempt === 1
          ? errorResponse(400, 'validation_failed', 'The current password is not correct.', [{ path: 'currentPassword', message: 'is not correct', reason: 'wrong_password' } as never])
          : new Response(null, { status: 204 }),
    });
    const { view } = await mount();
    const form = '[part~="change-password"]';
    type(find(view, '#currentPassword'), 'oud wachtwoord');
    type(find(view, '#newPassword'), 'een nieuwe lange zin');
    find<HTMLButtonElement>(view, form)!.click();
    const error = await waitFor(view, '#currentPassword-error');
    expect(error.textContent).to.contain('Dit is niet uw huidige wachtwoord.');
    await waitUntil(() => view.shadowRoot!.activeElement?.id === 'currentPassword', 'focus did not go to the wrong field');
    type(find(view, '#currentPassword'), 'het echte oude wachtwoord');
    find<HTMLButtonElement>(view, form)!.click();
    await waitForText(view, 'Uw wachtwoord is gewijzigd.');
    expect(calls('POST', '/me/password')[1]!.body).to.deep.equal({ currentPassword: 'het echte oude wachtwoord', newPassword: 'een nieuwe lange zin' });
    expect(find<HTMLInputElement>(view, '#newPassword')!.value).to.equal('');
  });

  it('shows a refused common password on the new-password field', async () => {
    api = mockApi({
      'POST /me/password': () =>
        errorResponse(400, 'validation_failed', 'Choose another password.', [{ path: 'newPassword', message: 'This password is one of the most used.', reason: 'too_common' } as never]),
    });
    const { view } = await mount();
    type(find(view, '#currentPassword'), 'oud wachtwoord');
    type(find(view, '#newPassword'), 'password123');
    find<HTMLButtonElement>(view, '[part~="change-password"]')!.click();
    const error = await waitFor(view, '#newPassword-error');
    expect(error.textContent).to.contain('een van de meest gebruikte wachtwoorden');
  });

  it('asks the shell to switch language at once, and saves the choice', async () => {
    api = mockApi({ 'PATCH /me': () => ({ ...contact(), locale: 'en' }) });
    const { view, events } = await mount();
    const select = find<HTMLSelectElement>(view, '#locale')!;
    select.value = 'en';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => events.length === 2);
    expect(events[0]).to.deep.equal({ type: 'kp-view-locale', detail: { locale: 'en' } });
    expect(calls('PATCH', '/me')[0]!.body).to.deep.equal({ locale: 'en' });
  });

  it('asks the shell to sign out', async () => {
    api = mockApi();
    const { view, events } = await mount();
    find<HTMLButtonElement>(view, '[part~="logout"]')!.click();
    expect(events).to.deep.equal([{ type: 'kp-view-logout', detail: null }]);
  });

  it('shows no colleagues to a customer who is no administrator', async () => {
    api = mockApi({ 'GET /contacts': () => page([colleague()]) });
    const { view } = await mount(contact({ role: 'member' }));
    expect(visibleText(view)).to.not.contain('Wie heeft toegang');
    expect(calls('GET', '/contacts')).to.have.length(0);
  });

  it('shows no colleagues when the portal has that part switched off', async () => {
    api = mockApi({ 'GET /contacts': () => page([colleague()]) });
    const { view } = await mount(contact({ role: 'admin' }), { contacts: false });
    expect(visibleText(view)).to.not.contain('Wie heeft toegang');
  });

  it('lets an administrator invite a colleague, and change a colleague’s role and access', async () => {
    const admin = contact({ role: 'admin' });
    api = mockApi({
      'GET /contacts': () => page([colleague({ id: admin.id, email: admin.email, name: admin.name, role: 'admin' }), colleague()]),
      'POST /contacts': (call) => ({ ...colleague({ id: 'con_3', status: 'invited' }), ...(call.body as object) }),
      'PATCH /contacts/:id': (call) => ({ ...colleague(), ...(call.body as object) }),
    });
    const { view } = await mount(admin);
    await waitForText(view, 'Bert Jansen');
    const rows = findAll(view.shadowRoot!, '[part~="colleague"]');
    expect(rows).to.have.length(2);
    expect(rows[0]!.querySelector('select, button'), 'no controls on your own row').to.equal(null);

    type(find(view, '#invite-name'), 'Carla de Boer');
    type(find(view, '#invite-email'), 'carla@example.nl');
    const role = find<HTMLSelectElement>(view, '#invite-role')!;
    role.value = 'admin';
    role.dispatchEvent(new Event('change'));
    submit(view, 'form.invite');
    await waitForText(view, 'Er is een uitnodiging gestuurd naar carla@example.nl.');
    expect(calls('POST', '/contacts')[0]!.body).to.deep.equal({ name: 'Carla de Boer', email: 'carla@example.nl', role: 'admin' });
    expect(visibleText(view)).to.contain('Carla de Boer');
    expect(visibleText(view)).to.contain('Uitgenodigd');

    const bertRole = find<HTMLSelectElement>(view, '#role-con_2')!;
    bertRole.value = 'admin';
    bertRole.dispatchEvent(new Event('change'));
    await waitForText(view, 'De wijziging voor Bert Jansen is opgeslagen.');
    expect(calls('PATCH', '/contacts/con_2')[0]!.body).to.deep.equal({ role: 'admin' });

    const bert = findAll(view.shadowRoot!, '[part~="colleague"]').find((row) => row.textContent!.includes('bert@example.nl'))!;
    const revoke = bert.querySelector<HTMLButtonElement>('button')!;
    expect(revoke.textContent).to.contain('Toegang intrekken');
    revoke.click();
    await waitUntil(() => calls('PATCH', '/contacts/con_2').length === 2);
    expect(calls('PATCH', '/contacts/con_2')[1]!.body).to.deep.equal({ status: 'disabled' });
  });

  it('says when a colleague already has an account', async () => {
    api = mockApi({
      'GET /contacts': () => page([]),
      'POST /contacts': () => errorResponse(409, 'conflict', 'A contact with this email address exists.'),
    });
    const { view } = await mount(contact({ role: 'admin' }));
    await waitForText(view, 'Alleen u heeft nog toegang');
    type(find(view, '#invite-name'), 'Carla de Boer');
    type(find(view, '#invite-email'), 'carla@example.nl');
    submit(view, 'form.invite');
    const error = await waitFor(view, '#invite-email-error');
    expect(error.textContent).to.contain('Er is al een account met dit e-mailadres.');
  });

  it('has nothing axe objects to, with colleagues and with errors', async () => {
    api = mockApi({ 'GET /contacts': () => page([colleague(), colleague({ id: 'con_4', name: 'Dirk', status: 'disabled' })]) });
    const { view } = await mount(contact({ role: 'admin' }));
    await waitForText(view, 'Dirk');
    await expect(view).to.be.accessible();
    type(find(view, '#name'), '');
    submit(view, 'form');
    await waitFor(view, '#name-error');
    find<HTMLButtonElement>(view, '[part~="change-password"]')!.click();
    await waitFor(view, '#newPassword-error');
    await expect(view).to.be.accessible();
  });
});
