import { css, html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { Task, TaskStatus, initialState } from '@lit/task';
import { PortalApiError, type PortalClient } from '../api/client.js';
import { LiveController } from '../api/events.js';
import '../components/booking-windows.js';
import type { BookingWindows, WindowChangeEvent } from '../components/booking-windows.js';
import { describeWindow, type CancelledVisit, type PortalBooking, type WindowChoice } from '../components/booking-times.js';
import { errorMessage } from '../components/states.js';
import '../components/download-button.js';
import '../components/message-thread.js';
import '../components/status-badge.js';
import '../components/timeline.js';
import { defineElement } from '../components/define.js';
import { formatDate, formatMoney } from '../i18n/format.js';
import { kp } from '../styles/theme.js';
import { RecordView } from './record-view.js';
import { PortalView } from './portal-view.js';
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
 * @csspart visit-status - A move the customer asked for, or the business's answer to it.
 * @csspart reschedule - The button that opens the choice of another window.
 * @csspart cancel-visit - The button that starts cancelling the visit.
 */
export class WorkOrderDetailView extends RecordView<WorkOrderDetail> {
  static override styles = [
    ...PortalView.styles,
    css`
      .visit-actions {
        display: flex;
        flex-wrap: wrap;
        gap: ${kp('space-2')};
      }
      .visit-change textarea {
        min-height: 88px;
      }
      .visit-change kp-booking-windows {
        margin: 0 0 ${kp('space-4')};
      }
    `,
  ];

  protected readonly collection = 'work-orders';

  /** Which change of the visit is open: none, choosing another window, or cancelling. */
  @state() private changing: 'none' | 'move' | 'cancel' = 'none';
  @state() private moveTo: { choice: WindowChoice; text: string } | null = null;
  @state() private reason = '';
  @state() private takenNotice = '';
  @state() private problem = '';
  @state() private announcement = '';
  /** Bumped to read the bookings again after a change. */
  @state() private revision = 0;

  /** The customer's bookings of this work order; null when the portal does not book visits. */
  private readonly bookings = new Task(this, {
    args: () => [this.client, this.recordId, this.revision] as const,
    task: async ([client, id], { signal }): Promise<PortalBooking[] | null | typeof initialState> => {
      if (!client || !id) return initialState;
      try {
        const answer = await client.request<{ items: PortalBooking[] }>('GET', `/bookings?workOrderId=${encodeURIComponent(id)}`, undefined, { signal });
        return answer.items;
      } catch (error) {
        // Booking off for this portal: a planned visit is then moved by phone, as before.
        if (error instanceof PortalApiError && (error.status === 403 || error.status === 404)) return null;
        throw error;
      }
    },
  });

  private readonly submitChange = new Task(this, {
    autoRun: false,
    args: (): readonly [string] => [''],
    task: async ([id], { signal }) => {
      const client = this.client!;
      const reason = this.reason.trim();
      if (this.changing === 'move' && this.moveTo) {
        const booking = await client.request<PortalBooking>('POST', `/work-orders/${encodeURIComponent(id)}/reschedule`, { ...this.moveTo.choice, ...(reason ? { reason } : {}) }, { signal });
        this.announcement =
          booking.status === 'confirmed'
            ? msg(str`Uw afspraak is verplaatst naar ${this.moveTo.text}.`, { id: 'views.visit.moved' })
            : msg(str`Verplaatsing aangevraagd naar ${this.moveTo.text}. De monteur bevestigt die.`, { id: 'views.visit.moveRequested' });
      } else if (this.changing === 'cancel') {
        await client.request<CancelledVisit>('POST', `/work-orders/${encodeURIComponent(id)}/cancel-visit`, reason ? { reason } : {}, { signal });
        this.announcement = msg('Uw afspraak is geannuleerd.', { id: 'views.visit.cancelled' });
      }
      this.closeChange();
      await this.reload();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part="heading"]')?.focus();
    },
    onError: (error) => {
      if (error instanceof PortalApiError && error.status === 409 && this.changing === 'move') {
        // Taken while the customer chose: the windows again, the reason kept.
        this.moveTo = null;
        this.problem = '';
        this.takenNotice = msg('Dit tijdvak is net door iemand anders gekozen. Kies een ander moment.', { id: 'views.visit.taken' });
        const picker = this.renderRoot.querySelector<BookingWindows>('kp-booking-windows');
        void picker?.reload().then(() => picker.focus());
        return;
      }
      this.problem = errorMessage(error);
    },
  });

  protected readonly live = new LiveController(this, {
    event: (event) => {
      if (event.type === 'work_order.updated' && event.data.workOrder.id === this.recordId) void this.reload();
    },
    resync: () => void this.reload(),
  });

  /** The work order and its bookings again, without the loading state: the business answered, or the visit moved. */
  private async reload(): Promise<void> {
    const client: PortalClient | undefined = this.client;
    if (!client || !this.recordId || this.record.status !== TaskStatus.COMPLETE) return;
    try {
      const fresh = await this.load(client, this.recordId, new AbortController().signal);
      if (fresh.id === this.recordId) this.replaceRecord(fresh);
    } catch {
      return;
    }
    this.revision += 1;
  }

  private openChange(kind: 'move' | 'cancel'): void {
    this.changing = kind;
    this.moveTo = null;
    this.reason = '';
    this.takenNotice = '';
    this.problem = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#visit-change-title')?.focus());
  }

  private closeChange(): void {
    const was = this.changing;
    this.changing = 'none';
    this.moveTo = null;
    this.reason = '';
    this.takenNotice = '';
    this.problem = '';
    if (was !== 'none') void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[part="${was === 'move' ? 'reschedule' : 'cancel-visit'}"]`)?.focus());
  }

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
      ${this.renderVisit(order)}
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

  /** The business's answer to a move, or the move waiting for it; and changing the visit while it is planned. */
  private renderVisit(order: WorkOrderDetail): TemplateResult | typeof nothing {
    const bookings = this.bookings.status === TaskStatus.COMPLETE ? this.bookings.value : undefined;
    if (!bookings) return html`<p class="visually-hidden" role="status">${this.announcement}</p>`;
    const changeable = order.status === 'planned' && !!order.plannedStart && new Date(order.plannedStart).getTime() > Date.now();
    const move = bookings.find((booking) => booking.kind === 'reschedule');
    // An answer stays in view while the visit it concerns is still to come.
    const status = move && (move.status === 'requested' || order.status === 'planned') ? this.moveStatus(move) : nothing;
    return html`<p class="visually-hidden" role="status">${this.announcement}</p>
      ${status}
      ${changeable ? this.renderChange(order, move?.status === 'requested') : nothing}`;
  }

  private moveStatus(move: PortalBooking): TemplateResult | typeof nothing {
    const to = describeWindow(move, this.locale);
    const reason = move.reason ? html`<p class="muted">${msg(str`Uw reden: ${move.reason}`, { id: 'views.visit.reason' })}</p>` : nothing;
    switch (move.status) {
      case 'requested':
        return html`<div class="notice info" part="visit-status">
          <p><strong>${msg(str`Verplaatsing aangevraagd naar ${to}.`, { id: 'views.visit.pending' })}</strong></p>
          <p>${msg('De monteur bevestigt die; tot dan blijft de afspraak zoals hij staat.', { id: 'views.visit.pendingHint' })}</p>
          ${reason}
        </div>`;
      case 'confirmed':
        return html`<div class="notice success" part="visit-status"><p>${msg(str`Uw verplaatsing is bevestigd: ${to}.`, { id: 'views.visit.confirmed' })}</p></div>`;
      case 'declined':
        return html`<div class="notice warning" part="visit-status">
          <p>${msg(str`De verplaatsing naar ${to} kon helaas niet. De afspraak blijft zoals hij staat; kies gerust een ander moment.`, { id: 'views.visit.declined' })}</p>
        </div>`;
      case 'expired':
        return html`<div class="notice warning" part="visit-status">
          <p>${msg(str`Op uw verplaatsing naar ${to} is niet op tijd gereageerd. De afspraak blijft zoals hij staat.`, { id: 'views.visit.expired' })}</p>
        </div>`;
      default:
        return nothing;
    }
  }

  private renderChange(order: WorkOrderDetail, pending: boolean): TemplateResult {
    const busy = this.submitChange.status === TaskStatus.PENDING;
    if (this.changing === 'none') {
      return html`<section class="card" aria-labelledby="visit-title">
        <h3 id="visit-title">${msg('Past het moment niet meer?', { id: 'views.visit.title' })}</h3>
        <div class="visit-actions">
          <button type="button" class="btn secondary" part="reschedule" @click=${() => this.openChange('move')}>
            ${pending ? msg('Ander moment kiezen', { id: 'views.visit.moveAgain' }) : msg('Afspraak verplaatsen', { id: 'views.visit.move' })}
          </button>
          <button type="button" class="btn secondary" part="cancel-visit" @click=${() => this.openChange('cancel')}>${msg('Afspraak annuleren', { id: 'views.visit.cancel' })}</button>
        </div>
      </section>`;
    }
    const moving = this.changing === 'move';
    const problem = this.problem ? html`<div class="notice error" role="alert" part="change-error"><p>${this.problem}</p></div>` : nothing;
    const reasonField = html`<div class="field">
      <label for="visit-reason">
        ${moving ? msg('Reden', { id: 'views.visit.reasonLabel' }) : msg('Waarom annuleert u?', { id: 'views.visit.cancelReasonLabel' })}
        <span class="optional">${msg('(optioneel)', { id: 'shell.field.optional' })}</span>
      </label>
      <textarea id="visit-reason" maxlength="1000" .value=${this.reason} @input=${(event: InputEvent) => (this.reason = (event.target as HTMLTextAreaElement).value)}></textarea>
    </div>`;
    return html`<section class="card visit-change" aria-labelledby="visit-change-title">
      <h3 id="visit-change-title" tabindex="-1">
        ${moving ? msg('Afspraak verplaatsen', { id: 'views.visit.move' }) : msg('Afspraak annuleren', { id: 'views.visit.cancel' })}
      </h3>
      ${moving
        ? html`<kp-booking-windows
              .client=${this.client}
              work-type=${order.workType ?? ''}
              locale=${this.locale}
              legend=${msg('Kies een nieuw moment', { id: 'views.visit.chooseWindow' })}
              .value=${this.moveTo?.choice ?? null}
              .exclude=${order.plannedStart ? { start: order.plannedStart } : null}
              notice=${this.takenNotice}
              @kp-booking-window-change=${(event: WindowChangeEvent) => {
                this.moveTo = { choice: event.detail.choice, text: describeWindow(event.detail.window, this.locale) };
                this.takenNotice = '';
              }}
            ></kp-booking-windows>
            ${reasonField}
            <p class="hint" id="move-hint" role="status">${this.moveTo ? msg(str`Nieuw moment: ${this.moveTo.text}.`, { id: 'views.visit.chosen' }) : msg('Kies eerst een moment.', { id: 'views.visit.chooseFirst' })}</p>
            ${problem}
            <div class="actions">
              <button
                type="button"
                class="btn primary"
                part="confirm-reschedule"
                aria-disabled=${busy || !this.moveTo ? 'true' : 'false'}
                aria-describedby="move-hint"
                @click=${() => {
                  if (!busy && this.moveTo) void this.submitChange.run([order.id]);
                }}
              >
                ${busy ? msg('Versturen…', { id: 'views.messages.sending' }) : msg('Verplaatsing aanvragen', { id: 'views.visit.moveSubmit' })}
              </button>
              <button type="button" class="btn secondary" @click=${() => this.closeChange()}>${msg('Terug', { id: 'views.visit.back' })}</button>
            </div>
`
        : html`<p id="cancel-visit-question">
              ${msg(str`Weet u zeker dat u de afspraak van ${formatWindow(order.plannedStart, order.plannedEnd, this.locale)} wilt annuleren?`, { id: 'views.visit.cancelConfirm' })}
            </p>
            ${reasonField} ${problem}
            <div class="actions">
              <button
                type="button"
                class="btn danger"
                part="confirm-cancel-visit"
                aria-describedby="cancel-visit-question"
                aria-disabled=${busy ? 'true' : 'false'}
                @click=${() => {
                  if (!busy) void this.submitChange.run([order.id]);
                }}
              >
                ${busy ? msg('Versturen…', { id: 'views.messages.sending' }) : msg('Ja, afspraak annuleren', { id: 'views.visit.cancelYes' })}
              </button>
              <button type="button" class="btn secondary" @click=${() => this.closeChange()}>${msg('Nee, laten staan', { id: 'views.request.cancelNo' })}</button>
            </div>`}
    </section>`;
  }
}

defineElement('kp-work-order-detail-view', WorkOrderDetailView);

declare global {
  interface HTMLElementTagNameMap {
    'kp-work-order-detail-view': WorkOrderDetailView;
  }
}
