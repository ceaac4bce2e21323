import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import '../components/download-button.js';
import '../components/message-thread.js';
import '../components/status-badge.js';
import '../components/timeline.js';
import { defineElement } from '../components/define.js';
import { formatDate, formatMoney } from '../i18n/format.js';
import { RecordView } from './record-view.js';
import { detailAddress } from './addresses.js';
import { documentList } from './document-list.js';
import { facts, formatWindow, reference } from './portal-view.js';
import type { WorkOrderDetail } from '../api/types.js';

/**
 * @summary One work order: what will be done and when, its status timeline, its documents and the conversation.
 *
 * @csspart details - The facts of the work order.
 * @csspart calendar - The "Add to calendar" button of a planned visit, which downloads it as an `.ics` file.
 * @csspart timeline - The status timeline.
 */
export class WorkOrderDetailView extends RecordView<WorkOrderDetail> {
  protected readonly collection = 'work-orders';

  protected backLink() {
    return { view: 'work-orders', label: msg('Alle werkbonnen', { id: 'views.workOrder.back' }) };
  }

  protected genericTitle() {
    return msg('Werkbon', { id: 'views.workOrder.title' });
  }

  protected renderRecord(order: WorkOrderDetail) {
    const plannedVisit = (order.status === 'planned' || order.status === 'in_progress') && order.plannedStart;
    return html`
      ${this.header(reference(order.number, msg(str`Werkbon ${order.number}`, { id: 'views.workOrder.heading' })), {
        back: this.backLink(),
        sub: html`<span><kp-status-badge kind="workOrder" status=${order.status} .label=${order.statusLabel}></kp-status-badge></span>`,
        actions: plannedVisit
          ? html`<kp-download-button
              part="calendar"
              .client=${this.client}
              path="/work-orders/${order.id}/calendar.ics?lang=${this.locale}"
              label=${msg('Zet in agenda', { id: 'views.workOrder.addToCalendar' })}
            ></kp-download-button>`
          : nothing,
      })}
      <section class="card">
        ${facts([
          [msg('Soort werk', { id: 'views.field.workType' }), this.workTypeLabel(order.workType)],
          [msg('Gepland', { id: 'views.workOrder.planned' }), formatWindow(order.plannedStart, order.plannedEnd, this.locale)],
          [msg('Monteur', { id: 'views.workOrder.technician' }), order.technicianFirstName],
          [msg('Adres', { id: 'views.field.address' }), detailAddress(order.address)],
          [msg('Afgerond op', { id: 'views.workOrders.completedOn' }), formatDate(order.completedAt, this.locale)],
          [msg('Omschrijving', { id: 'views.field.description' }), html`<span class="prose">${order.description}</span>`],
          [msg('Bedrag', { id: 'views.field.amount' }), order.totalCents != null ? formatMoney(order.totalCents, 'EUR', this.locale) : null],
          [msg('Installatie', { id: 'views.field.object' }), order.objectId && this.config?.features.objects ? this.viewLink(`objects/${order.objectId}`, msg('Bekijk de installatie', { id: 'views.workOrder.viewObject' })) : null],
          [msg('Aanvraag', { id: 'views.field.request' }), order.requestId && this.config?.features.requests ? this.viewLink(`requests/${order.requestId}`, msg('Bekijk uw aanvraag', { id: 'views.workOrder.viewRequest' })) : null],
        ])}
      </section>
      ${order.timeline.length
        ? html`<section aria-labelledby="timeline-title">
            <h3 id="timeline-title">${msg('Verloop', { id: 'views.record.timeline' })}</h3>
            <kp-timeline kind="workOrder" .events=${order.timeline} locale=${this.locale}></kp-timeline>
          </section>`
        : nothing}
      ${order.documents?.length
        ? html`<section aria-labelledby="documents-title">
            <h3 id="documents-title">${msg('Documenten', { id: 'views.documents.title' })}</h3>
            ${documentList(order.documents, { client: this.client, locale: this.locale })}
          </section>`
        : nothing}
      ${this.config?.features.messages
        ? html`<section aria-labelledby="messages-title">
            <h3 id="messages-title">${msg('Berichten', { id: 'views.messages.title' })}</h3>
            <kp-message-thread .client=${this.client} path="/work-orders/${order.id}/messages" locale=${this.locale} business-name=${this.config.portal.name}></kp-message-thread>
          </section>`
        : nothing}
    `;
  }
}

defineElement('kp-work-order-detail-view', WorkOrderDetailView);

declare global {
  interface HTMLElementTagNameMap {
    'kp-work-order-detail-view': WorkOrderDetailView;
  }
}
