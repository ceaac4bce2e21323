import { expect, fixture, html } from '@open-wc/testing';
import { PortalClient } from '../api/client.js';
import { setLocale } from '../i18n/localization.js';
import { find, findAll, visibleText, waitFor, waitForText } from '../shell-fixtures.js';
import { errorResponse, mockApi, never, type MockApi } from '../test-support/mock-api.js';
import type { FollowedRequest, GuestFollowView } from './guest-follow-view.js';
import './guest-follow-view.js';

let api: MockApi;
const token = 'v'.repeat(43);

const followedRequest = (overrides: Partial<FollowedRequest> = {}): FollowedRequest => ({
  reference: 'KP-7F3K2Q',
  status: 'in_review',
  workType: 'Onderhoud',
  submittedAt: '2026-11-20T09:00:00.000Z',
  timeline: [
    { status: 'submitted', note: null, at: '2026-11-20T09:00:00.000Z' },
    { status: 'in_review', note: 'We bellen u morgen om een afspraak te maken.', at: '2026-11-21T10:00:00.000Z' },
  ],
  messages: [{ authorName: 'Installatiebedrijf Jansen', body: 'Kunt u dinsdag thuis zijn?\nDan komt de monteur.', at: '2026-11-21T10:05:00.000Z' }],
  linkExpiresAt: '2027-02-18T09:00:00.000Z',
  portalName: 'Installatiebedrijf Jansen',
  ...overrides,
});

async function mount(locale: 'nl' | 'en' = 'nl') {
  const el = await fixture<GuestFollowView>(html`<kp-guest-follow .client=${new PortalClient('https://api.example', 'jansen')} .token=${token} .locale=${locale}></kp-guest-follow>`);
  const closed: string[] = [];
  el.addEventListener('kp-guest-close', () => closed.push('close'));
  return { el, closed };
}

afterEach(async () => {
  api?.restore();
  await setLocale('nl');
});

describe('<kp-guest-follow>', () => {
  it('says it is loading', async () => {
    api = mockApi({ 'POST /guest-follow': never });
    const { el } = await mount();
    await waitFor(el, '[aria-busy="true"]');
    expect(visibleText(el)).to.contain('Uw aanvraag laden…');
    await expect(el).to.be.accessible();
  });

  it('shows the status, the steps and the business’s messages, sending the token in the body only', async () => {
    api = mockApi({ 'POST /guest-follow': () => followedRequest() });
    const { el, closed } = await mount();
    await waitFor(el, '[part~="reference"]');
    expect(api.calls[0]!.body).to.deep.equal({ token });
    expect(api.calls[0]!.path).to.equal('/guest-follow');
    const text = visibleText(el);
    for (const words of ['Uw aanvraag', 'KP-7F3K2Q', 'Onderhoud', 'Verloop', 'We bellen u morgen', 'Berichten van Installatiebedrijf Jansen', 'Kunt u dinsdag thuis zijn?', 'Stuur de link niet door']) {
      expect(text).to.contain(words);
    }
    expect(findAll(el.shadowRoot!, '[part~="message"]')).to.have.length(1);
    await expect(el).to.be.accessible();
    find<HTMLButtonElement>(el, '[part~="back"]')!.click();
    expect(closed).to.deep.equal(['close']);
  });

  it('says so when the business has not written yet', async () => {
    api = mockApi({ 'POST /guest-follow': () => followedRequest({ messages: [] }) });
    const { el } = await mount();
    await waitForText(el, 'Nog geen berichten.');
  });

  it('tells calmly that a link no longer works, and what to do next', async () => {
    api = mockApi({ 'POST /guest-follow': () => errorResponse(404, 'not_found', 'This link does not work (any more).') });
    const { el } = await mount();
    await waitForText(el, 'Deze link werkt niet meer');
    expect(visibleText(el)).to.contain('Een link werkt 90 dagen');
    expect(visibleText(el)).to.contain('noem de referentie');
    expect(find(el, '[part~="retry"]')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('offers to try again when the server could not be reached', async () => {
    let fail = true;
    api = mockApi({ 'POST /guest-follow': () => (fail ? errorResponse(503, 'internal', 'weg') : followedRequest()) });
    const { el } = await mount();
    await waitForText(el, 'Uw aanvraag kon niet worden geladen.');
    await expect(el).to.be.accessible();
    fail = false;
    find<HTMLButtonElement>(el, '[part~="retry"]')!.click();
    await waitFor(el, '[part~="reference"]');
  });

  it('reads in English', async () => {
    api = mockApi({ 'POST /guest-follow': () => followedRequest() });
    await setLocale('en');
    const { el } = await mount('en');
    await waitFor(el, '[part~="reference"]');
    for (const words of ['Your request', 'Work type', 'Submitted', 'Progress', 'Messages from Installatiebedrijf Jansen', 'Do not pass the link on']) expect(visibleText(el)).to.contain(words);
  });

  it('fits a 390 px phone without sideways scrolling', async () => {
    api = mockApi({ 'POST /guest-follow': () => followedRequest({ reference: 'KP-7F3K2QXYZ' }) });
    const { el } = await mount();
    el.style.width = '358px';
    await waitFor(el, '[part~="reference"]');
    expect(el.scrollWidth).to.be.at.most(358);
  });
});
