import { expect, waitUntil } from '@open-wc/testing';
import type { BookingWindows } from '../components/booking-windows.js';
import { businessTime, someWindows } from '../components/booking-fixtures.js';
import { addDays, businessToday, type PortalBooking } from '../components/booking-times.js';
import { setLocale } from '../i18n/localization.js';
import { FakeEventStream, signedInClient } from '../test-support/live-stream.js';
import { errorResponse, jsonResponse, mockApi, never, page, type MockApi } from '../test-support/mock-api.js';
import './work-order-detail-view.js';
import type { WorkOrderDetailView } from './work-order-detail-view.js';
import { find, has, mountView, text, workOrderDetail } from './view-fixtures.js';

const visitDay = addDays(businessToday(), 5);
const planned = () => workOrderDetail({ plannedStart: businessTime(visitDay, '08:00'), plannedEnd: businessTime(visitDay, '12:00') });

function move(overrides: Partial<PortalBooking> = {}): PortalBooking {
  const date = addDays(businessToday(), 3);
  return {
    id: 'bkg_2',
    kind: 'reschedule',
    status: 'requested',
    date,
    windowId: 'afternoon',
    label: { nl: 'Middag', en: 'Afternoon' },
    start: businessTime(date, '12:00'),
    end: businessTime(date, '17:00'),
    holdUntil: '2999-01-01T00:00:00.000Z',
    reason: 'Dan ben ik thuis.',
    workType: 'repair',
    requestId: null,
    workOrderId: 'wo_1',
    createdAt: '2026-12-01T08:00:00.000Z',
    updatedAt: '2026-12-01T08:00:00.000Z',
    ...overrides,
  };
}

const picker = (view: WorkOrderDetailView) => view.shadowRoot!.querySelector<BookingWindows>('kp-booking-windows');
async function windowsOf(view: WorkOrderDetailView): Promise<HTMLInputElement[]> {
  await waitUntil(() => picker(view)?.shadowRoot?.querySelector('input[type="radio"]'), 'no windows offered', { timeout: 3000 });
  return [...picker(view)!.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
}
const click = (view: WorkOrderDetailView, part: string) => view.shadowRoot!.querySelector<HTMLButtonElement>(`[part="${part}"]`)!.click();

describe('<kp-work-order-detail-view> moving and cancelling a planned visit', () => {
  let api: MockApi;
  afterEach(async () => {
    api.restore();
    await setLocale('nl');
  });

  it('moves the visit to another free window with a reason, then shows the move waiting for the technician', async () => {
    let bookings: PortalBooking[] = [];
    api = mockApi({
      'GET /work-orders/:id': () => planned(),
      'GET /bookings': () => ({ items: bookings }),
      'GET /availability': () => ({ windows: someWindows() }),
      'POST /work-orders/:id/reschedule': (call) => {
        bookings = [move({ reason: (call.body as { reason?: string }).reason ?? null })];
        return jsonResponse(bookings[0], 201);
      },
    });
    const view = await mountView<WorkOrderDetailView>('kp-work-order-detail-view', { recordId: 'wo_1' });
    (await find<HTMLButtonElement>(view, '[part="reschedule"]')).click();
    await waitUntil(() => view.shadowRoot!.activeElement?.id === 'visit-change-title', 'focus to the move');
    const windows = await windowsOf(view);
    expect(view.shadowRoot!.querySelector('[part="confirm-reschedule"]')!.getAttribute('aria-disabled')).to.equal('true');
    windows[1]!.click();
    const reason = view.shadowRoot!.querySelector<HTMLTextAreaElement>('#visit-reason')!;
    reason.value = 'Dan ben ik thuis.';
    reason.dispatchEvent(new InputEvent('input'));
    await view.updateComplete;
    await expect(view).to.be.accessible();
    click(view, 'confirm-reschedule');
    const status = await find(view, '[part="visit-status"]');
    const post = api.calls.find((call) => call.method === 'POST')!;
    expect(post.path).to.equal('/work-orders/wo_1/reschedule');
    expect(post.body).to.deep.equal({ date: someWindows()[1]!.date, windowId: 'afternoon', reason: 'Dan ben ik thuis.' });
    expect(text(status)).to.match(/^Verplaatsing aangevraagd naar \S+ \d+ \S+, middag 12:00–17:00\./);
    expect(text(status)).to.contain('Uw reden: Dan ben ik thuis.');
    expect(text(view.shadowRoot!.querySelector('[part="reschedule"]'))).to.equal('Ander moment kiezen');
  });

  it('does not offer the window the visit has now', async () => {
    const now = { ...someWindows()[0]!, date: visitDay, start: businessTime(visitDay, '08:00'), end: businessTime(visitDay, '12:00') };
    api = mockApi({ 'GET /work-orders/:id': () => planned(), 'GET /bookings': () => ({ items: [] }), 'GET /availability': () => ({ windows: [...someWindows(), now] }) });
    const view = await mountView<WorkOrderDetailView>('kp-work-order-detail-view', { recordId: 'wo_1' });
    (await find<HTMLButtonElement>(view, '[part="reschedule"]')).click();
    const windows = await windowsOf(view);
    expect(windows.map((radio) => radio.value)).to.not.include(`${visitDay}|morning`);
    expect(windows).to.have.length(3);
  });

  it('says calmly when the window was just taken, and offers the windows again with the reason kept', async () => {
    let loads = 0;
    api = mockApi({
      'GET /work-orders/:id': () => planned(),
      'GET /bookings': () => ({ items: [] }),
      'GET /availability': () => {
        loads += 1;
        return { windows: loads === 1 ? someWindows() : someWindows().slice(1) };
      },
      'POST /work-orders/:id/reschedule': () => errorResponse(409, 'conflict', 'No place left.'),
    });
    const view = await mountView<WorkOrderDetailView>('kp-work-order-detail-view', { recordId: 'wo_1' });
    (await find<HTMLButtonElement>(view, '[part="reschedule"]')).click();
    (await windowsOf(view))[0]!.click();
    const reason = view.shadowRoot!.querySelector<HTMLTextAreaElement>('#visit-reason')!;
    reason.value = 'Liever vroeg.';
    reason.dispatchEvent(new InputEvent('input'));
    click(view, 'confirm-reschedule');
    await waitUntil(() => picker(view)!.shadowRoot!.querySelector('[part="notice"]'), 'no notice');
    expect(text(picker(view)!.shadowRoot!.querySelector('[part="notice"]'))).to.contain('net door iemand anders gekozen');
    await waitUntil(() => loads === 2 && picker(view)!.shadowRoot!.querySelectorAll('input[type="radio"]').length === 2, 'windows loaded again');
    expect(has(view, '[part="change-error"]')).to.equal(false);
    expect(view.shadowRoot!.querySelector<HTMLTextAreaElement>('#visit-reason')!.value).to.equal('Liever vroeg.');
  });

  it('cancels the visit after asking, with the reason', async () => {
    let order = planned();
    api = mockApi({
      'GET /work-orders/:id': () => order,
      'GET /bookings': () => ({ items: [] }),
      'POST /work-orders/:id/cancel-visit': () => {
        order = workOrderDetail({ status: 'open', plannedStart: null, plannedEnd: null });
        return { workOrderId: 'wo_1', status: 'cancelled', reason: 'Verhuisd', cancelledAt: '2026-12-02T08:00:00.000Z' };
      },
    });
    const view = await mountView<WorkOrderDetailView>('kp-work-order-detail-view', { recordId: 'wo_1' });
    (await find<HTMLButtonElement>(view, '[part="cancel-visit"]')).click();
    await find(view, '[part="confirm-cancel-visit"]');
    expect(text(view.shadowRoot!.querySelector('#cancel-visit-question'))).to.contain('Weet u zeker dat u de afspraak van');
    expect(api.calls.some((call) => call.method === 'POST'), 'nothing sent before the confirmation').to.equal(false);
    const reason = view.shadowRoot!.querySelector<HTMLTextAreaElement>('#visit-reason')!;
    reason.value = 'Verhuisd';
    reason.dispatchEvent(new InputEvent('input'));
    await expect(view).to.be.accessible();
    click(view, 'confirm-cancel-visit');
    await waitUntil(() => api.calls.some((call) => call.method === 'POST') && !has(view, '.visit-change'), 'the visit is no longer planned');
    expect(has(view, '[part="cancel-visit"]'), 'nothing left to cancel').to.equal(false);
    expect(api.calls.find((call) => call.method === 'POST')!.body).to.deep.equal({ reason: 'Verhuisd' });
    expect(text(view.shadowRoot!.querySelector('[role="status"]'))).to.equal('Uw afspraak is geannuleerd.');
  });

  it('shows the technician’s answer as soon as the work order changes', async () => {
    const stream = new FakeEventStream();
    let bookings = [move()];
    api = mockApi({ 'GET /work-orders/:id': () => planned(), 'GET /bookings': () => ({ items: bookings }), 'GET /events': stream.handler });
    const view = await mountView<WorkOrderDetailView>('kp-work-order-detail-view', { recordId: 'wo_1' });
    await find(view, '[part="visit-status"]');
    await signedInClient(api, view.client);
    await waitUntil(() => stream.open, 'the view listens to the live updates');
    bookings = [move({ status: 'declined', holdUntil: null })];
    stream.send({ type: 'work_order.updated', data: { workOrder: { id: 'wo_1', status: 'planned' } } });
    await waitUntil(() => text(view.shadowRoot!.querySelector('[part="visit-status"]')).includes('kon helaas niet'), 'the answer is shown');
    expect(has(view, '[part="pending"]')).to.equal(false);
  });

  it('offers no changes when the portal does not book visits, nor for a visit that is done', async () => {
    api = mockApi({ 'GET /work-orders/:id': () => planned(), 'GET /bookings': () => errorResponse(403, 'feature_disabled', 'Off.') });
    const off = await mountView<WorkOrderDetailView>('kp-work-order-detail-view', { recordId: 'wo_1' });
    await find(off, '[part="details"]');
    await waitUntil(() => api.calls.some((call) => call.path.startsWith('/bookings')));
    await off.updateComplete;
    expect(has(off, '[part="reschedule"]')).to.equal(false);
    off.remove();
    api.restore();
    api = mockApi({ 'GET /work-orders/:id': () => workOrderDetail({ status: 'completed', completedAt: '2026-11-30T10:00:00.000Z' }), 'GET /bookings': () => ({ items: [move({ status: 'confirmed' })] }) });
    const done = await mountView<WorkOrderDetailView>('kp-work-order-detail-view', { recordId: 'wo_1' });
    await find(done, '[part="details"]');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(has(done, '[part="reschedule"]')).to.equal(false);
    expect(has(done, '[part="visit-status"]')).to.equal(false);
  });

  it('fits a 390 px phone and reads in English', async () => {
    await setLocale('en');
    api = mockApi({ 'GET /work-orders/:id': () => planned(), 'GET /bookings': () => ({ items: [move()] }), 'GET /availability': never, 'GET /messages': () => page([]), 'GET /work-orders/:id/messages': () => page([]) });
    const view = await mountView<WorkOrderDetailView>('kp-work-order-detail-view', { recordId: 'wo_1', locale: 'en' });
    view.parentElement!.style.width = '390px';
    const status = await find(view, '[part="visit-status"]');
    expect(text(status)).to.match(/^Move requested to \S+ \d+ \S+, afternoon 12:00–17:00\./);
    expect(text(view.shadowRoot!.querySelector('[part="reschedule"]'))).to.equal('Choose another time');
    click(view, 'reschedule');
    await find(view, 'kp-booking-windows');
    expect(text(view.shadowRoot!.querySelector('[part="confirm-reschedule"]'))).to.equal('Request the move');
    expect(view.scrollWidth).to.be.at.most(390);
  });
});
