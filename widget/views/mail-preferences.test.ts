import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { PortalClient } from '../api/client.js';
import { setLocale } from '../i18n/localization.js';
import { config, contact, deepActiveElement, find, findAll, visibleText, waitFor, waitForText } from '../shell-fixtures.js';
import { errorResponse, mockApi, never, type MockApi } from '../test-support/mock-api.js';
import type { AccountView } from './account-view.js';
import './account-view.js';
import type { MailPreferences, MailPreferencesElement } from './mail-preferences.js';
import './mail-preferences.js';

let api: MockApi;
const everything: MailPreferences = { requestUpdates: true, messages: true, newQuotes: true, newInvoices: true, workOrderPlanning: true };
const account = (mailPreferences: MailPreferences = everything) => ({ ...contact(), mailPreferences });
const client = () => new PortalClient('https://api.example', 'jansen');

async function mount(locale: 'nl' | 'en' = 'nl') {
  return fixture<MailPreferencesElement>(html`<kp-mail-preferences .client=${client()} .locale=${locale}></kp-mail-preferences>`);
}
const box = (el: Element, kind: keyof MailPreferences) => find<HTMLInputElement>(el, `input[name="${kind}"]`)!;

afterEach(async () => {
  api?.restore();
  await setLocale('nl');
});

describe('<kp-mail-preferences>', () => {
  it('says it is loading, then shows each kind of mail as the customer chose it', async () => {
    let answer: (value: Response) => void = () => {};
    api = mockApi({ 'GET /me': () => new Promise<Response>((resolve) => (answer = resolve)) });
    const el = await mount();
    expect(find(el, '[aria-busy="true"]')).to.not.equal(undefined);
    expect(visibleText(el)).to.contain('Uw keuze laden…');
    answer(new Response(JSON.stringify(account({ ...everything, newQuotes: false })), { headers: { 'Content-Type': 'application/json' } }));
    await waitFor(el, 'input[name="newQuotes"]');
    expect(findAll<HTMLInputElement>(el.shadowRoot!, 'input[type="checkbox"]').map((input) => [input.name, input.checked])).to.deep.equal([
      ['requestUpdates', true],
      ['messages', true],
      ['workOrderPlanning', true],
      ['newQuotes', false],
      ['newInvoices', true],
    ]);
    expect(visibleText(el)).to.contain('zoals een inloglink of een nieuw wachtwoord, krijgt u altijd');
  });

  it('saves the choice and confirms it beside the button', async () => {
    api = mockApi({ 'GET /me': () => account(), 'PATCH /me': (call) => account({ ...everything, ...(call.body as { mailPreferences: MailPreferences }).mailPreferences }) });
    const el = await mount();
    await waitFor(el, 'input[name="newInvoices"]');
    box(el, 'newInvoices').click();
    box(el, 'messages').click();
    find<HTMLButtonElement>(el, '[part~="save"]')!.click();
    await waitForText(el, 'Uw keuze is opgeslagen.');
    const patch = api.calls.find((call) => call.method === 'PATCH')!;
    expect(patch.body).to.deep.equal({ mailPreferences: { ...everything, newInvoices: false, messages: false } });
    expect(find(el, '.save [role="status"]')!.textContent).to.contain('Uw keuze is opgeslagen.');
    // Ticking again takes the confirmation away: it no longer describes what is shown.
    box(el, 'messages').click();
    await waitUntil(() => !visibleText(el).includes('Uw keuze is opgeslagen.'));
  });

  it('shows a failed save beside the button and keeps what was ticked', async () => {
    api = mockApi({ 'GET /me': () => account(), 'PATCH /me': () => errorResponse(500, 'internal', 'kapot') });
    const el = await mount();
    await waitFor(el, 'input[name="newQuotes"]');
    box(el, 'newQuotes').click();
    find<HTMLButtonElement>(el, '[part~="save"]')!.click();
    await waitFor(el, '.save [role="alert"]');
    expect(find(el, '.save [role="alert"]')!.textContent).to.contain('Er ging aan onze kant iets mis');
    expect(box(el, 'newQuotes').checked).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('says when the choice could not be loaded, and tries again', async () => {
    let fail = true;
    api = mockApi({ 'GET /me': () => (fail ? errorResponse(503, 'internal', 'weg') : account()) });
    const el = await mount();
    await waitFor(el, '[role="alert"]');
    expect(visibleText(el)).to.contain('Uw keuze kon niet worden geladen.');
    await expect(el).to.be.accessible();
    fail = false;
    find<HTMLButtonElement>(el, '[part~="retry"]')!.click();
    await waitFor(el, 'input[name="messages"]');
  });

  it('is used with the keyboard alone: Tab to a box, Space to tick it, Enter to save', async () => {
    api = mockApi({ 'GET /me': () => account(), 'PATCH /me': (call) => account({ ...everything, ...(call.body as { mailPreferences: MailPreferences }).mailPreferences }) });
    const el = await mount();
    await waitFor(el, 'input[name="requestUpdates"]');
    box(el, 'requestUpdates').focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(box(el, 'messages'));
    await sendKeys({ press: 'Space' });
    expect(box(el, 'messages').checked).to.equal(false);
    await sendKeys({ press: 'Enter' });
    await waitForText(el, 'Uw keuze is opgeslagen.');
    expect(api.calls.find((call) => call.method === 'PATCH')!.body).to.deep.equal({ mailPreferences: { ...everything, messages: false } });
  });

  it('reads in English, and passes axe', async () => {
    api = mockApi({ 'GET /me': () => account(), 'PATCH /me': () => account() });
    await setLocale('en');
    const el = await mount('en');
    await waitFor(el, 'input[name="messages"]');
    for (const words of ['Send me an email about', 'My requests', 'Messages from the business', 'Work order planning', 'New quotes', 'New invoices', 'are always sent', 'Save choice']) {
      expect(visibleText(el)).to.contain(words);
    }
    find<HTMLButtonElement>(el, '[part~="save"]')!.click();
    await waitForText(el, 'Your choice has been saved.');
    await expect(el).to.be.accessible();
  });
});

describe('the account view', () => {
  it('has the mail choices as a section of its own, and names who has access so a household reads it right', async () => {
    api = mockApi({ 'GET /me': () => account(), 'GET /contacts': () => ({ items: [], nextCursor: null }) });
    const view = await fixture<AccountView>(html`<kp-account-view .client=${client()} .config=${config()} .user=${contact({ role: 'admin' })} .locale=${'nl'}></kp-account-view>`);
    await waitFor(view, 'kp-mail-preferences input[name="messages"]');
    const headings = findAll(view.shadowRoot!, 'h3').map((heading) => heading.textContent!.trim());
    expect(headings).to.include.members(['Mail', 'Toegang']);
    expect(visibleText(view)).to.not.contain('Collega');
    expect(visibleText(view)).to.contain('huisgenoten');
    await waitForText(view, 'Alleen u heeft nog toegang');
    await expect(view).to.be.accessible();
  });

  it('reads in English', async () => {
    api = mockApi({ 'GET /me': () => account(), 'GET /contacts': () => ({ items: [], nextCursor: null }) });
    await setLocale('en');
    const view = await fixture<AccountView>(html`<kp-account-view .client=${client()} .config=${config()} .user=${contact({ role: 'admin' })} .locale=${'en'}></kp-account-view>`);
    await waitFor(view, 'kp-mail-preferences input[name="messages"]');
    for (const words of ['Who has access', 'household', 'Invite someone', 'Only you have access so far']) await waitForText(view, words);
  });

  it('waits for the choice without holding up the rest of the account', async () => {
    api = mockApi({ 'GET /me': never });
    const view = await fixture<AccountView>(html`<kp-account-view .client=${client()} .config=${config()} .user=${contact()} .locale=${'nl'}></kp-account-view>`);
    await waitFor(view, 'kp-mail-preferences [aria-busy="true"]');
    expect(find(view, '#name')).to.not.equal(undefined);
  });
});
