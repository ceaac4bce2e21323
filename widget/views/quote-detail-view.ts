import { css, html, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import { PortalApiError } from '../api/client.js';
import '../components/download-button.js';
import '../components/status-badge.js';
import { defineElement } from '../components/define.js';
import { errorMessage } from '../components/states.js';
import { formatDate, formatDateTime } from '../i18n/format.js';
import { kp } from '../styles/theme.js';
import { lineTable } from './line-table.js';
import { PortalView, facts } from './portal-view.js';
import { RecordView } from './record-view.js';
import type { Quote } from '../api/types.js';

type Decision = 'accept' | 'decline';

/**
 * @summary One quote: its lines and totals, the PDF, and the customer's answer: accept with a typed name, or decline.
 *
 * @csspart decision - The card with the accept and decline forms, or the answer already given.
 * @csspart accept - The accept button.
 * @csspart decline - The decline button.
 */
export class QuoteDetailView extends RecordView<Quote> {
  static override styles = [
    ...PortalView.styles,
    css`
      .notice.decision {
        margin-top: ${kp('space-4')};
      }
      .decision h3 {
        margin-bottom: ${kp('space-2')};
      }
      .decision input,
      .decision textarea {
        max-width: 480px;
      }
      .decline-form {
        margin-top: ${kp('space-4')};
        padding-top: ${kp('space-4')};
        border-top: 1px solid ${kp('color-border')};
      }
    `,
  ];

  protected readonly collection = 'quotes';

  @state() private signedName = '';
  @state() private reason = '';
  @state() private nameError = '';
  @state() private declining = false;
  @query('#signed-name') private nameInput?: HTMLInputElement;
  @query('#decision-outcome') private outcome?: HTMLElement;

  private readonly decide = new Task(this, {
    autoRun: false,
    args: (): readonly [Decision, string] => ['accept', ''],
    task: async ([decision, id], { signal }) => {
      const body = decision === 'accept' ? { signedName: this.signedName.trim() } : this.reason.trim() ? { reason: this.reason.trim() } : {};
      const answer = await this.client!.request<Quote>('POST', `/quotes/${encodeURIComponent(id)}/${decision}`, body, { signal });
      this.replaceRecord(answer);
      this.declining = false;
      await this.updateComplete;
      this.outcome?.focus();
      return answer;
    },
  });

  protected backLink() {
    return { view: 'quotes', label: msg('Alle offertes', { id: 'views.quote.back' }) };
  }

  protected genericTitle() {
    return msg('Offerte', { id: 'views.quote.title' });
  }

  private accept(event: SubmitEvent, quote: Quote) {
    event.preventDefault();
    if (this.decide.status === TaskStatus.PENDING) return;
    const name = this.signedName.trim();
    this.nameError =
      name.length < 2 ? msg('Typ uw volledige naam om de offerte te accepteren.', { id: 'views.quote.nameRequired' }) : name.length > 100 ? msg('Deze naam is te lang.', { id: 'views.quote.nameTooLong' }) : '';
    if (this.nameError) {
      this.nameInput?.focus();
      return;
    }
    void this.decide.run(['accept', quote.id]);
  }

  private decline(event: SubmitEvent, quote: Quote) {
    event.preventDefault();
    if (this.decide.status !== TaskStatus.PENDING) void this.decide.run(['decline', quote.id]);
  }

  protected renderRecord(quote: Quote) {
    return html`
      ${this.header(quote.title, {
        back: this.backLink(),
        sub: html`<span class="row"><span class="muted">${msg(str`Offerte ${quote.number}`, { id: 'views.quote.number' })}</span>
          <kp-status-badge kind="quote" status=${quote.status}></kp-status-badge></span>`,
        actions:
          quote.hasPdf
            ? html`<kp-download-button .client=${this.client} path="/quotes/${quote.id}/pdf" label=${msg('Offerte als PDF', { id: 'views.quote.pdf' })}></kp-download-button>`
            : nothing,
      })}
      <section class="card">
        ${facts([
          [msg('Datum', { id: 'views.field.date' }), formatDate(quote.createdAt, this.locale)],
          [msg('Geldig tot', { id: 'views.quote.validUntil' }), formatDate(quote.validUntil, this.locale)],
        ])}
      </section>
      <section class="card" aria-labelledby="lines-title">
        <h3 id="lines-title">${msg('Specificatie', { id: 'views.quote.lines' })}</h3>
        ${lineTable(quote.lines, { caption: msg('Regels van de offerte', { id: 'views.quote.linesCaption' }), currency: quote.currency, locale: this.locale, totalCents: quote.totalCents })}
      </section>
      ${this.renderDecision(quote)}
    `;
  }

  private renderDecision(quote: Quote) {
    const decision = quote.decision;
    const outcome = (kind: 'success' | 'info', text: unknown) =>
      html`<div class="notice ${kind} decision" part="decision" id="decision-outcome" role="status" tabindex="-1"><p>${text}</p></div>`;
    switch (quote.status) {
      case 'accepted':
        return outcome(
          'success',
          decision?.outcome === 'accepted' && decision.signedName
            ? msg(str`U heeft deze offerte op ${formatDateTime(decision.at, this.locale)} geaccepteerd als ${decision.signedName}. Wij nemen contact met u op om het werk in te plannen.`, {
                id: 'views.quote.acceptedBy',
              })
            : msg('Deze offerte is geaccepteerd. Wij nemen contact met u op om het werk in te plannen.', { id: 'views.quote.accepted' }),
        );
      case 'declined':
        return outcome(
          'info',
          html`${decision?.outcome === 'declined'
            ? msg(str`U heeft deze offerte op ${formatDateTime(decision.at, this.locale)} afgewezen.`, { id: 'views.quote.declinedOn' })
            : msg('Deze offerte is afgewezen.', { id: 'views.quote.declined' })}
          ${decision?.reason ? html`<br />${msg('Uw reden:', { id: 'views.quote.yourReason' })} ${decision.reason}` : nothing}`,
        );
      case 'expired':
        return outcome('info', msg('Deze offerte is verlopen. Neem contact met ons op als u nog interesse heeft.', { id: 'views.quote.expired' }));
      case 'withdrawn':
        return outcome('info', msg('Deze offerte is ingetrokken.', { id: 'views.quote.withdrawn' }));
      default:
        return this.renderForms(quote);
    }
  }

  private renderForms(quote: Quote) {
    const busy = this.decide.status === TaskStatus.PENDING;
    const failure = this.decide.status === TaskStatus.ERROR ? this.decide.error : undefined;
    const closed = failure instanceof PortalApiError && failure.status === 409;
    return html`<section class="card decision" part="decision" aria-labelledby="decision-title">
      <h3 id="decision-title">${msg('Uw reactie', { id: 'views.quote.decision' })}</h3>
      ${failure
        ? html`<div class="notice error" role="alert" part="decision-error">
            <p>
              ${closed
                ? msg('Deze offerte kan niet meer worden geaccepteerd of afgewezen. Misschien is hij verlopen, ingetrokken of al beantwoord.', { id: 'views.quote.conflict' })
                : errorMessage(failure)}
            </p>
            ${closed
              ? html`<div><button type="button" class="btn secondary small" @click=${() => void this.record.run()}>${msg('De offerte opnieuw laden', { id: 'views.quote.reload' })}</button></div>`
              : nothing}
          </div>`
        : nothing}
      <form novalidate @submit=${(event: SubmitEvent) => this.accept(event, quote)}>
        <div class="field">
          <label for="signed-name">${msg('Uw volledige naam', { id: 'views.quote.signedName' })}</label>
          <input
            id="signed-name"
            autocomplete="name"
            maxlength="100"
            .value=${this.signedName}
            aria-invalid=${this.nameError ? 'true' : 'false'}
            aria-describedby="signed-name-hint${this.nameError ? ' signed-name-error' : ''}"
            @input=${(event: InputEvent) => {
              this.signedName = (event.target as HTMLInputElement).value;
              this.nameError = '';
            }}
          />
          <p class="hint" id="signed-name-hint">
            ${msg(str`Met uw naam en de knop hieronder gaat u akkoord met offerte ${quote.number}. Dit geldt als uw handtekening.`, { id: 'views.quote.signHint' })}
          </p>
          ${this.nameError ? html`<p class="error" id="signed-name-error">${this.nameError}</p>` : nothing}
        </div>
        <div class="actions">
          <button type="submit" class="btn primary" part="accept" aria-disabled=${busy ? 'true' : 'false'}>${msg('Offerte accepteren', { id: 'views.quote.accept' })}</button>
          ${this.declining
            ? nothing
            : html`<button type="button" class="btn secondary" part="decline" @click=${() => this.openDecline()}>${msg('Offerte afwijzen', { id: 'views.quote.decline' })}</button>`}
        </div>
      </form>
      ${this.declining
        ? html`<form class="decline-form" novalidate @submit=${(event: SubmitEvent) => this.decline(event, quote)}>
            <div class="field">
              <label for="decline-reason">${msg('Waarom wijst u de offerte af?', { id: 'views.quote.reason' })} <span class="optional">${msg('(niet verplicht)', { id: 'views.form.optional' })}</span></label>
              <textarea id="decline-reason" rows="3" maxlength="2000" .value=${this.reason} @input=${(event: InputEvent) => (this.reason = (event.target as HTMLTextAreaElement).value)}></textarea>
            </div>
            <div class="actions">
              <button type="submit" class="btn danger" part="confirm-decline" aria-disabled=${busy ? 'true' : 'false'}>${msg('Afwijzen bevestigen', { id: 'views.quote.confirmDecline' })}</button>
              <button type="button" class="btn secondary" @click=${() => (this.declining = false)}>${msg('Annuleren', { id: 'views.form.cancel' })}</button>
            </div>
          </form>`
        : nothing}
    </section>`;
  }

  private async openDecline() {
    this.declining = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLTextAreaElement>('#decline-reason')?.focus();
  }
}

defineElement('kp-quote-detail-view', QuoteDetailView);

declare global {
  interface HTMLElementTagNameMap {
    'kp-quote-detail-view': QuoteDetailView;
  }
}
