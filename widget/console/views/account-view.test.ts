import { expect, waitUntil } from '@open-wc/testing';
import { find, type, visibleText, waitFor, waitForText } from '../../shell-fixtures.js';
import { errorResponse, jsonResponse, type MockApi } from '../../test-support/mock-api.js';
import { auth, consoleApi, mountConsoleView, unauthorized } from '../test-support/console-mock.js';
import * as fx from '../test-support/fixtures.js';
import type { ConsoleEvent } from '../events.js';
import './account-view.js';
import type { AccountView } from './account-view.js';

let api: MockApi;
afterEach(() => api.restore());

const writes = () => api.calls.filter((call) => call.method !== 'GET');
const mount = (session = fx.session()) => mountConsoleView<AccountView>('kp-console-account-view', { session });

function listen<K extends 'kp-console-session' | 'kp-console-signed-out' | 'kp-console-locale'>(view: Element, type: K) {
  const seen: ConsoleEvent<K>['detail'][] = [];
  view.addEventListener(type, (event) => seen.push((event as ConsoleEvent<K>).detail));
  return seen;
}

describe('<kp-console-account-view>', () => {
  it('shows the staff member’s email and role, and saves a new name', async () => {
    api = consoleApi({ [`PATCH ${auth}/me`]: () => fx.session({ staff: { ...fx.session().staff, name: 'Sanne de Planner' } }) });
    const { view } = await mount();
    const sessions = listen(view, 'kp-console-session');
    await waitForText(view, 'planning@vanderberg.example · Beheerder');
    type(find<HTMLInputElement>(view, '#name'), 'Sanne de Planner');
    find<HTMLFormElement>(view, 'form')!.requestSubmit();
    await waitForText(view, 'Uw naam is opgeslagen.');
    expect(writes()[0]!.body).to.deep.equal({ name: 'Sanne de Planner' });
    expect(sessions[0]!.session.staff.name).to.equal('Sanne de Planner');
  });

  it('chooses the language', async () => {
    api = consoleApi();
    const { view } = await mount();
    const locales = listen(view, 'kp-console-locale');
    (await waitFor<HTMLInputElement>(view, 'input[name="language"][value="en"]')).click();
    expect(locales).to.deep.equal([{ locale: 'en' }]);
  });

  it('changes the password: the current one checked by the server, beside its field', async () => {
    let wrong = true;
    api = consoleApi({
      [`POST ${auth}/me/password`]: () =>
        wrong
          ? jsonResponse({ error: { code: 'validation_failed', message: 'The current password is not correct.', details: [{ path: 'currentPassword', message: 'is not correct', reason: 'wrong_password' }] } }, 400)
          : new Response(null, { status: 204 }),
    });
    const { view } = await mount();
    const current = await waitFor<HTMLInputElement>(view, '#currentPassword');
    type(current, 'oud wachtwoord');
    type(find<HTMLInputElement>(view, '#newPassword'), 'kort');
    current.form!.requestSubmit();
    await waitForText(view, 'Gebruik minstens 8 tekens.');
    expect(writes()).to.deep.equal([]);
    type(find<HTMLInputElement>(view, '#newPassword'), 'een nieuw lang wachtwoord');
    current.form!.requestSubmit();
    await waitUntil(() => find(view, '#currentPassword')?.getAttribute('aria-invalid') === 'true', 'the wrong password is not marked');
    expect(find(view, '#currentPassword-error')!.textContent).to.equal('Dit is niet uw huidige wachtwoord.');
    wrong = false;
    current.form!.requestSubmit();
    await waitForText(view, 'Uw wachtwoord is gewijzigd.');
    expect(writes().at(-1)!.body).to.deep.equal({ currentPassword: 'oud wachtwoord', newPassword: 'een nieuw lang wachtwoord' });
    expect(writes().at(-1)!.headers.get('x-requested-with')).to.equal('klantportaal-console');
  });

  it('sends the staff member to sign in again when the new password ended this session too', async () => {
    api = consoleApi({ [`POST ${auth}/me/password`]: () => new Response(null, { status: 204 }), [`GET ${auth}/me`]: unauthorized });
    const { view } = await mount();
    const signedOut = listen(view, 'kp-console-signed-out');
    type(await waitFor<HTMLInputElement>(view, '#currentPassword'), 'oud wachtwoord');
    type(find<HTMLInputElement>(view, '#newPassword'), 'een nieuw lang wachtwoord');
    find<HTMLInputElement>(view, '#currentPassword')!.form!.requestSubmit();
    await waitUntil(() => signedOut.length === 1, 'not signed out');
    expect(signedOut[0]!.notice).to.equal('Uw wachtwoord is gewijzigd. Log in met uw nieuwe wachtwoord.');
  });

  it('turns two-step sign-in on, in place', async () => {
    api = consoleApi({
      [`POST ${auth}/totp/setup`]: () => fx.totpSetup,
      [`POST ${auth}/totp/confirm`]: () => ({ recoveryCodes: fx.recoveryCodes }),
      [`GET ${auth}/me`]: () => fx.session({ staff: { ...fx.session().staff, totpEnabled: true } }),
    });
    const { view } = await mount();
    const sessions = listen(view, 'kp-console-session');
    await waitForText(view, 'Staat uit.');
    (await waitFor(view, '[part="two-step-on"]')).click();
    const setup = await waitFor(view, 'kp-two-step-setup');
    type(await waitFor<HTMLInputElement>(setup, '#totp-code'), '123456');
    find<HTMLButtonElement>(setup, '[part="confirm"]')!.click();
    await waitFor(setup, '[part="recovery-codes"]');
    find<HTMLInputElement>(setup, 'input[type="checkbox"]')!.click();
    await (setup as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    find<HTMLButtonElement>(setup, '[part="finish"]')!.click();
    await waitUntil(() => sessions.length === 1, 'the session was not renewed');
    expect(sessions[0]!.session.staff.totpEnabled).to.equal(true);
  });

  it('turns two-step sign-in off with a code, and not where the business requires it', async () => {
    let wrong = true;
    api = consoleApi({
      [`POST ${auth}/totp/disable`]: () =>
        wrong ? errorResponse(400, 'validation_failed', 'The code is not correct.', [{ path: 'code', message: 'is not correct' }]) : new Response(null, { status: 204 }),
    });
    const on = fx.session({ staff: { ...fx.session().staff, totpEnabled: true } });
    const { view } = await mount(on);
    await waitForText(view, 'Staat aan.');
    (await waitFor(view, '[part="two-step-off"]')).click();
    type(await waitFor<HTMLInputElement>(view, '#code'), '000000');
    find<HTMLInputElement>(view, '#code')!.form!.requestSubmit();
    await waitForText(view, 'Deze code klopt niet.');
    wrong = false;
    type(find<HTMLInputElement>(view, '#code'), '123456');
    find<HTMLInputElement>(view, '#code')!.form!.requestSubmit();
    await waitUntil(() => writes().length === 2);
    expect(writes().map((call) => call.body)).to.deep.equal([{ code: '000000' }, { code: '123456' }]);
    const required = await mount(fx.session({ staff: on.staff, tenant: { ...on.tenant, requireTotp: true } }));
    await waitForText(required.view, 'Uw bedrijf vereist inloggen in twee stappen');
    expect(find(required.view, '[part="two-step-off"]')).to.equal(undefined);
  });

  it('passes axe', async () => {
    api = consoleApi();
    const { view } = await mount();
    await waitForText(view, 'Inloggen in twee stappen');
    await expect(view).to.be.accessible();
    expect(visibleText(view)).to.contain('Mijn account');
  });
});
