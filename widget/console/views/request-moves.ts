import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { PortalApiError } from '../../api/client.js';
import { fieldErrors } from '../../api/errors.js';
import { compact, focusFirstInvalid, formNotice, textField } from '../../auth/fields.js';
import { defineElement } from '../../components/define.js';
import { errorMessage } from '../../components/states.js';
import { shared, kp } from '../../styles/theme.js';
import { consoleExternalId, moveRequest, putWorkOrder } from '../api/admin.js';
import type { ConsoleClient } from '../api/console-client.js';
import type { AdminRequestDetail } from '../api/types.js';

type Form = 'none' | 'accept' | 'reject';
type AcceptWay = 'new' | 'link';

export interface RequestChangedDetail {
  request: AdminRequestDetail;
  /** What to tell screen-reader users about the move. */
  message: string;
}

/** `2026-12-03` and `08:00` in the browser's time zone (the business's own) → an ISO timestamp. */
function timestamp(date: string, time: string): string {
  return new Date(`${date}T${time || '00:00'}`).toISOString();
}

/**
 * @summary The moves of a request: take it in review, accept it (creating a work order in the same step, or linking the
 * back office's number), or reject it with a reason the customer sees.
 *
 * @event kp-request-changed - {@link RequestChangedDetail}: the request moved; the detail holds its new state.
 * @csspart in-review - The "in review" button.
 * @csspart accept - The button that opens the accept form.
 * @csspart reject - The button that opens the reject form.
 */
export class RequestMoves extends LitElement {
  static override styles = [
    shared,
    css`
      :host {
        display: block;
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: ${kp('space-2')};
      }
      form {
        margin-top: ${kp('space-4')};
        padding-top: ${kp('space-4')};
        border-top: 1px solid ${kp('color-border')};
      }
      .ways {
        display: grid;
        gap: ${kp('space-1')};
      }
      .window {
        display: grid;
        grid-template-columns: 1fr;
        gap: 0 ${kp('space-3')};
      }
      @container (min-width: 520px) {
        .window {
          grid-template-columns: 2fr 1fr 1fr;
        }
      }
      :host {
        container-type: inline-size;
      }
    `,
  ];

  @property({ attribute: false }) client?: ConsoleClient;
  @property({ attribute: false }) request?: AdminRequestDetail;
  /** The customer the request belongs to; for a guest, the one just made of them. */
  @property({ attribute: 'customer-external-id' }) customerExternalId = '';

  @state() private form: Form = 'none';
  @state() private way: AcceptWay = 'new';
  @state() private values = { number: '', date: '', from: '', to: '', description: '', externalId: '', note: '', reason: '' };
  @state() private errors: Record<string, string> = {};
  @state() private formError = '';
  @state() private busy = false;
  /** A work order made in an earlier try whose accept did not go through: the next try links it instead of another. */
  private madeWorkOrder: string | null = null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  private open(form: Form) {
    const request = this.request!;
    this.errors = {};
    this.formError = '';
    this.form = form;
    if (form === 'accept') {
      this.way = this.customerExternalId ? 'new' : 'link';
      this.values = { ...this.values, number: this.values.number || request.reference, description: this.values.description || request.description, date: this.values.date || (request.preferredDate ?? '') };
    }
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('form input:not([type="radio"]), form textarea, form input')?.focus());
  }

  private set(name: keyof RequestMoves['values'], value: string) {
    this.values = { ...this.values, [name]: value };
  }

  private async run(fields: readonly string[], action: () => Promise<RequestChangedDetail>) {
    if (this.busy) return;
    this.busy = true;
    this.formError = '';
    try {
      const detail = await action();
      this.form = 'none';
      this.values = { number: '', date: '', from: '', to: '', description: '', externalId: '', note: '', reason: '' };
      this.dispatchEvent(new CustomEvent<RequestChangedDetail>('kp-request-changed', { detail, bubbles: true, composed: true }));
    } catch (error) {
      if (!(error instanceof PortalApiError)) throw error;
      this.errors = fieldErrors(error, fields);
      this.formError = errorMessage(error);
      void focusFirstInvalid(this);
    } finally {
      this.busy = false;
    }
  }

  /** submitted → in review first: a request is accepted or rejected from review, as the server's moves go. */
  private async reviewed(request: AdminRequestDetail): Promise<AdminRequestDetail> {
    return request.status === 'submitted' ? moveRequest(this.client!, request.id, { status: 'in_review' }) : request;
  }

  private inReview = () =>
    this.run([], async () => ({
      request: await moveRequest(this.client!, this.request!.id, { status: 'in_review' }),
      message: msg('De aanvraag is in behandeling genomen.', { id: 'console.moves.inReviewDone' }),
    }));

  private accept = (event: Event) => {
    event.preventDefault();
    const { number, date, from, to, description, externalId } = this.values;
    const isNew = this.way === 'new';
    const ok = this.check(
      isNew
        ? {
            number: number.trim() ? undefined : msg('Geef de werkbon een nummer.', { id: 'console.moves.numberRequired' }),
            description: description.trim() ? undefined : msg('Beschrijf het werk.', { id: 'console.moves.descriptionRequired' }),
            date: (from || to) && !date ? msg('Kies de dag bij deze tijden.', { id: 'console.moves.dateRequired' }) : undefined,
            to: from && to && to <= from ? msg('De eindtijd ligt na de begintijd.', { id: 'console.moves.endAfterStart' }) : undefined,
          }
        : { externalId: externalId.trim() ? undefined : msg('Vul het werkbonnummer uit uw backoffice in.', { id: 'console.moves.externalIdRequired' }) },
    );
    if (!ok) return;
    const note = this.values.note.trim() || undefined;
    void this.run(['number', 'description', 'plannedStart', 'plannedEnd', 'workOrderExternalId', 'note'], async () => {
      const request = await this.reviewed(this.request!);
      let workOrderExternalId = externalId.trim();
      if (isNew) {
        workOrderExternalId = this.madeWorkOrder ?? consoleExternalId('wo');
        await putWorkOrder(this.client!, workOrderExternalId, {
          customerExternalId: this.customerExternalId,
          ...(request.location ? { locationExternalId: request.location.externalId } : {}),
          requestId: request.id,
          number: number.trim(),
          workType: request.workType,
          description: description.trim(),
          status: date ? 'planned' : 'open',
          ...(date ? { plannedStart: timestamp(date, from), plannedEnd: timestamp(date, to || from || '23:59') } : {}),
        });
        this.madeWorkOrder = workOrderExternalId;
      }
      const accepted = await moveRequest(this.client!, request.id, { status: 'accepted', workOrderExternalId, ...(note ? { note } : {}) });
      this.madeWorkOrder = null;
      return {
        request: accepted,
        message: isNew
          ? msg(str`Geaccepteerd: werkbon ${number.trim()} is gemaakt.`, { id: 'console.moves.acceptedNew' })
          : msg(str`Geaccepteerd en gekoppeld aan werkbon ${workOrderExternalId}.`, { id: 'console.moves.acceptedLinked' }),
      };
    });
  };

  private reject = (event: Event) => {
    event.preventDefault();
    const reason = this.values.reason.trim();
    if (!this.check({ reason: reason ? undefined : msg('Schrijf de klant waarom.', { id: 'console.moves.reasonRequired' }) })) return;
    void this.run(['note'], async () => {
      const request = await this.reviewed(this.request!);
      return {
        request: await moveRequest(this.client!, request.id, { status: 'rejected', note: reason }),
        message: msg('De aanvraag is afgewezen. De klant ziet de reden.', { id: 'console.moves.rejectedDone' }),
      };
    });
  };

  private check(errors: Record<string, string | undefined>): boolean {
    this.errors = compact(errors);
    this.formError = '';
    if (!Object.keys(this.errors).length) return true;
    void focusFirstInvalid(this);
    return false;
  }

  override render() {
    const request = this.request;
    if (!request) return nothing;
    if (request.status === 'accepted') {
      const number = request.workOrder?.number ?? request.workOrderExternalId;
      return html`<p>${msg(str`Geaccepteerd. Werkbon: ${number ?? ''}.`, { id: 'console.moves.isAccepted' })}</p>`;
    }
    if (request.status === 'rejected') return html`<p>${msg('Afgewezen. De klant ziet de reden in het portaal.', { id: 'console.moves.isRejected' })}</p>`;
    if (request.status === 'cancelled') return html`<p>${msg('De klant heeft deze aanvraag geannuleerd.', { id: 'console.moves.isCancelled' })}</p>`;
    return html`<div class="buttons">
        ${request.status === 'submitted'
          ? html`<button type="button" class="btn secondary" part="in-review" ?disabled=${this.busy} @click=${this.inReview}>
              ${msg('In behandeling nemen', { id: 'console.moves.inReview' })}
            </button>`
          : nothing}
        <button type="button" class="btn primary" part="accept" aria-expanded=${this.form === 'accept' ? 'true' : 'false'} @click=${() => this.open('accept')}>
          ${msg('Accepteren…', { id: 'console.moves.accept' })}
        </button>
        <button type="button" class="btn secondary" part="reject" aria-expanded=${this.form === 'reject' ? 'true' : 'false'} @click=${() => this.open('reject')}>
          ${msg('Afwijzen…', { id: 'console.moves.reject' })}
        </button>
      </div>
      ${this.form === 'none' && this.formError ? formNotice('error', this.formError) : nothing}
      ${this.form === 'accept' ? this.renderAccept() : nothing} ${this.form === 'reject' ? this.renderReject() : nothing}`;
  }

  private cancelButton(): TemplateResult {
    return html`<button type="button" class="btn link" @click=${() => (this.form = 'none')}>${msg('Annuleren', { id: 'shell.cancel' })}</button>`;
  }

  private renderAccept(): TemplateResult {
    const canCreate = Boolean(this.customerExternalId);
    const v = this.values;
    const field = (id: keyof RequestMoves['values'], label: string, extra: Partial<Parameters<typeof textField>[0]> = {}) =>
      textField({ id, label, value: v[id], error: this.errors[id], onInput: (value) => this.set(id, value), ...extra });
    return html`<form novalidate aria-labelledby="accept-title" @submit=${this.accept}>
      <h3 id="accept-title">${msg('Aanvraag accepteren', { id: 'console.moves.acceptTitle' })}</h3>
      ${formNotice('error', this.formError)}
      <fieldset>
        <legend>${msg('Werkbon', { id: 'console.moves.workOrder' })}</legend>
        <div class="ways">
          <label class="check">
            <input type="radio" name="way" value="new" .checked=${this.way === 'new'} ?disabled=${!canCreate} @change=${() => (this.way = 'new')} />
            ${msg('Nieuwe werkbon maken in de console', { id: 'console.moves.wayNew' })}
          </label>
          <label class="check">
            <input type="radio" name="way" value="link" .checked=${this.way === 'link'} @change=${() => (this.way = 'link')} />
            ${msg('Koppelen aan een werkbon uit uw backoffice', { id: 'console.moves.wayLink' })}
          </label>
        </div>
        ${canCreate ? nothing : html`<p class="hint">${msg('Een nieuwe werkbon hoort bij een klant: maak eerst een klant van deze gast.', { id: 'console.moves.needsCustomer' })}</p>`}
      </fieldset>
      ${this.way === 'new'
        ? html`${field('number', msg('Werkbonnummer', { id: 'console.moves.number' }), { maxlength: 50 })}
            <fieldset>
              <legend>${msg('Gepland', { id: 'console.moves.planned' })}</legend>
              <div class="window">
                ${field('date', msg('Dag', { id: 'console.moves.date' }), { type: 'date', optional: true })}
                ${field('from', msg('Van', { id: 'console.moves.from' }), { type: 'time', optional: true })}
                ${field('to', msg('Tot', { id: 'console.moves.to' }), { type: 'time', optional: true })}
              </div>
            </fieldset>
            ${field('description', msg('Omschrijving van het werk', { id: 'console.moves.description' }), { multiline: true, maxlength: 5000 })}`
        : field('externalId', msg('Werkbonnummer in uw backoffice', { id: 'console.moves.externalId' }), {
            maxlength: 100,
            hint: msg('Het nummer waaronder uw backoffice de werkbon kent; de klant ziet de werkbon zodra uw backoffice hem doorstuurt.', { id: 'console.moves.externalIdHint' }),
          })}
      ${field('note', msg('Bericht bij de statuswijziging', { id: 'console.moves.note' }), {
        optional: true,
        multiline: true,
        maxlength: 2000,
        hint: msg('De klant ziet dit bij de aanvraag en in de mail.', { id: 'console.moves.noteHint' }),
      })}
      <div class="actions">
        <button type="submit" class="btn primary" part="confirm-accept" ?disabled=${this.busy}>${msg('Accepteren', { id: 'console.moves.acceptSubmit' })}</button>
        ${this.cancelButton()}
      </div>
    </form>`;
  }

  private renderReject(): TemplateResult {
    return html`<form novalidate aria-labelledby="reject-title" @submit=${this.reject}>
      <h3 id="reject-title">${msg('Aanvraag afwijzen', { id: 'console.moves.rejectTitle' })}</h3>
      ${formNotice('error', this.formError)}
      ${textField({
        id: 'reason',
        label: msg('Reden voor de klant', { id: 'console.moves.reason' }),
        value: this.values.reason,
        multiline: true,
        maxlength: 2000,
        error: this.errors.reason ?? this.errors.note,
        hint: msg('De klant ziet deze reden bij de aanvraag en in de mail.', { id: 'console.moves.reasonHint' }),
        onInput: (value) => this.set('reason', value),
      })}
      <div class="actions">
        <button type="submit" class="btn danger" part="confirm-reject" ?disabled=${this.busy}>${msg('Afwijzen', { id: 'console.moves.rejectSubmit' })}</button>
        ${this.cancelButton()}
      </div>
    </form>`;
  }
}

defineElement('kp-request-moves', RequestMoves);

declare global {
  interface HTMLElementTagNameMap {
    'kp-request-moves': RequestMoves;
  }
}
