import { html } from 'lit';
import { msg, str } from '@lit/localize';
import '../components/status-badge.js';
import { defineElement } from '../components/define.js';
import { emptyBlock } from '../components/states.js';
import { formatDate, formatMoney } from '../i18n/format.js';
import { reference } from './portal-view.js';
import { ListView } from './list-view.js';
import type { OrderSummary } from '../api/types.js';

/**
 * @summary The customer's orders (bestellingen): parts, filters, products.
 *
 * @csspart list - The list; each row is a `record-link`.
 */
export class OrdersView extends ListView<OrderSummary> {
  protected readonly collection = 'orders';

  protected listTitle() {
    return msg('Bestellingen', { id: 'views.orders.title' });
  }

  protected renderItem(order: OrderSummary) {
    return this.recordLink(
      `orders/${order.id}`,
      reference(order.number, msg(str`Bestelling ${order.number}`, { id: 'views.order.heading' })),
      `${msg('besteld op', { id: 'views.orders.orderedOn' })} ${formatDate(order.orderedAt, this.locale)}`,
      html`<span class="amount">${formatMoney(order.totalCents, order.currency, this.locale)}</span>
        <kp-status-badge kind="order" status=${order.status}></kp-status-badge>`,
    );
  }

  protected renderEmpty() {
    return emptyBlock(msg('Nog geen bestellingen. Wat u bij ons bestelt, kunt u hier volgen.', { id: 'views.orders.empty' }));
  }
}

defineElement('kp-orders-view', OrdersView);

declare global {
  interface HTMLElementTagNameMap {
    'kp-orders-view': OrdersView;
  }
}
