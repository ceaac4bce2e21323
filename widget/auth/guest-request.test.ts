import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { PortalClient } from '../api/client.js';
import type { AddressFields } from '../components/address-fields.js';
import type { PhotoPicker } from '../components/photo-picker.js';
import { setLocale } from '../i18n/localization.js';
import { errorResponse, jsonResponse, mockApi, type MockApi } from '../test-support/mock-api.js';
import { config, photoFile } from '../views/view-fixtures.js';
import './guest-request.js';
import type { GuestRequestElement } from './guest-request.js';

const accepted = { reference: 'KP-GAST42', id: 'req_g1', upload: { token: 'kp_up_abcdefghijklmnopqrstuvwxyz', expiresAt: new Date(Date.now() + 1_800_000).toISOString() } };

async function mountGuest(locale: 'nl' | 'en' = 'nl'): Promise<GuestRequestElement> {
  const el = document.createElement('kp-guest-request');
  el.client = new PortalClient('https://api.test', 'demo');
  el.config = { ...config, features: { ...config.features, guestRequests: true } };
  el.locale = locale;
  await fixture(html`<div>${el}</div>`);
  await el.updateComplete;
  return el;
}

const root = (el: Element) => el.shadowRoot!;
const address = (el: GuestRequestElement) => root(el).querySelector<AddressFields>('kp-address-fields')!;

function typeInto(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

async function fillIn(el: GuestRequestElement, postcode = '3511ab') {
  typeInto(root(el).querySelector('#name')!, 'Gerda de Gast');
  typeInto(root(el).querySelector('#email')!, 'gerda@example.nl');
  typeInto(root(el).querySelector('#phone')!, '06 12345678');
  const fields = address(el);
  await fields.updateComplete;
  typeInto(root(fields).querySelector('#guest-address-postalCode')!, postcode);
  typeInto(root(fields).querySelector('#guest-address-houseNumber')!, '12');
  typeInto(root(fields).querySelector('#guest-address-addition')!, 'a');
  typeInto(root(fields).querySelector('#guest-address-street')!, 'Oudegracht');
  typeInto(root(fields).querySelector('#guest-address-city')!, 'Utrecht');
  const workType = root(el).querySelector<HTMLSelectElement>('#workType')!;
  workType.value = 'repair';
  workType.dispatchEvent(new Event('change'));
  typeInto(root(el).querySelector('#description')!, 'De boiler lekt onderaan.');
  await el.updateComplete;
}

async function choosePhoto(el: GuestRequestElement, file: File) {
  const picker = root(el).querySelector<PhotoPicker>('kp-photo-picker')!;
  const input = root(picker).querySelector<HTMLInputElement>('#choose')!;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  await picker.whenSettled();
  await picker.updateComplete;
}

const submit = (el: GuestRequestElement) => root(el).querySelector<HTMLFormElement>('form')!.requestSubmit();

describe('<kp-guest-request>', () => {
  let api: MockApi;
  afterEach(async () => {
    api?.restore();
    await setLocale('nl');
  });

  it('sends a photo with the upload token of the request it just made, and thanks with the reference', async () => {
    api = mockApi({ 'POST /guest-requests': () => jsonResponse(accepted, 202), 'POST /guest-requests/:id/attachments': () => jsonResponse({ id: 'att_1' }, 201) });
    const el = await mountGuest();
    await fillIn(el);
    await choosePhoto(el, await photoFile(400, 300, 'ketel.png'));
    submit(el);
    await waitUntil(() => root(el).querySelector('[part="reference"]'), 'the thank-you screen');
    expect(root(el).querySelector('[part="reference"]')!.textContent).to.contain('KP-GAST42');
    const sent = api.calls.find((call) => call.path === '/guest-requests')!;
    expect((sent.body as { address: unknown }).address).to.deep.equal({ street: 'Oudegracht', houseNumber: '12', houseNumberAddition: 'a', postalCode: '3511 AB', city: 'Utrecht', country: 'NL' });
    const upload = api.calls.find((call) => call.path === '/guest-requests/req_g1/attachments')!;
    expect(upload.headers.get('authorization')).to.equal(`Bearer ${accepted.upload.token}`);
    expect(((upload.body as FormData).get('file') as File).name).to.equal('ketel.jpg');
    await expect(el).to.be.accessible();
  });

  it('says which photo did not arrive, counted right, and sends it again', async () => {
    let tries = 0;
    api = mockApi({
      'POST /guest-requests': () => jsonResponse(accepted, 202),
      'POST /guest-requests/:id/attachments': () => (++tries === 1 ? errorResponse(415, 'unsupported_media_type', 'Only photos and PDF files can be attached.') : jsonResponse({ id: 'att_2' }, 201)),
    });
    const el = await mountGuest();
    await fillIn(el);
    await choosePhoto(el, await photoFile(200, 200, 'display.png'));
    submit(el);
    await waitUntil(() => root(el).querySelector('[part="photos-failed"]'), 'the failed photo');
    expect(root(el).querySelector('[part="photos-failed"]')!.textContent).to.contain('1 foto is niet verstuurd').and.contain('display.jpg');
    root(el).querySelector<HTMLButtonElement>('[part="photos-failed"] button')!.click();
    await waitUntil(() => !root(el).querySelector('[part="photos-failed"]'), 'sent again');
    expect(tries).to.equal(2);
  });

  it('checks the postcode first as 1234 AB, focusing it, and sends nothing', async () => {
    api = mockApi({ 'POST /guest-requests': () => jsonResponse(accepted, 202) });
    const el = await mountGuest();
    await fillIn(el, '351 AB');
    submit(el);
    const fields = address(el);
    await waitUntil(() => root(fields).querySelector('#guest-address-postalCode-error'), 'the postcode error');
    expect(root(fields).querySelector('#guest-address-postalCode-error')!.textContent).to.contain('1234 AB');
    expect(root(fields).querySelector('#guest-address-postalCode')!.getAttribute('aria-describedby')).to.contain('guest-address-postalCode-error');
    await waitUntil(() => root(fields).activeElement?.id === 'guest-address-postalCode', 'focus on the postcode');
    expect(api.calls).to.have.length(0);
  });

  it('takes an address abroad in a free form, in English too', async () => {
    await setLocale('en');
    api = mockApi({ 'POST /guest-requests': () => jsonResponse(accepted, 202) });
    const el = await mountGuest('en');
    const fields = address(el);
    await fields.updateComplete;
    const country = root(fields).querySelector<HTMLSelectElement>('#guest-address-country')!;
    expect(country.selectedOptions[0]!.textContent).to.contain('Netherlands');
    country.value = 'BE';
    country.dispatchEvent(new Event('change'));
    await fields.updateComplete;
    const labels = [...root(fields).querySelectorAll('label')].map((label) => label.textContent!.trim());
    expect(labels[1]).to.equal('Street');
    await fillIn(el, 'B-1000');
    submit(el);
    await waitUntil(() => api.calls.length === 1, 'sent');
    expect((api.calls[0]!.body as { address: { postalCode: string; country: string } }).address).to.include({ postalCode: 'B-1000', country: 'BE' });
  });

  it('puts the postcode and house number first for a Dutch address, and can be filled in by keyboard', async () => {
    api = mockApi({});
    const el = await mountGuest();
    const fields = address(el);
    await fields.updateComplete;
    const order = [...root(fields).querySelectorAll('input')].map((input) => input.id);
    expect(order).to.deep.equal(['guest-address-postalCode', 'guest-address-houseNumber', 'guest-address-addition', 'guest-address-street', 'guest-address-city']);
    root(fields).querySelector<HTMLInputElement>('#guest-address-postalCode')!.focus();
    await sendKeys({ type: '1234ab' });
    await sendKeys({ press: 'Tab' });
    await fields.updateComplete;
    expect(root(fields).querySelector<HTMLInputElement>('#guest-address-postalCode')!.value).to.equal('1234 AB');
    expect(root(fields).activeElement?.id).to.equal('guest-address-houseNumber');
    await expect(el).to.be.accessible();
  });

  it('on a narrow phone puts house number and addition under each other, so no label breaks mid-word', async () => {
    api = mockApi({});
    const el = await mountGuest();
    (el.parentElement as HTMLElement).style.width = '260px';
    const fields = address(el);
    await fields.updateComplete;
    const top = (id: string) => root(fields).querySelector(`#guest-address-${id}`)!.getBoundingClientRect().top;
    expect(top('addition')).to.be.greaterThan(top('houseNumber'));
    (el.parentElement as HTMLElement).style.width = '600px';
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(Math.abs(top('addition') - top('houseNumber')), 'side by side').to.be.below(20);
  });
});
