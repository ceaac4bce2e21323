import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './klantportaal.js';
import { PortalClient } from './api/client.js';
import { setLocale } from './i18n/localization.js';
import { config, contact, deepActiveElement, find, findAll, mountPortal, signInAnswer, type, unmountAll, visibleText, waitFor, waitForText } from './shell-fixtures.js';
import { errorResponse, jsonResponse, mockApi, never, page, type MockApi } from './test-support/mock-api.js';

let api: MockApi;
const unauthorized = () => errorResponse(401, 'unauthorized', 'Please sign in again.');
const calls = (method: string, path: string) => api.calls.filter((call) => call.method === method && call.path === path);

function signedOutApi(portal = config()) {
  api = mockApi({
    'GET /config': () => portal,
    'POST /auth/refresh': unauthorized,
    'GET /contacts': () => page([]),
    // Reading whom an invite is for leaves it unused.
    'POST /auth/invite/preview': () => ({ email: 'anna@example.nl', name: '' }),
  });
}

function signedInApi(portal = config(), user = contact()) {
  api = mockApi({ 'GET /config': () => portal, 'POST /auth/refresh': () => signInAnswer(user), 'GET /contacts': () => page([]) });
}

const signInForm = (el: Element) => find<HTMLFormElement>(el, 'kp-sign-in form');
const heading = (el: Element) => find(el, '[part~="heading"]')?.textContent?.trim();

afterEach(async () => {
  unmountAll();
  api?.restore();
  history.replaceState(null, '', location.pathname + location.search);
  await setLocale('nl');
});

describe('<klant-portaal>', () => {
  describe('starting', () => {
    it('draws the sign-in form from the entry, without fetching any view', async () => {
      signedOutApi();
      const el = mountPortal();
      await waitFor(el, 'kp-sign-in input[type="email"]');
      expect(find(el, '[part="title"]')!.textContent).to.equal('Installatiebedrijf Jansen');
      const views = performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/widget/views/'));
      expect(views.map((entry) => entry.name)).to.deep.equal([]);
    });

    it('restores the session through the refresh cookie and opens the start view', async () => {
      signedInApi();
      const ready: unknown[] = [];
      const logins: unknown[] = [];
      const el = mountPortal({ view: 'account' });
      el.addEventListener('kp-ready', (event) => ready.push(event.detail));
      el.addEventListener('kp-login', (event) => logins.push(event.detail));
      await waitFor(el, 'kp-account-view');
      const refresh = calls('POST', '/auth/refresh');
      expect(refresh).to.have.length(1);
      expect(refresh[0]!.headers.get('x-requested-with')).to.equal('klantportaal');
      expect(find(el, 'kp-sign-in')).to.equal(undefined);
      expect(ready).to.deep.equal([{ signedIn: true }]);
      expect(logins).to.deep.equal([{ user: contact(), restored: true }]);
      await waitForText(el, 'Anna de Vries');
    });

    it('says so when the portal cannot be loaded, and loads it on retry', async () => {
      let fail = true;
      api = mockApi({ 'GET /config': () => (fail ? errorResponse(404, 'not_found', 'This portal does not exist.') : config()), 'POST /auth/refresh': unauthorized });
      const errors: unknown[] = [];
      const el = mountPortal();
      el.addEventListener('kp-error', (event) => errors.push(event.detail));
      const alert = await waitFor(el, '[role="alert"]');
      expect(alert.textContent).to.contain('Het portaal kon niet worden geladen.');
      expect(errors).to.have.length(1);
      fail = false;
      find<HTMLButtonElement>(el, '[role="alert"] button')!.click();
      await waitFor(el, 'kp-sign-in input[type="email"]');
    });

    it('shows a skeleton, not an empty box, while the portal loads', async () => {
      api = mockApi({ 'GET /config': never, 'POST /auth/refresh': unauthorized });
      const el = mountPortal();
      const status = await waitFor(el, '[role="status"][aria-busy="true"]');
      expect(status.textContent).to.contain('Portaal laden');
      expect(findAll(el.shadowRoot!, '.skeleton').length).to.be.greaterThan(1);
    });

    it('takes its brand colour from the portal, made readable, and lets the page override it', async () => {
      signedOutApi();
      const el = mountPortal();
      await waitFor(el, 'kp-sign-in input[type="email"]');
      expect(getComputedStyle(el).getPropertyValue('--kp-color-primary').trim()).to.equal('#aa3300');
      el.style.setProperty('--kp-color-primary', '#123456');
      expect(getComputedStyle(el).getPropertyValue('--kp-color-primary').trim()).to.equal('#123456');
    });

    it('keeps hostile page styles out, and its own styles in', async () => {
      const hostile = document.createElement('style');
      hostile.textContent = `klant-portaal { font-size: 40px; line-height: 4; letter-spacing: 6px; text-transform: uppercase; color: red }
        button, input, h2, p { all: unset; display: none !important }`;
      document.head.append(hostile);
      try {
        signedOutApi();
        const el = mountPortal();
        const input = await waitFor<HTMLInputElement>(el, 'kp-sign-in input[type="email"]');
        const style = getComputedStyle(input);
        expect(style.display).to.equal('block');
        expect(style.fontSize).to.equal('16px');
        const label = getComputedStyle(find(el, 'kp-sign-in label')!);
        expect(label.letterSpacing).to.equal('normal');
        expect(label.textTransform).to.equal('none');
        expect(label.color).to.not.equal('rgb(255, 0, 0)');
        // And nothing of the widget reaches the page.
        const pageButton = document.createElement('button');
        pageButton.className = 'btn primary';
        document.body.append(pageButton);
        expect(getComputedStyle(pageButton).backgroundColor).to.not.equal('rgb(170, 51, 0)');
        pageButton.remove();
      } finally {
        hostile.remove();
      }
    });
  });

  describe('signing in', () => {
    it('signs in with email and password, announces it and moves focus to the new view', async () => {
      signedOutApi();
      api.on('POST /auth/login', () => signInAnswer());
      const logins: unknown[] = [];
      const el = mountPortal({ view: 'account' });
      el.addEventListener('kp-login', (event) => logins.push(event.detail));
      await waitFor(el, 'kp-sign-in input[type="email"]');
      type(find(el, 'kp-sign-in #email'), ' anna@example.nl ');
      type(find(el, 'kp-sign-in #password'), 'correct horse battery staple');
      find<HTMLButtonElement>(el, 'kp-sign-in button[type="submit"]')!.click();
      await waitFor(el, 'kp-account-view');
      expect(calls('POST', '/auth/login')[0]!.body).to.deep.equal({ email: 'anna@example.nl', password: 'correct horse battery staple' });
      expect(logins).to.deep.equal([{ user: contact(), restored: false }]);
      await waitUntil(() => deepActiveElement()?.matches('h2'), 'focus did not move to the view heading');
      expect(deepActiveElement()!.textContent).to.contain('Mijn gegevens');
      await waitUntil(() => find(el, '[part="announcer"]')!.textContent!.includes('U bent ingelogd als Anna de Vries'));
    });

    it('checks the fields before sending, and ties each error to its field', async () => {
      signedOutApi();
      const el = mountPortal();
      const form = await waitFor<HTMLFormElement>(el, 'kp-sign-in form');
      type(find(el, 'kp-sign-in #email'), 'anna@');
      form.requestSubmit();
      await waitFor(el, 'kp-sign-in #email-error');
      const email = find<HTMLInputElement>(el, 'kp-sign-in #email')!;
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      expect(email.getAttribute('aria-describedby')).to.contain('email-error');
      expect(find(el, 'kp-sign-in #email-error')!.textContent).to.contain('Dit is geen geldig e-mailadres.');
      expect(find(el, 'kp-sign-in #password-error')!.textContent).to.contain('Vul uw wachtwoord in.');
      expect(deepActiveElement()).to.equal(email);
      expect(calls('POST', '/auth/login')).to.have.length(0);
    });

    it('says when email and password do not match, and empties the password', async () => {
      signedOutApi();
      api.on('POST /auth/login', () => errorResponse(401, 'unauthorized', 'Invalid email or password.'));
      const el = mountPortal();
      await waitFor(el, 'kp-sign-in form');
      type(find(el, 'kp-sign-in #email'), 'anna@example.nl');
      type(find(el, 'kp-sign-in #password'), 'wrong password');
      signInForm(el)!.requestSubmit();
      const alert = await waitFor(el, 'kp-sign-in [role="alert"]');
      expect(alert.textContent).to.contain('Dit e-mailadres en wachtwoord horen niet bij elkaar');
      expect(find<HTMLInputElement>(el, 'kp-sign-in #password')!.value).to.equal('');
    });

    it('shows the server’s complaint on its field', async () => {
      signedOutApi();
      api.on('POST /auth/login', () => errorResponse(400, 'validation_failed', 'The request body is not valid.', [{ path: 'email', message: 'Invalid email address' }]));
      const el = mountPortal();
      await waitFor(el, 'kp-sign-in form');
      type(find(el, 'kp-sign-in #email'), 'anna@example.nl');
      type(find(el, 'kp-sign-in #password'), 'secret123');
      signInForm(el)!.requestSubmit();
      const error = await waitFor(el, 'kp-sign-in #email-error');
      expect(error.textContent).to.contain('Controleer wat u hier heeft ingevuld.');
      expect(deepActiveElement()).to.equal(find(el, 'kp-sign-in #email'));
    });

    it('tells a throttled customer how long to wait', async () => {
      signedOutApi();
      api.on('POST /auth/login', () => jsonResponse({ error: { code: 'rate_limited', message: 'Too many attempts.' } }, 429, { 'Retry-After': '90' }));
      const el = mountPortal();
      await waitFor(el, 'kp-sign-in form');
      type(find(el, 'kp-sign-in #email'), 'anna@example.nl');
      type(find(el, 'kp-sign-in #password'), 'secret123');
      signInForm(el)!.requestSubmit();
      const alert = await waitFor(el, 'kp-sign-in [role="alert"]');
      expect(alert.textContent).to.contain('Probeer het over 2 minuten opnieuw.');
    });

    it('sends a sign-in link and says to check the mail', async () => {
      signedOutApi();
      api.on('POST /auth/magic-link', () => new Response(null, { status: 202 }));
      const el = mountPortal();
      await waitFor(el, 'kp-sign-in form');
      type(find(el, 'kp-sign-in #email'), 'anna@example.nl');
      find<HTMLButtonElement>(el, 'kp-sign-in [part~="magic-link"]')!.click();
      await waitForText(el, 'Kijk in uw mail');
      expect(calls('POST', '/auth/magic-link')[0]!.body).to.deep.equal({ email: 'anna@example.nl' });
      expect(visibleText(el)).to.contain('Als er een account is voor anna@example.nl');
      await waitUntil(() => deepActiveElement()?.textContent?.includes('Kijk in uw mail'), 'focus did not move to the new screen');
    });

    it('sends a reset mail for a forgotten password', async () => {
      signedOutApi();
      api.on('POST /auth/password-reset', () => new Response(null, { status: 202 }));
      const el = mountPortal();
      await waitFor(el, 'kp-sign-in form');
      find<HTMLButtonElement>(el, 'kp-sign-in [part~="forgot"]')!.click();
      await waitForText(el, 'Wachtwoord vergeten');
      type(find(el, 'kp-sign-in #email'), 'anna@example.nl');
      signInForm(el)!.requestSubmit();
      await waitForText(el, 'Kijk in uw mail');
      expect(calls('POST', '/auth/password-reset')[0]!.body).to.deep.equal({ email: 'anna@example.nl' });
    });

    it('offers only the sign-in methods the portal allows', async () => {
      signedOutApi(config({ auth: { password: false, magicLink: true } }));
      const el = mountPortal();
      await waitFor(el, 'kp-sign-in form');
      expect(find(el, 'kp-sign-in #password')).to.equal(undefined);
      expect(find(el, 'kp-sign-in [part~="magic-link"]')!.getAttribute('type')).to.equal('submit');
    });
  });

  describe('links from sign-in mails', () => {
    for (const kind of ['magic', 'invite', 'reset'] as const) {
      it(`takes a ${kind} link out of the address bar at once and uses it only on a button press`, async () => {
        history.replaceState(null, '', `${location.pathname}${location.search}#kp-${kind}=tok_${kind}_0123456789abcdef`);
        signedOutApi();
        const el = mountPortal();
        expect(location.hash).to.equal('');
        expect(location.href).to.not.contain('tok_');
        await waitFor(el, 'kp-sign-in form');
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(api.calls.filter((call) => call.path.startsWith('/auth/') && call.path !== '/auth/refresh' && call.path !== '/auth/invite/preview')).to.deep.equal([]);
        expect(calls('POST', '/auth/refresh'), 'a link outranks an old session').to.have.length(0);
      });
    }

    it('takes a link that arrives in a page already open', async () => {
      signedOutApi();
      const el = mountPortal();
      await waitFor(el, 'kp-sign-in form');
      location.hash = '#kp-magic=tok_magic_0123456789abcdef';
      await waitForText(el, 'Inloggen met uw link');
      expect(location.href).to.not.contain('tok_magic');
      expect(calls('POST', '/auth/magic-link/verify')).to.have.length(0);
    });

    it('signs in with a magic link after the button press', async () => {
      history.replaceState(null, '', '#kp-magic=tok_magic_0123456789abcdef');
      signedOutApi();
      api.on('POST /auth/magic-link/verify', () => signInAnswer());
      const el = mountPortal({ view: 'account' });
      await waitForText(el, 'Inloggen met uw link');
      signInForm(el)!.requestSubmit();
      await waitFor(el, 'kp-account-view');
      expect(calls('POST', '/auth/magic-link/verify')[0]!.body).to.deep.equal({ token: 'tok_magic_0123456789abcdef' });
    });

    it('accepts an invite with a name and a new password', async () => {
      history.replaceState(null, '', '#kp-invite=tok_invite_0123456789abcdef');
      signedOutApi();
      api.on('POST /auth/invite/accept', () => signInAnswer());
      const el = mountPortal({ view: 'account' });
      await waitForText(el, 'Welkom bij Installatiebedrijf Jansen');
      expect(visibleText(el)).to.contain('Minstens 8 tekens');
      type(find(el, 'kp-sign-in #password'), 'kort');
      signInForm(el)!.requestSubmit();
      await waitForText(el, 'Gebruik minstens 8 tekens.');
      type(find(el, 'kp-sign-in #name'), 'Anna de Vries');
      type(find(el, 'kp-sign-in #password'), 'een lange zin als wachtwoord');
      signInForm(el)!.requestSubmit();
      await waitFor(el, 'kp-account-view');
      expect(calls('POST', '/auth/invite/accept')[0]!.body).to.deep.equal({ token: 'tok_invite_0123456789abcdef', password: 'een lange zin als wachtwoord', name: 'Anna de Vries' });
    });

    it('shows the server’s refusal of a common password on the password field', async () => {
      history.replaceState(null, '', '#kp-reset=tok_reset_0123456789abcdef');
      signedOutApi();
      api.on('POST /auth/password-reset/confirm', () =>
        errorResponse(400, 'validation_failed', 'Choose another password.', [
          { path: 'password', message: 'This password is one of the most used passwords.', reason: 'too_common' } as never,
        ]),
      );
      const el = mountPortal();
      await waitForText(el, 'Kies een nieuw wachtwoord');
      type(find(el, 'kp-sign-in #password'), 'wachtwoord1');
      signInForm(el)!.requestSubmit();
      const error = await waitFor(el, 'kp-sign-in #password-error');
      expect(error.textContent).to.contain('Dit is een van de meest gebruikte wachtwoorden');
      expect(find(el, 'kp-sign-in #password')!.getAttribute('aria-describedby')).to.contain('password-error');
    });

    it('sets a new password from a reset link, then asks to sign in with it', async () => {
      history.replaceState(null, '', '#kp-reset=tok_reset_0123456789abcdef');
      signedOutApi();
      api.on('POST /auth/password-reset/confirm', () => new Response(null, { status: 204 }));
      const el = mountPortal();
      await waitForText(el, 'Kies een nieuw wachtwoord');
      type(find(el, 'kp-sign-in #password'), 'een lange zin als wachtwoord');
      signInForm(el)!.requestSubmit();
      await waitForText(el, 'Uw nieuwe wachtwoord is opgeslagen');
      expect(calls('POST', '/auth/password-reset/confirm')[0]!.body).to.deep.equal({ token: 'tok_reset_0123456789abcdef', password: 'een lange zin als wachtwoord' });
      expect(find(el, 'kp-sign-in #password')!.getAttribute('autocomplete')).to.equal('current-password');
    });

    it('says when a link has expired and offers a new one', async () => {
      history.replaceState(null, '', '#kp-magic=tok_magic_0123456789abcdef');
      signedOutApi();
      api.on('POST /auth/magic-link/verify', () => errorResponse(401, 'unauthorized', 'This link has expired.'));
      const el = mountPortal();
      await waitForText(el, 'Inloggen met uw link');
      signInForm(el)!.requestSubmit();
      await waitForText(el, 'Deze link werkt niet meer');
      expect(visibleText(el)).to.contain('Deze inloglink is verlopen of al gebruikt.');
      await expect(el).to.be.accessible();
      find<HTMLButtonElement>(el, 'kp-sign-in [part~="back"]')!.click();
      await waitFor(el, 'kp-sign-in [part~="magic-link"]');
    });
  });

  describe('single sign-on', () => {
    it('signs in through the page’s identity provider when there is no session cookie', async () => {
      signedOutApi(config({ auth: { sso: true } }));
      api.on('POST /auth/sso', () => signInAnswer());
      let asked = 0;
      const el = mountPortal({ view: 'account' }, { identityProvider: async () => (asked++, 'identity.token.signed') });
      await waitFor(el, 'kp-account-view');
      expect(asked).to.equal(1);
      expect(calls('POST', '/auth/sso')[0]!.body).to.deep.equal({ identityToken: 'identity.token.signed' });
    });

    it('shows the sign-in screen when the page has nobody signed in', async () => {
      signedOutApi(config({ auth: { sso: true } }));
      const el = mountPortal({}, { identityProvider: async () => null });
      await waitFor(el, 'kp-sign-in [part~="sso"]');
      expect(calls('POST', '/auth/sso')).to.have.length(0);
    });

    it('does not ask the page when the portal has single sign-on off', async () => {
      signedOutApi();
      let asked = 0;
      const el = mountPortal({}, { identityProvider: async () => (asked++, 'identity.token.signed') });
      await waitFor(el, 'kp-sign-in form');
      expect(asked).to.equal(0);
    });
  });

  describe('request without an account', () => {
    it('is offered only when the portal allows it', async () => {
      signedOutApi();
      const el = mountPortal();
      await waitFor(el, 'kp-sign-in form');
      expect(find(el, 'kp-sign-in [part~="guest-button"]')).to.equal(undefined);
    });

    it('sends the form with the honeypot empty, and thanks with the reference', async () => {
      signedOutApi(config({ features: { guestRequests: true } }));
      api.on('POST /guest-requests', () => jsonResponse({ reference: 'AV-2026-0042', id: 'req_1', upload: { token: 'kp_up_token-of-this-request-only', expiresAt: '2099-01-01T00:00:00Z' } }, 202));
      const el = mountPortal();
      (await waitFor<HTMLButtonElement>(el, 'kp-sign-in [part~="guest-button"]')).click();
      const form = await waitFor<HTMLFormElement>(el, 'kp-guest-request form');
      form.requestSubmit();
      await waitFor(el, 'kp-guest-request #name-error');
      expect(calls('POST', '/guest-requests')).to.have.length(0);
      const guest = find(el, 'kp-guest-request')!;
      type(find(guest, '#name'), 'Piet Bakker');
      type(find(guest, '#email'), 'piet@example.nl');
      type(find(guest, '#phone'), '06 98765432');
      type(find(guest, '#guest-address-street'), 'Kerkstraat');
      type(find(guest, '#guest-address-houseNumber'), '3a');
      type(find(guest, '#guest-address-postalCode'), '3511 AB');
      type(find(guest, '#guest-address-city'), 'Utrecht');
      const workType = find<HTMLSelectElement>(guest, '#workType')!;
      workType.value = 'repair';
      workType.dispatchEvent(new Event('change'));
      type(find(guest, '#description'), 'De cv-ketel geeft storing E133.');
      form.requestSubmit();
      await waitForText(el, 'AV-2026-0042');
      await expect(el).to.be.accessible();
      expect(calls('POST', '/guest-requests')[0]!.body).to.deep.equal({
        name: 'Piet Bakker',
        email: 'piet@example.nl',
        phone: '06 98765432',
        address: { street: 'Kerkstraat', houseNumber: '3a', postalCode: '3511 AB', city: 'Utrecht', country: 'NL' },
        workType: 'repair',
        description: 'De cv-ketel geeft storing E133.',
        preferredDate: null,
        preferredPartOfDay: 'any',
        locale: 'nl',
        website: '',
      });
    });

    it('hides the honeypot from people, keyboards and screen readers', async () => {
      signedOutApi(config({ features: { guestRequests: true } }));
      const el = mountPortal();
      (await waitFor<HTMLButtonElement>(el, 'kp-sign-in [part~="guest-button"]')).click();
      const honeypot = await waitFor<HTMLInputElement>(el, 'kp-guest-request #website');
      expect(honeypot.closest('[inert]')).to.not.equal(null);
      expect(honeypot.tabIndex).to.equal(-1);
      const box = honeypot.getBoundingClientRect();
      expect(box.right < 0 || box.width <= 1).to.equal(true);
    });
  });

  describe('signed in', () => {
    it('lists only the parts the portal has switched on, and refuses the others', async () => {
      signedInApi(config({ features: { invoices: false, quotes: false } }));
      const el = mountPortal({ view: 'account' });
      await waitFor(el, 'kp-account-view');
      const entries = findAll(el.shadowRoot!, '[part~="nav-item"]').map((item) => item.dataset.view);
      expect(entries).to.deep.equal(['home', 'requests', 'work-orders', 'objects', 'documents', 'account']);
      el.navigate('invoices');
      await waitForText(el, 'Deze pagina bestaat niet in dit portaal.');
      expect(performance.getEntriesByType('resource').some((entry) => entry.name.includes('invoices-view'))).to.equal(false);
    });

    it('navigates by method, dispatches kp-navigate, mirrors the view in the address bar and follows Back', async () => {
      signedInApi();
      history.replaceState(null, '', '#contact');
      const el = mountPortal({ view: 'account', 'sync-url': true });
      const seen: string[] = [];
      el.addEventListener('kp-navigate', (event) => seen.push(event.detail.view));
      await waitFor(el, 'kp-account-view');
      expect(location.hash, 'the start view leaves the page’s own hash alone').to.equal('#contact');
      el.navigate('requests');
      await waitFor(el, 'kp-requests-view');
      expect(location.hash).to.equal('#kp/requests');
      expect(seen).to.deep.equal(['requests']);
      history.back();
      await waitFor(el, 'kp-account-view');
      expect(el.currentView).to.equal('account');
      expect(find(el, 'kp-requests-view')).to.equal(undefined);
    });

    it('opens the view in the address bar on load', async () => {
      signedInApi();
      history.replaceState(null, '', '#kp/requests');
      const el = mountPortal({ view: 'account', 'sync-url': true });
      await waitFor(el, 'kp-requests-view');
    });

    it('passes the id and query of a view name to the view', async () => {
      signedInApi();
      const el = mountPortal({ view: 'requests/new?objectId=obj_7' });
      const form = await waitFor<HTMLElementTagNameMap['kp-request-form-view']>(el, 'kp-request-form-view');
      expect(form.objectId).to.equal('obj_7');
      expect(form.client).to.be.instanceOf(PortalClient);
      expect(form.user).to.deep.equal(contact());
      expect(form.locale).to.equal('nl');
      el.navigate('requests/req_9');
      const detail = await waitFor<HTMLElementTagNameMap['kp-request-detail-view']>(el, 'kp-request-detail-view');
      expect(detail.recordId).to.equal('req_9');
    });

    it('re-dispatches a created request for the page', async () => {
      signedInApi();
      const el = mountPortal({ view: 'account' });
      const created: unknown[] = [];
      el.addEventListener('kp-request-created', (event) => created.push(event.detail));
      const view = await waitFor(el, 'kp-account-view');
      view.dispatchEvent(new CustomEvent('kp-view-request-created', { detail: { id: 'req_1', reference: 'AV-1' }, bubbles: true, composed: true }));
      expect(created).to.deep.equal([{ id: 'req_1', reference: 'AV-1' }]);
      await waitUntil(() => find(el, '[part="announcer"]')!.textContent!.includes('AV-1'));
    });

    it('follows a view’s request to navigate, and moves focus to the new heading', async () => {
      signedInApi();
      const el = mountPortal({ view: 'account' });
      const view = await waitFor(el, 'kp-account-view');
      view.dispatchEvent(new CustomEvent('kp-view-navigate', { detail: { view: 'requests' }, bubbles: true, composed: true }));
      await waitFor(el, 'kp-requests-view');
      await waitUntil(() => deepActiveElement()?.matches('h2'), 'focus did not reach the heading');
      expect(deepActiveElement()!.textContent).to.contain('Aanvragen');
    });

    it('can be used with the keyboard alone: arrows through the navigation, Enter to open', async () => {
      signedInApi();
      const el = mountPortal({ view: 'account' });
      await waitFor(el, 'kp-account-view');
      const items = findAll<HTMLButtonElement>(el.shadowRoot!, '[part~="nav-item"]');
      items[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(deepActiveElement()).to.equal(items[1]);
      await sendKeys({ press: 'End' });
      expect(deepActiveElement()).to.equal(items[items.length - 1]);
      await sendKeys({ press: 'ArrowDown' });
      expect(deepActiveElement()).to.equal(items[0]);
      items[1]!.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(el, 'kp-requests-view');
      expect(items[1]!.getAttribute('aria-current')).to.equal('page');
    });

    it('opens and closes the menu on a narrow screen', async () => {
      signedInApi();
      const el = mountPortal({ view: 'account' });
      el.style.width = '360px';
      el.style.display = 'block';
      await waitFor(el, 'kp-account-view');
      const toggle = find<HTMLButtonElement>(el, '[part~="menu-button"]')!;
      const nav = find(el, '[part~="nav"]')!;
      expect(getComputedStyle(nav).display).to.equal('none');
      toggle.click();
      await waitUntil(() => getComputedStyle(nav).display !== 'none');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      find<HTMLButtonElement>(nav, '[part~="nav-item"]')!.focus();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => getComputedStyle(nav).display === 'none');
      expect(deepActiveElement()).to.equal(toggle);
    });

    it('shows the navigation beside the view on a wide screen', async () => {
      signedInApi();
      const el = mountPortal({ view: 'account' });
      el.style.width = '1100px';
      el.style.display = 'block';
      await waitFor(el, 'kp-account-view');
      expect(getComputedStyle(find(el, '[part~="menu-button"]')!).display).to.equal('none');
      expect(getComputedStyle(find(el, '[part~="nav"]')!).display).to.equal('block');
    });

    it('keeps the access token out of storage, the address and attributes', async () => {
      const token = 'eyJhbGciOiJIUzI1NiJ9.secret-access-token.signature';
      api = mockApi({
        'GET /config': () => config(),
        'POST /auth/refresh': unauthorized,
        'POST /auth/login': () => signInAnswer(contact(), token),
        'GET /contacts': () => page([]),
      });
      const el = mountPortal({ view: 'account', 'sync-url': true });
      await waitFor(el, 'kp-sign-in form');
      type(find(el, 'kp-sign-in #email'), 'anna@example.nl');
      type(find(el, 'kp-sign-in #password'), 'een lange zin als wachtwoord');
      signInForm(el)!.requestSubmit();
      await waitFor(el, 'kp-account-view');
      el.navigate('requests');
      await waitUntil(() => api.calls.some((call) => call.headers.get('authorization') === `Bearer ${token}`), 'the token was never sent');
      const stored = [localStorage, sessionStorage].flatMap((storage) => Object.keys(storage).map((key) => storage.getItem(key) ?? ''));
      expect(stored.join(' ')).to.not.contain('secret-access-token');
      expect(location.href).to.not.contain('secret-access-token');
      expect(document.cookie).to.not.contain('secret-access-token');
      const attributes = [el, ...findAll(el.shadowRoot!, '*')].flatMap((node) => [...node.attributes].map((attribute) => attribute.value));
      expect(attributes.join(' ')).to.not.contain('secret-access-token');
    });
  });

  describe('signing out', () => {
    it('signs out by method: tells the server, dispatches kp-logout and shows the sign-in form', async () => {
      signedInApi();
      api.on('POST /auth/logout', () => new Response(null, { status: 204 }));
      const el = mountPortal({ view: 'account' });
      const logouts: unknown[] = [];
      el.addEventListener('kp-logout', (event) => logouts.push(event.detail));
      await waitFor(el, 'kp-account-view');
      await el.logout();
      await waitFor(el, 'kp-sign-in form');
      expect(calls('POST', '/auth/logout')[0]!.headers.get('x-requested-with')).to.equal('klantportaal');
      expect(logouts).to.deep.equal([{ reason: 'logout' }]);
      expect(visibleText(el)).to.contain('U bent uitgelogd.');
    });

    it('signs out from the header', async () => {
      signedInApi();
      api.on('POST /auth/logout', () => new Response(null, { status: 204 }));
      const el = mountPortal({ view: 'account' });
      el.style.width = '1100px';
      el.style.display = 'block';
      await waitFor(el, 'kp-account-view');
      find<HTMLButtonElement>(el, '.bar [part~="logout"]')!.click();
      await waitFor(el, 'kp-sign-in form');
    });

    it('goes back to the sign-in form when the session ends on the server', async () => {
      signedInApi();
      const el = mountPortal({ view: 'account' });
      const logouts: unknown[] = [];
      el.addEventListener('kp-logout', (event) => logouts.push(event.detail));
      await waitFor(el, 'kp-account-view');
      api.on('POST /auth/refresh', unauthorized);
      api.on('GET /requests', unauthorized);
      el.navigate('requests');
      await waitFor(el, 'kp-sign-in form');
      expect(logouts).to.deep.equal([{ reason: 'expired' }]);
      expect(visibleText(el)).to.contain('U bent automatisch uitgelogd.');
    });
  });

  describe('language', () => {
    it('follows the locale attribute', async () => {
      signedOutApi();
      const el = mountPortal({ locale: 'en' });
      await waitForText(el, 'Email me a sign-in link');
      expect(find(el, '[part="frame"]')!.getAttribute('lang')).to.equal('en');
      expect(calls('POST', '/auth/refresh')[0]?.headers.get('accept-language') ?? 'en').to.equal('en');
    });

    it('follows the portal’s language without an attribute', async () => {
      signedOutApi(config({ locale: 'en' }));
      const el = mountPortal();
      await waitForText(el, 'Email me a sign-in link');
    });

    it('switches live when the locale attribute changes', async () => {
      signedOutApi();
      const el = mountPortal();
      await waitForText(el, 'Stuur mij een inloglink');
      el.setAttribute('locale', 'en');
      await waitForText(el, 'Email me a sign-in link');
      el.setAttribute('locale', 'nl');
      await waitForText(el, 'Stuur mij een inloglink');
    });

    it('switches live when the customer picks another language, and remembers it in the account', async () => {
      signedInApi();
      api.on('PATCH /me', (call) => ({ ...contact(), locale: (call.body as { locale: 'nl' | 'en' }).locale }));
      const el = mountPortal({ view: 'account' });
      const select = await waitFor<HTMLSelectElement>(el, 'kp-account-view #locale');
      select.value = 'en';
      select.dispatchEvent(new Event('change'));
      await waitForText(el, 'My account');
      expect(visibleText(el)).to.contain('Sign out');
      expect(calls('PATCH', '/me')[0]!.body).to.deep.equal({ locale: 'en' });
    });

    it('uses the signed-in customer’s own language', async () => {
      signedInApi(config(), contact({ locale: 'en' }));
      const el = mountPortal({ view: 'account' });
      await waitForText(el, 'My account');
    });
  });

  describe('accessibility', () => {
    it('has nothing axe objects to on the sign-in screen', async () => {
      signedOutApi(config({ features: { guestRequests: true }, auth: { sso: true } }));
      const el = mountPortal({}, { identityProvider: async () => null });
      await waitFor(el, 'kp-sign-in form');
      await expect(el).to.be.accessible();
    });

    it('has nothing axe objects to on the sign-in screen with errors', async () => {
      signedOutApi();
      const el = mountPortal();
      await waitFor(el, 'kp-sign-in form');
      signInForm(el)!.requestSubmit();
      await waitFor(el, 'kp-sign-in #email-error');
      await expect(el).to.be.accessible();
    });

    for (const kind of ['invite', 'reset', 'magic'] as const) {
      it(`has nothing axe objects to on the ${kind} screen`, async () => {
        history.replaceState(null, '', `#kp-${kind}=tok_0123456789abcdef`);
        signedOutApi();
        const el = mountPortal();
        await waitFor(el, 'kp-sign-in form');
        await expect(el).to.be.accessible();
      });
    }

    it('has nothing axe objects to on the forgot-password and check-your-mail screens', async () => {
      signedOutApi();
      api.on('POST /auth/password-reset', () => new Response(null, { status: 202 }));
      const el = mountPortal();
      await waitFor(el, 'kp-sign-in form');
      find<HTMLButtonElement>(el, 'kp-sign-in [part~="forgot"]')!.click();
      await waitForText(el, 'Wachtwoord vergeten');
      await expect(el).to.be.accessible();
      type(find(el, 'kp-sign-in #email'), 'anna@example.nl');
      signInForm(el)!.requestSubmit();
      await waitForText(el, 'Kijk in uw mail');
      await expect(el).to.be.accessible();
    });

    it('has nothing axe objects to on the guest form and its thank-you', async () => {
      signedOutApi(config({ features: { guestRequests: true } }));
      api.on('POST /guest-requests', () => jsonResponse({ reference: 'AV-2026-0042', id: 'req_1', upload: { token: 'kp_up_token-of-this-request-only', expiresAt: '2099-01-01T00:00:00Z' } }, 202));
      const el = mountPortal();
      (await waitFor<HTMLButtonElement>(el, 'kp-sign-in [part~="guest-button"]')).click();
      const form = await waitFor<HTMLFormElement>(el, 'kp-guest-request form');
      form.requestSubmit();
      await waitFor(el, 'kp-guest-request #name-error');
      await expect(el).to.be.accessible();
    });

    it('has nothing axe objects to in the signed-in frame, narrow and wide', async () => {
      signedInApi(config(), contact({ role: 'admin' }));
      const el = mountPortal({ view: 'account' });
      el.style.display = 'block';
      el.style.width = '360px';
      await waitFor(el, 'kp-account-view');
      find<HTMLButtonElement>(el, '[part~="menu-button"]')!.click();
      await expect(el).to.be.accessible();
      el.style.width = '1100px';
      await expect(el).to.be.accessible();
    });
  });

  it('does not throw when the script is loaded a second time', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      // A second copy of the script, as a page with the tag pasted twice would load it.
      const secondCopy = './klantportaal.ts?copy=2';
      await import(/* @vite-ignore */ secondCopy);
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('klant-portaal')).to.exist;
    expect(String(warnings[0])).to.contain('already registered');
  });
});

describe('heading focus', () => {
  it('is not pulled into the widget on page load', async () => {
    signedInApi();
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    const el = mountPortal({ view: 'account' });
    await waitFor(el, 'kp-account-view');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(document.activeElement).to.equal(outside);
    expect(heading(el)).to.equal('Mijn gegevens');
    outside.remove();
  });
});
