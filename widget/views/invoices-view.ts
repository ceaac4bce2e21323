import { html } from 'lit';
import { msg } from '@lit/localize';
import '../components/status-badge.js';
import { defineElement } from '../components/define.js';
import { emptyBlock } from '../components/states.js';
import { formatDate, formatMoney } from '../i18n/format.js';
import { reference } from './portal-view.js';
import { ListView, type ListFilter } from './list-view.js';
import type { Invoice } from '../api/types.js';
import { isOverdue } from './records.js';

/**
 * @summary The customer's invoices; overdue ones stand out.
 *
 * @csspart list - The list; each row is a `record-link`, overdue rows also have the class `overdue`.
 */
export class InvoicesView extends ListView<Invoice> {
  protected readonly collection = 'invoices';
  protected override readonly liveTypes = ['invoice.updated'] as const;

  protected listTitle() {
    return msg('Facturen', { id: 'views.invoices.title' });
  }

  protected override filters(): ListFilter[] {
    return [
      { query: 'status=open,overdue', label: msg('Te betalen', { id: 'views.invoices.filter.open' }) },
      { query: 'status=paid', label: msg('Betaald', { id: 'views.status.invoice.paid' }) },
      { query: '', label: msg('Alle', { id: 'views.invoices.filter.all' }) },
    ];
  }

  protected renderItem(invoice: Invoice) {
    const overdue = isOverdue(invoice);
    const due = `${msg('te betalen voor', { id: 'views.invoices.dueShort' })} ${formatDate(invoice.dueDate, this.locale)}`;
    return this.recordLink(
      `invoices/${invoice.id}`,
      html`${msg('Factuur', { id: 'views.invoice.title' })} ${reference(invoice.number)}`,
      html`${formatDate(invoice.issueDate, this.locale)}${invoice.status === 'open' || overdue ? html` · <span class=${overdue ? 'overdue-text' : ''}>${due}</span>` : ''}`,
      html`<span class="amount">${formatMoney(invoice.totalCents, invoice.currency, this.locale)}</span>
        <kp-status-badge kind="invoice" status=${overdue ? 'overdue' : invoice.status}></kp-status-badge>`,
    );
  }

  protected renderEmpty() {
    if (this.filter === 0) return emptyBlock(msg('Geen openstaande facturen. Alles is betaald.', { id: 'views.invoices.emptyOpen' }));
    if (this.filter === 1) return emptyBlock(msg('Nog geen betaalde facturen.', { id: 'views.invoices.emptyPaid' }));
    return emptyBlock(msg('Nog geen facturen. Na afgerond werk vindt u de factuur hier.', { id: 'views.invoices.empty' }));
  }
}

defineElement('kp-invoices-view', InvoicesView);

declare global {
  interface HTMLElementTagNameMap {
    'kp-invoices-view': InvoicesView;
  }
}
