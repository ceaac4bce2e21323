import { expect, waitUntil } from '@open-wc/testing';
import { setLocale } from '../i18n/localization.js';
import { errorResponse, mockApi, type MockApi } from '../test-support/mock-api.js';
import './quote-detail-view.js';
import type { QuoteDetailView } from './quote-detail-view.js';
import { config, find, has, mountView, nextYear, quote, text } from './view-fixtures.js';

const withSignature = { ...config, quotes: { requireSignature: true } };
const withTerms = { ...config, requestForm: { ...config.requestForm, termsUrl: 'https://www.vanderberg.example/voorwaarden' } };

const decided = (outcome: 'accepted' | 'declined', extra: { signedName?: string; reason?: string | null } = {}) =>
  quote({ status: outcome, decision: { outcome, at: '2026-11-22T14:03:00.000Z', signedName: extra.signedName ?? null, reason: extra.reason ?? null } });

function typeName(view: QuoteDetailView, name: string) {
  const input = view.shadowRoot!.querySelector<HTMLInputElement>('#signed-name')!;
  input.value = name;
  input.dispatchEvent(new InputEvent('input'));
  input.dispatchEvent(new FocusEvent('blur'));
}

async function tickAgree(view: QuoteDetailView) {
  const box = view.shadowRoot!.querySelector<HTMLInputElement>('#agree')!;
  box.click();
  await view.updateComplete;
}

/** Opens the confirmation step: answers the button that accepts. */
async function openConfirm(view: QuoteDetailView): Promise<HTMLButtonElement> {
  (await find(view, '[part="accept"]')).click();
  return find<HTMLButtonElement>(view, '[part="confirm-accept"]');
}

/** Draws a stroke on the pad with pointer events, as a finger or mouse would. */
async function draw(view: QuoteDetailView) {
  const pad = view.shadowRoot!.querySelector('kp-signature-pad')!;
  await pad.updateComplete;
  const canvas = pad.shadowRoot!.querySelector('canvas')!;
  const box = canvas.getBoundingClientRect();
  const at = (type: string, x: number, y: number) =>
    canvas.dispatchEvent(new PointerEvent(type, { clientX: box.left + x * box.width, clientY: box.top + y * box.height, pointerId: 1, pointerType: 'touch', bubbles: true, isPrimary: true }));
  at('pointerdown', 0.1, 0.5);
  for (let step = 1; step <= 10; step += 1) at('pointermove', 0.1 + step * 0.08, 0.5 + Math.sin(step) * 0.2);
  at('pointerup', 0.9, 0.5);
  await view.updateComplete;
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

  it('accepts through a confirmation step with the number, the total including VAT and the validity', async () => {
    api = mockApi({ 'GET /quotes/:id': () => quote(), 'POST /quotes/:id/accept': () => decided('accepted', { signedName: 'Anna de Vries' }) });
    const view = await mountView<QuoteDetailView>('kp-quote-detail-view', { recordId: 'quo_1' });
    const accept = await openConfirm(view);
    const step = await find(view, '[part="confirm"]');
    await waitUntil(() => view.shadowRoot!.activeElement?.id === 'confirm-title', 'focus moves to the confirmation step');
    expect(text(step.querySelector('[part="summary"]'))).to.contain('OF-2026-031').and.contain('€ 2.553,10').and.contain(`31 januari ${nextYear}`);
    expect(text(step)).to.contain('Totaal incl. btw').and.contain('Ik ga akkoord met offerte OF-2026-031');
    expect(has(view, '[part="terms"]'), 'no terms without a terms URL').to.equal(false);

    expect(accept.disabled, 'disabled at first').to.equal(true);
    await tickAgree(view);
    expect(accept.disabled, 'disabled without a name').to.equal(true);
    typeName(view, 'Anna');
    await view.updateComplete;
    expect(accept.disabled, 'one word is not a full name').to.equal(true);
    const input = view.shadowRoot!.querySelector<HTMLInputElement>('#signed-name')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.contain('signed-name-error');
    typeName(view, '  Anna de Vries ');
    await view.updateComplete;
    expect(accept.disabled, 'enabled once agreed and named').to.equal(false);
    expect(text(view.shadowRoot!.querySelector('#accept-missing'))).to.contain('Alles is ingevuld');
    await tickAgree(view);
    expect(accept.disabled, 'disabled again when unticked').to.equal(true);
    expect(text(view.shadowRoot!.querySelector('#accept-missing'))).to.contain('vink “Ik ga akkoord” aan');
    await tickAgree(view);

    accept.click();
    const outcome = await find(view, '#decision-outcome');
    const posted = api.calls.find((call) => call.method === 'POST')!;
    expect(posted.path).to.equal('/quotes/quo_1/accept');
    expect(posted.body).to.deep.equal({ agree: true, fullName: 'Anna de Vries' });
    expect(outcome.getAttribute('role')).to.equal('status');
    expect(text(outcome)).to.contain('geaccepteerd als Anna de Vries').and.contain('22 nov 2026');
    await waitUntil(() => view.shadowRoot!.activeElement === outcome, 'focus moves to the confirmation');
    expect(view.shadowRoot!.querySelector('kp-status-badge')!.getAttribute('status')).to.equal('accepted');
  });

  it('shows the portal’s terms with a link, and agrees to them', async () => {
    api = mockApi({ 'GET /quotes/:id': () => quote() });
    const view = await mountView<QuoteDetailView>('kp-quote-detail-view', { recordId: 'quo_1', config: withTerms });
    await openConfirm(view);
    const terms = await find(view, '[part="terms"]');
    expect(terms.querySelector('a')!.getAttribute('href')).to.equal('https://www.vanderberg.example/voorwaarden');
    expect(terms.querySelector('a')!.getAttribute('target')).to.equal('_blank');
    expect(text(view.shadowRoot!.querySelector('label.agree'))).to.contain('en de voorwaarden');
  });

  it('goes back from the confirmation step with Escape or Cancel, focus on the accept button', async () => {
    api = mockApi({ 'GET /quotes/:id': () => quote() });
    const view = await mountView<QuoteDetailView>('kp-quote-detail-view', { recordId: 'quo_1' });
    await openConfirm(view);
    view.shadowRoot!.querySelector('#signed-name')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await waitUntil(() => !has(view, '[part="confirm"]'), 'the step closes');
    await waitUntil(() => view.shadowRoot!.activeElement?.getAttribute('part') === 'accept', 'focus back on the accept button');
    await openConfirm(view);
    view.shadowRoot!.querySelector<HTMLButtonElement>('[part="cancel-accept"]')!.click();
    await waitUntil(() => view.shadowRoot!.activeElement?.getAttribute('part') === 'accept', 'focus back after cancel');
    expect(api.calls.filter((call) => call.method === 'POST')).to.have.length(0);
  });

  it('asks for a drawn signature when the portal wants one, and sends it as a PNG', async () => {
    api = mockApi({ 'GET /quotes/:id': () => quote(), 'POST /quotes/:id/accept': () => decided('accepted', { signedName: 'Anna de Vries' }) });
    const view = await mountView<QuoteDetailView>('kp-quote-detail-view', { recordId: 'quo_1', config: withSignature });
    const accept = await openConfirm(view);
    await tickAgree(view);
    typeName(view, 'Anna de Vries');
    await view.updateComplete;
    expect(accept.disabled, 'a signature is still missing').to.equal(true);
    expect(text(view.shadowRoot!.querySelector('#accept-missing'))).to.contain('zet uw handtekening');
    expect(text(view.shadowRoot!.querySelector('[part="confirm"] fieldset'))).to.contain('getypte naam als handtekening');
    await draw(view);
    expect(accept.disabled, 'signed').to.equal(false);
    accept.click();
    await find(view, '#decision-outcome');
    const body = api.calls.find((call) => call.method === 'POST')!.body as { signature: string };
    expect(body.signature).to.match(/^data:image\/png;base64,/);
    expect(body.signature.length).to.be.below(140_000);
  });

  it('says an expired quote cannot be accepted, with its last valid day', async () => {
    api = mockApi({ 'GET /quotes/:id': () => quote({ validUntil: '2020-01-31' }) });
    const view = await mountView<QuoteDetailView>('kp-quote-detail-view', { recordId: 'quo_1' });
    expect(text(await find(view, '#decision-outcome'))).to.contain('geldig tot en met 31 januari 2020').and.contain('kan niet meer worden geaccepteerd');
    expect(has(view, '[part="accept"]'), '[part="accept"]').to.equal(false);
  });

  it('fits 320 px without scrolling sideways, the signature pad included', async () => {
    api = mockApi({ 'GET /quotes/:id': () => quote() });
    const view = await mountView<QuoteDetailView>('kp-quote-detail-view', { recordId: 'quo_1', config: { ...withSignature, ...{ requestForm: withTerms.requestForm } } });
    (view.parentElement as HTMLElement).style.width = '320px';
    await openConfirm(view);
    await view.updateComplete;
    const pad = view.shadowRoot!.querySelector('kp-signature-pad')!;
    expect(pad.getBoundingClientRect().width).to.be.at.most(320);
    expect(view.scrollWidth, 'nothing sticks out sideways').to.be.at.most(320);
    await expect(view).to.be.accessible();
  });

  it('is complete in English', async () => {
    await setLocale('en');
    api = mockApi({ 'GET /quotes/:id': () => quote() });
    const view = await mountView<QuoteDetailView>('kp-quote-detail-view', { recordId: 'quo_1', locale: 'en', config: withSignature });
    await openConfirm(view);
    const step = await find(view, '[part="confirm"]');
    expect(text(step)).to.contain('Accept the quote').and.contain('Total incl. VAT').and.contain('€2,553.10').and.contain(`31 January ${nextYear}`).and.contain('I agree to quote OF-2026-031');
    expect(text(step)).to.contain('Your signature').and.contain('To accept: tick “I agree”, type your full name, sign.');
    expect(text(step)).not.to.match(/handtekening|akkoord|Offerte/);
  });

  it('declines with an optional reason', async () => {
    api = mockApi({ 'GET /quotes/:id': () => quote(), 'POST /quotes/:id/decline': () => decided('declined', { reason: 'Te duur' }) });
    const view = await mountView<QuoteDetailView>('kp-quote-detail-view', { recordId: 'quo_1' });
    (await find(view, '[part="decline"]')).click();
    const reason = await find<HTMLTextAreaElement>(view, '#decline-reason');
    await waitUntil(() => view.shadowRoot!.activeElement === reason, 'focus moves to the reason');
    expect(text(view.shadowRoot!.querySelector('label[for="decline-reason"] .optional')!)).to.equal('(optioneel)');
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
    const accept = await openConfirm(view);
    await tickAgree(view);
    typeName(view, 'Anna de Vries');
    await view.updateComplete;
    accept.click();
    const error = await find(view, '[part="decision-error"]');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.contain('kan niet meer worden geaccepteerd');
    current = quote({ status: 'expired', validUntil: '2026-12-31' });
    error.querySelector('button')!.click();
    await waitUntil(() => text(view).includes('was geldig tot en met 31 december 2026'), 'the expired quote is shown');
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

  it('passes axe while declining, and in the confirmation step with a name error shown', async () => {
    api = mockApi({ 'GET /quotes/:id': () => quote() });
    const view = await mountView<QuoteDetailView>('kp-quote-detail-view', { recordId: 'quo_1', config: withTerms });
    (await find(view, '[part="decline"]')).click();
    await find(view, '#decline-reason');
    await expect(view).to.be.accessible();
    await openConfirm(view);
    typeName(view, 'A');
    await view.updateComplete;
    expect(has(view, '#signed-name-error'), 'the name error').to.equal(true);
    await expect(view).to.be.accessible();
  });
});
