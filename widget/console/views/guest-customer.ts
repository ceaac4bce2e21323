import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { PortalApiError } from '../../api/client.js';
import { fieldErrors } from '../../api/errors.js';
import { compact, focusFirstInvalid, formNotice, textField, validate } from '../../auth/fields.js';
import { defineElement } from '../../components/define.js';
import { errorMessage } from '../../components/states.js';
import { kp, shared } from '../../styles/theme.js';
import { consoleExternalId, inviteContact, putCustomer } from '../api/admin.js';
import type { ConsoleClient } from '../api/console-client.js';
import type { AdminRequest } from '../api/types.js';

export interface CustomerCreatedDetail {
  externalId: string;
  name: string;
}

/**
 * @summary A guest's details, and the one step that makes the guest a customer with a portal account: the customer
 * record, and the guest as its first contact, invited by mail.
 *
 * @event kp-customer-created - {@link CustomerCreatedDetail}: the customer exists (the invite may still have failed).
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
  /** The customer already made of this guest, if any. */
  @property({ attribute: 'customer-external-id' }) customerExternalId = '';

  @state() private open = false;
  @state() private name = '';
  @state() private email = '';
  @state() private invite = true;
  @state() private errors: Record<string, string> = {};
  @state() private formError = '';
  @state() private busy = false;
  @state() private done = '';
  /** Made in an earlier try whose invite failed: the next try only invites. */
  private madeCustomer: string | null = null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  private start() {
    const guest = this.request?.guest;
    if (!guest) return;
    this.name = this.name || guest.name;
    this.email = this.email || guest.email;
    this.open = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#customer-name')?.focus());
  }

  private submit = async (event: Event) => {
    event.preventDefault();
    const request = this.request!;
    const guest = request.guest!;
    this.errors = compact({ name: validate.required(this.name), email: validate.email(this.email) });
    this.formError = '';
    if (Object.keys(this.errors).length) {
      void focusFirstInvalid(this);
      return;
    }
    if (this.busy) return;
    this.busy = true;
    const name = this.name.trim();
    const email = this.email.trim();
    try {
      if (!this.madeCustomer) {
        const externalId = consoleExternalId('cus');
        await putCustomer(this.client!, externalId, { name, email, phone: guest.phone, address: guest.address });
        this.madeCustomer = externalId;
        this.dispatchEvent(new CustomEvent<CustomerCreatedDetail>('kp-customer-created', { detail: { externalId, name }, bubbles: true, composed: true }));
      }
      await inviteContact(this.client!, this.madeCustomer, request.portal, { name, email, phone: guest.phone, locale: request.locale, sendInvite: this.invite });
      this.open = false;
      this.done = this.invite
        ? msg(str`${name} is nu klant. De uitnodiging voor het portaal is gemaild naar ${email}.`, { id: 'console.guest.doneInvited' })
        : msg(str`${name} is nu klant, met ${email} als contactpersoon.`, { id: 'console.guest.done' });
    } catch (error) {
      if (!(error instanceof PortalApiError)) throw error;
      this.errors = fieldErrors(error, ['name', 'email']);
      this.formError = this.madeCustomer
        ? msg(str`De klant is gemaakt, maar de contactpersoon niet: ${errorMessage(error)}`, { id: 'console.guest.contactFailed' })
        : errorMessage(error);
      void focusFirstInvalid(this);
    } finally {
      this.busy = false;
    }
  };

  override render() {
    const guest = this.request?.guest;
    if (!guest) return nothing;
    if (this.customerExternalId && !this.done && !this.madeCustomer) {
      return html`<p class="muted">${msg('Van deze gast is al een klant gemaakt.', { id: 'console.guest.already' })}</p>`;
    }
    return html`${this.done ? formNotice('success', this.done) : nothing}
      ${this.done
        ? nothing
        : this.open
          ? this.renderForm()
          : html`<button type="button" class="btn secondary" part="make-customer" @click=${() => this.start()}>
              ${msg('Klant maken en uitnodigen…', { id: 'console.guest.start' })}
            </button>`}`;
  }

  private renderForm(): TemplateResult {
    return html`<form novalidate aria-labelledby="customer-title" @submit=${this.submit}>
      <h3 id="customer-title">${msg('Klant maken van deze gast', { id: 'console.guest.title' })}</h3>
      <p class="muted">${msg('Maakt de klant met het adres van de aanvraag, en de gast als eerste contactpersoon met een account voor het portaal.', { id: 'console.guest.intro' })}</p>
      ${formNotice('error', this.formError)}
      ${textField({ id: 'customer-name', name: 'name', label: msg('Naam van de klant', { id: 'console.guest.name' }), value: this.name, maxlength: 120, error: this.errors.name, onInput: (value) => (this.name = value) })}
      ${textField({
        id: 'customer-email',
        name: 'email',
        type: 'email',
        label: msg('E-mailadres van de contactpersoon', { id: 'console.guest.email' }),
        value: this.email,
        maxlength: 254,
        error: this.errors.email,
        onInput: (value) => (this.email = value),
      })}
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
