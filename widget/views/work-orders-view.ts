import { html } from 'lit';
import { msg } from '@lit/localize';
import '../components/status-badge.js';
import { defineElement } from '../components/define.js';
import { emptyBlock } from '../components/states.js';
import { formatDate } from '../i18n/format.js';
import { ListView, type ListFilter } from './list-view.js';
import { formatWindow, reference } from './portal-view.js';
import { shortAddress } from './addresses.js';
import type { WorkOrder } from '../api/types.js';

/**
 * @summary The customer's work orders (werkbonnen), by status, newest first.
 *
 * @csspart list - The list; each row is a `record-link`.
 * @csspart filter - The status buttons.
 */
export class WorkOrdersView extends ListView<WorkOrder> {
  protected readonly collection = 'work-orders';
  protected override readonly liveTypes = ['work_order.updated'] as const;

  protected listTitle() {
    return msg('Werkbonnen', { id: 'views.workOrders.title' });
  }

  protected override filters(): ListFilter[] {
    return [
      { query: 'status=open,planned,in_progress', label: msg('Lopend', { id: 'views.workOrders.filter.open' }) },
      { query: 'status=completed', label: msg('Afgerond', { id: 'views.status.workOrder.completed' }) },
      { query: '', label: msg('Alle', { id: 'views.workOrders.filter.all' }) },
    ];
  }

  protected renderItem(order: WorkOrder) {
    const when = order.completedAt
      ? `${msg('Afgerond op', { id: 'views.workOrders.completedOn' })} ${formatDate(order.completedAt, this.locale)}`
      : order.plannedStart
        ? formatWindow(order.plannedStart, order.plannedEnd, this.locale)
        : msg('Nog niet ingepland', { id: 'views.workOrders.notPlanned' });
    return this.recordLink(
      `work-orders/${order.id}`,
      html`${this.workTypeLabel(order.workType) || msg('Werkbon', { id: 'views.workOrder.title' })} · ${reference(order.number)}`,
      html`${[when, shortAddress(order.address)].filter(Boolean).join(' · ')}<br />${order.description}`,
      html`<kp-status-badge kind="workOrder" status=${order.status} .label=${order.statusLabel}></kp-status-badge>`,
    );
  }

  protected renderEmpty() {
    if (this.filter === 0) return emptyBlock(msg('Er staat op dit moment geen werk voor u gepland.', { id: 'views.workOrders.emptyOpen' }));
    if (this.filter === 1) return emptyBlock(msg('Nog geen afgeronde werkbonnen.', { id: 'views.workOrders.emptyCompleted' }));
    return emptyBlock(
      msg('Nog geen werkbonnen. Zodra wij werk voor u inplannen, ziet u het hier.', { id: 'views.workOrders.empty' }),
      this.config?.features.requests ? { label: msg('Nieuwe aanvraag', { id: 'views.requests.new' }), onClick: () => this.navigate('requests/new') } : undefined,
    );
  }
}

defineElement('kp-work-orders-view', WorkOrdersView);

declare global {
  interface HTMLElementTagNameMap {
    'kp-work-orders-view': WorkOrdersView;
  }
}
