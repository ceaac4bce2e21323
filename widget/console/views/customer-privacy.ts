import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { defineElement } from '../../components/define.js';
import { errorMessage } from '../../components/states.js';
import { shared, kp } from '../../styles/theme.js';
import type { ConsoleClient } from '../api/console-client.js';
import { customerExportUrl, eraseCustomer } from '../api/imports.js';
import type { Locale } from '../api/types.js';
import { consoleEvent } from '../events.js';

/**
 * @summary A customer's privacy rights (AVG): everything the portal holds about them as one download, and erasing the
 * customer after typing their name, with what goes and what stays said first.
 *
 * @event kp-console-announce - `{message}`: the customer was erased.
 * @event kp-console-navigate - `{path: 'customers'}`: after erasing, to the list of customers.
 * @csspart export - The link that downloads the zip.
 * @csspart erase - The button that opens the confirmation.
 * @csspart confirm-name - The field the customer's name is typed in.
 * @csspart confirm-erase - The button that erases.
 */
export class CustomerPrivacy extends LitElement {
  static override styles = [
    shared,
    css`
      :host {
        display: block;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: ${kp('space-2')};
      }
      .confirm {
        margin-top: ${kp('space-4')};
        padding: ${kp('space-4')};
        border: 1px solid ${kp('color-danger')};
        border-radius: ${kp('radius-lg')};
        background: ${kp('color-danger-surface')};
      }
      .confirm h3 {
        margin-top: 0;
      }
      .confirm ul {
        padding-left: 1.2em;
      }
    `,
  ];

  @property({ attribute: false }) client?: ConsoleClient;
  /** The customer answer: at least its externalId and name. */
  @property({ attribute: false }) customer?: { externalId: string; name: string };
  @property() locale: Locale = 'nl';

  @state() private confirming = false;
  @state() private typed = '';
  @state() private erasing = false;
  @state() private problem = '';

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  private get nameMatches(): boolean {
    const name = this.customer?.name.trim().toLocaleLowerCase();
    return Boolean(name) && this.typed.trim().toLocaleLowerCase() === name;
  }

  private async open(): Promise<void> {
    this.confirming = true;
    this.typed = '';
    this.problem = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#erase-name')?.focus();
  }

  private async close(): Promise<void> {
    this.confirming = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('[part="erase"]')?.focus();
  }

  private async erase(event: Event): Promise<void> {
    event.preventDefault();
    const { client, customer } = this;
    if (!client || !customer || !this.nameMatches || this.erasing) return;
    this.erasing = true;
    this.problem = '';
    try {
      await eraseCustomer(client, customer.externalId);
      this.dispatchEvent(consoleEvent('kp-console-announce', { message: msg(str`${customer.name} is gewist.`, { id: 'console.privacy.erased' }) }));
      this.dispatchEvent(consoleEvent('kp-console-navigate', { path: 'customers' }));
    } catch (error) {
      this.problem = errorMessage(error);
    } finally {
      this.erasing = false;
    }
  }

  override render() {
    const customer = this.customer;
    if (!customer) return nothing;
    return html`<section class="card" aria-labelledby="privacy-title">
      <h2 id="privacy-title">${msg('Privacy (AVG)', { id: 'console.privacy.title' })}</h2>
      <p>${msg('Vraagt de klant wat u van hem bewaart, of wil hij vergeten worden? Dat regelt u hier.', { id: 'console.privacy.help' })}</p>
      <div class="actions">
        ${this.client
          ? html`<a class="btn secondary" part="export" href=${customerExportUrl(this.client, customer.externalId)} download
              >${msg('Gegevens downloaden', { id: 'console.privacy.export' })}</a
            >`
          : nothing}
        <button type="button" class="btn danger" part="erase" aria-expanded=${this.confirming ? 'true' : 'false'} aria-controls="erase-confirm" @click=${this.open}>
          ${msg('Klant wissen', { id: 'console.privacy.erase' })}
        </button>
      </div>
      ${this.confirming ? this.renderConfirm(customer.name) : nothing}
    </section>`;
  }

  private renderConfirm(name: string) {
    return html`<form id="erase-confirm" class="confirm" aria-labelledby="erase-title" @submit=${this.erase}>
      <h3 id="erase-title">${msg(str`${name} wissen?`, { id: 'console.privacy.confirmTitle' })}</h3>
      <p>${msg('Dit kan niet ongedaan worden gemaakt. Download eerst de gegevens als de klant daarom vraagt.', { id: 'console.privacy.irreversible' })}</p>
      <p><strong>${msg('Wat verdwijnt:', { id: 'console.privacy.goesTitle' })}</strong></p>
      <ul>
        <li>${msg('de klant, zijn adressen en contactpersonen met hun accounts, sessies en uitnodigingen', { id: 'console.privacy.goesAccounts' })}</li>
        <li>${msg('werkbonnen, offertes, facturen, documenten, installaties, bestellingen en aanvragen met berichten, foto’s en pdf’s', { id: 'console.privacy.goesRecords' })}</li>
        <li>${msg('verstuurde e-mails en meldingen aan uw pakket die over hem gaan', { id: 'console.privacy.goesCopies' })}</li>
      </ul>
      <p><strong>${msg('Wat blijft:', { id: 'console.privacy.staysTitle' })}</strong></p>
      <ul>
        <li>${msg('het logboek van wie wat deed, met namen, e-mailadressen, telefoonnummers en straten vervangen door [gewist]', { id: 'console.privacy.staysAudit' })}</li>
      </ul>
      <div class="field">
        <label for="erase-name">${msg(str`Typ ter bevestiging de naam van de klant: ${name}`, { id: 'console.privacy.typeName' })}</label>
        <input
          id="erase-name"
          part="confirm-name"
          autocomplete="off"
          .value=${this.typed}
          @input=${(event: Event) => (this.typed = (event.target as HTMLInputElement).value)}
          @keydown=${(event: KeyboardEvent) => {
            if (event.key === 'Escape') void this.close();
          }}
        />
      </div>
      ${this.problem ? html`<div class="notice error" role="alert"><p>${this.problem}</p></div>` : nothing}
      <div class="actions">
        <button type="submit" class="btn danger" part="confirm-erase" ?disabled=${!this.nameMatches || this.erasing}>
          ${this.erasing ? msg('Bezig met wissen…', { id: 'console.privacy.erasing' }) : msg('Definitief wissen', { id: 'console.privacy.confirmErase' })}
        </button>
        <button type="button" class="btn secondary" @click=${this.close}>${msg('Annuleren', { id: 'console.privacy.cancel' })}</button>
      </div>
    </form>`;
  }
}

defineElement('kp-customer-privacy', CustomerPrivacy);

declare global {
  interface HTMLElementTagNameMap {
    'kp-customer-privacy': CustomerPrivacy;
  }
}
