import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './kp-console.js';
import { setLocale } from '../i18n/localization.js';
import { deepActiveElement, find, findAll, type, visibleText, waitFor, waitForText } from '../shell-fixtures.js';
import { errorResponse, never, type MockApi } from '../test-support/mock-api.js';
import type { ConsoleElement } from './console-element.js';
import { admin, auth, consoleApi, FakeEventSource, unauthorized } from './test-support/console-mock.js';
import * as fx from './test-support/fixtures.js';

let api: MockApi;
const realEventSource = window.EventSource;
const pageLanguage = document.documentElement.lang;
const mounted: HTMLElement[] = [];

function mountConsole(): ConsoleElement {
  const element = document.createElement('kp-console');
  document.body.append(element);
  mounted.push(element);
  return element;
}

beforeEach(() => {
  window.EventSource = FakeEventSource as unknown as typeof EventSource;
  localStorage.clear();
  // The test browser speaks English; these tests read the console in Dutch, as chosen on an earlier visit.
  localStorage.setItem('kp-console.locale', 'nl');
  // The inbox, named in the address: an admin's console would open on the dashboard (see the home tests below).
  history.replaceState(null, '', '#/inbox');
});

afterEach(async () => {
  for (const element of mounted.splice(0)) element.remove();
  api.restore();
  window.EventSource = realEventSource;
  history.replaceState(null, '', location.pathname + location.search);
  document.documentElement.lang = pageLanguage;
  await setLocale('nl');
});

const calls = (method: string, path: string) => api.calls.filter((call) => call.method === method && call.path === path);
const signInHeading = (el: Element) => find(el, 'kp-staff-sign-in h1')?.textContent?.trim();

async function signIn(el: Element, email = 'planning@vanderberg.example', password = 'demo-wachtwoord') {
  type(await waitFor<HTMLInputElement>(el, 'kp-staff-sign-in #email'), email);
  type(find<HTMLInputElement>(el, 'kp-staff-sign-in #password'), password);
  find<HTMLButtonElement>(el, 'kp-staff-sign-in [part~="submit"]')!.click();
}

describe('<kp-console>', () => {
  describe('starting', () => {
    it('shows a placeholder while it asks who is signed in, then the sign-in form', async () => {
      let answer: () => Response | Promise<Response> = never;
      api = consoleApi({ [`GET ${auth}/me`]: () => answer() }, null);
      const el = mountConsole();
      await waitFor(el, '[aria-busy="true"]');
      expect(visibleText(el)).to.contain('Console laden');
      answer = unauthorized;
      el.remove();
      const again = mountConsole();
      await waitFor(again, 'kp-staff-sign-in #email');
      expect(document.title).to.equal('Klantportaal console');
      const views = performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/console/views/'));
      expect(views.map((entry) => entry.name)).to.deep.equal([]);
    });

    it('says so when the server cannot be reached, and starts on retry', async () => {
      let fail = true;
      api = consoleApi({ [`GET ${auth}/me`]: () => (fail ? errorResponse(503, 'internal', 'Down') : fx.session()) });
      const el = mountConsole();
      await waitForText(el, 'De console kon niet worden geladen.');
      fail = false;
      find(el, '[part="retry"]')!.click();
      await waitForText(el, 'Van der Berg Installatietechniek');
    });

    it('opens the inbox of a signed-in staff member, with the business, navigation and the new count in the tab', async () => {
      api = consoleApi();
      const el = mountConsole();
      await waitFor(el, 'kp-inbox-view [part~="request"]');
      expect(find(el, '.business')!.textContent).to.equal('Van der Berg Installatietechniek');
      const nav = findAll(el.shadowRoot!, '[part="nav-item"]').filter((item) => item.getAttribute('href') === '#/inbox');
      expect(findAll(el.shadowRoot!, '[part="nav-item"]').map((item) => item.getAttribute('href'))).to.deep.equal(['#/dashboard', '#/inbox', '#/bookings', '#/customers', '#/settings', '#/staff', '#/developers']);
      expect(find(nav[0]!, '[aria-hidden="true"]')!.textContent).to.equal('2');
      expect(find(nav[0]!, '.visually-hidden')!.textContent).to.equal('2 nieuw');
      expect(nav[0]!.getAttribute('aria-current')).to.equal('page');
      await waitUntil(() => document.title === '(2) Inbox · Van der Berg Installatietechniek', `title is ${document.title}`);
      expect(calls('GET', `${admin}/requests?status=submitted,in_review&limit=100`)).to.have.length(1);
      expect(FakeEventSource.instances.at(-1)!.url).to.equal('/api/v1/admin/events');
    });

    it('counts the bookings waiting for an answer beside Afspraken, and counts again on a live event', async () => {
      let waiting = [{ id: 'bkg_1' }, { id: 'bkg_2' }];
      api = consoleApi({ [`GET ${admin}/bookings`]: () => ({ items: waiting, nextCursor: null }) });
      const el = mountConsole();
      await waitFor(el, 'kp-inbox-view [part~="request"]');
      const bookings = () => findAll(el.shadowRoot!, '[part="nav-item"]').find((item) => item.getAttribute('href') === '#/bookings')!;
      await waitUntil(() => find(bookings(), '.count'), 'no count beside Afspraken');
      expect(find(bookings(), '.visually-hidden')!.textContent).to.equal('2 wachten op antwoord');
      expect(api.calls.find((call) => call.path.startsWith(`${admin}/bookings`))!.path).to.contain('status=requested');
      waiting = [];
      const stream = FakeEventSource.instances.at(-1)!;
      stream.open();
      stream.send('request.updated', { id: 'evt_1', type: 'request.updated', createdAt: '2026-12-02T08:00:00.000Z', data: { request: { id: 'req_1' } } });
      await waitUntil(() => !find(bookings(), '.count'), 'the count stays');
    });

    it('opens on the dashboard for an admin and in the inbox for role staff when the address names no view', async () => {
      history.replaceState(null, '', location.pathname + location.search);
      api = consoleApi();
      const el = mountConsole();
      await waitFor(el, 'kp-dashboard-view');
      expect(location.hash).to.equal('#/dashboard');
      el.remove();
      api.restore();
      history.replaceState(null, '', location.pathname + location.search);
      const staff = fx.session();
      api = consoleApi({ [`GET ${auth}/me`]: () => ({ ...staff, staff: { ...staff.staff, role: 'staff' } }) });
      const other = mountConsole();
      await waitFor(other, 'kp-inbox-view');
      expect(location.hash).to.equal('#/inbox');
    });

    it('brings the current section into sight in the navigation that scrolls sideways on a phone', async () => {
      history.replaceState(null, '', '#/developers');
      api = consoleApi({ [`GET ${admin}/api-keys`]: () => ({ items: [], nextCursor: null }) });
      const el = document.createElement('kp-console');
      el.style.cssText = 'display: block; width: 390px';
      document.body.append(el);
      mounted.push(el);
      await waitUntil(() => find(el, '[part="nav-item"][aria-current="page"]')?.getAttribute('href') === '#/developers', 'developers is not current');
      const nav = find(el, '.nav')!;
      const current = find(el, '[part="nav-item"][aria-current="page"]')!;
      expect(nav.scrollWidth, 'the navigation is wider than the phone').to.be.greaterThan(nav.clientWidth);
      await waitUntil(() => nav.scrollLeft > 0, 'the navigation did not scroll');
      const bar = nav.getBoundingClientRect();
      const item = current.getBoundingClientRect();
      expect(item.left).to.be.at.least(bar.left - 1);
      expect(item.right).to.be.at.most(bar.right + 1);
    });

    it('opens the view the address names, and follows Back', async () => {
      api = consoleApi();
      history.replaceState(null, '', '#/requests/req_1');
      const el = mountConsole();
      await waitForText(el, 'Aanvraag KP-7F3K2Q');
      await waitUntil(() => document.title.startsWith('(1) Aanvraag'), `title is ${document.title}`);
      find<HTMLAnchorElement>(el, 'kp-request-view [part="back"]')!.click();
      await waitFor(el, 'kp-inbox-view');
      expect(location.hash).to.equal('#/inbox');
      await waitUntil(() => deepActiveElement()?.tagName === 'H1' && deepActiveElement()?.textContent === 'Inbox', 'focus is not on the inbox heading');
      find<HTMLAnchorElement>(el, 'kp-inbox-view [part~="request"]')!.click();
      await waitUntil(() => deepActiveElement()?.tagName === 'H1' && deepActiveElement()?.textContent === 'Storing of reparatie', 'focus is not on the request heading');
      history.back();
      await waitFor(el, 'kp-inbox-view');
      history.back();
      await waitFor(el, 'kp-request-view');
    });
  });

  describe('signing in', () => {
    it('with a password: the inbox opens, focus on its heading, and the person is announced', async () => {
      api = consoleApi({ [`POST ${auth}/login`]: () => fx.session() }, null);
      const el = mountConsole();
      await signIn(el);
      await waitFor(el, 'kp-inbox-view');
      const login = calls('POST', `${auth}/login`)[0]!;
      expect(login.body).to.deep.equal({ email: 'planning@vanderberg.example', password: 'demo-wachtwoord' });
      expect(login.headers.get('x-requested-with')).to.equal('klantportaal-console');
      await waitUntil(() => deepActiveElement()?.textContent === 'Inbox' && deepActiveElement()?.tagName === 'H1', 'focus is not on the heading');
      await waitUntil(() => find(el, '[part="announcer"]')?.textContent === 'U bent ingelogd als Sanne Planning.');
    });

    it('says when email and password do not match, and keeps the email', async () => {
      api = consoleApi({ [`POST ${auth}/login`]: () => errorResponse(401, 'unauthorized', 'The email address or password is not correct.') }, null);
      const el = mountConsole();
      await signIn(el);
      await waitForText(el, 'Dit e-mailadres en wachtwoord horen niet bij elkaar.');
      expect(find<HTMLInputElement>(el, 'kp-staff-sign-in #email')!.value).to.equal('planning@vanderberg.example');
      expect(find<HTMLInputElement>(el, 'kp-staff-sign-in #password')!.value).to.equal('');
    });

    it('asks for the code of two-step sign-in: a wrong one is refused, a right one lets in', async () => {
      let right = false;
      api = consoleApi(
        {
          [`POST ${auth}/login`]: () => ({ mfaRequired: true, challenge: 'challenge-aaaaaaaaaaaaaaaaaaaa' }),
          [`POST ${auth}/mfa`]: () =>
            right ? fx.session() : errorResponse(400, 'validation_failed', 'The code is not correct.', [{ path: 'code', message: 'is not correct' }]),
        },
        null,
      );
      const el = mountConsole();
      await signIn(el);
      await waitUntil(() => signInHeading(el) === 'Code uit uw app', 'no code screen');
      const code = find<HTMLInputElement>(el, 'kp-staff-sign-in #code')!;
      expect(code.autocomplete).to.equal('one-time-code');
      expect(code.inputMode).to.equal('numeric');
      type(code, '12345');
      find<HTMLButtonElement>(el, 'kp-staff-sign-in [part~="submit"]')!.click();
      await waitForText(el, 'De code bestaat uit 6 cijfers.');
      expect(calls('POST', `${auth}/mfa`)).to.have.length(0);
      type(code, '123 456');
      find<HTMLButtonElement>(el, 'kp-staff-sign-in [part~="submit"]')!.click();
      await waitForText(el, 'Deze code klopt niet of is verlopen.');
      right = true;
      type(find<HTMLInputElement>(el, 'kp-staff-sign-in #code'), '654321');
      find<HTMLButtonElement>(el, 'kp-staff-sign-in [part~="submit"]')!.click();
      await waitFor(el, 'kp-inbox-view');
      expect(calls('POST', `${auth}/mfa`).map((call) => call.body)).to.deep.equal([
        { challenge: 'challenge-aaaaaaaaaaaaaaaaaaaa', code: '123456' },
        { challenge: 'challenge-aaaaaaaaaaaaaaaaaaaa', code: '654321' },
      ]);
    });

    it('takes a recovery code instead of the app’s', async () => {
      api = consoleApi({ [`POST ${auth}/login`]: () => ({ mfaRequired: true, challenge: 'challenge-bbbbbbbbbbbbbbbbbbbb' }), [`POST ${auth}/mfa`]: () => fx.session() }, null);
      const el = mountConsole();
      await signIn(el);
      (await waitFor(el, 'kp-staff-sign-in [part="switch-code"]')).click();
      await waitUntil(() => signInHeading(el) === 'Herstelcode gebruiken');
      type(find<HTMLInputElement>(el, 'kp-staff-sign-in #code'), ' k7p2-9xq4 ');
      find<HTMLButtonElement>(el, 'kp-staff-sign-in [part~="submit"]')!.click();
      await waitFor(el, 'kp-inbox-view');
      expect(calls('POST', `${auth}/mfa`)[0]!.body).to.deep.equal({ challenge: 'challenge-bbbbbbbbbbbbbbbbbbbb', code: 'k7p2-9xq4' });
    });

    it('lets someone who is staff of several businesses choose one', async () => {
      api = consoleApi(
        {
          [`POST ${auth}/login`]: (call) =>
            (call.body as { tenantId?: string }).tenantId
              ? fx.session()
              : { tenantChoiceRequired: true, tenants: [{ id: 'ten_1', name: 'Van der Berg Installatietechniek' }, { id: 'ten_2', name: 'Klimaat & Co' }] },
        },
        null,
      );
      const el = mountConsole();
      await signIn(el);
      await waitUntil(() => signInHeading(el) === 'Kies een bedrijf');
      const businesses = findAll(find(el, 'kp-staff-sign-in')!.shadowRoot!, '[part="business"]');
      expect(businesses.map((button) => button.textContent)).to.deep.equal(['Van der Berg Installatietechniek', 'Klimaat & Co']);
      businesses[0]!.click();
      await waitFor(el, 'kp-inbox-view');
      expect(calls('POST', `${auth}/login`)[1]!.body).to.deep.equal({ email: 'planning@vanderberg.example', password: 'demo-wachtwoord', tenantId: 'ten_1' });
    });

    it('mails a link for a forgotten password', async () => {
      api = consoleApi({ [`POST ${auth}/password-reset`]: () => new Response(null, { status: 202 }) }, null);
      const el = mountConsole();
      (await waitFor(el, 'kp-staff-sign-in [part="forgot"]')).click();
      type(await waitFor<HTMLInputElement>(el, 'kp-staff-sign-in #email'), 'planning@vanderberg.example');
      find<HTMLButtonElement>(el, 'kp-staff-sign-in [part~="submit"]')!.click();
      await waitForText(el, 'Kijk in uw mail');
      expect(calls('POST', `${auth}/password-reset`)[0]!.body).to.deep.equal({ email: 'planning@vanderberg.example' });
    });

    it('takes an invite link from the address bar at once, and accepts it only on the button', async () => {
      api = consoleApi({ [`POST ${auth}/invite/accept`]: () => fx.session() }, null);
      history.replaceState(null, '', '#kp-staff-invite=invite-token-1234567890abcdef');
      const el = mountConsole();
      expect(location.hash).to.equal('');
      await waitUntil(() => signInHeading(el) === 'Welkom bij de console', 'no invite screen');
      expect(api.calls.filter((call) => call.method === 'POST')).to.deep.equal([]);
      type(find<HTMLInputElement>(el, 'kp-staff-sign-in #name'), 'Sanne Planning');
      type(find<HTMLInputElement>(el, 'kp-staff-sign-in #password'), 'kort');
      find<HTMLButtonElement>(el, 'kp-staff-sign-in [part~="submit"]')!.click();
      await waitForText(el, 'Gebruik minstens 8 tekens.');
      type(find<HTMLInputElement>(el, 'kp-staff-sign-in #password'), 'een lang wachtwoord');
      find<HTMLButtonElement>(el, 'kp-staff-sign-in [part~="submit"]')!.click();
      await waitFor(el, 'kp-dashboard-view');
      expect(calls('POST', `${auth}/invite/accept`)[0]!.body).to.deep.equal({ token: 'invite-token-1234567890abcdef', password: 'een lang wachtwoord', name: 'Sanne Planning' });
    });

    it('sets a new password from a reset link, or says the link no longer works', async () => {
      let used = false;
      api = consoleApi(
        {
          [`POST ${auth}/password-reset/confirm`]: () =>
            used
              ? errorResponse(400, 'validation_failed', 'The link has expired.', [{ path: 'token', message: 'has expired' }])
              : new Response(null, { status: 204 }),
        },
        null,
      );
      history.replaceState(null, '', '#kp-staff-reset=reset-token-1234567890abcdef');
      const el = mountConsole();
      expect(location.hash).to.equal('');
      type(await waitFor<HTMLInputElement>(el, 'kp-staff-sign-in #password'), 'een nieuw wachtwoord');
      find<HTMLButtonElement>(el, 'kp-staff-sign-in [part~="submit"]')!.click();
      await waitForText(el, 'Uw nieuwe wachtwoord is opgeslagen. Log ermee in.');
      used = true;
      history.replaceState(null, '', '#kp-staff-reset=reset-token-1234567890abcdef');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      type(await waitFor<HTMLInputElement>(el, 'kp-staff-sign-in #password'), 'een nieuw wachtwoord');
      find<HTMLButtonElement>(el, 'kp-staff-sign-in [part~="submit"]')!.click();
      await waitForText(el, 'Deze link werkt niet meer');
    });

    it('passes axe on the sign-in form and the code screen', async () => {
      api = consoleApi({ [`POST ${auth}/login`]: () => ({ mfaRequired: true, challenge: 'challenge-cccccccccccccccccccc' }) }, null);
      const el = mountConsole();
      await waitFor(el, 'kp-staff-sign-in #email');
      await expect(el).to.be.accessible();
      await signIn(el);
      await waitFor(el, 'kp-staff-sign-in #code');
      await expect(el).to.be.accessible();
    });
  });

  describe('two-step sign-in required by the business', () => {
    it('opens nothing else until it is set up: QR code and key, a code, then the ten recovery codes once', async () => {
      let setUp = false;
      api = consoleApi({
        [`GET ${auth}/me`]: () => (setUp ? fx.session({ staff: { ...fx.session().staff, totpEnabled: true } }) : fx.session({ totpSetupRequired: true })),
        [`POST ${auth}/totp/setup`]: () => fx.totpSetup,
        [`POST ${auth}/totp/confirm`]: () => {
          setUp = true;
          return { recoveryCodes: fx.recoveryCodes };
        },
      });
      history.replaceState(null, '', '#/inbox');
      const el = mountConsole();
      const setup = await waitFor(el, 'kp-two-step-setup');
      expect(location.hash).to.equal('#/two-step');
      expect(findAll(el.shadowRoot!, '[part="nav-item"]')).to.deep.equal([]);
      expect(find(el, 'kp-inbox-view')).to.equal(undefined);
      await waitFor(setup, 'kp-qr-code svg');
      expect(find(setup, '[part="secret"]')!.textContent).to.equal('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
      await expect(el).to.be.accessible();
      type(find<HTMLInputElement>(setup, '#totp-code'), '123456');
      find<HTMLButtonElement>(setup, '[part="confirm"]')!.click();
      const codes = await waitFor(setup, '[part="recovery-codes"]');
      expect(findAll(codes, 'li').map((item) => item.textContent)).to.deep.equal(fx.recoveryCodes);
      const download = find<HTMLAnchorElement>(setup, '[part="download"]')!;
      expect(download.download).to.equal('klantportaal-herstelcodes.txt');
      expect(decodeURIComponent(download.href)).to.contain('k7p2-9xq4\nm3n8-v6t1');
      const finish = find<HTMLButtonElement>(setup, '[part="finish"]')!;
      finish.click();
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(find(el, 'kp-inbox-view')).to.equal(undefined);
      find<HTMLInputElement>(setup, 'input[type="checkbox"]')!.click();
      await (setup as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      finish.click();
      await waitFor(el, 'kp-dashboard-view');
      expect(calls('POST', `${auth}/totp/confirm`)[0]!.body).to.deep.equal({ code: '123456' });
    });

    it('keeps the recovery codes on screen when the session ends meanwhile, and asks to sign in after', async () => {
      let ended = false;
      api = consoleApi({
        [`GET ${auth}/me`]: () => (ended ? unauthorized() : fx.session({ totpSetupRequired: true })),
        [`POST ${auth}/totp/setup`]: () => fx.totpSetup,
        [`POST ${auth}/totp/confirm`]: () => {
          ended = true;
          return { recoveryCodes: fx.recoveryCodes };
        },
        [`GET ${admin}/requests`]: unauthorized,
      });
      const el = mountConsole();
      const setup = await waitFor(el, 'kp-two-step-setup');
      type(await waitFor<HTMLInputElement>(setup, '#totp-code'), '123456');
      find<HTMLButtonElement>(setup, '[part="confirm"]')!.click();
      await waitFor(setup, '[part="recovery-codes"]');
      find<HTMLInputElement>(setup, 'input[type="checkbox"]')!.click();
      await (setup as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      find<HTMLButtonElement>(setup, '[part="finish"]')!.click();
      await waitForText(el, 'Inloggen in twee stappen staat aan. Log opnieuw in, nu met de code uit uw app.');
      await waitFor(el, 'kp-staff-sign-in #email');
    });
  });

  describe('signed in', () => {
    it('goes back to the sign-in form, with a notice, when the session ends', async () => {
      let live = true;
      api = consoleApi({ [`GET ${admin}/requests`]: () => (live ? { items: fx.inbox(), nextCursor: null } : unauthorized()) });
      const el = mountConsole();
      await waitFor(el, 'kp-inbox-view [part~="request"]');
      live = false;
      FakeEventSource.instances.at(-1)!.send('message', { id: 'evt', type: 'request.created', data: { request: fx.request({ id: 'req_x' }) } });
      await waitForText(el, 'U bent automatisch uitgelogd. Log opnieuw in om verder te gaan.');
      expect(document.title).to.equal('Klantportaal console');
    });

    it('has an account menu: Escape closes it, the language switches, sign out ends the session', async () => {
      api = consoleApi({ [`PATCH ${auth}/me`]: () => fx.session({ staff: { ...fx.session().staff, locale: 'en' } }) });
      const el = mountConsole();
      await waitFor(el, 'kp-inbox-view');
      const button = find<HTMLButtonElement>(el, '[part="account-button"]')!;
      button.click();
      await waitUntil(() => !find(el, '[part="account-panel"]')!.hidden);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      await expect(el).to.be.accessible();
      find<HTMLInputElement>(el, '[part="account-panel"] input[value="en"]')!.focus();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => find(el, '[part="account-panel"]')!.hidden, 'Escape did not close the menu');
      expect(deepActiveElement()).to.equal(button);
      button.click();
      find<HTMLInputElement>(el, '[part="account-panel"] input[value="en"]')!.click();
      await waitForText(el, 'Search by reference or name');
      // The account keeps the choice too, in a call that follows the switch of language on the page.
      await waitUntil(() => calls('PATCH', `${auth}/me`).length > 0, 'the language was not kept with the account');
      expect(calls('PATCH', `${auth}/me`)[0]!.body).to.deep.equal({ locale: 'en' });
      expect(localStorage.getItem('kp-console.locale')).to.equal('en');
      expect(document.documentElement.lang).to.equal('en');
      find<HTMLButtonElement>(el, '[part="logout"]')!.click();
      await waitForText(el, 'You have signed out.');
      expect(calls('POST', `${auth}/logout`)[0]!.headers.get('x-requested-with')).to.equal('klantportaal-console');
    });

    it('starts the next sign-in at its own home after signing out of another view', async () => {
      history.replaceState(null, '', '#/account');
      api = consoleApi();
      const el = mountConsole();
      await waitFor(el, 'kp-console-account-view');
      find<HTMLButtonElement>(el, '[part="account-button"]')!.click();
      find<HTMLButtonElement>(el, '[part="logout"]')!.click();
      await waitForText(el, 'U bent uitgelogd.');
      expect(location.hash).to.equal('#/');
    });

    it('counts what is new in the tab’s title as it arrives, and less once opened', async () => {
      let open = fx.inbox();
      api = consoleApi({ [`GET ${admin}/requests`]: (call) => (call.path.includes('limit=100') && !call.path.includes('updatedSince') ? { items: open, nextCursor: null } : { items: fx.inbox(), nextCursor: null }) });
      const el = mountConsole();
      await waitUntil(() => document.title.startsWith('(2) '), `title is ${document.title}`);
      open = [fx.request({ id: 'req_new', reference: 'KP-NEW123' }), ...open];
      const events = FakeEventSource.instances.at(-1)!;
      events.open();
      events.send('message', { id: 'evt_1', type: 'request.created', data: { request: fx.request({ id: 'req_new' }) } });
      await waitUntil(() => document.title.startsWith('(3) '), `title is ${document.title}`);
      find<HTMLAnchorElement>(el, 'kp-inbox-view [part~="request"]')!.click();
      await waitFor(el, 'kp-request-view');
      await waitUntil(() => document.title.startsWith('(2) Aanvraag'), `title is ${document.title}`);
    });

    it('polls when the event stream is refused', async () => {
      api = consoleApi();
      const el = mountConsole();
      await waitFor(el, 'kp-inbox-view [part~="request"]');
      const counted = () => calls('GET', `${admin}/requests?status=submitted,in_review&limit=100`).length;
      const before = counted();
      FakeEventSource.instances.at(-1)!.fail(true);
      await waitForText(el, 'Wordt elke 20 seconden bijgewerkt');
      expect(counted()).to.equal(before);
    });

    it('shows "not found" for an address that names no view', async () => {
      api = consoleApi();
      history.replaceState(null, '', '#/nothing-here');
      const el = mountConsole();
      await waitForText(el, 'Deze pagina bestaat niet in de console.');
      find<HTMLButtonElement>(el, 'main .btn.primary')!.click();
      await waitFor(el, 'kp-inbox-view');
    });

    it('fits a 390 px phone', async () => {
      api = consoleApi();
      const frame = document.createElement('div');
      frame.style.width = '390px';
      document.body.append(frame);
      const el = document.createElement('kp-console');
      frame.append(el);
      mounted.push(frame);
      await waitFor(el, 'kp-inbox-view [part~="request"]');
      expect(el.scrollWidth).to.be.at.most(390);
      expect(find(el, '.account-button .label')!.getBoundingClientRect().width).to.be.at.most(1);
      await expect(el).to.be.accessible();
    });
  });
});
