import { expect, waitUntil } from '@open-wc/testing';
import type { PortalConfig } from '../api/client.js';
import type { BookingWindows } from '../components/booking-windows.js';
import { someWindows } from '../components/booking-fixtures.js';
import { setLocale } from '../i18n/localization.js';
import { errorResponse, jsonResponse, mockApi, page, type MockApi, type RecordedCall } from '../test-support/mock-api.js';
import './request-form-view.js';
import { clearRequestDrafts, type RequestFormView } from './request-form-view.js';
import { config, find, has, location, mountView, serviceRequestDetail, text } from './view-fixtures.js';

const withBooking = { ...config, booking: { enabled: true, workTypes: ['repair'], requireConfirmation: true, horizonWeeks: 8 } } as PortalConfig;

const created = (call: RecordedCall) => jsonResponse(serviceRequestDetail({ id: 'req_9', reference: 'KP-NEW123', description: (call.body as { description: string }).description }), 201);

function type(view: RequestFormView, id: string, value: string) {
  const input = view.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
  input.value = value;
  input.dispatchEvent(new InputEvent('input'));
  input.dispatchEvent(new Event('change'));
}

async function fillIn(view: RequestFormView, workType = 'repair') {
  await find(view, '#locationId');
  type(view, 'workType', workType);
  type(view, 'description', 'De ketel geeft storingscode E119.');
  await view.updateComplete;
}

const picker = (view: RequestFormView) => view.shadowRoot!.querySelector<BookingWindows>('kp-booking-windows');

async function windowsOf(view: RequestFormView): Promise<HTMLInputElement[]> {
  await waitUntil(() => picker(view)?.shadowRoot?.querySelector('input[type="radio"]'), 'no windows offered', { timeout: 3000 });
  return [...picker(view)!.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
}

const submit = (view: RequestFormView) => view.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
const posts = (api: MockApi) => api.calls.filter((call) => call.method === 'POST' && call.path === '/requests');

describe('<kp-request-form-view> booking a window', () => {
  let api: MockApi;
  afterEach(async () => {
    api.restore();
    clearRequestDrafts();
    await setLocale('nl');
  });

  it('offers the free windows of a bookable work type in place of a preferred date, and books the one chosen', async () => {
    api = mockApi({ 'GET /locations': () => page([location]), 'GET /objects': () => page([]), 'GET /availability': () => ({ windows: someWindows() }), 'POST /requests': created });
    const view = await mountView<RequestFormView>('kp-request-form-view', { config: withBooking });
    await fillIn(view);
    const windows = await windowsOf(view);
    expect(has(view, '#preferredDate'), 'no preferred date beside the windows at first').to.equal(false);
    expect(api.calls.find((call) => call.path.startsWith('/availability'))!.path).to.contain('workType=repair');
    windows[1]!.click();
    submit(view);
    const success = await find(view, '[part="success"]');
    const [post] = posts(api);
    const chosen = someWindows()[1]!;
    expect((post!.body as Record<string, unknown>).booking).to.deep.equal({ date: chosen.date, windowId: 'afternoon' });
    expect(post!.body).to.not.have.property('preferredDate');
    expect(text(success.querySelector('[part="booked"]'))).to.match(/^Aangevraagd: \S+ \d+ \S+, middag 12:00–17:00 \(de monteur bevestigt\)\.$/);
  });

  it('says calmly when the window was just taken, offers the windows again and keeps everything typed', async () => {
    let taken = true;
    let loads = 0;
    api = mockApi({
      'GET /locations': () => page([location]),
      'GET /objects': () => page([]),
      'GET /availability': () => {
        loads += 1;
        return { windows: taken ? someWindows() : someWindows().slice(1) };
      },
      'POST /requests': (call) => {
        if (!taken) return created(call);
        taken = false;
        return errorResponse(409, 'conflict', 'This window has no place left.');
      },
    });
    const view = await mountView<RequestFormView>('kp-request-form-view', { config: withBooking });
    await fillIn(view);
    (await windowsOf(view))[0]!.click();
    submit(view);
    await waitUntil(() => picker(view)!.shadowRoot!.querySelector('[part="notice"]'), 'no notice', { timeout: 3000 });
    expect(text(picker(view)!.shadowRoot!.querySelector('[part="notice"]'))).to.contain('net door iemand anders gekozen');
    expect(has(view, '[part="submit-error"]'), 'not an error of the whole form').to.equal(false);
    expect(view.shadowRoot!.querySelector<HTMLTextAreaElement>('#description')!.value).to.equal('De ketel geeft storingscode E119.');
    await waitUntil(() => loads === 2, 'the windows were not loaded again');
    const again = await windowsOf(view);
    expect(again).to.have.length(2);
    expect(again.some((radio) => radio.checked), 'the taken window is no longer chosen').to.equal(false);
    await waitUntil(() => picker(view)!.shadowRoot!.activeElement === again[0], 'focus is not on the windows');
    again[0]!.click();
    submit(view);
    await find(view, '[part="success"]');
    const [first, second] = posts(api);
    expect(first!.headers.get('Idempotency-Key')).to.not.equal(second!.headers.get('Idempotency-Key'));
    expect(second!.body).to.deep.include({ description: 'De ketel geeft storingscode E119.' });
  });

  it('lets the customer give a preference instead of a window', async () => {
    api = mockApi({ 'GET /locations': () => page([location]), 'GET /objects': () => page([]), 'GET /availability': () => ({ windows: someWindows() }), 'POST /requests': created });
    const view = await mountView<RequestFormView>('kp-request-form-view', { config: withBooking });
    await fillIn(view);
    await windowsOf(view);
    (await find<HTMLButtonElement>(view, '[part="prefer-instead"]')).click();
    await find(view, '#preferredDate');
    type(view, 'preferredDate', '2999-03-01');
    submit(view);
    await find(view, '[part="success"]');
    expect(posts(api)[0]!.body).to.deep.include({ preferredDate: '2999-03-01' });
    expect(posts(api)[0]!.body).to.not.have.property('booking');
  });

  it('sends no window once the customer gives a preference instead, and goes back to the windows', async () => {
    api = mockApi({ 'GET /locations': () => page([location]), 'GET /objects': () => page([]), 'GET /availability': () => ({ windows: someWindows() }), 'POST /requests': created });
    const view = await mountView<RequestFormView>('kp-request-form-view', { config: withBooking });
    await fillIn(view);
    (await windowsOf(view))[0]!.click();
    (await find<HTMLButtonElement>(view, '[part="prefer-instead"]')).click();
    await find(view, '#preferredDate');
    expect(picker(view) === null, 'the windows make way for the preference').to.equal(true);
    await waitUntil(() => view.shadowRoot!.activeElement?.id === 'preferredDate', 'focus on the preferred date');
    (await find<HTMLButtonElement>(view, '[part="choose-window"]')).click();
    await windowsOf(view);
    (await find<HTMLButtonElement>(view, '[part="prefer-instead"]')).click();
    await find(view, '#preferredDate');
    submit(view);
    await find(view, '[part="success"]');
    expect(posts(api)[0]!.body).to.not.have.property('booking');
    expect(has(view, '[part="booked"]'), 'the receipt names no window').to.equal(false);
  });

  it('asks no windows for a work type the portal does not book, and shows the preferred date', async () => {
    api = mockApi({ 'GET /locations': () => page([location]), 'GET /objects': () => page([]), 'GET /availability': () => ({ windows: someWindows() }) });
    const view = await mountView<RequestFormView>('kp-request-form-view', { config: withBooking });
    await fillIn(view, 'maintenance');
    await find(view, '#preferredDate');
    expect(picker(view) === null, 'no windows').to.equal(true);
    expect(api.calls.some((call) => call.path.startsWith('/availability'))).to.equal(false);
  });

  it('without booking in the configuration: windows when the server offers some, the preferred date when it answers none', async () => {
    api = mockApi({ 'GET /locations': () => page([location]), 'GET /objects': () => page([]), 'GET /availability': () => errorResponse(404, 'not_found', 'No booking.') });
    const off = await mountView<RequestFormView>('kp-request-form-view');
    await fillIn(off);
    await waitUntil(() => api.calls.some((call) => call.path.startsWith('/availability')));
    await find(off, '#preferredDate');
    await waitUntil(() => !picker(off)!.shadowRoot!.querySelector('fieldset'), 'the windows were drawn');
    off.remove();
    clearRequestDrafts();
    api.on('GET /availability', () => ({ windows: someWindows() }));
    const on = await mountView<RequestFormView>('kp-request-form-view');
    await fillIn(on);
    await windowsOf(on);
    await waitUntil(() => !has(on, '#preferredDate'), 'the preference stays beside the windows');
  });

  it('fits a 390 px phone, reads in English, and axe finds nothing', async () => {
    await setLocale('en');
    api = mockApi({ 'GET /locations': () => page([location]), 'GET /objects': () => page([]), 'GET /availability': () => ({ windows: someWindows() }) });
    const view = await mountView<RequestFormView>('kp-request-form-view', { config: withBooking, locale: 'en' });
    view.parentElement!.style.width = '390px';
    await fillIn(view);
    await windowsOf(view);
    expect(text(picker(view)!.shadowRoot!.querySelector('legend'))).to.equal('When may the technician come?');
    expect(text(view.shadowRoot!.querySelector('[part="prefer-instead"]'))).to.equal('No time that suits you? Give a preference');
    expect(view.scrollWidth).to.be.at.most(390);
    await expect(view).to.be.accessible();
  });
});
