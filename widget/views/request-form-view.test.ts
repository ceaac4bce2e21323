import { expect, waitUntil } from '@open-wc/testing';
import type { AddressFields } from '../components/address-fields.js';
import type { PhotoPicker } from '../components/photo-picker.js';
import { setLocale } from '../i18n/localization.js';
import { errorResponse, jsonResponse, mockApi, never, page, type MockApi, type RecordedCall } from '../test-support/mock-api.js';
import './request-form-view.js';
import { clearRequestDrafts, type RequestFormView } from './request-form-view.js';
import { boiler, config, find, has, location, mountView, photoFile, serviceRequestDetail, text, type MountOptions } from './view-fixtures.js';

const heatPump = { ...boiler, id: 'obj_2', name: 'Warmtepomp', locationId: 'loc_2' };
const home = { ...location, id: 'loc_2', name: 'Woning', street: 'Lindelaan', houseNumber: '4' };

const choices = {
  'GET /locations': () => page([location, home]),
  'GET /objects': () => page([boiler, heatPump]),
};

const created = (call: RecordedCall) => jsonResponse(serviceRequestDetail({ id: 'req_9', reference: 'KP-NEW123', description: (call.body as { description: string }).description }), 201);

function field<E extends HTMLElement>(view: RequestFormView, id: string): E {
  return view.shadowRoot!.querySelector<E>(`#${id}`)!;
}

function type(view: RequestFormView, id: string, value: string) {
  const input = field<HTMLInputElement>(view, id);
  input.value = value;
  input.dispatchEvent(new InputEvent('input'));
  input.dispatchEvent(new Event('change'));
}

async function fillIn(view: RequestFormView) {
  await find(view, '#locationId');
  type(view, 'workType', 'repair');
  type(view, 'description', 'De ketel geeft storingscode E119.');
  type(view, 'locationId', 'loc_1');
  await view.updateComplete;
}

const submit = (view: RequestFormView) => view.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();

async function choosePhotos(view: RequestFormView, files: File[]) {
  const picker = view.shadowRoot!.querySelector<PhotoPicker>('kp-photo-picker')!;
  const input = picker.shadowRoot!.querySelector<HTMLInputElement>('input[capture="environment"]')!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  await picker.whenSettled();
  await picker.updateComplete;
  return picker;
}

describe('<kp-request-form-view>', () => {
  let api: MockApi;
  afterEach(async () => {
    api.restore();
    clearRequestDrafts();
    await setLocale('nl');
  });

  it('shows the form at once and placeholders where the addresses and installations are still loading', async () => {
    api = mockApi({ 'GET /locations': never, 'GET /objects': never });
    const view = await mountView<RequestFormView>('kp-request-form-view');
    await find(view, '#description');
    expect(has(view, '.skeleton'), '.skeleton').to.equal(true);
    expect(has(view, '#locationId'), '#locationId').to.equal(false);
  });

  it('says when the addresses could not be loaded, and loads them on retry', async () => {
    let fail = true;
    api = mockApi({ 'GET /locations': () => (fail ? errorResponse(503, 'internal', 'Down') : page([location])), 'GET /objects': () => page([]) });
    const view = await mountView<RequestFormView>('kp-request-form-view');
    const retry = await find(view, '[part="retry"]');
    fail = false;
    retry.click();
    await find(view, '#locationId');
  });

  it('ties each problem to its field and moves focus to the first one, without sending anything', async () => {
    api = mockApi({ ...choices, 'POST /requests': created });
    const view = await mountView<RequestFormView>('kp-request-form-view');
    await find(view, '#locationId');
    type(view, 'phone', 'bel me maar');
    submit(view);
    await view.updateComplete;
    for (const id of ['workType', 'description', 'locationId', 'phone']) {
      const control = field(view, id);
      expect(control.getAttribute('aria-invalid'), id).to.equal('true');
      const error = view.shadowRoot!.querySelector(`#${id}-error`);
      expect(error !== null, `${id} error`).to.equal(true);
      expect(control.getAttribute('aria-describedby')).to.contain(`${id}-error`);
    }
    expect(view.shadowRoot!.activeElement?.id).to.equal('workType');
    expect(api.calls.filter((call) => call.method === 'POST')).to.have.length(0);
    type(view, 'workType', 'repair');
    await view.updateComplete;
    expect(field(view, 'workType').getAttribute('aria-invalid'), 'fixed field is valid again').to.equal('false');
    await expect(view).to.be.accessible();
  });

  it('sends the request with an Idempotency-Key, uploads the photos, then shows the reference', async () => {
    api = mockApi({ ...choices, 'POST /requests': created, 'POST /requests/:id/attachments': () => jsonResponse({ id: 'att_9' }, 201) });
    const view = await mountView<RequestFormView>('kp-request-form-view');
    const events: unknown[] = [];
    view.addEventListener('kp-view-request-created', (event) => events.push((event as CustomEvent).detail));
    await fillIn(view);
    type(view, 'preferredDate', '2999-03-01');
    view.shadowRoot!.querySelector<HTMLInputElement>('input[name="preferredPartOfDay"][value="morning"]')!.click();
    await choosePhotos(view, [await photoFile(800, 600)]);
    submit(view);
    const success = await find(view, '[part="success"]');
    const post = api.calls.find((call) => call.method === 'POST' && call.path === '/requests')!;
    expect(post.headers.get('Idempotency-Key')).to.match(/^[0-9a-f-]{36}$/);
    expect(post.body).to.deep.equal({
      workType: 'repair',
      description: 'De ketel geeft storingscode E119.',
      locationId: 'loc_1',
      preferredDate: '2999-03-01',
      preferredPartOfDay: 'morning',
      phone: '0612345678',
    });
    const upload = api.calls.find((call) => call.path === '/requests/req_9/attachments')!;
    expect((upload.body as FormData).get('file')).to.be.instanceOf(File);
    expect(text(success)).to.contain('KP-NEW123');
    expect(success.querySelector('[part="request-link"]')!.getAttribute('href')).to.equal('#kp/requests/req_9');
    expect(events).to.deep.equal([{ id: 'req_9', reference: 'KP-NEW123' }]);
    expect(view.shadowRoot!.activeElement?.getAttribute('part')).to.equal('heading');
  });

  it('keeps what was filled in after a failed submit, and resubmits with the same Idempotency-Key', async () => {
    let fail = true;
    api = mockApi({ ...choices, 'POST /requests': (call) => (fail ? errorResponse(503, 'internal', 'Unavailable') : created(call)) });
    const view = await mountView<RequestFormView>('kp-request-form-view');
    await fillIn(view);
    submit(view);
    const failure = await find(view, '[part="submit-error"]');
    expect(failure.getAttribute('role')).to.equal('alert');
    expect(field<HTMLTextAreaElement>(view, 'description').value).to.equal('De ketel geeft storingscode E119.');
    fail = false;
    submit(view);
    await find(view, '[part="success"]');
    const keys = api.calls.filter((call) => call.method === 'POST').map((call) => call.headers.get('Idempotency-Key'));
    expect(keys).to.have.length(2);
    expect(keys[0]).to.equal(keys[1]);
  });

  it('keeps the draft when the customer leaves the form and comes back', async () => {
    api = mockApi({ ...choices });
    const first = await mountView<RequestFormView>('kp-request-form-view');
    await fillIn(first);
    first.remove();
    const again = await mountView<RequestFormView>('kp-request-form-view');
    await find(again, '#locationId');
    expect(field<HTMLTextAreaElement>(again, 'description').value).to.equal('De ketel geeft storingscode E119.');
    expect(field<HTMLSelectElement>(again, 'workType').value).to.equal('repair');
  });

  it('is about the installation it was opened for, at that installation’s address', async () => {
    api = mockApi({ ...choices, 'POST /requests': created });
    const view = await mountView<RequestFormView>('kp-request-form-view', { objectId: 'obj_2' });
    await find(view, '#objectId');
    await view.updateComplete;
    expect(field<HTMLSelectElement>(view, 'objectId').value).to.equal('obj_2');
    expect(field<HTMLSelectElement>(view, 'locationId').value).to.equal('loc_2');
    type(view, 'workType', 'maintenance');
    type(view, 'description', 'Jaarlijks onderhoud graag.');
    submit(view);
    await find(view, '[part="success"]');
    expect(api.calls.find((call) => call.method === 'POST')!.body).to.include({ objectId: 'obj_2', locationId: 'loc_2' });
  });

  it('starts with the work type it was opened for, and leaves the choice open for a type the portal does not offer', async () => {
    api = mockApi({ ...choices, 'POST /requests': created });
    const view = await mountView<RequestFormView>('kp-request-form-view', { objectId: 'obj_2', workType: 'maintenance' } as MountOptions);
    await find(view, '#objectId');
    await view.updateComplete;
    expect(field<HTMLSelectElement>(view, 'workType').value).to.equal('maintenance');
    expect(field<HTMLSelectElement>(view, 'objectId').value).to.equal('obj_2');
    type(view, 'description', 'Jaarlijks onderhoud graag.');
    submit(view);
    await find(view, '[part="success"]');
    expect(api.calls.find((call) => call.method === 'POST')!.body).to.include({ workType: 'maintenance', objectId: 'obj_2' });
    view.remove();

    const unknown = await mountView<RequestFormView>('kp-request-form-view', { workType: 'bestaat-niet' } as MountOptions);
    await find(unknown, '#workType');
    await unknown.updateComplete;
    expect(field<HTMLSelectElement>(unknown, 'workType').value).to.equal('');
  });

  it('makes a large photo a JPEG of at most 2048 pixels before it is uploaded', async () => {
    api = mockApi({ ...choices, 'POST /requests': created, 'POST /requests/:id/attachments': () => jsonResponse({ id: 'att_9' }, 201) });
    const view = await mountView<RequestFormView>('kp-request-form-view');
    await fillIn(view);
    const picker = await choosePhotos(view, [await photoFile(4000, 3000, 'IMG_0001.png')]);
    expect(picker.shadowRoot!.querySelectorAll('[part="preview"] img')).to.have.length(1);
    submit(view);
    await find(view, '[part="success"]');
    const uploaded = (api.calls.find((call) => call.path.endsWith('/attachments'))!.body as FormData).get('file') as File;
    expect(uploaded.type).to.equal('image/jpeg');
    expect(uploaded.name).to.equal('IMG_0001.jpg');
    const bitmap = await createImageBitmap(uploaded);
    expect([bitmap.width, bitmap.height]).to.deep.equal([2048, 1536]);
  });

  it('sends photos that did not arrive again without submitting the request twice', async () => {
    let uploads = 0;
    api = mockApi({
      ...choices,
      'POST /requests': created,
      'POST /requests/:id/attachments': () => (++uploads === 2 ? errorResponse(503, 'internal', 'Down') : jsonResponse({ id: `att_${uploads}` }, 201)),
    });
    const view = await mountView<RequestFormView>('kp-request-form-view');
    await fillIn(view);
    await choosePhotos(view, [await photoFile(300, 200, 'a.png'), await photoFile(300, 200, 'b.png')]);
    submit(view);
    const pending = await find(view, '[part="photos-pending"]');
    // The notice shows while the photos go out; it names what is missing once the second upload has failed.
    await waitUntil(() => text(pending).includes('1 foto'), 'the notice never said a photo is missing');
    expect(text(pending)).to.contain('KP-NEW123');
    submit(view);
    await find(view, '[part="success"]');
    expect(api.calls.filter((call) => call.path === '/requests')).to.have.length(1);
    const names = api.calls.filter((call) => call.path.endsWith('/attachments')).map((call) => ((call.body as FormData).get('file') as File).name);
    expect(names).to.deep.equal(['a.jpg', 'b.jpg', 'b.jpg']);
  });

  it("shows the server's complaint about a field next to that field", async () => {
    api = mockApi({ ...choices, 'POST /requests': () => errorResponse(400, 'validation_failed', 'The request is not valid.', [{ path: 'phone', message: 'must be a phone number' }]) });
    const view = await mountView<RequestFormView>('kp-request-form-view');
    await fillIn(view);
    submit(view);
    const error = await find(view, '#phone-error');
    expect(text(error)).to.contain('Vul een telefoonnummer in');
    await waitUntil(() => view.shadowRoot!.activeElement?.id === 'phone', 'focus on the phone field');
  });

  it('asks for the terms and the checklist when the portal wants them', async () => {
    const withTerms = {
      ...config,
      requestForm: { ...config.requestForm, requireTerms: true, termsUrl: 'https://jansen.example/voorwaarden', checklist: [{ id: 'power', label: { nl: 'Stroom gecontroleerd', en: 'Power checked' } }] },
    };
    api = mockApi({ ...choices, 'POST /requests': created });
    const view = await mountView<RequestFormView>('kp-request-form-view', { config: withTerms });
    await fillIn(view);
    submit(view);
    await find(view, '#acceptTerms-error');
    const terms = view.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="https://jansen.example/voorwaarden"]')!;
    expect(terms.target).to.equal('_blank');
    expect(terms.rel).to.contain('noopener');
    field<HTMLInputElement>(view, 'acceptTerms').click();
    view.shadowRoot!.querySelector<HTMLInputElement>('input[name="checklist"]')!.click();
    submit(view);
    await find(view, '[part="success"]');
    expect(api.calls.find((call) => call.method === 'POST')!.body).to.include({ acceptTerms: true }).and.deep.include({ checklist: ['power'] });
  });

  it('asks for at least one photo when the portal wants one, at the photo field, and sends nothing without it', async () => {
    api = mockApi({ ...choices, 'POST /requests': created, 'POST /requests/:id/attachments': () => jsonResponse({ id: 'att_9' }, 201) });
    const optional = await mountView<RequestFormView>('kp-request-form-view');
    await find(optional, '#locationId');
    const optionalPicker = optional.shadowRoot!.querySelector<PhotoPicker>('kp-photo-picker')!;
    expect(text(optionalPicker)).to.contain('(optioneel)');
    const markers = [...optional.shadowRoot!.querySelectorAll('.optional'), ...optionalPicker.shadowRoot!.querySelectorAll('.optional')].map((marker) => text(marker));
    expect(new Set(markers), 'the photos say optional like every other field').to.deep.equal(new Set(['(optioneel)']));
    optional.remove();
    const view = await mountView<RequestFormView>('kp-request-form-view', { config: { ...config, requestForm: { ...config.requestForm, requirePhoto: true } } });
    await fillIn(view);
    const picker = view.shadowRoot!.querySelector<PhotoPicker>('kp-photo-picker')!;
    expect(text(picker)).not.to.contain('(optioneel)');
    submit(view);
    await waitUntil(() => view.shadowRoot!.activeElement?.id === 'photos', 'focus on the photo field');
    await picker.updateComplete;
    expect(text(picker.shadowRoot!.querySelector('#error')!)).to.contain('Voeg minstens één foto toe.');
    const choose = picker.shadowRoot!.querySelector<HTMLInputElement>('#choose')!;
    expect(choose.getAttribute('aria-invalid')).to.equal('true');
    expect(choose.getAttribute('aria-describedby')).to.contain('error');
    expect(picker.shadowRoot!.activeElement).to.equal(choose);
    expect(api.calls.filter((call) => call.method === 'POST')).to.have.length(0);
    await expect(view).to.be.accessible();
    await choosePhotos(view, [await photoFile(300, 200)]);
    await view.updateComplete;
    expect(picker.shadowRoot!.querySelector('#error'), 'the error goes once a photo is added').to.equal(null);
    submit(view);
    await find(view, '[part="success"]');
    expect(api.calls.filter((call) => call.path.endsWith('/attachments'))).to.have.length(1);
  });

  it('renders English after a locale switch, with the work types in English', async () => {
    api = mockApi({ ...choices });
    await setLocale('en');
    const view = await mountView<RequestFormView>('kp-request-form-view', { locale: 'en' });
    await find(view, '#locationId');
    expect(text(view)).to.contain('New request').and.contain('Fault or repair').and.contain("What's the matter?").and.contain('Send request');
    const picker = view.shadowRoot!.querySelector<PhotoPicker>('kp-photo-picker')!;
    expect(text(picker)).to.contain('Choose photos');
    const optional = [...view.shadowRoot!.querySelectorAll('.optional'), ...picker.shadowRoot!.querySelectorAll('.optional')].map((marker) => text(marker));
    expect(optional.length, 'optional fields are marked').to.be.greaterThan(1);
    expect(new Set(optional), 'one word for every optional field').to.deep.equal(new Set(['(optional)']));
    await expect(view).to.be.accessible();
  });

  it('takes a new work address instead of a chosen one, postcode first, and sends it as newLocation', async () => {
    api = mockApi({ ...choices, 'POST /requests': created });
    const view = await mountView<RequestFormView>('kp-request-form-view');
    await fillIn(view);
    type(view, 'locationId', 'new');
    await view.updateComplete;
    const address = view.shadowRoot!.querySelector<AddressFields>('kp-address-fields')!;
    await address.updateComplete;
    submit(view);
    await waitUntil(() => address.shadowRoot!.querySelector('#new-location-postalCode-error'), 'the address asks for its fields');
    await waitUntil(() => address.shadowRoot!.activeElement?.id === 'new-location-postalCode', 'focus on the postcode');
    expect(api.calls.some((call) => call.path === '/requests')).to.equal(false);
    const put = (id: string, value: string) => {
      const input = address.shadowRoot!.querySelector<HTMLInputElement>(`#new-location-${id}`)!;
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    };
    put('postalCode', '1234ab');
    put('houseNumber', '7');
    put('street', 'Nieuwe Gracht');
    put('city', 'Utrecht');
    submit(view);
    await find(view, '[part="success"]');
    const body = api.calls.find((call) => call.path === '/requests')!.body as Record<string, unknown>;
    expect(body.locationId).to.equal(undefined);
    expect(body.newLocation).to.deep.equal({ street: 'Nieuwe Gracht', houseNumber: '7', postalCode: '1234 AB', city: 'Utrecht', country: 'NL' });
  });

  it('offers adding an address to a customer without any, as optional', async () => {
    api = mockApi({ 'GET /locations': () => page([]), 'GET /objects': () => page([]) });
    const view = await mountView<RequestFormView>('kp-request-form-view');
    const select = await find<HTMLSelectElement>(view, '#locationId');
    expect([...select.options].map((option) => option.value)).to.deep.equal(['', 'new']);
    expect(text(view.shadowRoot!.querySelector('label[for="locationId"]')!)).to.contain('(optioneel)');
  });

  it('names a refused photo at the photos and the failure next to the send button, counted right after removing one', async () => {
    let uploads = 0;
    api = mockApi({
      ...choices,
      'POST /requests': created,
      'POST /requests/:id/attachments': () => (++uploads >= 2 ? errorResponse(415, 'unsupported_media_type', 'Only photos (JPEG, PNG, WebP, HEIC) and PDF files can be attached.') : jsonResponse({ id: `att_${uploads}` }, 201)),
    });
    const view = await mountView<RequestFormView>('kp-request-form-view');
    await fillIn(view);
    const picker = await choosePhotos(view, [await photoFile(300, 200, 'a.png'), await photoFile(300, 200, 'b.png'), await photoFile(300, 200, 'c.png')]);
    submit(view);
    const pending = await find(view, '[part="photos-pending"]');
    expect(text(pending)).to.contain('2 foto');
    await waitUntil(() => picker.error.includes('b.jpg'), 'the refused photo is named at the photos');
    await waitUntil(() => view.shadowRoot!.activeElement?.id === 'photos', 'focus on the photos');
    const form = view.shadowRoot!.querySelector('form')!;
    expect(pending.compareDocumentPosition(form.querySelector('fieldset')!) & Node.DOCUMENT_POSITION_PRECEDING, 'below the fields, near the send button').to.not.equal(0);
    picker.shadowRoot!.querySelectorAll<HTMLButtonElement>('.remove')[2]!.click();
    await view.updateComplete;
    expect(text(view.shadowRoot!.querySelector('[part="photos-pending"]')!)).to.contain('1 foto is nog niet verstuurd');
  });

  it('shows a failed send next to the send button, which points to it', async () => {
    api = mockApi({ ...choices, 'POST /requests': () => errorResponse(503, 'unavailable', 'Down') });
    const view = await mountView<RequestFormView>('kp-request-form-view');
    await fillIn(view);
    submit(view);
    const failure = await find(view, '[part="submit-error"]');
    const button = view.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!;
    expect(button.getAttribute('aria-describedby')).to.equal(failure.id);
    expect(failure.nextElementSibling?.contains(button)).to.equal(true);
    await expect(view).to.be.accessible();
  });
});
