// The record editors for what a customer plans around: the technician's first name on a work order, and the lines of
// an invoice with the amounts added up from them.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '../../i18n/localization.js';
import { useConsoleEnglish } from '../i18n/texts.js';
import { find, findAll, type, visibleText, waitFor, waitForText } from '../../shell-fixtures.js';
import type { MockApi, RecordedCall } from '../../test-support/mock-api.js';
import { admin, consoleApi, mountConsoleView } from '../test-support/console-mock.js';
import * as rx from '../test-support/records-fixtures.js';
import './record-view.js';
import type { RecordView } from './record-view.js';

useConsoleEnglish();

let api: MockApi | undefined;
afterEach(async () => {
  api?.restore();
  await setLocale('nl');
});

const customerRoutes = {
  [`GET ${admin}/customers/:id`]: () => rx.customerDetail(),
  [`GET ${admin}/objects`]: () => ({ items: [rx.objectRecord()], nextCursor: null }),
  [`GET ${admin}/work-orders`]: () => ({ items: [rx.workOrderRecord()], nextCursor: null }),
};
const mount = (recordKind: RecordView['recordKind'], recordId: string, width = 1000) =>
  mountConsoleView<RecordView>('kp-record-view', { customerId: 'klant-1', recordKind, recordId }, width);
const field = (view: RecordView, id: string) => find<HTMLInputElement>(view, `#${id}`);
const answered = (record: unknown, status = 200) => new Response(JSON.stringify(record), { status, headers: { 'Content-Type': 'application/json' } });

describe('the work order editor', () => {
  it('keeps the technician’s first name and sends it with the work order', async () => {
    let put: RecordedCall | undefined;
    api = consoleApi({
      ...customerRoutes,
      [`GET ${admin}/work-orders/:id`]: () => rx.workOrderRecord({ technicianFirstName: 'Jan' }),
      [`PUT ${admin}/work-orders/:id`]: (call) => {
        put = call;
        return answered(rx.workOrderRecord({ technicianFirstName: 'Sanne' }));
      },
    });
    const { view } = await mount('work-orders', 'wo-1');
    await waitForText(view, 'Werkbon WB-2026-001');
    expect(field(view, 'technicianFirstName')!.value).to.equal('Jan');
    expect(visibleText(view)).to.contain('Voornaam monteur');
    type(field(view, 'technicianFirstName'), 'Sanne');
    find(view, '[part="save"]')!.click();
    await waitUntilPut(() => put);
    expect((put!.body as Record<string, unknown>).technicianFirstName).to.equal('Sanne');
    await expect(view).to.be.accessible();
  });
});

async function waitUntilPut(sent: () => RecordedCall | undefined): Promise<void> {
  for (let tries = 0; tries < 100 && !sent(); tries += 1) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(sent(), 'the record was saved').not.to.equal(undefined);
}

describe('the invoice editor', () => {
  it('takes lines by keyboard and sends them with the amounts added up from them', async () => {
    let put: RecordedCall | undefined;
    api = consoleApi({
      ...customerRoutes,
      [`GET ${admin}/invoices/:id`]: () => rx.invoiceRecord({ source: 'console' }),
      [`PUT ${admin}/invoices/:id`]: (call) => {
        put = call;
        return answered(rx.invoiceRecord({ source: 'console', lines: (call.body as { lines: never }).lines }));
      },
    });
    const { view } = await mount('invoices', 'inv-1', 390);
    await waitForText(view, 'Factuur F-2026-042');
    expect(findAll(view, '.line')).to.have.length(0);
    const add = find<HTMLButtonElement>(view, '[part="add-line"]')!;
    add.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(view, '#line-0-description');
    await sendKeys({ type: 'Onderhoud cv-ketel' });
    type(field(view, 'line-0-unitPrice'), '125,00');
    add.click();
    await waitFor(view, '#line-1-description');
    type(field(view, 'line-1-description'), 'Filter');
    type(field(view, 'line-1-quantity'), '2');
    type(field(view, 'line-1-unitPrice'), '12,50');
    type(field(view, 'line-1-vatRate'), '9');
    await waitForText(view, '€ 178,50');
    expect(view.scrollWidth, 'fits a phone').to.be.at.most(390);
    find(view, '[part="save"]')!.click();
    await waitUntilPut(() => put);
    const body = put!.body as Record<string, unknown>;
    expect(body.lines).to.deep.equal([
      { description: 'Onderhoud cv-ketel', quantity: 1, unitPriceCents: 12500, vatRate: 21 },
      { description: 'Filter', quantity: 2, unitPriceCents: 1250, vatRate: 9 },
    ]);
    expect(body).to.include({ totalCents: 17850, totalExclVatCents: 15000 });
    await expect(view).to.be.accessible();
  });

  it('fills in the lines of a stored invoice, and an invoice without lines keeps its typed amounts', async () => {
    let put: RecordedCall | undefined;
    api = consoleApi({
      ...customerRoutes,
      [`GET ${admin}/invoices/:id`]: () => rx.invoiceRecord({ source: 'console', lines: [{ description: 'Arbeid', quantity: 1.5, unitPriceCents: 6500, vatRate: 21 }] }),
      [`PUT ${admin}/invoices/:id`]: (call) => {
        put = call;
        return answered(rx.invoiceRecord({ source: 'console' }));
      },
    });
    const { view } = await mount('invoices', 'inv-1');
    await waitForText(view, 'Factuur F-2026-042');
    expect(field(view, 'line-0-description')!.value).to.equal('Arbeid');
    expect(field(view, 'line-0-quantity')!.value).to.equal('1,5');
    find<HTMLButtonElement>(view, '.line .remove')!.click();
    await view.updateComplete;
    type(field(view, 'total'), '99,00');
    type(field(view, 'totalExclVat'), '');
    find(view, '[part="save"]')!.click();
    await waitUntilPut(() => put);
    expect(put!.body).to.deep.include({ lines: [], totalCents: 9900, totalExclVatCents: null });
  });

  it('is English on an English page', async () => {
    await setLocale('en');
    api = consoleApi({ ...customerRoutes, [`GET ${admin}/invoices/:id`]: () => rx.invoiceRecord({ source: 'console' }), [`GET ${admin}/work-orders/:id`]: () => rx.workOrderRecord() });
    const invoice = await mount('invoices', 'inv-1');
    await waitForText(invoice.view, 'Invoice F-2026-042');
    expect(visibleText(invoice.view)).to.contain('With lines, the amounts are added up from the lines.').and.contain('Add a line');
    const workOrder = await mount('work-orders', 'wo-1');
    await waitForText(workOrder.view, 'Work order WB-2026-001');
    expect(visibleText(workOrder.view)).to.contain('Technician’s first name');
  });
});
