import { html } from 'lit';
import { msg } from '@lit/localize';
import { defineElement } from '../components/define.js';
import { emptyBlock } from '../components/states.js';
import { formatDate } from '../i18n/format.js';
import { ListView } from './list-view.js';
import { objectTypeName } from './names.js';
import type { PortalObject } from '../api/types.js';
import { makeAndModel } from './records.js';

/**
 * @summary The customer's installed objects (a boiler, a heat pump) with their next service.
 *
 * @csspart list - The list; each row is a `record-link`.
 */
export class ObjectsView extends ListView<PortalObject> {
  protected readonly collection = 'objects';

  protected listTitle() {
    return msg('Installaties', { id: 'views.objects.title' });
  }

  protected renderItem(object: PortalObject) {
    return this.recordLink(
      `objects/${object.id}`,
      object.name,
      [objectTypeName(object.type), makeAndModel(object)].filter(Boolean).join(' · '),
      object.nextServiceAt
        ? html`<span class="record-meta">${msg('Volgend onderhoud', { id: 'views.object.nextService' })}: ${formatDate(object.nextServiceAt, this.locale)}</span>`
        : '',
    );
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
