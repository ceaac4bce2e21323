import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement, find, findAll, type, visibleText, waitFor, waitForText } from '../../shell-fixtures.js';
import { errorResponse, never, type MockApi, type RecordedCall } from '../../test-support/mock-api.js';
import { admin, consoleApi, mountConsoleView } from '../test-support/console-mock.js';
import * as rx from '../test-support/records-fixtures.js';
import { moneyInput, parseMoney } from './record-money.js';
import './record-view.js';
import type { RecordView } from './record-view.js';

let api: MockApi | undefined;
afterEach(() => {
  api?.restore();
});

const customerRoutes = {
  [`GET ${admin}/customers/:id`]: () => rx.customerDetail(),
  [`GET ${admin}/objects`]: () => ({ items: [rx.objectRecord()], nextCursor: null }),
  [`GET ${admin}/work-orders`]: () => ({ items: [rx.workOrderRecord()], nextCursor: null }),
};
const writes = () => api!.calls.filter((call) => call.method !== 'GET');
const mount = (recordKind: RecordView['recordKind'], recordId: string, width = 1000) =>
  mountConsoleView<RecordView>('kp-record-view', { customerId: 'klant-1', recordKind, recordId }, width);
const field = (view: RecordView, id: string) => find<HTMLInputElement>(view, `#${id}`);

describe('amounts as typed', () => {
  it('reads Dutch and English ways of writing money as cents, and refuses what is no amount', () => {
    expect(parseMoney('1.234,50', 'nl')).to.equal(123450);
    expect(parseMoney('€ 1.234,5', 'nl')).to.equal(123450);
    expect(parseMoney('1234', 'nl')).to.equal(123400);
    expect(parseMoney('12.50', 'nl')).to.equal(1250);
    expect(parseMoney('-12,00', 'nl')).to.equal(-1200);
    expect(parseMoney('1,234.50', 'en')).to.equal(123450);
    expect(parseMoney('12,5', 'en')).to.equal(1250);
    expect(parseMoney('1.234', 'nl')).to.equal(123400);
    for (const wrong of ['', 'twaalf', '1,2,3', '1.23.4', '12,345', '1,234.5.6']) expect(parseMoney(wrong, 'nl'), wrong).to.equal(undefined);
    expect(moneyInput(123450, 'nl')).to.equal('1.234,50');
    expect(moneyInput(123450, 'en')).to.equal('1,234.50');
  });
});

describe('<kp-record-view>', () => {
  it('shows a placeholder while the record loads', async () => {
    api = consoleApi({ ...customerRoutes, [`GET ${admin}/work-orders/:id`]: never });
    const { view } = await mount('work-orders', 'wo-1');
    await waitFor(view, '[part="pending"]');
  });

  it('says so when the record does not exist, and retries after another failure', async () => {
    api = consoleApi({ ...customerRoutes, [`GET ${admin}/invoices/:id`]: () => errorResponse(404, 'not_found', 'No such invoice.') });
    const { view } = await mount('invoices', 'gone');
    await waitForText(view, 'Niet gevonden');
    api.restore();
    let fail = true;
    api = consoleApi({ ...customerRoutes, [`GET ${admin}/invoices/:id`]: () => (fail ? errorResponse(503, 'internal', 'Down') : rx.invoiceRecord()) });
    const again = await mount('invoices', 'inv-1');
    await waitForText(again.view, 'Dit record kon niet worden geladen.');
    fail = false;
    find(again.view, '[part="retry"]')!.click();
    await waitForText(again.view, 'Factuur F-2026-042');
  });

  it('shows a console work order filled in, with its source, and is accessible', async () => {
    api = consoleApi({ ...customerRoutes, [`GET ${admin}/work-orders/:id`]: () => rx.workOrderRecord() });
    const { view } = await mount('work-orders', 'wo-1');
    await waitForText(view, 'Werkbon WB-2026-001');
    expect(find(view, '[part="source"]')!.textContent).to.contain('Bijgehouden in de console');
    expect(field(view, 'number')!.value).to.equal('WB-2026-001');
    expect(field(view, 'total')!.value).to.equal('129,50');
    expect(find<HTMLSelectElement>(view, '#locationExternalId')!.value).to.equal('loc-1');
    expect(find<HTMLSelectElement>(view, '#workType')!.value).to.equal('maintenance');
    expect(view.hasUnsavedChanges()).to.equal(false);
    await expect(view).to.be.accessible();
  });

  it('creates a new work order from an empty form: euros become cents, the local planned window a moment, and the address its own', async () => {
    let put: RecordedCall | undefined;
    api = consoleApi({
      ...customerRoutes,
      [`PUT ${admin}/work-orders/:id`]: (call) => {
        put = call;
        return new Response(JSON.stringify(rx.workOrderRecord({ externalId: call.path.split('/').pop()!, number: 'WB-9' })), { status: 201, headers: { 'Content-Type': 'application/json' } });
      },
    });
    const { view } = await mount('work-orders', 'new', 390);
    await waitForText(view, 'Nieuw: werkbon');
    expect(field(view, 'number')!.value).to.equal('');
    const navigated: string[] = [];
    view.addEventListener('kp-console-navigate', (event) => navigated.push((event as CustomEvent<{ path: string }>).detail.path));
    type(field(view, 'number'), 'WB-9');
    type(find<HTMLTextAreaElement>(view, '#description'), 'Cv-ketel lekt');
    type(field(view, 'plannedStartDate'), '2026-12-10');
    type(field(view, 'plannedStartTime'), '08:30');
    type(field(view, 'total'), '1.234,50');
    expect(view.hasUnsavedChanges()).to.equal(true);
    find(view, '[part="save"]')!.click();
    await waitForText(view, 'Werkbon is aangemaakt en opgeslagen.');
    const body = put!.body as Record<string, unknown>;
    expect(body).to.include({ customerExternalId: 'klant-1', number: 'WB-9', description: 'Cv-ketel lekt', status: 'open', totalCents: 123450 });
    expect(body.plannedStart).to.equal(new Date('2026-12-10T08:30').toISOString());
    const externalId = put!.path.split('/').pop()!;
    expect(externalId).to.match(/^console-wo-\d{8}-/);
    expect(navigated).to.deep.equal([`customers/klant-1/work-orders/${externalId}`]);
    expect(location.hash).to.equal(`#/customers/klant-1/work-orders/${externalId}`);
    expect(view.hasUnsavedChanges()).to.equal(false);
    history.replaceState(null, '', location.pathname);
  });

  it('a failed save keeps what was typed and puts the server’s complaint beside its field', async () => {
    api = consoleApi({
      ...customerRoutes,
      [`GET ${admin}/invoices/:id`]: () => rx.invoiceRecord({ source: 'console' }),
      [`PUT ${admin}/invoices/:id`]: () => errorResponse(400, 'validation_failed', 'Not valid.', [{ path: 'totalCents', message: 'too large' }]),
    });
    const { view } = await mount('invoices', 'inv-1');
    await waitForText(view, 'Factuur F-2026-042');
    type(field(view, 'total'), '99.999,99');
    type(field(view, 'number'), 'F-2026-043');
    find(view, '[part="save"]')!.click();
    await waitFor(view, '#total-error');
    expect(field(view, 'total')!.getAttribute('aria-invalid')).to.equal('true');
    expect(field(view, 'total')!.value).to.equal('99.999,99');
    expect(field(view, 'number')!.value).to.equal('F-2026-043');
    expect(visibleText(view)).to.contain('Niet opgeslagen.');
    expect(view.hasUnsavedChanges()).to.equal(true);
  });

  it('refuses money it cannot read before sending anything, beside the field', async () => {
    api = consoleApi({ ...customerRoutes, [`GET ${admin}/invoices/:id`]: () => rx.invoiceRecord({ source: 'console' }) });
    const { view } = await mount('invoices', 'inv-1');
    await waitForText(view, 'Factuur F-2026-042');
    type(field(view, 'total'), 'twaalf euro');
    find(view, '[part="save"]')!.click();
    await waitForText(view, 'Vul een bedrag in, zoals 1.234,50.');
    expect(deepActiveElement()).to.equal(field(view, 'total'));
    expect(writes()).to.deep.equal([]);
  });

  it('shows a back-office invoice read-only with the reason: no field to change, no save or delete', async () => {
    api = consoleApi({ ...customerRoutes, [`GET ${admin}/invoices/:id`]: () => rx.invoiceRecord() });
    const { view } = await mount('invoices', 'inv-1');
    await waitForText(view, 'Factuur F-2026-042');
    expect(find(view, '[part="source"]')!.textContent).to.contain('Uit uw backoffice');
    expect(visibleText(view)).to.contain('alleen te lezen');
    expect(find<HTMLFieldSetElement>(view, 'fieldset.plain')!.disabled).to.equal(true);
    expect(find(view, '[part="save"]')).to.equal(undefined);
    expect(find(view, '[part="delete"]')).to.equal(undefined);
    expect(field(view, 'total')!.value).to.equal('1.234,50');
    expect(view.hasUnsavedChanges()).to.equal(false);
    await expect(view).to.be.accessible();
  });

  it('a quote adds up its lines with VAT, all by keyboard, and saves the total', async () => {
    let put: RecordedCall | undefined;
    api = consoleApi({
      ...customerRoutes,
      [`GET ${admin}/quotes/:id`]: () => rx.quoteRecord(),
      [`PUT ${admin}/quotes/:id`]: (call) => {
        put = call;
        return rx.quoteRecord();
      },
    });
    const { view } = await mount('quotes', 'quo-1');
    await waitForText(view, 'Offerte OFF-7');
    expect(find(view, 'output')!.textContent).to.match(/€\s1\.210,00/);
    find(view, '[part="add-line"]')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(deepActiveElement()).to.equal(field(view, 'line-1-description'));
    await sendKeys({ type: 'Voorrijkosten' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '50' });
    await view.updateComplete;
    expect(find(view, 'output')!.textContent).to.match(/€\s1\.270,50/);
    find(view, '[part="save"]')!.click();
    await waitForText(view, 'Opgeslagen.');
    expect((put!.body as { totalCents: number }).totalCents).to.equal(127050);
    expect((put!.body as { lines: unknown[] }).lines).to.deep.equal([
      { description: 'Ketel', quantity: 1, unitPriceCents: 100000, vatRate: 21 },
      { description: 'Voorrijkosten', quantity: 1, unitPriceCents: 5000, vatRate: 21 },
    ]);
    await expect(view).to.be.accessible();
  });

  it('asks before leaving unsaved changes', async () => {
    api = consoleApi({ ...customerRoutes, [`GET ${admin}/objects/:id`]: () => rx.objectRecord() });
    const { view } = await mount('objects', 'obj-1');
    await waitForText(view, 'Installatie Cv-ketel zolder');
    expect(view.canLeave()).to.equal(true);
    type(field(view, 'brand'), 'Nefit');
    const realConfirm = window.confirm;
    const asked: string[] = [];
    try {
      window.confirm = (text?: string) => (asked.push(text ?? ''), false);
      expect(view.canLeave()).to.equal(false);
      window.confirm = () => true;
      expect(view.canLeave()).to.equal(true);
    } finally {
      window.confirm = realConfirm;
    }
    expect(asked[0]).to.contain('nog niet zijn opgeslagen');
  });

  it('deletes a console record only after its confirmation, by keyboard, and goes back to the customer', async () => {
    api = consoleApi({
      ...customerRoutes,
      [`GET ${admin}/objects/:id`]: () => rx.objectRecord(),
      [`DELETE ${admin}/objects/:id`]: () => new Response(null, { status: 204 }),
    });
    const { view } = await mount('objects', 'obj-1');
    await waitForText(view, 'Installatie Cv-ketel zolder');
    const navigated: string[] = [];
    view.addEventListener('kp-console-navigate', (event) => navigated.push((event as CustomEvent<{ path: string }>).detail.path));
    find(view, '[part="delete"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(view, '[part="confirm-delete"]');
    expect(writes()).to.deep.equal([]);
    expect(deepActiveElement()).to.equal(find(view, '[part="confirm-delete"]'));
    await expect(view).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await waitFor(view, '[part="pending"]').catch(() => undefined);
    expect(writes().map((call) => `${call.method} ${call.path}`)).to.deep.equal([`DELETE ${admin}/objects/obj-1`]);
    expect(navigated).to.deep.equal(['customers/klant-1']);
  });

  it('uploads the chosen PDF with a new invoice and shows it stored', async () => {
    const uploads: RecordedCall[] = [];
    api = consoleApi({
      ...customerRoutes,
      [`PUT ${admin}/invoices/:id`]: (call) => rx.invoiceRecord({ externalId: call.path.split('/').pop()!, source: 'console' }),
      [`PUT ${admin}/invoices/:id/pdf`]: (call) => {
        uploads.push(call);
        return rx.invoiceRecord({ source: 'console', pdf: { contentType: 'application/pdf', size: 2048, sha256: 'ab', uploadedAt: '2026-12-01T10:00:00.000Z' } });
      },
    });
    const { view } = await mount('invoices', 'new');
    await waitForText(view, 'Nieuw: factuur');
    type(field(view, 'number'), 'F-1');
    type(field(view, 'issueDate'), '2026-12-01');
    type(field(view, 'dueDate'), '2026-12-31');
    type(field(view, 'total'), '121');
    const input = field(view, 'file')!;
    const files = new DataTransfer();
    files.items.add(new File(['%PDF-1.4'], 'factuur.pdf', { type: 'application/pdf' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    find(view, '[part="save"]')!.click();
    await waitForText(view, 'Factuur is aangemaakt en opgeslagen.');
    expect(uploads).to.have.length(1);
    expect(uploads[0]!.headers.get('content-type')).to.equal('application/pdf');
    expect(visibleText(view)).to.contain('2 KB');
    expect(findAll(view, '[aria-invalid="true"]')).to.have.length(0);
    history.replaceState(null, '', location.pathname);
  });

  it('shows a change made elsewhere as it happens, but never over what the staff member is typing', async () => {
    let invoice = rx.invoiceRecord();
    api = consoleApi({ ...customerRoutes, [`GET ${admin}/invoices/:id`]: () => invoice });
    const { view, events } = await mount('invoices', 'inv-1');
    await waitForText(view, 'Factuur F-2026-042');
    events.open();
    invoice = rx.invoiceRecord({ status: 'paid', updatedAt: '2026-12-02T09:00:00.000Z' });
    events.send('message', { id: 'evt_1', type: 'invoice.updated', createdAt: '2026-12-02T09:00:00.000Z', data: { invoice: { id: 'inv_1' } } });
    await waitUntil(() => find<HTMLSelectElement>(view, '#status')?.value === 'paid', 'the change never showed');

    api!.restore();
    let own = rx.invoiceRecord({ source: 'console' });
    api = consoleApi({ ...customerRoutes, [`GET ${admin}/invoices/:id`]: () => own });
    const second = await mount('invoices', 'inv-1');
    await waitForText(second.view, 'Factuur F-2026-042');
    type(field(second.view, 'number'), 'F-typed');
    own = rx.invoiceRecord({ source: 'console', number: 'F-elsewhere', updatedAt: '2026-12-02T09:00:00.000Z' });
    second.events.open();
    second.events.send('message', { id: 'evt_2', type: 'invoice.updated', createdAt: '2026-12-02T09:00:00.000Z', data: { invoice: { id: 'inv_1' } } });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(field(second.view, 'number')!.value).to.equal('F-typed');
  });

  it('turns read-only with the reason when the back office took the record over before the save', async () => {
    let invoice = rx.invoiceRecord({ source: 'console' });
    api = consoleApi({
      ...customerRoutes,
      [`GET ${admin}/invoices/:id`]: () => invoice,
      [`PUT ${admin}/invoices/:id`]: () => {
        invoice = rx.invoiceRecord({ source: 'api' });
        return errorResponse(409, 'conflict', 'Kept by the back office.', [{ message: 'read-only', reason: 'read_only_record' } as { path?: string; message: string }]);
      },
    });
    const { view } = await mount('invoices', 'inv-1');
    await waitForText(view, 'Factuur F-2026-042');
    type(field(view, 'number'), 'F-2026-043');
    find(view, '[part="save"]')!.click();
    await waitForText(view, 'uw backoffice houdt dit record inmiddels zelf bij');
    expect(find<HTMLFieldSetElement>(view, 'fieldset.plain')!.disabled).to.equal(true);
    expect(find(view, '[part="save"]')).to.equal(undefined);
    expect(view.hasUnsavedChanges()).to.equal(false);
  });
});
