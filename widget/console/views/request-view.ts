import { css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { Task, TaskStatus, initialState } from '@lit/task';
import { PortalApiError } from '../../api/client.js';
import { defineElement } from '../../components/define.js';
import '../../components/message-thread.js';
import type { MessageThread } from '../../components/message-thread.js';
import { errorBlock, pendingBlock } from '../../components/states.js';
import '../../components/status-badge.js';
import '../../components/timeline.js';
import { formatDate, formatDateTime } from '../../i18n/format.js';
import { kp } from '../../styles/theme.js';
import { objectTypeName, partOfDayName } from '../../views/names.js';
import { attachmentUrl, getRequest } from '../api/admin.js';
import type { AdminRequestDetail } from '../api/types.js';
import { aboutRequests, type LiveSignal } from '../live/live-updates.js';
import { ConsoleView } from './console-view.js';
import './guest-customer.js';
import './internal-notes.js';
import './photo-viewer.js';
import './proposed-address.js';
import './request-moves.js';
import type { RequestChangedDetail } from './request-moves.js';

/**
 * @summary One request with everything about it: what the customer asked, photos, customer and address, the
 * conversation, the team's notes, and the moves.
 *
 * @csspart heading - The request's title.
 * @csspart moves - The card with the moves.
 */
export class RequestView extends ConsoleView {
  static override styles = [
    ...ConsoleView.styles,
    css`
      .layout {
        display: grid;
        gap: ${kp('space-4')};
      }
      .column {
        display: grid;
        gap: ${kp('space-4')};
        align-content: start;
        min-width: 0;
      }
      .card h2 {
        margin-bottom: ${kp('space-3')};
      }
      .card h3 {
        margin-top: ${kp('space-4')};
        font-size: ${kp('font-size-md')};
      }
      .sub {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: ${kp('space-2')};
        color: ${kp('color-muted')};
        font-size: ${kp('font-size-sm')};
      }
      .checklist {
        margin: 0;
        padding-left: 20px;
      }
      .internal {
        border-color: ${kp('color-warning')};
        border-top-width: 4px;
      }
      .internal h2 {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: ${kp('space-2')};
      }
      address {
        font-style: normal;
      }
      /* Here the business's messages are the reader's own: marked in its colour. */
      kp-message-thread::part(from-business) {
        border-color: ${kp('color-primary')};
      }
      @container (min-width: 960px) {
        .layout {
          grid-template-columns: minmax(0, 3fr) minmax(300px, 2fr);
          align-items: start;
        }
      }
    `,
  ];

  /** The request's id, from the address: `#/requests/<id>`. */
  @property({ attribute: 'request-id' }) requestId = '';

  @state() private request: AdminRequestDetail | null = null;

  private readonly load = new Task(this, {
    args: () => [this.client, this.requestId] as const,
    task: async ([client, id], { signal }) => {
      if (!client || !id) return initialState;
      this.request = null;
      return this.accept(await getRequest(client, id, signal));
    },
  });

  /** The same request again, without a placeholder in between: something changed while it is open. */
  private readonly reload = new Task(this, {
    autoRun: false,
    args: () => [] as const,
    task: async (_args, { signal }) => {
      if (!this.client || !this.request) return initialState;
      return this.accept(await getRequest(this.client, this.request.id, signal));
    },
  });

  private accept(request: AdminRequestDetail): AdminRequestDetail {
    this.request = request;
    this.seen?.markSeen(request);
    return request;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && this.request?.id === this.requestId) void this.reload.run();
  }

  protected override onLiveSignal(signal: LiveSignal): void {
    if (!this.request || !aboutRequests(signal)) return;
    if (signal.kind === 'event' && signal.requestId !== null && signal.requestId !== this.request.id) return;
    if (this.reload.status !== TaskStatus.PENDING) void this.reload.run();
    if (signal.kind !== 'event' || signal.type === 'message.created') void this.renderRoot.querySelector<MessageThread>('kp-message-thread')?.reload();
  }

  private readonly onChanged = (event: CustomEvent<RequestChangedDetail>) => {
    event.stopPropagation();
    this.accept(event.detail.request);
    this.announce(event.detail.message);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="heading"]')?.focus());
  };

  override render() {
    return this.load.render({
      initial: () => pendingBlock(4, 'detail'),
      pending: () => pendingBlock(4, 'detail'),
      error: (error) => this.renderError(error),
      complete: () => (this.request ? this.renderRequest(this.request) : nothing),
    });
  }

  private back() {
    return { path: 'inbox', label: msg('Inbox', { id: 'console.nav.inbox' }) };
  }

  private renderError(error: unknown): TemplateResult {
    if (error instanceof PortalApiError && error.status === 404) {
      return html`${this.header(msg('Aanvraag niet gevonden', { id: 'console.request.notFound' }), { back: this.back() })}
        <p>${msg('Deze aanvraag bestaat niet (meer), of hoort bij een ander bedrijf.', { id: 'console.request.notFoundText' })}</p>`;
    }
    return html`${this.header(msg('Aanvraag', { id: 'console.title.request' }), { back: this.back() })}
    ${errorBlock(error, () => void this.load.run(), msg('De aanvraag kon niet worden geladen.', { id: 'console.request.loadFailed' }))}`;
  }

  private renderRequest(request: AdminRequestDetail): TemplateResult {
    const customerName = request.customer?.name ?? request.guest?.name ?? '';
    return html`
      ${this.header(this.workTypeLabel(request.portal, request.workType), {
        back: this.back(),
        sub: html`<span class="sub">
          <span>${msg(str`Aanvraag ${request.reference}`, { id: 'console.request.reference' })}</span>
          <kp-status-badge kind="request" status=${request.status}></kp-status-badge>
          ${request.source === 'guest' ? html`<span class="tag">${msg('Gast', { id: 'console.request.guestTag' })}</span>` : nothing}
          <span>${this.portals.length > 1 ? `${this.portalName(request.portal)} · ` : ''}${formatDateTime(request.createdAt, this.locale)}</span>
        </span>`,
      })}
      <div class="layout">
        <div class="column">
          <section class="card" part="moves" aria-labelledby="moves-title">
            <h2 id="moves-title">${msg('Wat doet u met deze aanvraag?', { id: 'console.request.movesTitle' })}</h2>
            <kp-request-moves .client=${this.client} .request=${request} .customerExternalId=${request.customer?.externalId ?? ''} @kp-request-changed=${this.onChanged}></kp-request-moves>
          </section>
          ${this.renderAnswers(request)}
          <section class="card" aria-labelledby="conversation-title">
            <h2 id="conversation-title">${msg('Gesprek met de klant', { id: 'console.request.conversation' })}</h2>
            <kp-message-thread
              side="business"
              .client=${this.client}
              path="/admin/requests/${encodeURIComponent(request.id)}/messages"
              .locale=${this.locale}
              .authorName=${this.session?.staff.name ?? ''}
              .customerName=${request.contact?.name ?? customerName}
              @kp-message-sent=${() => void this.reload.run()}
            ></kp-message-thread>
          </section>
        </div>
        <div class="column">
          ${this.renderCustomer(request)}
          <section class="card internal" aria-labelledby="notes-title">
            <h2 id="notes-title">${msg('Interne notities', { id: 'console.notes.title' })} <span class="tag internal">${msg('Intern', { id: 'console.notes.tag' })}</span></h2>
            <kp-internal-notes .client=${this.client} .requestId=${request.id} .locale=${this.locale}></kp-internal-notes>
          </section>
          <section class="card" aria-labelledby="timeline-title">
            <h2 id="timeline-title">${msg('Verloop', { id: 'console.request.timeline' })}</h2>
            <kp-timeline kind="request" .events=${request.timeline} locale=${this.locale}></kp-timeline>
          </section>
        </div>
      </div>
    `;
  }

  private renderAnswers(request: AdminRequestDetail): TemplateResult {
    const checklist = this.portal(request.portal)?.settings.requestForm.checklist ?? [];
    const ticked = request.checklist.map((id) => checklist.find((item) => item.id === id)?.label[this.locale] ?? id);
    const preferred = [formatDate(request.preferredDate, this.locale), request.preferredPartOfDay ? partOfDayName(request.preferredPartOfDay) : ''].filter(Boolean).join(', ');
    return html`<section class="card" aria-labelledby="answers-title">
      <h2 id="answers-title">${msg('De aanvraag', { id: 'console.request.answers' })}</h2>
      <dl class="details">
        <dt>${msg('Soort werk', { id: 'console.inbox.workType' })}</dt>
        <dd>${this.workTypeLabel(request.portal, request.workType)}</dd>
        <dt>${msg('Omschrijving', { id: 'views.field.description' })}</dt>
        <dd class="prose">${request.description}</dd>
        ${preferred ? html`<dt>${msg('Voorkeur', { id: 'console.request.preferred' })}</dt><dd>${preferred}</dd>` : nothing}
        ${ticked.length
          ? html`<dt>${msg('Aangevinkt', { id: 'console.request.checklist' })}</dt>
              <dd><ul class="checklist">${ticked.map((label) => html`<li>${label}</li>`)}</ul></dd>`
          : nothing}
        ${request.termsAcceptedAt
          ? html`<dt>${msg('Voorwaarden', { id: 'console.request.terms' })}</dt>
              <dd>${msg(str`Geaccepteerd op ${formatDateTime(request.termsAcceptedAt, this.locale)}`, { id: 'console.request.termsAccepted' })}</dd>`
          : nothing}
      </dl>
      ${request.attachments.length
        ? html`<h3>${msg('Foto’s', { id: 'console.photos.title' })}</h3>
            <kp-photo-viewer
              .photos=${request.attachments.map((attachment) => ({ url: attachmentUrl(this.client!, request.id, attachment.id), filename: attachment.filename, contentType: attachment.contentType }))}
            ></kp-photo-viewer>`
        : nothing}
    </section>`;
  }

  private renderCustomer(request: AdminRequestDetail): TemplateResult {
    const guest = request.guest;
    const address = request.location
      ? html`${request.location.street} ${request.location.houseNumber}<br />${request.location.postalCode} ${request.location.city}`
      : guest?.address
        ? html`${guest.address.street} ${guest.address.houseNumber}<br />${guest.address.postalCode} ${guest.address.city}`
        : null;
    const phone = request.phone ?? guest?.phone ?? null;
    const object = request.object;
    const make = object ? [objectTypeName(object.type), object.brand, object.model].filter(Boolean).join(' · ') : '';
    const email = request.contact?.email ?? guest?.email ?? null;
    return html`<section class="card" aria-labelledby="customer-title">
      <h2 id="customer-title">${guest ? msg('Gast', { id: 'console.request.guestTag' }) : msg('Klant', { id: 'console.request.customer' })}</h2>
      <dl class="details">
        ${request.customer ? html`<dt>${msg('Klant', { id: 'console.request.customer' })}</dt><dd>${request.customer.name}</dd>` : nothing}
        ${request.contact || guest
          ? html`<dt>${msg('Contactpersoon', { id: 'console.request.contact' })}</dt>
              <dd>${request.contact?.name ?? guest?.name}</dd>`
          : nothing}
        ${email ? html`<dt>${msg('E-mail', { id: 'console.request.email' })}</dt><dd><a href="mailto:${email}">${email}</a></dd>` : nothing}
        ${phone ? html`<dt>${msg('Telefoon', { id: 'views.field.phone' })}</dt><dd><a href="tel:${phone.replace(/[^+\d]/g, '')}">${phone}</a></dd>` : nothing}
        ${address
          ? html`<dt>${msg('Adres', { id: 'console.request.address' })}</dt>
              <dd><address>${address}</address><kp-proposed-address .client=${this.client} .request=${request} @kp-request-changed=${this.onChanged}></kp-proposed-address></dd>`
          : nothing}
        ${object
          ? html`<dt>${msg('Installatie', { id: 'views.field.object' })}</dt>
              <dd>
                ${object.name}${make ? html`<br /><span class="muted">${make}</span>` : nothing}
                ${object.serialNumber ? html`<br /><span class="muted">${msg('Serienummer', { id: 'views.object.serialNumber' })} ${object.serialNumber}</span>` : nothing}
              </dd>`
          : nothing}
        <dt>${msg('Taal', { id: 'console.account.language' })}</dt>
        <dd>${request.locale === 'nl' ? 'Nederlands' : 'English'}</dd>
      </dl>
      ${guest ? html`<kp-guest-customer .client=${this.client} .request=${request} @kp-request-changed=${this.onChanged}></kp-guest-customer>` : nothing}
    </section>`;
  }
}

defineElement('kp-request-view', RequestView);

declare global {
  interface HTMLElementTagNameMap {
    'kp-request-view': RequestView;
  }
}
