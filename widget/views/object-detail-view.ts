import { css, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import '../components/status-badge.js';
import { defineElement } from '../components/define.js';
import { emptyBlock } from '../components/states.js';
import { formatDate } from '../i18n/format.js';
import { kp } from '../styles/theme.js';
import { documentList } from './document-list.js';
import { PortalView, facts, reference } from './portal-view.js';
import { objectTypeName } from './names.js';
import { RecordView } from './record-view.js';
import type { ObjectDetail } from '../api/types.js';
import { localDate, makeAndModel } from './records.js';
import { detailAddress } from './addresses.js';
import { maintenanceRequestView, overdueFlag, serviceDueStyles, serviceOverdue, serviceRequestView } from './service-due.js';

/**
 * @summary One installed object: its details, warranty and service dates, service history and documents, and a
 * button to request service for it.
 *
 * @csspart request-service - The "Request service for this object" button.
 * @csspart service-overdue - The flag on an object past its next service date.
 * @csspart overdue-notice - What an object past its next service date says, with `request-maintenance`, its button.
 * @csspart history - The work orders done on the object.
 */
export class ObjectDetailView extends RecordView<ObjectDetail> {
  static override styles = [
    ...PortalView.styles,
    serviceDueStyles,
    css`
      .warranty-ended {
        color: ${kp('color-muted')};
      }
    `,
  ];

  protected readonly collection = 'objects';

  protected backLink() {
    return { view: 'objects', label: msg('Alle installaties', { id: 'views.object.back' }) };
  }

  protected genericTitle() {
    return msg('Installatie', { id: 'views.field.object' });
  }

  protected renderRecord(object: ObjectDetail) {
    const warranty = object.warrantyUntil
      ? object.warrantyUntil >= localDate(new Date())
        ? msg('tot', { id: 'views.object.warrantyUntil' }) + ' ' + formatDate(object.warrantyUntil, this.locale)
        : html`<span class="warranty-ended">${msg('verlopen op', { id: 'views.object.warrantyEnded' })} ${formatDate(object.warrantyUntil, this.locale)}</span>`
      : null;
    const features = this.config?.features;
    const overdue = serviceOverdue(object);
    return html`
      ${this.header(object.name, {
        back: this.backLink(),
        sub: html`<span class="muted">${[objectTypeName(object.type), makeAndModel(object)].filter(Boolean).join(' · ')}</span>${overdue ? html` ${overdueFlag()}` : nothing}`,
        actions: features?.requests
          ? html`<button type="button" class="btn primary" part="request-service" @click=${() => this.navigate(serviceRequestView(object))}>
              ${msg('Service aanvragen voor deze installatie', { id: 'views.object.requestService' })}
            </button>`
          : nothing,
      })}
      ${overdue
        ? html`<div class="notice warning" part="overdue-notice">
            <p>
              <strong>${msg('Onderhoud verlopen', { id: 'views.object.serviceOverdue' })}</strong>:
              ${msg(str`het onderhoud stond gepland voor ${formatDate(object.nextServiceAt, this.locale)}.`, { id: 'views.object.serviceOverdueSince' })}
            </p>
            ${features?.requests
              ? html`<p>
                  <button type="button" class="btn secondary" part="request-maintenance" @click=${() => this.navigate(maintenanceRequestView(object, this.config))}>
                    ${msg('Onderhoud aanvragen', { id: 'views.object.requestMaintenance' })}
                  </button>
                </p>`
              : nothing}
          </div>`
        : nothing}
      <section class="card">
        ${facts([
          [msg('Soort', { id: 'views.object.type' }), objectTypeName(object.type)],
          [msg('Merk', { id: 'views.object.brand' }), object.brand],
          [msg('Model', { id: 'views.object.model' }), object.model],
          [msg('Serienummer', { id: 'views.object.serialNumber' }), object.serialNumber],
          [msg('Adres', { id: 'views.field.address' }), detailAddress(object.address)],
          [msg('Geïnstalleerd op', { id: 'views.object.installedAt' }), formatDate(object.installedAt, this.locale)],
          [msg('Garantie', { id: 'views.object.warranty' }), warranty],
          [msg('Laatste onderhoud', { id: 'views.object.lastService' }), formatDate(object.lastServiceAt, this.locale)],
          [
            msg('Volgend onderhoud', { id: 'views.object.nextService' }),
            overdue ? html`<span class="overdue-text">${formatDate(object.nextServiceAt, this.locale)}</span>` : formatDate(object.nextServiceAt, this.locale),
          ],
        ])}
      </section>
      ${object.children.length
        ? html`<section aria-labelledby="parts-title">
            <h3 id="parts-title">${msg('Onderdelen', { id: 'views.object.parts' })}</h3>
            <ul class="list" part="parts">
              ${object.children.map(
                (child) => html`<li class="record">${this.recordLink(`objects/${child.id}`, child.name, [objectTypeName(child.type), makeAndModel(child)].filter(Boolean).join(' · '))}</li>`,
              )}
            </ul>
          </section>`
        : nothing}
      ${object.workOrders
        ? html`<section aria-labelledby="history-title">
            <h3 id="history-title">${msg('Onderhoud en reparaties', { id: 'views.object.history' })}</h3>
            ${object.workOrders.length
              ? html`<ul class="list" part="history">
                  ${object.workOrders.map(
                    (order) => html`<li class="record">
                      ${this.recordLink(
                        `work-orders/${order.id}`,
                        html`${this.workTypeLabel(order.workType) || msg('Werkbon', { id: 'views.workOrder.title' })} · ${reference(order.number)}`,
                        formatDate(order.completedAt ?? order.plannedStart ?? order.createdAt, this.locale),
                        html`<kp-status-badge kind="workOrder" status=${order.status} .label=${order.statusLabel}></kp-status-badge>`,
                      )}
                    </li>`,
                  )}
                </ul>`
              : emptyBlock(msg('Nog geen werk aan deze installatie uitgevoerd.', { id: 'views.object.noHistory' }))}
          </section>`
        : nothing}
      ${object.documents?.length
        ? html`<section aria-labelledby="documents-title">
            <h3 id="documents-title">${msg('Documenten', { id: 'views.documents.title' })}</h3>
            ${documentList(object.documents, { client: this.client, locale: this.locale })}
          </section>`
        : nothing}
    `;
  }
}

defineElement('kp-object-detail-view', ObjectDetailView);

declare global {
  interface HTMLElementTagNameMap {
    'kp-object-detail-view': ObjectDetailView;
  }
}
