import { expect, waitUntil } from '@open-wc/testing';
import { setLocale } from '../i18n/localization.js';
import { errorResponse, mockApi, type MockApi } from '../test-support/mock-api.js';
import './quote-detail-view.js';
import type { QuoteDetailView } from './quote-detail-view.js';
import { find, has, mountView, quote, text } from './view-fixtures.js';

const decided = (outcome: 'accepted' | 'declined', extra: { signedName?: string; reason?: string | null } = {}) =>
  quote({ status: outcome, decision: { outcome, at: '2026-11-22T14:03:00.000Z', signedName: extra.signedName ?? null, reason: extra.reason ?? null } });

function typeName(view: QuoteDetailView, name: string) {
  const input = view.shadowRoot!.querySelector<HTMLInputElement>('#signed-name')!;
  input.value = name;
  input.dispatchEvent(new InputEvent('input'));
}

describe('<kp-quote-detail-view>', () => {
  let api: MockApi;
  afterEach(async () => {
    api.restore();
    await setLocale('nl');
  });

  it('shows the lines with VAT per rate and the business’s total', async () => {
    api = mockApi({ 'GET /quotes/:id': () => quote() });
    const view = await mountView<QuoteDetailView>('kp-quote-detail-view', { recordId: 'quo_1' });
    const totals = await find(view, '[part="totals"]');
    expect(text(totals)).to.contain('Subtotaal excl. btw').and.contain('€ 2.110,00').and.contain('Btw 21%').and.contain('€ 443,10').and.contain('€ 2.553,10');
    expect(view.shadowRoot!.querySelectorAll('[part="lines"] tbody tr')).to.have.length(2);
  });

  it('asks for the full name before accepting, and accepts with it', async () => {
    api = mockApi({ 'GET /quotes/:id': () => quote(), 'POST /quotes/:id/accept': () => decided('accepted', { signedName: 'Anna de Vries' }) });
    const view = await mountView<QuoteDetailView>('kp-quote-detail-view', { recordId: 'quo_1' });
    (await find(view, '[part="accept"]')).click();
    await view.updateComplete;
    const input = view.shadowRoot!.querySelector<HTMLInputElement>('#signed-name')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.contain('signed-name-error');
    expect(view.shadowRoot!.activeElement === input, 'focus on the name').to.equal(true);
    expect(api.calls.filter((call) => call.method === 'POST')).to.have.length(0);

    typeName(view, '  Anna de Vries ');
    view.shadowRoot!.querySelector<HTMLButtonElement>('[part="accept"]')!.click();
    const outcome = await find(view, '#decision-outcome');
    const accept = api.calls.find((call) => call.method === 'POST')!;
    expect(accept.path).to.equal('/quotes/quo_1/accept');
    expect(accept.body).to.deep.equal({ signedName: 'Anna de Vries' });
    expect(outcome.getAttribute('role')).to.equal('status');
    expect(text(outcome)).to.contain('geaccepteerd als Anna de Vries');
    await waitUntil(() => view.shadowRoot!.activeElement === outcome, 'focus moves to the confirmation');
    expect(view.shadowRoot!.querySelector('kp-status-badge')!.getAttribute('status')).to.equal('accepted');
  });

  it('declines with an optional reason', async () => {
    api = mockApi({ 'GET /quotes/:id': () => quote(), 'POST /quotes/:id/decline': () => decided('declined', { reason: 'Te duur' }) });
    const view = await mountView<QuoteDetailView>('kp-quote-detail-view', { recordId: 'quo_1' });
    (await find(view, '[part="decline"]')).click();
    const reason = await find<HTMLTextAreaElement>(view, '#decline-reason');
    await waitUntil(() => view.shadowRoot!.activeElement === reason, 'focus moves to the reason');
    reason.value = 'Te duur';
    reason.dispatchEvent(new InputEvent('input'));
    view.shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm-decline"]')!.click();
    const outcome = await find(view, '#decision-outcome');
    expect(api.calls.find((call) => call.method === 'POST')!.body).to.deep.equal({ reason: 'Te duur' });
    expect(text(outcome)).to.contain('afgewezen').and.contain('Te duur');
  });

  it('says the quote can no longer be accepted when the server answers 409, and reloads it on request', async () => {
    let current = quote();
    api = mockApi({
      'GET /quotes/:id': () => current,
      'POST /quotes/:id/accept': () => errorResponse(409, 'conflict', 'This quote is no longer valid. Ask for a new one.'),
    });
    const view = await mountView<QuoteDetailView>('kp-quote-detail-view', { recordId: 'quo_1' });
    await find(view, '[part="accept"]');
    typeName(view, 'Anna de Vries');
    view.shadowRoot!.querySelector<HTMLButtonElement>('[part="accept"]')!.click();
    const error = await find(view, '[part="decision-error"]');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.contain('kan niet meer worden geaccepteerd');
    current = quote({ status: 'expired' });
    error.querySelector('button')!.click();
    await waitUntil(() => text(view).includes('Deze offerte is verlopen'), 'the expired quote is shown');
    expect(has(view, '[part="accept"]'), '[part="accept"]').to.equal(false);
  });

  it('shows the answer already given instead of the buttons', async () => {
    api = mockApi({ 'GET /quotes/:id': () => decided('accepted', { signedName: 'Piet Jansen' }) });
    const view = await mountView<QuoteDetailView>('kp-quote-detail-view', { recordId: 'quo_1' });
    expect(text(await find(view, '#decision-outcome'))).to.contain('Piet Jansen');
    expect(has(view, '[part="accept"]'), '[part="accept"]').to.equal(false);
  });

  it('downloads the PDF with the token, under the name the server gives', async () => {
    const saved: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.download) saved.push(this.download);
      else click.call(this);
    };
    try {
      api = mockApi({
        'GET /quotes/:id': () => quote(),
        'GET /quotes/:id/pdf': () => new Response(new Blob(['%PDF-1.7'], { type: 'application/pdf' }), { headers: { 'Content-Disposition': 'attachment; filename="offerte OF-2026-031.pdf"' } }),
      });
      const view = await mountView<QuoteDetailView>('kp-quote-detail-view', { recordId: 'quo_1' });
      const button = await find(view, 'kp-download-button');
      button.shadowRoot!.querySelector('button')!.click();
      await waitUntil(() => saved.length === 1, 'the PDF was saved');
      expect(saved).to.deep.equal(['offerte OF-2026-031.pdf']);
      expect(api.calls.at(-1)!.path).to.equal('/quotes/quo_1/pdf');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
  });

  it('passes axe while deciding, with a name error shown', async () => {
    api = mockApi({ 'GET /quotes/:id': () => quote() });
    const view = await mountView<QuoteDetailView>('kp-quote-detail-view', { recordId: 'quo_1' });
    (await find(view, '[part="accept"]')).click();
    (await find(view, '[part="decline"]')).click();
    await find(view, '#decline-reason');
    await expect(view).to.be.accessible();
  });
});
