// The customer's choice of mails, a section of the account view: read from GET /me, saved with PATCH /me.
import { LitElement, css, html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import type { PortalClient } from '../api/client.js';
import { describeError } from '../api/errors.js';
import type { Answer } from '../api/types.js';
import { formNotice } from '../auth/fields.js';
import { defineElement } from '../components/define.js';
import { errorMessage } from '../components/states.js';
import type { Locale } from '../i18n/localization.js';
import { kp, shared } from '../styles/theme.js';

export type MailPreferences = Answer<'getPortalSlugMe'>['mailPreferences'];
type MailKind = keyof MailPreferences;

const kinds: readonly MailKind[] = ['requestUpdates', 'messages', 'workOrderPlanning', 'newQuotes', 'newInvoices'];

function kindText(kind: MailKind): { label: string; hint: string } {
  switch (kind) {
    case 'requestUpdates':
      return {
        label: msg('Mijn aanvragen', { id: 'account.mails.requestUpdates' }),
        hint: msg('Een bevestiging als een aanvraag binnen is, en elke nieuwe stap.', { id: 'account.mails.requestUpdatesHint' }),
      };
    case 'messages':
      return { label: msg('Berichten van het bedrijf', { id: 'account.mails.messages' }), hint: msg('Een antwoord of een vraag over een aanvraag of werkbon.', { id: 'account.mails.messagesHint' }) };
    case 'workOrderPlanning':
      return { label: msg('Planning van werkbonnen', { id: 'account.mails.workOrders' }), hint: msg('Wanneer het werk is ingepland, en elke nieuwe stap.', { id: 'account.mails.workOrdersHint' }) };
    case 'newQuotes':
      return { label: msg('Nieuwe offertes', { id: 'account.mails.quotes' }), hint: msg('Als er een offerte voor u klaarstaat.', { id: 'account.mails.quotesHint' }) };
    case 'newInvoices':
      return { label: msg('Nieuwe facturen', { id: 'account.mails.invoices' }), hint: msg('Als er een factuur voor u klaarstaat.', { id: 'account.mails.invoicesHint' }) };
  }
}

/**
 * @summary Which mails the customer gets; mails about the account itself (sign-in links) always go.
 *
 * @csspart choice - One kind of mail: its checkbox, name and explanation.
 * @csspart save - The save button.
 * @csspart notice - The confirmation or the error, beside the button.
 */
export class MailPreferencesElement extends LitElement {
  static override styles = [
    shared,
    css`
      :host {
        display: block;
      }
      fieldset {
        border: 0;
        margin: 0 0 ${kp('space-3')};
        padding: 0;
        min-width: 0;
      }
      legend {
        padding: 0;
        margin-bottom: ${kp('space-2')};
        font-weight: 600;
      }
      .choice {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 0 ${kp('space-3')};
        align-items: start;
        padding: ${kp('space-2')} 0;
        cursor: pointer;
      }
      .choice input {
        width: 22px;
        height: 22px;
        margin: 2px 0 0;
      }
      .choice .hint {
        grid-column: 2;
        margin: 0;
        color: ${kp('color-muted')};
        font-size: ${kp('font-size-sm')};
      }
      .save {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: ${kp('space-3')};
      }
      .save .notice {
        flex: 1 1 220px;
        margin: 0;
      }
      .skeleton.row {
        height: 28px;
        margin: ${kp('space-2')} 0;
      }
    `,
  ];

  @property({ attribute: false }) client?: PortalClient;
  @property() locale: Locale = 'nl';

  /** What the boxes show: the saved choice until the customer ticks one. */
  @state() private chosen: MailPreferences | null = null;
  @state() private busy = false;
  @state() private done = '';
  @state() private error = '';

  private readonly saved = new Task(this, {
    task: async ([client], { signal }) => {
      const account = await client!.request<Answer<'getPortalSlugMe'>>('GET', '/me', undefined, { signal });
      this.chosen = { ...account.mailPreferences };
      return account.mailPreferences;
    },
    args: () => [this.client] as const,
  });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // A confirmation stays in the language it was given in: after a switch it goes.
    if (changed.has('locale') && changed.get('locale') !== undefined) this.done = '';
  }

  private toggle(kind: MailKind, on: boolean): void {
    this.chosen = { ...this.chosen!, [kind]: on };
    this.done = '';
    this.error = '';
  }

  private onSave = async (event: Event) => {
    event.preventDefault();
    if (this.busy || !this.chosen) return;
    this.busy = true;
    this.done = '';
    this.error = '';
    try {
      const account = await this.client!.request<Answer<'patchPortalSlugMe'>>('PATCH', '/me', { mailPreferences: this.chosen });
      this.chosen = { ...account.mailPreferences };
      this.done = msg('Uw keuze is opgeslagen.', { id: 'account.mails.saved' });
    } catch (error) {
      this.error = describeError(error);
    } finally {
      this.busy = false;
    }
  };

  override render() {
    return this.saved.render({
      pending: () => html`<div role="status" aria-busy="true">
        <span class="visually-hidden">${msg('Uw keuze laden…', { id: 'account.mails.loading' })}</span>
        ${kinds.map(() => html`<div class="skeleton row" aria-hidden="true"></div>`)}
      </div>`,
      complete: () => this.renderForm(),
      error: (error) => html`<div class="notice error" role="alert" part="notice error">
        <p><strong>${msg('Uw keuze kon niet worden geladen.', { id: 'account.mails.loadFailed' })}</strong></p>
        <p>${errorMessage(error)}</p>
        <div><button type="button" class="btn secondary small" part="retry" @click=${() => void this.saved.run()}>${msg('Opnieuw proberen', { id: 'shell.retry' })}</button></div>
      </div>`,
    });
  }

  private renderForm(): TemplateResult {
    const chosen = this.chosen!;
    return html`<form novalidate @submit=${this.onSave}>
      <fieldset>
        <legend>${msg('Stuur mij een mail over', { id: 'account.mails.legend' })}</legend>
        ${kinds.map((kind) => {
          const text = kindText(kind);
          return html`<label class="choice" part="choice">
            <input type="checkbox" name=${kind} .checked=${chosen[kind]} aria-describedby="${kind}-hint" @change=${(event: Event) => this.toggle(kind, (event.target as HTMLInputElement).checked)} />
            <span>${text.label}</span>
            <span class="hint" id="${kind}-hint">${text.hint}</span>
          </label>`;
        })}
      </fieldset>
      <p class="muted small">${msg('Mails over uw account zelf, zoals een inloglink of een nieuw wachtwoord, krijgt u altijd.', { id: 'account.mails.always' })}</p>
      <div class="save">
        <button type="submit" class="btn primary" part="save" ?disabled=${this.busy}>${msg('Keuze opslaan', { id: 'account.mails.save' })}</button>
        ${formNotice('error', this.error)} ${formNotice('success', this.done)}
      </div>
    </form>`;
  }
}

defineElement('kp-mail-preferences', MailPreferencesElement);

declare global {
  interface HTMLElementTagNameMap {
    'kp-mail-preferences': MailPreferencesElement;
  }
}
