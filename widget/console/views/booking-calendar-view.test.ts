import { expect, waitUntil } from '@open-wc/testing';
import { find, findAll, visibleText, waitFor, waitForText } from '../../shell-fixtures.js';
import { setLocale } from '../../i18n/localization.js';
import { errorResponse, never, type MockApi, type RecordedCall } from '../../test-support/mock-api.js';
import { useConsoleEnglish } from '../i18n/texts.js';
import { admin, consoleApi, mountConsoleView } from '../test-support/console-mock.js';
import * as fx from '../test-support/fixtures.js';
import type { AdminBooking } from '../api/bookings.js';
import { adminBooking, bookingSettings, thisWeek } from './booking-fixtures.js';
import './booking-calendar-view.js';
import type { BookingCalendarView } from './booking-calendar-view.js';

let api: MockApi;
afterEach(async () => {
  api.restore();
  await setLocale('nl');
});

const tuesday = thisWeek(2);
const confirmedOne = () => adminBooking({ id: 'bkg_2', status: 'confirmed', customer: { id: 'cus_2', externalId: 'K-1002', name: 'Bakkerij Jansen' }, workOrderNumber: 'WB-2026-0150', requestReference: null });

function planningApi(bookings: () => AdminBooking[], more: Record<string, (call: RecordedCall) => unknown> = {}) {
  return consoleApi({
    [`GET ${admin}/portals/demo/booking`]: () => bookingSettings(),
    [`GET ${admin}/portals/demo/booking/blocks`]: () => ({ items: [] }),
    [`GET ${admin}/bookings`]: () => ({ items: bookings(), nextCursor: null }),
    ...more,
  });
}

const mount = (inputs: Partial<BookingCalendarView> = {}, width = 1200) => mountConsoleView<BookingCalendarView>('kp-bookings-view', inputs, width);
const windowOf = (view: Element, date: string, windowId: string) =>
  findAll(view.shadowRoot!, '[part="window"]').find((item) => item.getAttribute('aria-labelledby') === `window-${date}-${windowId}`)!;

describe('<kp-bookings-view>', () => {
  it('shows a loading state, then an error with a retry that loads', async () => {
    let fail = true;
    api = planningApi(() => [], {
      [`GET ${admin}/bookings`]: () => (fail ? errorResponse(503, 'internal', 'Down') : { items: [], nextCursor: null }),
    });
    const { view } = await mount();
    await waitFor(view, '[part="retry"]');
    fail = false;
    find<HTMLButtonElement>(view, '[part="retry"]')!.click();
    await waitFor(view, '[part="summary"]');
  });

  it('shows the pending state while the week loads, and axe finds nothing in it', async () => {
    api = planningApi(() => [], { [`GET ${admin}/bookings`]: never });
    const { view } = await mount();
    await waitFor(view, '[part="pending"]');
    await expect(view).to.be.accessible();
  });

  it('shows this week’s windows with their bookings, the requested one standing out, and the places taken', async () => {
    api = planningApi(() => [adminBooking(), confirmedOne()]);
    const { view } = await mount();
    await waitFor(view, '[part="booking"]');
    const range = new URL(`https://x${api.calls.find((call) => call.path.startsWith(`${admin}/bookings`))!.path}`).searchParams;
    expect([range.get('from'), range.get('to'), range.get('portal')]).to.deep.equal([thisWeek(1), thisWeek(7), 'demo']);
    expect(visibleText(find(view, '[part="summary"]')!).trim()).to.equal('1 afspraak wacht op antwoord.');
    const morning = windowOf(view, tuesday, 'w2-ochtend');
    expect(visibleText(morning)).to.contain('Ochtend 08:00–12:00');
    expect(visibleText(morning)).to.contain('2 van 3 bezet');
    const [requested, confirmed] = findAll(morning, '[part="booking"]');
    expect(requested!.classList.contains('requested')).to.equal(true);
    expect(visibleText(requested!)).to.contain('Familie De Vries');
    expect(visibleText(requested!)).to.contain('Nieuw bezoek · Storing of reparatie · KP-7F3K2Q');
    expect(find(confirmed!, '[part="confirm"]'), 'nothing to confirm on a confirmed booking').to.equal(undefined);
    expect(findAll(view.shadowRoot!, '[part="day"]'), 'weekdays only: no windows at the weekend').to.have.length(5);
    await expect(view).to.be.accessible();
  });

  it('confirms a requested booking, says so, and loads the week again', async () => {
    let bookings = [adminBooking()];
    const announced: string[] = [];
    api = planningApi(() => bookings, {
      [`PATCH ${admin}/bookings/:id`]: (call) => {
        bookings = [adminBooking({ status: (call.body as { status: 'confirmed' }).status, decidedBy: 'Sanne Planning' })];
        return bookings[0];
      },
    });
    const { view } = await mount();
    view.addEventListener('kp-console-announce', (event) => announced.push((event as CustomEvent<{ message: string }>).detail.message));
    (await waitFor<HTMLButtonElement>(view, '[part="confirm"]')).click();
    await waitForText(view, 'Beantwoord door Sanne Planning');
    expect(api.calls.find((call) => call.method === 'PATCH')!.body).to.deep.equal({ status: 'confirmed' });
    expect(announced).to.deep.equal(['Afspraak van Familie De Vries bevestigd.']);
    expect(visibleText(find(view, '[part="summary"]')!).trim()).to.equal('Geen afspraken die op antwoord wachten.');
  });

  it('confirms in another window chosen by date and window, and says so when that window is full', async () => {
    api = planningApi(() => [adminBooking()], { [`PATCH ${admin}/bookings/:id`]: () => errorResponse(409, 'conflict', 'Full') });
    const { view } = await mount();
    (await waitFor<HTMLButtonElement>(view, '[part="propose"]')).click();
    const proposal = await waitFor(view, '[part="proposal"]');
    await waitUntil(() => view.shadowRoot!.activeElement?.id === 'proposal-date-bkg_1', 'focus on the date');
    const select = find<HTMLSelectElement>(proposal, 'select')!;
    expect([...select.options].map((option) => option.value)).to.deep.equal(['', 'w2-middag']);
    select.value = 'w2-middag';
    select.dispatchEvent(new Event('change'));
    await view.updateComplete;
    find<HTMLButtonElement>(view, '[part="send-proposal"]')!.click();
    await waitForText(view, 'het tijdvak is vol');
    expect(api.calls.find((call) => call.method === 'PATCH')!.body).to.deep.equal({ status: 'confirmed', proposal: { date: tuesday, windowId: 'w2-middag' } });
    expect(find(view, '[role="alert"]')).to.not.equal(undefined);
  });

  it('declines, and lets an admin close a window on a date', async () => {
    api = planningApi(() => [adminBooking()], {
      [`PATCH ${admin}/bookings/:id`]: () => adminBooking({ status: 'declined' }),
      [`PUT ${admin}/portals/demo/booking/blocks/:date/:windowId`]: () => ({ date: tuesday, windowId: 'w2-middag', blocked: true, note: null, blockedAt: '2026-12-02T08:00:00.000Z', blockedBy: 'Sanne' }),
    });
    const { view } = await mount();
    (await waitFor<HTMLButtonElement>(view, '[part="decline"]')).click();
    await waitUntil(() => api.calls.some((call) => call.method === 'PATCH'));
    expect(api.calls.find((call) => call.method === 'PATCH')!.body).to.deep.equal({ status: 'declined' });
    find<HTMLButtonElement>(windowOf(view, tuesday, 'w2-middag'), '[part="block"]')!.click();
    await waitUntil(() => api.calls.some((call) => call.method === 'PUT'));
    expect(api.calls.find((call) => call.method === 'PUT')!.path).to.equal(`${admin}/portals/demo/booking/blocks/${tuesday}/w2-middag`);
  });

  it('lets an admin give one window on one date another number of places, and checks the number first', async () => {
    let saved: { capacityOverrides: unknown[] } | undefined;
    api = planningApi(() => [adminBooking()], {
      [`PUT ${admin}/portals/demo/booking`]: (call) => {
        saved = call.body as { capacityOverrides: unknown[] };
        return { ...bookingSettings(), capacityOverrides: saved.capacityOverrides };
      },
    });
    const { view } = await mount();
    await waitFor(view, '[part="booking"]');
    const card = () => windowOf(view, tuesday, 'w2-middag');
    expect(visibleText(card())).to.contain('van 2 bezet');
    find<HTMLButtonElement>(card(), '[part="capacity"]')!.click();
    const input = await waitFor<HTMLInputElement>(card(), 'input[type="number"]');
    expect(input.value).to.equal('2');
    input.value = 'veel';
    input.dispatchEvent(new Event('input'));
    find<HTMLFormElement>(card(), '[part="capacity-form"]')!.requestSubmit();
    await waitForText(card(), 'Vul een aantal plaatsen in van 0 tot en met 500.');
    expect(api.calls.some((call) => call.method === 'PUT')).to.equal(false);
    input.value = '4';
    input.dispatchEvent(new Event('input'));
    find<HTMLFormElement>(card(), '[part="capacity-form"]')!.requestSubmit();
    await waitUntil(() => saved, 'the settings were not saved');
    expect(saved!.capacityOverrides).to.deep.equal([{ date: tuesday, windowId: 'w2-middag', capacity: 4 }]);
    expect(find(card(), '[part="capacity-form"]')).to.equal(undefined);
  });

  it('offers no closing of windows to role staff', async () => {
    api = planningApi(() => [adminBooking()]);
    const staff = fx.session();
    staff.staff.role = 'staff';
    const { view } = await mount({ session: staff });
    await waitFor(view, '[part="booking"]');
    expect(find(view, '[part="block"]')).to.equal(undefined);
    expect(find(view, '[part="capacity"]')).to.equal(undefined);
    expect(find(view, '[part="settings-link"]')).to.equal(undefined);
    expect(find(view, '[part="confirm"]')).to.not.equal(undefined);
  });

  it('loads again on a live event, without the loading state', async () => {
    let bookings: AdminBooking[] = [];
    api = planningApi(() => bookings);
    const { view, events } = await mount();
    await waitFor(view, '[part="summary"]');
    events.open();
    bookings = [adminBooking()];
    events.send('request.created', { id: 'evt_1', type: 'request.created', createdAt: '2026-12-02T08:00:00.000Z', data: { request: { id: 'req_1' } } });
    await waitFor(view, '[part="booking"]');
    expect(find(view, '[part="pending"]')).to.equal(undefined);
  });

  it('reads the week again when it comes back on the page', async () => {
    let bookings: AdminBooking[] = [];
    api = planningApi(() => bookings);
    const { view } = await mount();
    await waitFor(view, '[part="summary"]');
    const parent = view.parentElement!;
    view.remove();
    bookings = [adminBooking()];
    parent.append(view);
    await waitFor(view, '[part="booking"]');
  });

  it('shows one day, and goes to the next', async () => {
    api = planningApi(() => [adminBooking()]);
    const { view } = await mount({ scale: 'day', date: tuesday });
    await waitFor(view, '[part="booking"]');
    expect(findAll(view.shadowRoot!, '[part="day"]')).to.have.length(1);
    const paths: string[] = [];
    view.addEventListener('kp-console-navigate', (event) => paths.push((event as CustomEvent<{ path: string }>).detail.path));
    find<HTMLButtonElement>(view, '[part="next"]')!.click();
    expect(paths).to.deep.equal([`bookings/day/${thisWeek(3)}`]);
  });

  it('fits 390 px and reads in English', async () => {
    useConsoleEnglish();
    await setLocale('en');
    api = planningApi(() => [adminBooking()]);
    const { view } = await mount({ locale: 'en' }, 390);
    await waitFor(view, '[part="booking"]');
    const text = visibleText(view.shadowRoot!);
    for (const part of ['Appointments', '1 appointment is waiting for an answer.', 'Morning 08:00–12:00', '1 of 3 taken', 'Confirm', 'Decline', 'Another time', 'New visit']) expect(text, part).to.contain(part);
    expect(view.scrollWidth).to.be.at.most(390);
  });
});
