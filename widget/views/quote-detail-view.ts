import { css, html, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import { PortalApiError } from '../api/client.js';
import '../components/download-button.js';
import '../components/status-badge.js';
import { dataUrlBytes, maxSignatureBytes } from '../components/signature-pad.js';
import { defineElement } from '../components/define.js';
import { errorMessage } from '../components/states.js';
import { formatDate, formatDateTime, formatMoney } from '../i18n/format.js';
import { kp } from '../styles/theme.js';
import { lineTable } from './line-table.js';
import { PortalView, facts, reference } from './portal-view.js';
import { RecordView } from './record-view.js';
import type { Quote } from '../api/types.js';

type Decision = 'accept' | 'decline';

const maxNameLength = 100;

/**
 * Why `name` is not a full name, or undefined when it is one: the server's rule. At least two words, each with a
 * letter, of letters, spaces, hyphens, apostrophes, dots and commas only, at least three letters in all.
 */
export function fullNameProblem(name: string): 'control' | 'tooLong' | 'characters' | 'words' | undefined {
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (/[\x00-\x1F\x7F-\x9F\u2028\u2029\u202A-\u202E\u2066-\u2069]/.test(name)) return 'control';
  const normalized = name.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (normalized.length > maxNameLength) return 'tooLong';
  if (!/^[\p{L}\p{M} .'’,-]*$/u.test(normalized)) return 'characters';
  const words = normalized.split(' ').filter(Boolean);
  const letters = normalized.match(/\p{L}/gu)?.length ?? 0;
  if (words.length < 2 || !words.every((word) => /\p{L}/u.test(word)) || letters < 3) return 'words';
  return undefined;
}

const nameProblemText = () =>
  msg('Typ uw voor- en achternaam, alleen met letters, zoals Anna de Vries.', { id: 'views.quote.nameRequired' });

/** Today's date on the customer's clock, `YYYY-MM-DD`: a quote past its last valid day cannot be accepted. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * @summary One quote: its lines and totals, the PDF, and the customer's answer. Accepting is a commitment: a
 * confirmation step shows the number, the total including VAT, the validity and the terms, and asks for an explicit
 * "I agree", the full name and, when the portal asks, a drawn signature. Declining takes an optional reason.
 *
 * @csspart decision - The card with the accept and decline buttons, or the answer already given.
 * @csspart accept - The button that opens the confirmation step.
 * @csspart decline - The decline button.
 * @csspart confirm - The confirmation step.
 * @csspart confirm-accept - The button that accepts, enabled once everything asked for is given.
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
      .confirm {
        margin-top: ${kp('space-2')};
      }
      .confirm h3:focus {
        outline: none;
      }
      .confirm .summary {
        margin: 0 0 ${kp('space-4')};
      }
      .confirm .summary dd {
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      .confirm .agree {
        margin: 0 0 ${kp('space-4')};
      }
      .confirm fieldset {
        margin: 0 0 ${kp('space-4')};
        padding: 0;
        border: 0;
        min-width: 0;
      }
      .confirm legend {
        font-weight: 600;
        margin-bottom: ${kp('space-1')};
        padding: 0;
      }
      .missing {
        margin: 0 0 ${kp('space-3')};
        font-size: ${kp('font-size-sm')};
        color: ${kp('color-muted')};
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
  @state() private agreed = false;
  @state() private signature = '';
  @state() private reason = '';
  @state() private nameError = '';
  @state() private signatureError = '';
  @state() private confirming = false;
  @state() private declining = false;
  @query('#decision-outcome') private outcome?: HTMLElement;

  private readonly decide = new Task(this, {
    autoRun: false,
    args: (): readonly [Decision, string] => ['accept', ''],
    task: async ([decision, id], { signal }) => {
      const body =
        decision === 'accept'
          ? { agree: true, fullName: this.signedName.trim(), ...(this.signatureAsked ? { signature: this.signature } : {}) }
          : this.reason.trim()
            ? { reason: this.reason.trim() }
            : {};
      const answer = await this.client!.request<Quote>('POST', `/quotes/${encodeURIComponent(id)}/${decision}`, body, { signal });
      this.replaceRecord(answer);
      this.declining = false;
      this.confirming = false;
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

  private get signatureAsked(): boolean {
    return this.config?.quotes.requireSignature ?? false;
  }

  /** What still stands between the customer and accepting, in the order the form asks for it. */
  private missing(): string[] {
    const missing: string[] = [];
    if (!this.agreed) missing.push(msg('vink “Ik ga akkoord” aan', { id: 'views.quote.missingAgree' }));
    if (fullNameProblem(this.signedName)) missing.push(msg('typ uw volledige naam', { id: 'views.quote.missingName' }));
    if (this.signatureAsked && !this.signature) missing.push(msg('zet uw handtekening', { id: 'views.quote.missingSignature' }));
    return missing;
  }

  private async openConfirm() {
    this.confirming = true;
    this.declining = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#confirm-title')?.focus();
  }

  private async closeConfirm() {
    this.confirming = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="accept"]')?.focus();
  }

  private checkName() {
    const problem = fullNameProblem(this.signedName);
    this.nameError = !this.signedName.trim() ? '' : problem === 'tooLong' ? msg('Deze naam is te lang.', { id: 'views.quote.nameTooLong' }) : problem ? nameProblemText() : '';
  }

  private accept(event: SubmitEvent, quote: Quote) {
    event.preventDefault();
    if (this.decide.status === TaskStatus.PENDING || this.missing().length > 0) return;
    if (this.signatureAsked && dataUrlBytes(this.signature) > maxSignatureBytes) {
      this.signatureError = msg('Deze handtekening is te groot. Wis hem en teken hem kleiner.', { id: 'views.quote.signatureTooLarge' });
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
        sub: html`<span class="row"><span class="muted">${reference(quote.number, msg(str`Offerte ${quote.number}`, { id: 'views.quote.number' }))}</span>
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
    const status = quote.status === 'open' && quote.validUntil && quote.validUntil < localToday() ? 'expired' : quote.status;
    switch (status) {
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
        return outcome(
          'info',
          quote.validUntil
            ? msg(str`Deze offerte was geldig tot en met ${formatDate(quote.validUntil, this.locale)} en kan niet meer worden geaccepteerd. Neem contact met ons op als u nog interesse heeft.`, {
                id: 'views.quote.expiredOn',
              })
            : msg('Deze offerte is verlopen. Neem contact met ons op als u nog interesse heeft.', { id: 'views.quote.expired' }),
        );
      case 'withdrawn':
        return outcome('info', msg('Deze offerte is ingetrokken.', { id: 'views.quote.withdrawn' }));
      default:
        return this.renderForms(quote);
    }
  }

  private renderFailure() {
    const failure = this.decide.status === TaskStatus.ERROR ? this.decide.error : undefined;
    if (!failure) return nothing;
    const closed = failure instanceof PortalApiError && failure.status === 409;
    return html`<div class="notice error" role="alert" part="decision-error">
      <p>
        ${closed
          ? msg('Deze offerte kan niet meer worden geaccepteerd of afgewezen. Misschien is hij verlopen, ingetrokken of al beantwoord.', { id: 'views.quote.conflict' })
          : errorMessage(failure)}
      </p>
      ${closed
        ? html`<div><button type="button" class="btn secondary small" @click=${() => void this.record.run()}>${msg('De offerte opnieuw laden', { id: 'views.quote.reload' })}</button></div>`
        : nothing}
    </div>`;
  }

  private renderForms(quote: Quote) {
    const busy = this.decide.status === TaskStatus.PENDING;
    return html`<section class="card decision" part="decision" aria-labelledby="decision-title">
      <h3 id="decision-title">${msg('Uw reactie', { id: 'views.quote.decision' })}</h3>
      ${this.renderFailure()}
      ${this.confirming
        ? this.renderConfirm(quote, busy)
        : html`<div class="actions">
            <button type="button" class="btn primary" part="accept" aria-expanded="false" @click=${() => void this.openConfirm()}>
              ${msg('Offerte accepteren…', { id: 'views.quote.acceptOpen' })}
            </button>
            ${this.declining
              ? nothing
              : html`<button type="button" class="btn secondary" part="decline" @click=${() => this.openDecline()}>${msg('Offerte afwijzen', { id: 'views.quote.decline' })}</button>`}
          </div>`}
      ${this.declining
        ? html`<form class="decline-form" novalidate @submit=${(event: SubmitEvent) => this.decline(event, quote)}>
            <div class="field">
              <label for="decline-reason">${msg('Waarom wijst u de offerte af?', { id: 'views.quote.reason' })} <span class="optional">${msg('(optioneel)', { id: 'shell.field.optional' })}</span></label>
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

  private renderConfirm(quote: Quote, busy: boolean) {
    const missing = this.missing();
    const termsUrl = this.config?.requestForm.termsUrl ?? null;
    const signatureAsked = this.signatureAsked;
    const described = ['signed-name-hint', this.nameError ? 'signed-name-error' : ''].filter(Boolean).join(' ');
    return html`<form
      class="confirm"
      part="confirm"
      novalidate
      aria-labelledby="confirm-title"
      @submit=${(event: SubmitEvent) => this.accept(event, quote)}
      @keydown=${(event: KeyboardEvent) => {
        if (event.key === 'Escape' && !busy) {
          event.preventDefault();
          void this.closeConfirm();
        }
      }}
    >
      <h3 id="confirm-title" tabindex="-1">${msg('Offerte accepteren', { id: 'views.quote.confirmTitle' })}</h3>
      <p>${msg('Controleer de gegevens. Met accepteren geeft u opdracht voor het werk op deze offerte.', { id: 'views.quote.confirmIntro' })}</p>
      <dl class="details summary" part="summary">
        <dt>${msg('Offertenummer', { id: 'views.quote.numberLabel' })}</dt>
        <dd>${reference(quote.number)}</dd>
        <dt>${msg('Totaal incl. btw', { id: 'views.quote.totalIncl' })}</dt>
        <dd class="amount">${formatMoney(quote.totalCents, quote.currency, this.locale)}</dd>
        <dt>${msg('Geldig tot en met', { id: 'views.quote.validThrough' })}</dt>
        <dd>${quote.validUntil ? formatDate(quote.validUntil, this.locale) : msg('Geen einddatum genoemd', { id: 'views.quote.noEnd' })}</dd>
      </dl>
      ${termsUrl
        ? html`<p part="terms">
            ${msg('Op deze offerte zijn onze voorwaarden van toepassing:', { id: 'views.quote.termsIntro' })}
            <a href=${termsUrl} target="_blank" rel="noopener noreferrer"
              >${msg('lees de voorwaarden', { id: 'views.quote.termsLink' })}<span class="visually-hidden"> ${msg('(opent in een nieuw tabblad)', { id: 'views.link.newTab' })}</span></a
            >.
          </p>`
        : nothing}
      <label class="check agree">
        <input
          id="agree"
          type="checkbox"
          .checked=${this.agreed}
          @change=${(event: Event) => (this.agreed = (event.target as HTMLInputElement).checked)}
        />
        <span
          >${termsUrl
            ? msg(str`Ik ga akkoord met offerte ${quote.number} en de voorwaarden.`, { id: 'views.quote.agreeTerms' })
            : msg(str`Ik ga akkoord met offerte ${quote.number}.`, { id: 'views.quote.agree' })}</span
        >
      </label>
      <div class="field">
        <label for="signed-name">${msg('Uw volledige naam', { id: 'views.quote.signedName' })}</label>
        <input
          id="signed-name"
          autocomplete="name"
          maxlength="100"
          .value=${this.signedName}
          aria-invalid=${this.nameError ? 'true' : 'false'}
          aria-describedby=${described}
          @input=${(event: InputEvent) => {
            this.signedName = (event.target as HTMLInputElement).value;
            if (this.nameError) this.checkName();
          }}
          @blur=${() => this.checkName()}
        />
        <p class="hint" id="signed-name-hint">${msg('Uw voor- en achternaam, zoals Anna de Vries. Uw naam geldt als uw handtekening.', { id: 'views.quote.nameHint' })}</p>
        ${this.nameError ? html`<p class="error" id="signed-name-error">${this.nameError}</p>` : nothing}
      </div>
      ${signatureAsked
        ? html`<fieldset>
            <legend>${msg('Uw handtekening', { id: 'views.quote.signature' })}</legend>
            <p class="hint" id="signature-hint">
              ${msg('Teken met uw vinger of muis in het vak. Lukt tekenen niet, of gebruikt u het toetsenbord? Kies dan om uw getypte naam als handtekening te gebruiken.', {
                id: 'views.quote.signatureHint',
              })}
            </p>
            <kp-signature-pad
              typed-name=${this.signedName}
              described-by="signature-hint"
              ?invalid=${Boolean(this.signatureError)}
              @kp-signature-change=${(event: CustomEvent<{ value: string }>) => {
                this.signature = event.detail.value;
                this.signatureError = '';
              }}
            ></kp-signature-pad>
            ${this.signatureError ? html`<p class="error" id="signature-error" role="alert">${this.signatureError}</p>` : nothing}
          </fieldset>`
        : nothing}
      <p class="missing" id="accept-missing" aria-live="polite">
        ${missing.length > 0 ? msg(str`Om te accepteren: ${missing.join(', ')}.`, { id: 'views.quote.missing' }) : msg('Alles is ingevuld.', { id: 'views.quote.complete' })}
      </p>
      <div class="actions">
        <button type="submit" class="btn primary" part="confirm-accept" ?disabled=${missing.length > 0 || busy} aria-describedby="accept-missing">
          ${busy ? msg('Bezig met accepteren…', { id: 'views.quote.accepting' }) : msg('Akkoord, offerte accepteren', { id: 'views.quote.accept' })}
        </button>
        <button type="button" class="btn secondary" part="cancel-accept" ?disabled=${busy} @click=${() => void this.closeConfirm()}>${msg('Annuleren', { id: 'views.form.cancel' })}</button>
      </div>
    </form>`;
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
