import { msg } from '@lit/localize';
import { defineElement } from '../components/define.js';
import { emptyBlock } from '../components/states.js';
import { documentRow } from './document-list.js';
import { ListView } from './list-view.js';
import type { PortalDocument } from '../api/types.js';

/**
 * @summary The customer's documents (certificates, manuals, reports), each with its download.
 *
 * @csspart list - The list of documents.
 */
export class DocumentsView extends ListView<PortalDocument> {
  protected readonly collection = 'documents';

  protected listTitle() {
    return msg('Documenten', { id: 'views.documents.title' });
  }

  protected renderItem(document: PortalDocument) {
    const features = this.config?.features;
    return documentRow(document, {
      client: this.client,
      locale: this.locale,
      link: (view, text) => this.viewLink(view, text),
      linkObjects: features?.objects ?? false,
      linkWorkOrders: features?.workOrders ?? false,
    });
  }

  protected renderEmpty() {
    return emptyBlock(msg('Nog geen documenten. Certificaten, handleidingen en rapporten van uw installaties verschijnen hier.', { id: 'views.documents.empty' }));
  }
}

defineElement('kp-documents-view', DocumentsView);

declare global {
  interface HTMLElementTagNameMap {
    'kp-documents-view': DocumentsView;
  }
}
