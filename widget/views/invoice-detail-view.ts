import { css, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import '../components/download-button.js';
import '../components/status-badge.js';
import { defineElement } from '../components/define.js';
import { formatDate, formatMoney } from '../i18n/format.js';
import { kp } from '../styles/theme.js';
import { PortalView, facts, reference } from './portal-view.js';
import { RecordView } from './record-view.js';
import type { Answer } from '../api/types.js';
import { lineTable } from './line-table.js';
import { isOverdue } from './records.js';

/** One invoice with its lines (empty when the business sent its totals only). */
type InvoiceDetail = Answer<'getPortalSlugInvoicesId'>;

/**
 * @summary One invoice: the amount and when it is due, the PDF, and a way to pay when the business gave a pay link.
 *
 * @csspart amount - The card with the amount due.
 * @csspart pay - The "Pay now" link, which opens the payment page in a new tab.
 * @csspart lines - The invoice's lines, when the business sent them; `totals` their subtotal, VAT and total.
 */
export class InvoiceDetailView extends RecordView<InvoiceDetail> {
  static override styles = [
    ...PortalView.styles,
    css`
      .due {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: ${kp('space-3')};
      }
      .due .total {
        margin: 0;
        font-size: ${kp('font-size-xxl')};
        font-weight: 700;
        font-variant-numeric: tabular-nums;
      }
      .due p {
        margin: 0;
      }
      .due.overdue {
        border-left: 4px solid ${kp('color-danger')};
      }
    `,
  ];

  protected readonly collection = 'invoices';

  protected backLink() {
    return { view: 'invoices', label: msg('Alle facturen', { id: 'views.invoice.back' }) };
  }

  protected genericTitle() {
    return msg('Factuur', { id: 'views.invoice.title' });
  }

  protected renderRecord(invoice: InvoiceDetail) {
    // An answer of a server from before invoice lines has none.
    const lines = invoice.lines ?? [];
    const withLines = lines.length > 0;
    const overdue = isOverdue(invoice);
    const payable = invoice.status === 'open' || invoice.status === 'overdue';
    const money = (cents: number) => formatMoney(cents, invoice.currency, this.locale);
    return html`
      ${this.header(reference(invoice.number, msg(str`Factuur ${invoice.number}`, { id: 'views.invoice.heading' })), {
        back: this.backLink(),
        sub: html`<span><kp-status-badge kind="invoice" status=${overdue ? 'overdue' : invoice.status}></kp-status-badge></span>`,
      })}
      <section class="card due ${overdue ? 'overdue' : ''}" part="amount">
        <div>
          <p class="muted">${payable ? msg('Te betalen', { id: 'views.invoice.toPay' }) : msg('Bedrag', { id: 'views.field.amount' })}</p>
          <p class="total">${money(invoice.totalCents)}</p>
          ${payable
            ? html`<p class=${overdue ? 'overdue-text' : ''}>
                ${overdue
                  ? msg(str`Had betaald moeten zijn op ${formatDate(invoice.dueDate, this.locale)}`, { id: 'views.invoice.overdueSince' })
                  : msg(str`Graag betalen voor ${formatDate(invoice.dueDate, this.locale)}`, { id: 'views.invoice.dueBy' })}
              </p>`
            : nothing}
        </div>
        <div class="row">
          ${payable && invoice.paymentUrl
            ? html`<a class="btn primary" part="pay" href=${invoice.paymentUrl} target="_blank" rel="noopener noreferrer">
                ${msg('Nu betalen', { id: 'views.invoice.pay' })}<span class="visually-hidden"> ${msg('(opent in een nieuw tabblad)', { id: 'views.link.newTab' })}</span>
              </a>`
            : nothing}
          ${invoice.hasPdf
            ? html`<kp-download-button .client=${this.client} path="/invoices/${invoice.id}/pdf" label=${msg('Factuur als PDF', { id: 'views.invoice.pdf' })}></kp-download-button>`
            : nothing}
        </div>
      </section>
      <section class="card">
        ${facts([
          [msg('Factuurnummer', { id: 'views.invoice.number' }), reference(invoice.number)],
          [msg('Factuurdatum', { id: 'views.invoice.issueDate' }), formatDate(invoice.issueDate, this.locale)],
          [msg('Vervaldatum', { id: 'views.invoice.dueDate' }), formatDate(invoice.dueDate, this.locale)],
          // With lines, their table below adds up the amounts.
          [msg('Bedrag excl. btw', { id: 'views.invoice.exclVat' }), !withLines && invoice.totalExclVatCents != null ? money(invoice.totalExclVatCents) : null],
          [msg('Btw', { id: 'views.lines.vat' }), !withLines && invoice.totalExclVatCents != null ? money(invoice.totalCents - invoice.totalExclVatCents) : null],
          [msg('Totaal', { id: 'views.lines.total' }), withLines ? null : money(invoice.totalCents)],
          [
            msg('Werkbon', { id: 'views.workOrder.title' }),
            invoice.workOrderId && this.config?.features.workOrders ? this.viewLink(`work-orders/${invoice.workOrderId}`, msg('Bekijk de werkbon', { id: 'views.invoice.viewWorkOrder' })) : null,
          ],
        ])}
      </section>
      ${withLines
        ? html`<section class="card" aria-labelledby="lines-title">
            <h3 id="lines-title">${msg('Specificatie', { id: 'views.invoice.lines' })}</h3>
            ${lineTable(lines, { caption: msg('Regels van de factuur', { id: 'views.invoice.linesCaption' }), currency: invoice.currency, locale: this.locale, totalCents: invoice.totalCents })}
          </section>`
        : nothing}
    `;
  }
}

defineElement('kp-invoice-detail-view', InvoiceDetailView);

declare global {
  interface HTMLElementTagNameMap {
    'kp-invoice-detail-view': InvoiceDetailView;
  }
}
