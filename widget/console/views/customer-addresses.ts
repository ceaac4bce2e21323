import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { PortalApiError } from '../../api/client.js';
import { fieldErrors } from '../../api/errors.js';
import { compact, focusFirstInvalid, formNotice, textField, validate } from '../../auth/fields.js';
import { defineElement } from '../../components/define.js';
import { errorMessage } from '../../components/states.js';
import { kp, shared } from '../../styles/theme.js';
import { consoleExternalId } from '../api/admin.js';
import type { ConsoleClient } from '../api/console-client.js';
import { putLocation, type CustomerDetail, type Location } from '../api/customers.js';
import { fieldGridStyles } from './customer-form.js';

const names = ['name', 'street', 'houseNumber', 'postalCode', 'city'] as const;
type Fields = Record<(typeof names)[number], string>;
const blank: Fields = { name: '', street: '', houseNumber: '', postalCode: '', city: '' };

export interface LocationAddedDetail {
  location: Location;
}

/**
 * @summary A customer's work addresses, and a new one for a customer the console keeps.
 *
 * @event kp-location-added - {@link LocationAddedDetail}: the address as the server stored it.
 * @csspart add-address - The button that opens the form.
 */
export class CustomerAddresses extends LitElement {
  static override styles = [
    shared,
    fieldGridStyles,
    css`
      :host {
        display: block;
      }
      ul {
        margin: 0 0 ${kp('space-3')};
        padding-left: ${kp('space-4')};
      }
      li + li {
        margin-top: ${kp('space-1')};
      }
    `,
  ];

  @property({ attribute: false }) client?: ConsoleClient;
  @property({ attribute: false }) customer?: CustomerDetail;

  @state() private adding = false;
  @state() private fields: Fields = { ...blank };
  @state() private errors: Record<string, string> = {};
  @state() private formError = '';
  @state() private busy = false;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  get dirty(): boolean {
    return this.adding && names.some((name) => this.fields[name].trim() !== '');
  }

  private open = async () => {
    this.adding = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#address-street')?.focus();
  };

  private cancel = async () => {
    this.adding = false;
    this.fields = { ...blank };
    this.errors = {};
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="add-address"]')?.focus();
  };

  private submit = async (event: Event) => {
    event.preventDefault();
    const { fields } = this;
    this.errors = compact({
      street: validate.required(fields.street),
      houseNumber: validate.required(fields.houseNumber),
      postalCode: validate.required(fields.postalCode),
      city: validate.required(fields.city),
    });
    this.formError = '';
    if (Object.keys(this.errors).length) {
      void focusFirstInvalid(this);
      return;
    }
    if (this.busy) return;
    this.busy = true;
    try {
      const location = await putLocation(this.client!, this.customer!.externalId, consoleExternalId('cu'), {
        name: fields.name.trim() || null,
        street: fields.street.trim(),
        houseNumber: fields.houseNumber.trim(),
        postalCode: fields.postalCode.trim().toUpperCase(),
        city: fields.city.trim(),
        country: 'NL',
      });
      this.dispatchEvent(new CustomEvent<LocationAddedDetail>('kp-location-added', { detail: { location }, bubbles: true, composed: true }));
      await this.cancel();
    } catch (error) {
      if (!(error instanceof PortalApiError)) throw error;
      this.errors = fieldErrors(error, names);
      this.formError = errorMessage(error);
      void focusFirstInvalid(this);
    } finally {
      this.busy = false;
    }
  };

  override render() {
    const customer = this.customer;
    if (!customer) return nothing;
    const locations = customer.locations;
    return html`${locations.length
        ? html`<ul>
            ${locations.map((location) => html`<li>${location.name ? html`<strong>${location.name}</strong>: ` : nothing}${addressLine(location)}</li>`)}
          </ul>`
        : html`<p class="muted">${msg('Nog geen werkadressen.', { id: 'console.addresses.none' })}</p>`}
      ${customer.source !== 'console'
        ? nothing
        : this.adding
          ? this.renderForm()
          : html`<button type="button" class="btn secondary" part="add-address" @click=${this.open}>${msg('Werkadres toevoegen', { id: 'console.addresses.add' })}</button>`}`;
  }

  private renderForm(): TemplateResult {
    const field = (name: keyof Fields, label: string, optional = false, maxlength = 100) =>
      textField({
        id: `address-${name}`,
        name,
        label,
        optional,
        maxlength,
        value: this.fields[name],
        error: this.errors[name],
        onInput: (value) => (this.fields = { ...this.fields, [name]: value }),
      });
    return html`<form novalidate aria-labelledby="address-title" @submit=${this.submit}>
      <h3 id="address-title">${msg('Werkadres toevoegen', { id: 'console.addresses.add' })}</h3>
      ${formNotice('error', this.formError)}
      <div class="grid">
        ${field('street', msg('Straat', { id: 'console.customerForm.street' }), false, 200)}
        ${field('houseNumber', msg('Huisnummer', { id: 'console.customerForm.houseNumber' }), false, 20)}
        ${field('postalCode', msg('Postcode', { id: 'console.customerForm.postalCode' }), false, 20)}
        ${field('city', msg('Plaats', { id: 'console.customerForm.city' }))}
        ${field('name', msg('Naam van het adres', { id: 'console.addresses.name' }), true, 200)}
      </div>
      <div class="actions">
        <button type="submit" class="btn primary" ?disabled=${this.busy}>${msg('Adres opslaan', { id: 'console.addresses.save' })}</button>
        <button type="button" class="btn link" @click=${this.cancel}>${msg('Annuleren', { id: 'shell.cancel' })}</button>
      </div>
    </form>`;
  }
}

export function addressLine(address: { street: string; houseNumber: string; postalCode: string; city: string }): string {
  return msg(str`${address.street} ${address.houseNumber}, ${address.postalCode} ${address.city}`, { id: 'console.addresses.line' });
}

defineElement('kp-customer-addresses', CustomerAddresses);

declare global {
  interface HTMLElementTagNameMap {
    'kp-customer-addresses': CustomerAddresses;
  }
}
