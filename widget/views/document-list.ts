// Documents as rows with their download button: the documents view, an object and a work order all show them so.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import '../components/download-button.js';
import type { PortalClient } from '../api/client.js';
import { formatDate } from '../i18n/format.js';
import type { Locale } from '../i18n/localization.js';
import { documentCategoryName } from './names.js';
import type { PortalDocument } from '../api/types.js';

export interface DocumentRowOptions {
  client: PortalClient | undefined;
  locale: Locale;
  /** Links to the object or work order a document belongs to; left out where the page is that record. */
  link?: (view: string, text: string) => TemplateResult;
  /** Whether the portal shows objects and work orders at all: no link to a view that is not there. */
  linkObjects?: boolean;
  linkWorkOrders?: boolean;
}

export function documentRow(document: PortalDocument, { client, locale, link, linkObjects, linkWorkOrders }: DocumentRowOptions): TemplateResult {
  const linked = link
    ? [
        document.objectId && linkObjects ? link(`objects/${document.objectId}`, msg('installatie', { id: 'views.documents.linkedObject' })) : null,
        document.workOrderId && linkWorkOrders ? link(`work-orders/${document.workOrderId}`, msg('werkbon', { id: 'views.documents.linkedWorkOrder' })) : null,
      ].filter((item) => item !== null)
    : [];
  return html`<div class="record-link document">
    <span class="record-main">
      <span class="record-title" part="record-title">${document.title}</span>
      <span class="record-meta"
        >${[documentCategoryName(document.category), formatDate(document.createdAt, locale)].filter(Boolean).join(' · ')}${linked.length
          ? html` · ${msg('bij', { id: 'views.documents.belongsTo' })} ${linked.map((item, index) => html`${index ? ', ' : ''}${item}`)}`
          : nothing}</span
      >
    </span>
    <span class="record-aside">
      <kp-download-button
        .client=${client}
        path="/documents/${document.id}/file"
        accessible-label=${msg(str`${document.title} downloaden`, { id: 'views.documents.downloadNamed' })}
      ></kp-download-button>
    </span>
  </div>`;
}

export function documentList(documents: PortalDocument[], options: DocumentRowOptions): TemplateResult {
  return html`<ul class="list" part="documents">
    ${documents.map((document) => html`<li class="record">${documentRow(document, options)}</li>`)}
  </ul>`;
}
