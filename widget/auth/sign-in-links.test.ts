import { expect } from '@open-wc/testing';
import '../klantportaal.js';
import { setLocale } from '../i18n/localization.js';
import { config, contact, find, mountPortal, signInAnswer, type, unmountAll, visibleText, waitFor, waitForText } from '../shell-fixtures.js';
import { errorResponse, jsonResponse, mockApi, page, type MockApi } from '../test-support/mock-api.js';

let api: MockApi;
const calls = (method: string, path: string) => api.calls.filter((call) => call.method === method && call.path === path);
const inviteToken = 'tok_invite_0123456789abcdef';
const followToken = 'tok_follow_0123456789abcdefghijklmnopqrstu';

function signedOutApi(portal = config()) {
  api = mockApi({ 'GET /config': () => portal, 'POST /auth/refresh': () => errorResponse(401, 'unauthorized', 'Please sign in again.'), 'GET /contacts': () => page([]) });
}

const throttled = () => jsonResponse({ error: { code: 'rate_limited', message: 'Too many attempts.' } }, 429, { 'Retry-After': '600' });

async function signInThrottled(el: Element) {
  await waitFor(el, 'kp-sign-in form');
  type(find(el, 'kp-sign-in #email'), 'anna@example.nl');
  type(find(el, 'kp-sign-in #password'), 'verkeerd wachtwoord');
  find<HTMLFormElement>(el, 'kp-sign-in form')!.requestSubmit();
  return waitFor<HTMLButtonElement>(el, 'kp-sign-in [part~="throttled-link"]');
}

afterEach(async () => {
  unmountAll();
  api?.restore();
  history.replaceState(null, '', location.pathname + location.search);
  await setLocale('nl');
});

describe('signing in after too many wrong passwords', () => {
  it('offers the sign-in link by mail, sent to the address typed', async () => {
    signedOutApi(config({ auth: { magicLink: true } }));
    api.on('POST /auth/login', throttled);
    api.on('POST /auth/magic-link', () => new Response(null, { status: 202 }));
    const el = mountPortal();
    const button = await signInThrottled(el);
    expect(find(el, 'kp-sign-in [role="alert"]')!.textContent).to.contain('Probeer het over 10 minuten opnieuw.');
    expect(button.textContent).to.contain('Stuur mij een inloglink');
    await expect(find(el, 'kp-sign-in')!).to.be.accessible();
    button.click();
    await waitForText(el, 'Kijk in uw mail');
    expect(calls('POST', '/auth/magic-link')[0]!.body).to.deep.equal({ email: 'anna@example.nl' });
  });

  it('offers the reset link when the portal signs in with passwords only', async () => {
    signedOutApi(config({ auth: { magicLink: false } }));
    api.on('POST /auth/login', throttled);
    api.on('POST /auth/password-reset', () => new Response(null, { status: 202 }));
    const el = mountPortal();
    const button = await signInThrottled(el);
    expect(button.textContent).to.contain('Stuur een link voor een nieuw wachtwoord');
    button.click();
    await waitForText(el, 'Kijk in uw mail');
    expect(calls('POST', '/auth/password-reset')[0]!.body).to.deep.equal({ email: 'anna@example.nl' });
  });

  it('offers nothing extra after a plain wrong password, and says it in English too', async () => {
    signedOutApi(config({ auth: { magicLink: true } }));
    api.on('POST /auth/login', () => errorResponse(401, 'unauthorized', 'Wrong.'));
    const el = mountPortal();
    await waitFor(el, 'kp-sign-in form');
    type(find(el, 'kp-sign-in #email'), 'anna@example.nl');
    type(find(el, 'kp-sign-in #password'), 'verkeerd wachtwoord');
    find<HTMLFormElement>(el, 'kp-sign-in form')!.requestSubmit();
    await waitFor(el, 'kp-sign-in [role="alert"]');
    expect(find(el, 'kp-sign-in [part~="throttled-link"]')).to.equal(undefined);

    api.on('POST /auth/login', throttled);
    await setLocale('en');
    type(find(el, 'kp-sign-in #password'), 'nog een poging');
    find<HTMLFormElement>(el, 'kp-sign-in form')!.requestSubmit();
    const button = await waitFor(el, 'kp-sign-in [part~="throttled-link"]');
    expect(button.textContent).to.contain('Email me a sign-in link');
  });
});

describe('accepting an invite', () => {
  it('shows the address being activated and the name the inviter typed, without using the invite up', async () => {
    history.replaceState(null, '', `#kp-invite=${inviteToken}`);
    signedOutApi();
    api.on('POST /auth/invite/preview', () => ({ email: 'bert@jansen.example', name: 'Bert Jansen' }));
    api.on('POST /auth/invite/accept', () => signInAnswer(contact({ name: 'Bert Jansen' })));
    const el = mountPortal({ view: 'account' });
    await waitForText(el, 'bert@jansen.example');
    expect(find(el, 'kp-sign-in [part~="invitee"]')!.textContent).to.contain('Het account is voor');
    expect(find<HTMLInputElement>(el, 'kp-sign-in #name')!.value).to.equal('Bert Jansen');
    expect(calls('POST', '/auth/invite/preview')[0]!.body).to.deep.equal({ token: inviteToken });
    expect(calls('POST', '/auth/invite/accept')).to.have.length(0);
    await expect(find(el, 'kp-sign-in')!).to.be.accessible();
    type(find(el, 'kp-sign-in #password'), 'een lange zin als wachtwoord');
    find<HTMLFormElement>(el, 'kp-sign-in form')!.requestSubmit();
    await waitFor(el, 'kp-account-view');
    expect(calls('POST', '/auth/invite/accept')[0]!.body).to.deep.equal({ token: inviteToken, password: 'een lange zin als wachtwoord', name: 'Bert Jansen' });
  });

  it('says calmly that a used or expired invite no longer works, and what to do next', async () => {
    history.replaceState(null, '', `#kp-invite=${inviteToken}`);
    signedOutApi();
    api.on('POST /auth/invite/preview', () => errorResponse(404, 'not_found', 'This invite has expired or was used already.'));
    const el = mountPortal();
    await waitForText(el, 'Deze link werkt niet meer');
    expect(visibleText(el)).to.contain('Al geactiveerd? Log dan gewoon in.');
    expect(find(el, 'kp-sign-in [part~="back"]')!.textContent).to.contain('Naar inloggen');
    await expect(find(el, 'kp-sign-in')!).to.be.accessible();
  });

  it('reads in English', async () => {
    history.replaceState(null, '', `#kp-invite=${inviteToken}`);
    await setLocale('en');
    signedOutApi(config({ locale: 'en' }));
    api.on('POST /auth/invite/preview', () => ({ email: 'bert@jansen.example', name: 'Bert Jansen' }));
    const el = mountPortal({ locale: 'en' });
    await waitForText(el, 'This account is for');
  });
});

describe('links from mails', () => {
  it('a guest’s follow link opens the request, without a sign-in, and leaves the address bar', async () => {
    history.replaceState(null, '', `#kp-follow=${followToken}`);
    signedOutApi();
    api.on('POST /guest-follow', () => ({
      reference: 'KP-7F3K2Q',
      status: 'submitted',
      workType: 'Onderhoud',
      submittedAt: '2026-11-20T09:00:00.000Z',
      timeline: [{ status: 'submitted', note: null, at: '2026-11-20T09:00:00.000Z' }],
      messages: [],
      linkExpiresAt: '2027-02-18T09:00:00.000Z',
      portalName: 'Installatiebedrijf Jansen',
    }));
    const el = mountPortal();
    await waitFor(el, 'kp-sign-in kp-guest-follow');
    expect(location.hash).to.equal('');
    await waitForText(el, 'KP-7F3K2Q');
    expect(calls('POST', '/guest-follow')[0]!.body).to.deep.equal({ token: followToken });
    expect(calls('POST', '/auth/refresh')).to.have.length(0);
    find<HTMLButtonElement>(el, 'kp-sign-in kp-guest-follow [part~="back"]')!.click();
    await waitFor(el, 'kp-sign-in #email');
  });

  it('a mail’s link to a request opens that request right after signing in, on a page that does not mirror views', async () => {
    history.replaceState(null, '', '#kp/requests/req_42');
    signedOutApi();
    api.on('POST /auth/login', () => signInAnswer());
    const el = mountPortal();
    await waitFor(el, 'kp-sign-in form');
    expect(location.hash).to.equal('');
    type(find(el, 'kp-sign-in #email'), 'anna@example.nl');
    type(find(el, 'kp-sign-in #password'), 'een lange zin als wachtwoord');
    find<HTMLFormElement>(el, 'kp-sign-in form')!.requestSubmit();
    const detail = await waitFor<HTMLElementTagNameMap['kp-request-detail-view']>(el, 'kp-request-detail-view');
    expect(detail.recordId).to.equal('req_42');
  });
});
