import { css, html, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { Task, TaskStatus, initialState } from '@lit/task';
import '../components/download-button.js';
import '../components/message-thread.js';
import '../components/photo-picker.js';
import type { PhotoPicker } from '../components/photo-picker.js';
import '../components/protected-image.js';
import { statusName } from '../components/status-badge.js';
import '../components/timeline.js';
import { PortalApiError, type Page } from '../api/client.js';
import { describeWindow, type PortalBooking } from '../components/booking-times.js';
import { LiveController } from '../api/events.js';
import { defineElement } from '../components/define.js';
import { errorMessage } from '../components/states.js';
import { formatDate, formatDateTime } from '../i18n/format.js';
import { isOne } from '../i18n/plural.js';
import { kp } from '../styles/theme.js';
import { PortalView, facts, reference } from './portal-view.js';
import { RecordView } from './record-view.js';
import { partOfDayName } from './names.js';
import type { Location, ServiceRequestDetail } from '../api/types.js';

/** What a request holds at most, and while it takes them: as the server decides. */
const maxFiles = 5;
const statusesTakingFiles = ['submitted', 'in_review'];

type Attachment = ServiceRequestDetail['attachments'][number];

function addressLine(location: Location): string {
  return `${location.street} ${location.houseNumber}, ${location.postalCode} ${location.city}`;
}

/**
 * @summary One service request: what the customer asked, its photos, how it progressed, the conversation about it,
 * and a way to cancel it while nobody has picked it up yet. A move by the business shows while the request is open.
 *
 * @csspart photos - The photo thumbnails.
 * @csspart address - The work address, with its name when the customer has more than one.
 * @csspart add-files - Adding photos and PDFs while the request is open.
 * @csspart cancel - The cancel button (only while the request is `submitted`).
 */
export class RequestDetailView extends RecordView<ServiceRequestDetail> {
  static override styles = [
    ...PortalView.styles,
    css`
      .photos {
        display: flex;
        flex-wrap: wrap;
        gap: ${kp('space-2')};
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .add-files .actions {
        margin-top: ${kp('space-2')};
      }
      .cancel-box p {
        margin-bottom: ${kp('space-2')};
      }
    `,
  ];

  protected readonly collection = 'requests';

  @state() private confirmingCancel = false;
  @state() private announcement = '';
  @state() private newFiles: File[] = [];
  @state() private uploadNotice = '';
  @state() private uploadProblem = '';
  @query('kp-photo-picker') private picker?: PhotoPicker;

  /** The customer's work addresses: the request names one by id. */
  private readonly locations = new Task(this, {
    args: () => [this.client, this.shownRequest()?.locationId ?? null] as const,
    task: async ([client, locationId], { signal }) => {
      if (!client || !locationId) return initialState;
      return (await client.request<Page<Location>>('GET', '/locations?limit=100', undefined, { signal })).items;
    },
  });

  /** The visit booked with the request, read again whenever the request changes; null when the portal books none. */
  private readonly booking = new Task(this, {
    args: () => [this.client, this.shownRequest()?.id ?? null, this.shownRequest()?.updatedAt ?? null] as const,
    task: async ([client, id], { signal }): Promise<PortalBooking | null | typeof initialState> => {
      if (!client || !id) return initialState;
      try {
        const answer = await client.request<{ items: PortalBooking[] }>('GET', `/bookings?requestId=${encodeURIComponent(id)}`, undefined, { signal });
        return answer.items.find((booking) => booking.kind === 'visit') ?? null;
      } catch (error) {
        if (error instanceof PortalApiError && (error.status === 403 || error.status === 404)) return null;
        throw error;
      }
    },
  });

  private visit(): string | null {
    const booking = this.booking.status === TaskStatus.COMPLETE ? this.booking.value : null;
    if (!booking) return null;
    const when = describeWindow(booking, this.locale);
    switch (booking.status) {
      case 'requested':
        return msg(str`${when} (aangevraagd, wij bevestigen het nog)`, { id: 'views.request.visitRequested' });
      case 'confirmed':
        return msg(str`${when} (bevestigd)`, { id: 'views.request.visitConfirmed' });
      case 'declined':
        return msg(str`${when} (kan helaas niet, wij nemen contact met u op)`, { id: 'views.request.visitDeclined' });
      case 'expired':
        return msg(str`${when} (niet op tijd bevestigd, wij nemen contact met u op)`, { id: 'views.request.visitExpired' });
      case 'cancelled':
        return msg(str`${when} (geannuleerd)`, { id: 'views.request.visitCancelled' });
    }
  }

  /** Uploads the chosen files one by one; each appears with the request's photos as it lands. */
  private readonly addFiles = new Task(this, {
    autoRun: false,
    args: () => [] as const,
    task: async (_args, { signal }) => {
      await this.picker?.whenSettled();
      const request = this.shownRequest();
      if (!request || !this.client) return initialState;
      this.uploadProblem = '';
      const files = [...this.newFiles];
      try {
        for (const [index, file] of files.entries()) {
          this.uploadNotice = msg(str`Bestand ${index + 1} van ${files.length} versturen…`, { id: 'views.request.uploading' });
          const form = new FormData();
          form.append('file', file, file.name);
          const stored = await this.client.upload<Attachment>(`/requests/${encodeURIComponent(request.id)}/attachments`, form, { signal });
          const shown = this.shownRequest() ?? request;
          this.replaceRecord({ ...shown, attachments: [...shown.attachments, stored] });
          this.newFiles = this.newFiles.filter((chosen) => chosen !== file);
        }
        this.uploadNotice = isOne(files.length)
          ? msg('Het bestand is toegevoegd.', { id: 'views.request.filesAdded.one' })
          : msg(str`${files.length} bestanden zijn toegevoegd.`, { id: 'views.request.filesAdded.other' });
      } catch (error) {
        this.uploadNotice = '';
        this.uploadProblem = errorMessage(error);
        // The request moved on or filled up meanwhile: the view says which, from the request as it is now.
        if (error instanceof PortalApiError && error.status === 409) {
          this.uploadProblem = '';
          await this.reload();
        }
      }
      return true;
    },
  });

  private readonly cancel = new Task(this, {
    autoRun: false,
    args: (): readonly [string] => [''],
    task: async ([id], { signal }) => {
      const answer = await this.client!.request<ServiceRequestDetail>('POST', `/requests/${encodeURIComponent(id)}/cancel`, undefined, { signal });
      this.confirmingCancel = false;
      this.replaceRecord(answer);
      this.announcement = msg('Uw aanvraag is geannuleerd.', { id: 'views.request.cancelled' });
      // The button that had focus is gone with the cancel box.
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part="heading"]')?.focus();
      return answer;
    },
  });

  protected readonly live = new LiveController(this, {
    event: (event) => {
      const shown = this.shownRequest();
      if (!shown) return;
      if (event.type === 'request.updated' && event.data.request.id === shown.id) void this.reload();
      // The work order the request became, or one the back office links to it after accepting it.
      if (event.type === 'work_order.updated' && (shown.workOrder?.id === event.data.workOrder.id || (shown.status === 'accepted' && !shown.workOrder))) void this.reload();
    },
    resync: () => void this.reload(),
  });

  private shownRequest(): ServiceRequestDetail | undefined {
    return this.record.status === TaskStatus.COMPLETE ? (this.changed ?? this.record.value) : undefined;
  }

  /** Loads the request again without the loading state, and says so when its status moved. */
  private async reload() {
    const shown = this.shownRequest();
    if (!shown || !this.client) return;
    let fresh: ServiceRequestDetail;
    try {
      fresh = await this.load(this.client, shown.id, new AbortController().signal);
    } catch {
      return;
    }
    if (this.shownRequest()?.id !== fresh.id) return;
    this.replaceRecord(fresh);
    if (fresh.status !== shown.status) {
      this.announcement = msg(str`De status van uw aanvraag is nu: ${statusName('request', fresh.status)}.`, { id: 'views.request.statusChanged' });
    }
  }

  protected backLink() {
    return { view: 'requests', label: msg('Alle aanvragen', { id: 'views.request.back' }) };
  }

  protected genericTitle() {
    return msg('Aanvraag', { id: 'views.field.request' });
  }

  protected renderRecord(request: ServiceRequestDetail) {
    const features = this.config?.features;
    const preferred = [formatDate(request.preferredDate, this.locale), request.preferredPartOfDay ? partOfDayName(request.preferredPartOfDay) : ''].filter(Boolean).join(', ');
    return html`
      ${this.header(this.workTypeLabel(request.workType) || this.genericTitle(), {
        back: this.backLink(),
        sub: html`<span class="row"><span class="muted">${reference(request.reference, msg(str`Aanvraag ${request.reference}`, { id: 'views.request.reference' }))}</span>
          <kp-status-badge kind="request" status=${request.status}></kp-status-badge></span>`,
      })}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${request.workOrder
        ? html`<div class="notice success" part="work-order">
            <p>${reference(request.workOrder.number, msg(str`Wij hebben uw aanvraag aangenomen als werkbon ${request.workOrder.number}.`, { id: 'views.request.acceptedNotice' }))}</p>
            ${features?.workOrders ? html`<p>${this.viewLink(`work-orders/${request.workOrder.id}`, msg('Bekijk de werkbon', { id: 'views.invoice.viewWorkOrder' }))}</p>` : nothing}
          </div>`
        : nothing}
      <section class="card">
        ${facts([
          [msg('Ingediend op', { id: 'views.request.submittedAt' }), formatDateTime(request.createdAt, this.locale)],
          [msg('Omschrijving', { id: 'views.field.description' }), html`<span class="prose">${request.description}</span>`],
          [msg('Werkadres', { id: 'views.request.address' }), this.renderAddress(request)],
          [msg('Afspraak', { id: 'views.request.visit' }), this.visit()],
          [msg('Voorkeur voor', { id: 'views.request.preferred' }), preferred],
          [msg('Telefoon', { id: 'views.field.phone' }), request.phone],
          [
            msg('Installatie', { id: 'views.field.object' }),
            request.objectId && features?.objects ? this.viewLink(`objects/${request.objectId}`, msg('Bekijk de installatie', { id: 'views.workOrder.viewObject' })) : null,
          ],
        ])}
      </section>
      ${request.attachments.length
        ? html`<section aria-labelledby="photos-title">
            <h3 id="photos-title">${msg("Foto's", { id: 'views.photos.label' })}</h3>
            <ul class="photos" part="photos">
              ${request.attachments.map(
                (attachment, index) => html`<li>
                  ${/^image\/(jpeg|png|webp)$/.test(attachment.contentType)
                    ? html`<kp-protected-image
                        .client=${this.client}
                        path="/requests/${request.id}/attachments/${attachment.id}"
                        alt=${msg(str`Foto ${index + 1}`, { id: 'views.photos.name' })}
                      ></kp-protected-image>`
                    : html`<kp-download-button .client=${this.client} path="/requests/${request.id}/attachments/${attachment.id}" variant="link" label=${attachment.filename}></kp-download-button>`}
                </li>`,
              )}
            </ul>
          </section>`
        : nothing}
      ${this.renderAddFiles(request)}
      ${request.timeline.length
        ? html`<section aria-labelledby="timeline-title">
            <h3 id="timeline-title">${msg('Verloop', { id: 'views.record.timeline' })}</h3>
            <kp-timeline kind="request" .events=${request.timeline} locale=${this.locale}></kp-timeline>
          </section>`
        : nothing}
      ${request.status === 'submitted' ? this.renderCancel(request) : nothing}
      ${features?.messages
        ? html`<section aria-labelledby="messages-title">
            <h3 id="messages-title">${msg('Berichten', { id: 'views.messages.title' })}</h3>
            <kp-message-thread .client=${this.client} path="/requests/${request.id}/messages" locale=${this.locale} business-name=${this.config!.portal.name}></kp-message-thread>
          </section>`
        : nothing}
    `;
  }

  /** The work address; its name too when the customer has more than one, so they see which. */
  private renderAddress(request: ServiceRequestDetail) {
    if (!request.locationId) return null;
    const locations = this.locations.value;
    const location = Array.isArray(locations) ? locations.find((candidate) => candidate.id === request.locationId) : undefined;
    if (!location) return null;
    const named = locations!.length > 1 && location.name;
    return html`<span part="address">${named ? html`<strong>${location.name}</strong>: ` : nothing}${addressLine(location)}</span>`;
  }

  private renderAddFiles(request: ServiceRequestDetail) {
    const room = maxFiles - request.attachments.length;
    const open = statusesTakingFiles.includes(request.status);
    const busy = this.addFiles.status === TaskStatus.PENDING;
    let closedNote: string | null = null;
    if (!open) {
      closedNote = msg("Deze aanvraag is afgesloten: foto's toevoegen kan niet meer. Stuur ze zo nodig met een bericht.", { id: 'views.request.filesClosed' });
    } else if (room <= 0) {
      closedNote = msg(str`Deze aanvraag heeft het maximum van ${maxFiles} bestanden. Stuur meer foto's met een bericht.`, { id: 'views.request.filesFull' });
    }
    return html`<section class="card add-files" part="add-files" aria-labelledby="add-files-title">
      <h3 id="add-files-title">${msg("Foto's toevoegen", { id: 'views.request.addFilesTitle' })}</h3>
      ${closedNote
        ? html`<p class="muted" part="files-closed">${closedNote}</p>`
        : html`<kp-photo-picker
              pdf
              max=${room}
              label=${msg("Foto's of PDF's", { id: 'views.request.addFilesLabel' })}
              .photos=${this.newFiles}
              @kp-photos-change=${(event: CustomEvent<{ photos: File[] }>) => {
                this.newFiles = event.detail.photos;
                this.uploadProblem = '';
              }}
            ></kp-photo-picker>
            ${this.uploadProblem ? html`<div class="notice error" role="alert"><p>${this.uploadProblem}</p></div>` : nothing}
            <div class="actions">
              <button type="button" class="btn primary" part="add-files-send" aria-disabled=${busy || this.newFiles.length === 0 ? 'true' : 'false'}
                @click=${() => {
                  if (!busy && this.newFiles.length) void this.addFiles.run();
                }}>
                ${busy ? msg('Versturen…', { id: 'views.messages.sending' }) : msg('Toevoegen aan de aanvraag', { id: 'views.request.addFilesSend' })}
              </button>
            </div>`}
      <p class="muted" role="status">${this.uploadNotice}</p>
    </section>`;
  }

  private renderCancel(request: ServiceRequestDetail) {
    const busy = this.cancel.status === TaskStatus.PENDING;
    return html`<section class="card cancel-box" aria-labelledby="cancel-title">
      <h3 id="cancel-title">${msg('Niet meer nodig?', { id: 'views.request.cancelTitle' })}</h3>
      ${this.cancel.status === TaskStatus.ERROR ? html`<div class="notice error" role="alert"><p>${errorMessage(this.cancel.error)}</p></div>` : nothing}
      ${this.confirmingCancel
        ? html`<p id="cancel-question">${msg('Weet u zeker dat u deze aanvraag wilt annuleren?', { id: 'views.request.cancelConfirm' })}</p>
            <div class="actions">
              <button type="button" class="btn danger" part="confirm-cancel" aria-describedby="cancel-question" aria-disabled=${busy ? 'true' : 'false'}
                @click=${() => {
                  if (!busy) void this.cancel.run([request.id]);
                }}>
                ${msg('Ja, annuleren', { id: 'views.request.cancelYes' })}
              </button>
              <button type="button" class="btn secondary" @click=${() => (this.confirmingCancel = false)}>${msg('Nee, laten staan', { id: 'views.request.cancelNo' })}</button>
            </div>`
        : html`<p>${msg('Zolang wij uw aanvraag nog niet in behandeling hebben genomen, kunt u hem annuleren.', { id: 'views.request.cancelHint' })}</p>
            <button type="button" class="btn secondary" part="cancel" @click=${() => this.askCancel()}>${msg('Aanvraag annuleren', { id: 'views.request.cancel' })}</button>`}
    </section>`;
  }

  private async askCancel() {
    this.confirmingCancel = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="confirm-cancel"]')?.focus();
  }
}

defineElement('kp-request-detail-view', RequestDetailView);

declare global {
  interface HTMLElementTagNameMap {
    'kp-request-detail-view': RequestDetailView;
  }
}
