// What a customer plans around, drawn: the address and technician of a visit, "add to calendar", one completion date,
// invoice lines on a phone, equipment past its service with a way to ask for it, and the next visit at home.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '../i18n/localization.js';
import { mockApi, page, type MockApi } from '../test-support/mock-api.js';
import './home-view.js';
import './invoice-detail-view.js';
import './object-detail-view.js';
import './objects-view.js';
import './request-form-view.js';
import './work-order-detail-view.js';
import './work-orders-view.js';
import type { PortalView } from './portal-view.js';
import type { RequestFormView } from './request-form-view.js';
import { all, boiler, find, has, invoice, location, mountView, objectDetail, overview, text, workOrder } from './view-fixtures.js';
import { boilerInTime, completedAt, completedVisit, invoiceWithLines, onlyAddress, overdueBoiler, plannedVisit, summerHouse } from './visits-fixtures.js';

const threads = { 'GET /work-orders/:id/messages': () => page([]) };
const calendarFile = () => new Response('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', { headers: { 'Content-Type': 'text/calendar', 'Content-Disposition': 'attachment; filename="bezoek.ics"' } });

function navigations(view: HTMLElement): string[] {
  const opened: string[] = [];
  view.addEventListener('kp-view-navigate', (event) => opened.push((event as CustomEvent).detail.view));
  return opened;
}

/** Tabs from the start of the page until `target` has focus inside the view; false when it never does. */
async function tabTo(view: PortalView, target: Element): Promise<boolean> {
  for (let step = 0; step < 40; step += 1) {
    await sendKeys({ press: 'Tab' });
    if (view.shadowRoot!.activeElement === target || (target as HTMLElement).shadowRoot?.activeElement) return true;
    const inner = view.shadowRoot!.activeElement;
    if (inner && inner === target) return true;
  }
  return false;
}

describe('a planned visit', () => {
  let api: MockApi;
  afterEach(async () => {
    api.restore();
    await setLocale('nl');
  });

  it('shows where, who comes, and offers the visit for the calendar', async () => {
    api = mockApi({ ...threads, 'GET /work-orders/:id': () => plannedVisit(), 'GET /work-orders/:id/calendar.ics': calendarFile });
    const view = await mountView<PortalView>('kp-work-order-detail-view', { recordId: 'wo_1' });
    const details = text(await find(view, '[part="details"]'));
    expect(details).to.contain('Adres').and.contain('Zomerhuis: Duinweg 3, 1861 AB Bergen');
    expect(details).to.contain('Monteur').and.contain('Jan');
    const calendar = await find(view, 'kp-download-button[part="calendar"]');
    expect(text(calendar)).to.contain('Zet in agenda');
    calendar.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(api.calls.map((call) => call.path)).to.include('/work-orders/wo_1/calendar.ics?lang=nl');
    await expect(view).to.be.accessible();
  });

  it('is reached by keyboard: the calendar button is one Tab stop and Enter downloads', async () => {
    api = mockApi({ ...threads, 'GET /work-orders/:id': () => plannedVisit(), 'GET /work-orders/:id/calendar.ics': calendarFile });
    const view = await mountView<PortalView>('kp-work-order-detail-view', { recordId: 'wo_1' });
    const calendar = await find(view, 'kp-download-button[part="calendar"]');
    expect(await tabTo(view, calendar)).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(api.calls.some((call) => call.path.endsWith('/calendar.ics?lang=nl'))).to.equal(true);
  });

  it('names a household’s only address without a label, and offers no calendar for a visit not planned', async () => {
    api = mockApi({ ...threads, 'GET /work-orders/:id': () => plannedVisit({ status: 'open', plannedStart: null, plannedEnd: null, technicianFirstName: null, address: onlyAddress }) });
    const view = await mountView<PortalView>('kp-work-order-detail-view', { recordId: 'wo_1' });
    const details = text(await find(view, '[part="details"]'));
    expect(details).to.contain('Dorpsstraat 12, 1234 AB Utrecht');
    expect(details).not.to.contain('Monteur');
    expect(has(view, '[part="calendar"]'), '[part="calendar"]').to.equal(false);
  });

  it('speaks English', async () => {
    api = mockApi({ ...threads, 'GET /work-orders/:id': () => plannedVisit(), 'GET /work-orders/:id/calendar.ics': calendarFile });
    await setLocale('en');
    const view = await mountView<PortalView>('kp-work-order-detail-view', { recordId: 'wo_1', locale: 'en' });
    const details = text(await find(view, '[part="details"]'));
    expect(details).to.contain('Address').and.contain('Technician');
    const calendar = await find(view, 'kp-download-button[part="calendar"]');
    expect(text(calendar)).to.contain('Add to calendar');
    expect(calendar.getAttribute('path')).to.equal('/work-orders/wo_1/calendar.ics?lang=en');
  });
});

describe('a completed work order', () => {
  let api: MockApi;
  afterEach(() => api.restore());

  it('shows the same completion date in its details and on its timeline', async () => {
    api = mockApi({ ...threads, 'GET /work-orders/:id': () => completedVisit() });
    const view = await mountView<PortalView>('kp-work-order-detail-view', { recordId: 'wo_1' });
    const details = text(await find(view, '[part="details"]'));
    const timeline = view.shadowRoot!.querySelector('kp-timeline')!;
    await timeline.updateComplete;
    const steps = [...timeline.shadowRoot!.querySelectorAll('li')];
    const completed = steps.at(-1)!;
    expect(completed.querySelector('time')!.getAttribute('datetime')).to.equal(completedAt);
    const day = new Date(completedAt).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
    expect(details).to.contain('Afgerond op').and.contain(day);
    const shortDay = new Date(completedAt).toLocaleDateString('nl-NL', { day: 'numeric', month: 'short', year: 'numeric' });
    expect(text(completed)).to.contain(shortDay);
  });
});

describe('the timeline of a work order completed before its news arrived', () => {
  let api: MockApi;
  afterEach(() => api.restore());

  it('keeps the completed step last and current, though its date comes before steps recorded earlier', async () => {
    const visit = completedVisit();
    visit.timeline = [
      { status: 'planned', statusLabel: null, at: '2026-11-28T09:00:00.000Z' },
      { status: 'completed', statusLabel: null, at: completedAt },
    ];
    api = mockApi({ ...threads, 'GET /work-orders/:id': () => visit });
    const view = await mountView<PortalView>('kp-work-order-detail-view', { recordId: 'wo_1' });
    await find(view, '[part="details"]');
    const timeline = view.shadowRoot!.querySelector('kp-timeline')!;
    await timeline.updateComplete;
    const steps = [...timeline.shadowRoot!.querySelectorAll('li')];
    expect(steps.map((step) => step.querySelector('time')!.getAttribute('datetime'))).to.deep.equal(['2026-11-28T09:00:00.000Z', completedAt]);
    expect(steps.at(-1)!.getAttribute('aria-current')).to.equal('step');
  });
});

describe('the list of work orders', () => {
  let api: MockApi;
  afterEach(() => api.restore());

  it('names which address only for a customer with several', async () => {
    api = mockApi({
      'GET /work-orders': () =>
        page([workOrder({ id: 'wo_1', address: summerHouse }), workOrder({ id: 'wo_2', number: 'WB-2026-0143', address: { ...onlyAddress, oneOfSeveral: true } })]),
    });
    const view = await mountView<PortalView>('kp-work-orders-view');
    await find(view, '[part="record-title"]');
    const rows = all(view, '.record').map((row) => text(row));
    expect(rows[0]).to.contain('Zomerhuis');
    expect(rows[1]).to.contain('Dorpsstraat 12, Utrecht');
    api.restore();
    api = mockApi({ 'GET /work-orders': () => page([workOrder({ address: onlyAddress })]) });
    const single = await mountView<PortalView>('kp-work-orders-view');
    await find(single, '[part="record-title"]');
    expect(text(single)).not.to.contain('Dorpsstraat');
  });
});

describe('invoice lines', () => {
  let api: MockApi;
  afterEach(async () => {
    api.restore();
    await setLocale('nl');
  });

  it('show in a table that fits 320 px, with the totals the business sent', async () => {
    api = mockApi({ 'GET /invoices/:id': () => invoiceWithLines() });
    const view = await mountView<PortalView>('kp-invoice-detail-view', { recordId: 'inv_1' });
    (view.parentElement as HTMLElement).style.width = '320px';
    const lines = await find(view, '[part="lines"]');
    await view.updateComplete;
    expect(all(view, '[part="lines"] tbody tr')).to.have.length(3);
    expect(text(lines)).to.contain('Arbeid, per uur');
    const totals = text(view.shadowRoot!.querySelector('[part="totals"]'));
    expect(totals).to.contain('€ 247,50').and.contain('€ 296,48');
    expect(view.scrollWidth, 'nothing sticks out sideways').to.be.at.most(320);
    expect(lines.getBoundingClientRect().right).to.be.at.most(view.getBoundingClientRect().right + 0.5);
    // The totals live in the table's sum; the facts do not repeat them.
    expect(text(view.shadowRoot!.querySelector('[part="details"]'))).not.to.contain('Bedrag excl. btw');
    await expect(view).to.be.accessible();
  });

  it('leave an invoice without lines as it was', async () => {
    api = mockApi({ 'GET /invoices/:id': () => ({ ...invoice(), lines: [] }) });
    const view = await mountView<PortalView>('kp-invoice-detail-view', { recordId: 'inv_1' });
    const details = text(await find(view, '[part="details"]'));
    expect(details).to.contain('Bedrag excl. btw').and.contain('€ 242,00');
    expect(has(view, '[part="lines"]'), '[part="lines"]').to.equal(false);
  });

  it('speak English', async () => {
    api = mockApi({ 'GET /invoices/:id': () => invoiceWithLines() });
    await setLocale('en');
    const view = await mountView<PortalView>('kp-invoice-detail-view', { recordId: 'inv_1', locale: 'en' });
    await find(view, '[part="lines"]');
    expect(text(view)).to.contain('Details').and.contain('€296.48');
  });
});

describe('equipment past its service date', () => {
  let api: MockApi;
  afterEach(async () => {
    api.restore();
    await setLocale('nl');
  });

  it('is flagged on its page, with a button that opens the request form with this object', async () => {
    api = mockApi({ 'GET /objects/:id': () => objectDetail({ ...overdueBoiler }) });
    const view = await mountView<PortalView>('kp-object-detail-view', { recordId: 'obj_1' });
    expect(text(await find(view, '[part="service-overdue"]'))).to.equal('Onderhoud verlopen');
    const notice = await find(view, '[part="overdue-notice"]');
    expect(text(notice)).to.contain('14 oktober 2025');
    expect(text(view.shadowRoot!.querySelector('[part="details"]'))).to.contain('Zomerhuis: Duinweg 3, 1861 AB Bergen');
    const opened = navigations(view);
    const button = notice.querySelector<HTMLButtonElement>('[part="request-maintenance"]')!;
    expect(text(button)).to.equal('Onderhoud aanvragen');
    button.focus();
    await sendKeys({ press: 'Enter' });
    expect(opened).to.deep.equal(['requests/new?objectId=obj_1&workType=maintenance']);
    await expect(view).to.be.accessible();
  });

  it('is not flagged while its service is still to come', async () => {
    api = mockApi({ 'GET /objects/:id': () => objectDetail({ ...boilerInTime }) });
    const view = await mountView<PortalView>('kp-object-detail-view', { recordId: 'obj_2' });
    await find(view, '[part="details"]');
    expect(has(view, '[part="service-overdue"]'), '[part="service-overdue"]').to.equal(false);
    expect(has(view, '[part="overdue-notice"]'), '[part="overdue-notice"]').to.equal(false);
  });

  it('is flagged on the list, where its button leads to the request form with that object chosen', async () => {
    api = mockApi({
      'GET /objects': () => page([overdueBoiler, boilerInTime]),
      'GET /locations': () => page([location]),
    });
    const view = await mountView<PortalView>('kp-objects-view');
    await find(view, '[part="record-title"]');
    const rows = all(view, '.record');
    expect(rows[0]!.querySelector('[part="service-overdue"]')).not.to.equal(null);
    expect(rows[1]!.querySelector('[part="service-overdue"]')).to.equal(null);
    expect(rows[1]!.querySelector('[part="request-service"]')).to.equal(null);
    expect(text(rows[0])).to.contain('Zomerhuis');
    expect(text(rows[1]), 'a customer with one address').not.to.contain('Dorpsstraat');
    const opened = navigations(view);
    const button = rows[0]!.querySelector<HTMLButtonElement>('[part="request-service"]')!;
    expect(text(button)).to.contain('Onderhoud aanvragen').and.contain('Cv-ketel zolder');
    button.click();
    expect(opened).to.deep.equal(['requests/new?objectId=obj_1&workType=maintenance']);
    await expect(view).to.be.accessible();

    api.restore();
    api = mockApi({ 'GET /locations': () => page([location]), 'GET /objects': () => page([overdueBoiler, boilerInTime]) });
    const form = await mountView<RequestFormView>('kp-request-form-view', { objectId: 'obj_1' });
    const select = await find<HTMLSelectElement>(form, '#objectId');
    await form.updateComplete;
    expect(select.value).to.equal(boiler.id);
  });

  it('speaks English', async () => {
    api = mockApi({ 'GET /objects/:id': () => objectDetail({ ...overdueBoiler }) });
    await setLocale('en');
    const view = await mountView<PortalView>('kp-object-detail-view', { recordId: 'obj_1', locale: 'en' });
    expect(text(await find(view, '[part="service-overdue"]'))).to.equal('Service overdue');
    expect(text(view.shadowRoot!.querySelector('[part="request-maintenance"]'))).to.equal('Request maintenance');
    expect(text(view.shadowRoot!.querySelector('[part="overdue-notice"]'))).to.contain('the service was due on 14 October 2025');
  });
});

describe('the next visit at home', () => {
  let api: MockApi;
  const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
  afterEach(async () => {
    api.restore();
    await setLocale('nl');
  });

  it('shows when, who comes and where, with a link to the work order', async () => {
    api = mockApi({ 'GET /overview': () => overview({ nextVisit: workOrder({ technicianFirstName: 'Jan', address: summerHouse, plannedStart: hoursFromNow(48), plannedEnd: hoursFromNow(50) }) }) });
    const view = await mountView<PortalView>('kp-home-view');
    const visit = await find(view, '[part="next-visit"]');
    expect(text(visit)).to.contain('Volgend bezoek').and.contain('Monteur: Jan').and.contain('Zomerhuis');
    expect(text(visit)).to.contain('Werkbon WB-2026-0142 bekijken');
    await expect(view).to.be.accessible();
  });

  it('says a visit of today is under way while it lasts', async () => {
    api = mockApi({ 'GET /overview': () => overview({ nextVisit: workOrder({ status: 'in_progress', plannedStart: hoursFromNow(-1), plannedEnd: hoursFromNow(1) }) }) });
    const view = await mountView<PortalView>('kp-home-view');
    expect(text(await find(view, '[part="next-visit"]'))).to.contain('Bezoek nu bezig');
  });

  it('calls a long window under way the next visit, not one happening now', async () => {
    api = mockApi({ 'GET /overview': () => overview({ nextVisit: workOrder({ status: 'in_progress', plannedStart: hoursFromNow(-24 * 5), plannedEnd: hoursFromNow(24 * 9) }) }) });
    const view = await mountView<PortalView>('kp-home-view');
    expect(text(await find(view, '[part="next-visit"]'))).to.contain('Volgend bezoek');
  });

  it('speaks English', async () => {
    api = mockApi({ 'GET /overview': () => overview({ nextVisit: workOrder({ technicianFirstName: 'Jan', plannedStart: hoursFromNow(-1), plannedEnd: hoursFromNow(1) }) }) });
    await setLocale('en');
    const view = await mountView<PortalView>('kp-home-view', { locale: 'en' });
    expect(text(await find(view, '[part="next-visit"]'))).to.contain('Visit under way').and.contain('Technician: Jan');
  });
});
