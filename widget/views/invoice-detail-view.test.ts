import { expect } from '@open-wc/testing';
import { mockApi, type MockApi } from '../test-support/mock-api.js';
import './invoice-detail-view.js';
import type { InvoiceDetailView } from './invoice-detail-view.js';
import { find, has, invoice, mountView, text } from './view-fixtures.js';

describe('<kp-invoice-detail-view>', () => {
  let api: MockApi;
  afterEach(() => api.restore());

  it('offers "Pay now" as a link to the payment page in a new tab, without access to the portal page', async () => {
    api = mockApi({ 'GET /invoices/:id': () => invoice({ dueDate: '2999-12-31' }) });
    const view = await mountView<InvoiceDetailView>('kp-invoice-detail-view', { recordId: 'inv_1' });
    const pay = await find<HTMLAnchorElement>(view, '[part="pay"]');
    expect(pay.href).to.equal('https://pay.example/inv_1');
    expect(pay.target).to.equal('_blank');
    expect(pay.rel.split(' ')).to.include('noopener');
    expect(text(pay)).to.contain('Nu betalen').and.contain('opent in een nieuw tabblad');
    expect(text(view)).to.contain('Graag betalen voor 31 december 2999');
  });

  it('has no pay button for a paid invoice', async () => {
    api = mockApi({ 'GET /invoices/:id': () => invoice({ status: 'paid', paymentUrl: null }) });
    const view = await mountView<InvoiceDetailView>('kp-invoice-detail-view', { recordId: 'inv_1' });
    await find(view, '[part="details"]');
    expect(has(view, '[part="pay"]'), '[part="pay"]').to.equal(false);
    expect(view.shadowRoot!.querySelector('kp-status-badge')!.getAttribute('status')).to.equal('paid');
  });

  it('marks an invoice past its due date as overdue, in words and colour', async () => {
    api = mockApi({ 'GET /invoices/:id': () => invoice({ status: 'open', dueDate: '2020-01-15' }) });
    const view = await mountView<InvoiceDetailView>('kp-invoice-detail-view', { recordId: 'inv_1' });
    const amount = await find(view, '[part="amount"]');
    expect(amount.classList.contains('overdue')).to.equal(true);
    expect(text(amount)).to.contain('Had betaald moeten zijn op 15 januari 2020');
    const badge = view.shadowRoot!.querySelector('kp-status-badge')!;
    expect(badge.getAttribute('status')).to.equal('overdue');
    expect(text(badge)).to.contain('Te laat');
  });

  it('shows the VAT from the amounts the business sent', async () => {
    api = mockApi({ 'GET /invoices/:id': () => invoice() });
    const view = await mountView<InvoiceDetailView>('kp-invoice-detail-view', { recordId: 'inv_1' });
    const details = text(await find(view, '[part="details"]'));
    expect(details).to.contain('Bedrag excl. btw').and.contain('€ 200,00').and.contain('€ 42,00');
  });
});
