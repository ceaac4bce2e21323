import { html } from 'lit';
import { msg } from '@lit/localize';
import '../components/status-badge.js';
import { defineElement } from '../components/define.js';
import { emptyBlock } from '../components/states.js';
import { formatDate } from '../i18n/format.js';
import { ListView, type ListFilter } from './list-view.js';
import { excerpt, reference } from './portal-view.js';
import type { ServiceRequest } from '../api/types.js';

/**
 * @summary The customer's service requests, open or closed, newest first.
 *
 * @csspart list - The list; each row is a `record-link` with a `record-title`.
 * @csspart filter - The open/closed/all toggle buttons.
 */
export class RequestsView extends ListView<ServiceRequest> {
  protected readonly collection = 'requests';
  protected override readonly liveTypes = ['request.created', 'request.updated'] as const;

  protected listTitle() {
    return msg('Aanvragen', { id: 'views.requests.title' });
  }

  protected override filters(): ListFilter[] {
    return [
      { query: 'status=open', label: msg('Lopend', { id: 'views.requests.filter.open' }) },
      { query: 'status=closed', label: msg('Afgehandeld', { id: 'views.requests.filter.closed' }) },
      { query: '', label: msg('Alle', { id: 'views.requests.filter.all' }) },
    ];
  }

  protected override actions() {
    return html`<button type="button" class="btn primary" part="new-request" @click=${() => this.navigate('requests/new')}>
      ${msg('Nieuwe aanvraag', { id: 'views.requests.new' })}
    </button>`;
  }

  protected renderItem(request: ServiceRequest) {
    return this.recordLink(
      `requests/${request.id}`,
      this.workTypeLabel(request.workType),
      html`${reference(request.reference)} · ${msg('ingediend', { id: 'views.requests.submittedOn' })} ${formatDate(request.createdAt, this.locale)}<br />${excerpt(request.description)}`,
      html`<kp-status-badge kind="request" status=${request.status}></kp-status-badge>`,
    );
  }

  protected renderEmpty() {
    const toForm = { label: msg('Nieuwe aanvraag', { id: 'views.requests.new' }), onClick: () => this.navigate('requests/new') };
    if (this.filter === 1) return emptyBlock(msg('Nog geen afgehandelde aanvragen.', { id: 'views.requests.emptyClosed' }));
    if (this.filter === 0) return emptyBlock(msg('Geen lopende aanvragen. Meld een storing of vraag onderhoud aan.', { id: 'views.requests.emptyOpen' }), toForm);
    return emptyBlock(msg('Nog geen aanvragen. Meld een storing of vraag onderhoud aan.', { id: 'views.requests.empty' }), toForm);
  }
}

defineElement('kp-requests-view', RequestsView);

declare global {
  interface HTMLElementTagNameMap {
    'kp-requests-view': RequestsView;
  }
}
