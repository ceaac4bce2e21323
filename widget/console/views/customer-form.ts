import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { PortalApiError } from '../../api/client.js';
import { fieldErrors } from '../../api/errors.js';
import { compact, focusFirstInvalid, formNotice, textField, validate } from '../../auth/fields.js';
import { defineElement } from '../../components/define.js';
import { errorMessage } from '../../components/states.js';
import { kp, shared } from '../../styles/theme.js';
import { consoleExternalId } from '../api/admin.js';
import type { ConsoleClient } from '../api/console-client.js';
import { putCustomer, type Customer, type CustomerBody } from '../api/customers.js';

type Fields = Record<'name' | 'debtorNumber' | 'email' | 'phone' | 'street' | 'houseNumber' | 'postalCode' | 'city', string>;
const fieldNames = ['name', 'debtorNumber', 'email', 'phone', 'street', 'houseNumber', 'postalCode', 'city'] as const;
const addressNames = ['street', 'houseNumber', 'postalCode', 'city'] as const;

function fieldsOf(customer: Customer | undefined): Fields {
  const address = customer?.address;
  return {
    name: customer?.name ?? '',
    debtorNumber: customer?.debtorNumber ?? '',
    email: customer?.email ?? '',
    phone: customer?.phone ?? '',
    street: address?.street ?? '',
    houseNumber: address?.houseNumber ?? '',
    postalCode: address?.postalCode ?? '',
    city: address?.city ?? '',
  };
}

/** Fields two abreast where there is room: the customer's and a work address's. */
export const fieldGridStyles = css`
  .grid {
    display: grid;
    grid-template-columns: 1fr;
    gap: 0 ${kp('space-3')};
  }
  @container (min-width: 560px) {
    .grid {
      grid-template-columns: 1fr 1fr;
    }
  }
`;

export interface CustomerSavedDetail {
  customer: Customer;
  created: boolean;
}

/**
 * @summary A console customer's details: a new one (with an externalId the console makes) or changes to one the
 * console keeps. The address is all or nothing; what the server refuses is shown beside its field.
 *
 * @event kp-customer-saved - {@link CustomerSavedDetail}: the customer as the server stored it.
 * @event kp-customer-cancel - The staff member closed the form without saving.
 * @csspart form - The form.
 */
export class CustomerForm extends LitElement {
  static override styles = [
    shared,
    fieldGridStyles,
    css`
      :host {
        display: block;
      }
      fieldset {
        border: 0;
        margin: 0;
        padding: 0;
        min-width: 0;
      }
      legend {
        font-weight: 600;
        padding: 0;
        margin-bottom: ${kp('space-2')};
      }
    `,
  ];

  @property({ attribute: false }) client?: ConsoleClient;
  /** The customer to change; none for a new one. */
  @property({ attribute: false }) customer?: Customer;

  @state() private fields: Fields = fieldsOf(undefined);
  @state() private errors: Record<string, string> = {};
  @state() private formError = '';
  @state() private busy = false;
  private original: Fields = fieldsOf(undefined);

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('customer')) {
      this.original = fieldsOf(this.customer);
      this.fields = { ...this.original };
    }
  }

  /** True while something typed is not saved. */
  get dirty(): boolean {
    return fieldNames.some((name) => this.fields[name] !== this.original[name]);
  }

  focusFirst(): void {
    this.renderRoot.querySelector<HTMLElement>('#customer-name')?.focus();
  }

  private set(name: keyof Fields, value: string) {
    this.fields = { ...this.fields, [name]: value };
  }

  private check(): Record<string, string> {
    const { fields } = this;
    const anyAddress = addressNames.some((name) => fields[name].trim());
    return compact({
      name: validate.required(fields.name),
      email: fields.email.trim() ? validate.email(fields.email) : undefined,
      phone: fields.phone.trim() && !/^[0-9+()\-. /]+$/.test(fields.phone.trim()) ? msg('Dit is geen geldig telefoonnummer.', { id: 'console.customerForm.phoneInvalid' }) : undefined,
      ...Object.fromEntries(
        addressNames.map((name) => [
          name,
          anyAddress && !fields[name].trim() ? msg('Vul het hele adres in, of laat het adres leeg.', { id: 'console.customerForm.addressIncomplete' }) : undefined,
        ]),
      ),
    });
  }

  private body(): CustomerBody {
    const value = (text: string) => text.trim() || null;
    const { fields } = this;
    const address = addressNames.every((name) => fields[name].trim())
      ? { street: fields.street.trim(), houseNumber: fields.houseNumber.trim(), postalCode: fields.postalCode.trim().toUpperCase(), city: fields.city.trim(), country: this.customer?.address?.country ?? 'NL' }
      : null;
    return { name: fields.name.trim(), debtorNumber: value(fields.debtorNumber), email: value(fields.email), phone: value(fields.phone), address };
  }

  private submit = async (event: Event) => {
    event.preventDefault();
    this.errors = this.check();
    this.formError = '';
    if (Object.keys(this.errors).length) {
      void focusFirstInvalid(this);
      return;
    }
    if (this.busy) return;
    this.busy = true;
    const created = !this.customer;
    try {
      const customer = await putCustomer(this.client!, this.customer?.externalId ?? consoleExternalId('cu'), this.body());
      this.original = fieldsOf(customer);
      this.fields = { ...this.original };
      this.dispatchEvent(new CustomEvent<CustomerSavedDetail>('kp-customer-saved', { detail: { customer, created }, bubbles: true, composed: true }));
    } catch (error) {
      if (!(error instanceof PortalApiError)) throw error;
      this.errors = { ...fieldErrors(error, fieldNames), ...fieldErrors(error, ['address']) };
      const readOnly = error.details.some((detail) => detail.reason === 'read_only_record');
      this.formError = readOnly
        ? msg('Deze klant komt uit uw backoffice en kan alleen daar worden gewijzigd.', { id: 'console.customer.readOnly' })
        : errorMessage(error);
      void focusFirstInvalid(this);
    } finally {
      this.busy = false;
    }
  };

  override render() {
    const field = (name: keyof Fields, label: string, options: Partial<Parameters<typeof textField>[0]> = {}) =>
      textField({ id: `customer-${name}`, name, label, value: this.fields[name], error: this.errors[name], onInput: (value) => this.set(name, value), ...options });
    return html`<form novalidate part="form" @submit=${this.submit}>
      ${formNotice('error', this.formError)}
      <div class="grid">
        ${field('name', msg('Naam', { id: 'console.customerForm.name' }), { maxlength: 200, autocomplete: 'organization' })}
        ${field('debtorNumber', msg('Debiteurnummer', { id: 'console.customerForm.debtorNumber' }), { optional: true, maxlength: 50 })}
        ${field('email', msg('E-mailadres', { id: 'console.customerForm.email' }), { optional: true, type: 'email', maxlength: 254, autocomplete: 'off', inputmode: 'email' })}
        ${field('phone', msg('Telefoonnummer', { id: 'console.customerForm.phone' }), { optional: true, type: 'tel', maxlength: 40, autocomplete: 'off' })}
      </div>
      <fieldset>
        <legend>${msg('Adres', { id: 'console.customerForm.address' })} <span class="optional">${msg('(optioneel)', { id: 'shell.field.optional' })}</span></legend>
        <div class="grid">
          ${field('street', msg('Straat', { id: 'console.customerForm.street' }), { optional: true, maxlength: 200 })}
          ${field('houseNumber', msg('Huisnummer', { id: 'console.customerForm.houseNumber' }), { optional: true, maxlength: 20 })}
          ${field('postalCode', msg('Postcode', { id: 'console.customerForm.postalCode' }), { optional: true, maxlength: 20 })}
          ${field('city', msg('Plaats', { id: 'console.customerForm.city' }), { optional: true, maxlength: 100 })}
        </div>
      </fieldset>
      <div class="actions">
        <button type="submit" class="btn primary" part="save-customer" ?disabled=${this.busy}>
          ${this.customer ? msg('Opslaan', { id: 'console.customerForm.save' }) : msg('Klant aanmaken', { id: 'console.customerForm.create' })}
        </button>
        <button type="button" class="btn link" @click=${() => this.dispatchEvent(new CustomEvent('kp-customer-cancel', { bubbles: true, composed: true }))}>
          ${msg('Annuleren', { id: 'shell.cancel' })}
        </button>
      </div>
      ${this.busy ? html`<p class="visually-hidden" role="status">${msg('Bezig met opslaan…', { id: 'console.customerForm.saving' })}</p>` : nothing}
    </form>`;
  }
}

defineElement('kp-customer-form', CustomerForm);

declare global {
  interface HTMLElementTagNameMap {
    'kp-customer-form': CustomerForm;
  }
}
