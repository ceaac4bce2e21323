import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { PortalApiError } from '../../api/client.js';
import { fieldErrors } from '../../api/errors.js';
import { compact, focusFirstInvalid, formNotice, textField, validate } from '../../auth/fields.js';
import { defineElement } from '../../components/define.js';
import { errorMessage } from '../../components/states.js';
import { kp, shared } from '../../styles/theme.js';
import { makeCustomerOfGuest } from '../api/admin.js';
import type { ConsoleClient } from '../api/console-client.js';
import type { AdminRequest } from '../api/types.js';
import type { RequestChangedDetail } from './request-moves.js';

/**
 * @summary The one step that makes a guest a customer with a portal account: the customer record with the guest's
 * address, and the guest as its first contact, invited by mail; the request is the customer's from then on.
 *
 * @event kp-request-changed - {@link RequestChangedDetail}: the request, now the new customer's.
 * @csspart make-customer - The button that opens the form.
 */
export class GuestCustomer extends LitElement {
  static override styles = [
    shared,
    css`
      :host {
        display: block;
      }
      form {
        margin-top: ${kp('space-4')};
        padding-top: ${kp('space-4')};
        border-top: 1px solid ${kp('color-border')};
      }
    `,
  ];

  @property({ attribute: false }) client?: ConsoleClient;
  @property({ attribute: false }) request?: AdminRequest;

  @state() private open = false;
  @state() private name = '';
  @state() private invite = true;
  @state() private errors: Record<string, string> = {};
  @state() private formError = '';
  @state() private busy = false;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  private start() {
    const guest = this.request?.guest;
    if (!guest) return;
    this.name = this.name || guest.name;
    this.open = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#customer-name')?.focus());
  }

  private submit = async (event: Event) => {
    event.preventDefault();
    const request = this.request!;
    const guest = request.guest!;
    this.errors = compact({ name: validate.required(this.name) });
    this.formError = '';
    if (Object.keys(this.errors).length) {
      void focusFirstInvalid(this);
      return;
    }
    if (this.busy) return;
    this.busy = true;
    const name = this.name.trim();
    const email = guest.email;
    try {
      const made = await makeCustomerOfGuest(this.client!, request.id, { name, invite: this.invite });
      this.open = false;
      const message = this.invite
        ? msg(str`${name} is nu klant. De uitnodiging voor het portaal is gemaild naar ${email}.`, { id: 'console.guest.doneInvited' })
        : msg(str`${name} is nu klant, met ${email} als contactpersoon.`, { id: 'console.guest.done' });
      this.dispatchEvent(new CustomEvent<RequestChangedDetail>('kp-request-changed', { detail: { request: made.request, message }, bubbles: true, composed: true }));
    } catch (error) {
      if (!(error instanceof PortalApiError)) throw error;
      this.errors = fieldErrors(error, ['name']);
      // The guest may have an account already, as a contact of another customer: a new customer would not help.
      this.formError =
        error.code === 'conflict' && error.details.some((detail) => detail.path === 'email')
          ? msg(str`Er is al een contactpersoon met ${email}. Zoek die klant op in plaats van een nieuwe te maken.`, { id: 'console.guest.emailTaken' })
          : errorMessage(error);
      void focusFirstInvalid(this);
    } finally {
      this.busy = false;
    }
  };

  override render() {
    const guest = this.request?.guest;
    if (!guest) return nothing;
    return this.open
      ? this.renderForm()
      : html`<button type="button" class="btn secondary" part="make-customer" @click=${() => this.start()}>
          ${msg('Klant maken en uitnodigen…', { id: 'console.guest.start' })}
        </button>`;
  }

  private renderForm(): TemplateResult {
    return html`<form novalidate aria-labelledby="customer-title" @submit=${this.submit}>
      <h3 id="customer-title">${msg('Klant maken van deze gast', { id: 'console.guest.title' })}</h3>
      <p class="muted">${msg('Maakt de klant met het adres van de aanvraag, en de gast als eerste contactpersoon met een account voor het portaal.', { id: 'console.guest.intro' })}</p>
      ${formNotice('error', this.formError)}
      ${textField({ id: 'customer-name', name: 'name', label: msg('Naam van de klant', { id: 'console.guest.name' }), value: this.name, maxlength: 120, error: this.errors.name, onInput: (value) => (this.name = value) })}
      <label class="check"
        ><input type="checkbox" .checked=${this.invite} @change=${(event: Event) => (this.invite = (event.target as HTMLInputElement).checked)} />
        ${msg('Uitnodiging voor het portaal mailen', { id: 'console.guest.invite' })}</label
      >
      <div class="actions">
        <button type="submit" class="btn primary" part="confirm-customer" ?disabled=${this.busy}>${msg('Klant maken', { id: 'console.guest.submit' })}</button>
        <button type="button" class="btn link" @click=${() => (this.open = false)}>${msg('Annuleren', { id: 'shell.cancel' })}</button>
      </div>
    </form>`;
  }
}

defineElement('kp-guest-customer', GuestCustomer);

declare global {
  interface HTMLElementTagNameMap {
    'kp-guest-customer': GuestCustomer;
  }
}
