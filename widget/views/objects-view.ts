import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { defineElement } from '../components/define.js';
import { emptyBlock } from '../components/states.js';
import { formatDate } from '../i18n/format.js';
import { ListView } from './list-view.js';
import { objectTypeName } from './names.js';
import type { PortalObject } from '../api/types.js';
import { makeAndModel } from './records.js';
import { shortAddress } from './addresses.js';
import { maintenanceRequestView, overdueFlag, serviceDueStyles, serviceOverdue } from './service-due.js';

/**
 * @summary The customer's installed objects (a boiler, a heat pump) with their next service.
 *
 * @csspart list - The list; each row is a `record-link`.
 * @csspart service-overdue - The flag on an object past its next service date.
 * @csspart request-service - The "Request service" button under such an object.
 */
export class ObjectsView extends ListView<PortalObject> {
  static override styles = [...ListView.styles, serviceDueStyles];

  protected readonly collection = 'objects';

  protected listTitle() {
    return msg('Installaties', { id: 'views.objects.title' });
  }

  protected renderItem(object: PortalObject) {
    const overdue = serviceOverdue(object);
    return html`${this.recordLink(
        `objects/${object.id}`,
        object.name,
        [objectTypeName(object.type), makeAndModel(object), shortAddress(object.address)].filter(Boolean).join(' · '),
        object.nextServiceAt
          ? html`${overdue ? overdueFlag() : nothing}<span class="record-meta"
                >${msg('Volgend onderhoud', { id: 'views.object.nextService' })}: ${formatDate(object.nextServiceAt, this.locale)}</span
              >`
          : '',
      )}
      ${overdue && this.config?.features.requests
        ? html`<div class="service-action">
            <button type="button" class="btn secondary small" part="request-service" @click=${() => this.navigate(maintenanceRequestView(object, this.config))}>
              ${msg('Onderhoud aanvragen', { id: 'views.object.requestMaintenance' })}<span class="visually-hidden">: ${object.name}</span>
            </button>
          </div>`
        : nothing}`;
  }

  protected renderEmpty() {
    return emptyBlock(msg('Nog geen installaties bekend. Zodra wij een installatie bij u plaatsen of onderhouden, ziet u hem hier.', { id: 'views.objects.empty' }));
  }
}

defineElement('kp-objects-view', ObjectsView);

declare global {
  interface HTMLElementTagNameMap {
    'kp-objects-view': ObjectsView;
  }
}
