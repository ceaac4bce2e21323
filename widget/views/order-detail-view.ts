import { html } from 'lit';
import { msg, str } from '@lit/localize';
import '../components/status-badge.js';
import { defineElement } from '../components/define.js';
import { formatDate } from '../i18n/format.js';
import { lineTable } from './line-table.js';
import { facts, reference } from './portal-view.js';
import { RecordView } from './record-view.js';
import type { Order } from '../api/types.js';

/**
 * @summary One order: its status, lines and total.
 *
 * @csspart lines - The table of ordered items.
 * @csspart totals - The total.
 */
export class OrderDetailView extends RecordView<Order> {
  protected readonly collection = 'orders';

  protected backLink() {
    return { view: 'orders', label: msg('Alle bestellingen', { id: 'views.order.back' }) };
  }

  protected genericTitle() {
    return msg('Bestelling', { id: 'views.order.title' });
  }

  protected renderRecord(order: Order) {
    return html`
      ${this.header(reference(order.number, msg(str`Bestelling ${order.number}`, { id: 'views.order.heading' })), {
        back: this.backLink(),
        sub: html`<span><kp-status-badge kind="order" status=${order.status}></kp-status-badge></span>`,
      })}
      <section class="card">${facts([[msg('Besteld op', { id: 'views.order.orderedAt' }), formatDate(order.orderedAt, this.locale)]])}</section>
      <section class="card" aria-labelledby="lines-title">
        <h3 id="lines-title">${msg('Artikelen', { id: 'views.order.lines' })}</h3>
        ${lineTable(order.lines, { caption: msg('Bestelde artikelen', { id: 'views.order.linesCaption' }), currency: order.currency, locale: this.locale, totalCents: order.totalCents })}
      </section>
    `;
  }
}

defineElement('kp-order-detail-view', OrderDetailView);

declare global {
  interface HTMLElementTagNameMap {
    'kp-order-detail-view': OrderDetailView;
  }
}
