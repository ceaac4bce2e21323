import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { PortalClient } from '../api/client.js';
import { setLocale } from '../i18n/localization.js';
import { errorResponse, mockApi, never, type MockApi } from '../test-support/mock-api.js';
import { addDays, businessToday } from './booking-times.js';
import { freeWindow, someWindows } from './booking-fixtures.js';
import './booking-windows.js';
import type { BookingWindows, WindowChangeEvent } from './booking-windows.js';

const text = (root: Element | null | undefined) => (root?.shadowRoot ?? root)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const radios = (el: BookingWindows) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];

async function mount(width = 800, props: Partial<BookingWindows> = {}): Promise<BookingWindows> {
  const el = document.createElement('kp-booking-windows');
  Object.assign(el, { client: new PortalClient('https://api.test', 'demo'), workType: 'repair', legend: 'Wanneer mag de monteur komen?', ...props });
  await fixture(html`<div style="width: ${width}px; container-type: inline-size">${el}</div>`);
  return el;
}

const shown = (el: BookingWindows, selector: string) => waitUntil(() => el.shadowRoot!.querySelector(selector), `${selector} never appeared`, { timeout: 3000 });

describe('<kp-booking-windows>', () => {
  let api: MockApi;
  afterEach(async () => {
    api.restore();
    await setLocale('nl');
  });

  it('says it is loading while the free windows are on their way', async () => {
    api = mockApi({ 'GET /availability': never });
    const el = await mount();
    await shown(el, '[part="pending"]');
    expect(el.shadowRoot!.querySelector('[part="pending"]')!.getAttribute('role')).to.equal('status');
    expect(radios(el)).to.have.length(0);
  });

  it('offers the free windows grouped by day, with the places left, for the work type and two weeks from today', async () => {
    api = mockApi({ 'GET /availability': () => ({ windows: someWindows() }) });
    const el = await mount();
    await shown(el, '[part="window"]');
    const call = api.calls.find((candidate) => candidate.path.startsWith('/availability'))!;
    const query = new URL(`https://x${call.path}`).searchParams;
    expect(Object.fromEntries(query)).to.deep.equal({ workType: 'repair', from: businessToday(), to: addDays(businessToday(), 13) });
    const days = [...el.shadowRoot!.querySelectorAll('[part="day"]')];
    expect(days).to.have.length(2);
    expect(text(days[0]!)).to.contain('Ochtend 08:00–12:00 nog 1 plaats');
    expect(text(days[0]!)).to.contain('Middag 12:00–17:00 nog 3 plaatsen');
    expect(radios(el).every((radio) => radio.name === 'booking-window')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('is one radio group for the keyboard: arrows move between windows and pick one', async () => {
    api = mockApi({ 'GET /availability': () => ({ windows: someWindows() }) });
    const el = await mount();
    await shown(el, '[part="window"]');
    const picked: WindowChangeEvent['detail'][] = [];
    el.addEventListener('kp-booking-window-change', (event) => picked.push(event.detail));
    await el.focus();
    expect(el.shadowRoot!.activeElement === radios(el)[0], 'focus on the first window').to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement === radios(el)[1], 'focus on the second window').to.equal(true);
    expect(picked.at(-1)?.choice).to.deep.equal({ date: addDays(businessToday(), 2), windowId: 'afternoon' });
    await sendKeys({ press: 'ArrowDown' });
    expect(picked.at(-1)?.choice).to.deep.equal({ date: addDays(businessToday(), 3), windowId: 'morning' });
  });

  it('when nothing is free says so and pages on by two weeks', async () => {
    api = mockApi({
      'GET /availability': (call) => ({ windows: call.path.includes(`from=${businessToday()}`) ? [] : [freeWindow(16)] }),
    });
    const el = await mount();
    await shown(el, '[part="empty"]');
    expect(text(el.shadowRoot!.querySelector('[part="empty"]'))).to.contain('geen plaats meer vrij');
    expect(el.shadowRoot!.querySelector('[part="earlier"]') === null, 'no earlier than today').to.equal(true);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="later"]')!.click();
    await shown(el, '[part="window"]');
    expect(api.calls.at(-1)!.path).to.contain(`from=${addDays(businessToday(), 14)}`);
    expect(el.shadowRoot!.activeElement?.getAttribute('part'), 'focus stays with the range').to.equal('range');
    expect(el.shadowRoot!.querySelector('[part="earlier"]') !== null, 'earlier offered').to.equal(true);
  });

  it('draws nothing in quiet mode when the first weeks have nothing free, and says so to the host', async () => {
    api = mockApi({ 'GET /availability': () => ({ windows: [] }) });
    const offers: boolean[] = [];
    const el = document.createElement('kp-booking-windows');
    el.addEventListener('kp-booking-offer', (event) => offers.push(event.detail.offered));
    Object.assign(el, { client: new PortalClient('https://api.test', 'demo'), workType: 'repair', quietWhenNone: true });
    await fixture(html`<div>${el}</div>`);
    await waitUntil(() => offers.length === 1);
    await el.updateComplete;
    expect(offers).to.deep.equal([false]);
    expect(el.shadowRoot!.querySelector('fieldset') === null, 'nothing drawn').to.equal(true);
  });

  it('says when the windows could not be loaded, and loads them on retry', async () => {
    let fail = true;
    api = mockApi({ 'GET /availability': () => (fail ? errorResponse(503, 'internal', 'Down') : { windows: someWindows() }) });
    const el = await mount();
    await shown(el, '[part="retry"]');
    expect(text(el.shadowRoot!.querySelector('[part="error"]'))).to.contain('De vrije tijden konden niet worden geladen.');
    fail = false;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await shown(el, '[part="window"]');
  });

  it('leaves out a window with no place left and the one to be excluded', async () => {
    const windows = someWindows();
    api = mockApi({ 'GET /availability': () => ({ windows: [...windows, freeWindow(4, { placesLeft: 0 })] }) });
    const el = await mount(800, { exclude: { date: windows[2]!.date, windowId: 'morning' } });
    await shown(el, '[part="window"]');
    expect(radios(el)).to.have.length(2);
  });

  it('fits a 390 px phone and reads in English', async () => {
    await setLocale('en');
    api = mockApi({ 'GET /availability': () => ({ windows: someWindows() }) });
    const el = await mount(390, { locale: 'en', legend: '' });
    await shown(el, '[part="window"]');
    expect(text(el)).to.contain('Morning 08:00–12:00 1 place left');
    expect(text(el)).to.contain('2 places left');
    expect(text(el)).to.contain('Free times from');
    expect(el.scrollWidth).to.be.at.most(390);
    for (const option of el.shadowRoot!.querySelectorAll<HTMLElement>('[part="window"]')) expect(option.getBoundingClientRect().height).to.be.at.least(44);
  });
});
