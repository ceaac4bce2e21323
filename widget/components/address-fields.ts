// A work address typed by a customer: in the Netherlands postcode and house number first, as Dutch people say an
// address, with street and place filled in by hand; abroad a free address form. Used by the guest form and the
// request form, so both check and send an address alike.
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { getLocale } from '../i18n/localization.js';
import { base, forms, kp } from '../styles/theme.js';
import { defineElement } from './define.js';

export interface AddressValue {
  /** ISO 3166 two-letter code. */
  country: string;
  postalCode: string;
  houseNumber: string;
  addition: string;
  street: string;
  city: string;
}

export type AddressField = keyof AddressValue;
export type AddressErrors = Partial<Record<AddressField, string>>;

/** The address as the API takes it (`workAddressBody` of the server). */
export interface AddressBody {
  street: string;
  houseNumber: string;
  houseNumberAddition?: string;
  postalCode: string;
  city: string;
  country: string;
}

export const emptyAddress = (): AddressValue => ({ country: 'NL', postalCode: '', houseNumber: '', addition: '', street: '', city: '' });

/** The countries a Dutch business most often works in first; any other through "another country". */
const nearCountries = ['NL', 'BE', 'DE', 'LU', 'FR'];
const otherCountries = ['AT', 'CH', 'DK', 'ES', 'GB', 'IE', 'IT', 'PL', 'PT', 'SE'];

const dutchPostcode = /^\s*([1-9][0-9]{3})\s*([A-Za-z]{2})\s*$/;

/** `3511ab` and ` 3511 Ab ` become `3511 AB`; anything else stays as typed. */
export function normalisePostcode(country: string, postalCode: string): string {
  return country === 'NL' ? postalCode.replace(dutchPostcode, (_all, digits: string, letters: string) => `${digits} ${letters.toUpperCase()}`) : postalCode;
}

/** The checks the server makes too, in the customer's language; every field but the addition is needed. */
export function addressProblems(value: AddressValue): AddressErrors {
  const problems: AddressErrors = {};
  const missing = msg('Vul dit veld in.', { id: 'views.address.required' });
  if (!value.postalCode.trim()) problems.postalCode = missing;
  else if (value.country === 'NL' && !dutchPostcode.test(value.postalCode)) {
    problems.postalCode = msg('Vul een postcode in als 1234 AB: vier cijfers en twee letters.', { id: 'views.address.postcodeInvalid' });
  }
  if (!value.houseNumber.trim()) problems.houseNumber = missing;
  if (!value.street.trim()) problems.street = missing;
  if (!value.city.trim()) problems.city = missing;
  return problems;
}

export function addressBody(value: AddressValue): AddressBody {
  const addition = value.addition.trim();
  return {
    street: value.street.trim(),
    houseNumber: value.houseNumber.trim(),
    ...(addition ? { houseNumberAddition: addition } : {}),
    postalCode: normalisePostcode(value.country, value.postalCode.trim()),
    city: value.city.trim(),
    country: value.country,
  };
}

/** The server's field paths below the address (`address.postalCode`, `newLocation.city`) as this element's fields. */
export function addressErrorsFrom(byPath: Record<string, string>, prefix: string): AddressErrors {
  const errors: AddressErrors = {};
  const names: Record<string, AddressField> = { street: 'street', houseNumber: 'houseNumber', houseNumberAddition: 'addition', postalCode: 'postalCode', city: 'city', country: 'country' };
  for (const [path, message] of Object.entries(byPath)) {
    const field = path.startsWith(`${prefix}.`) ? names[path.slice(prefix.length + 1)] : undefined;
    if (field) errors[field] = message;
  }
  return errors;
}

/**
 * @summary Address fields: country, then for the Netherlands postcode, house number and addition first.
 *
 * @event kp-address-change - `{value: AddressValue}` on every change.
 * @csspart field - Each labelled field.
 */
export class AddressFields extends LitElement {
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [
    base,
    forms,
    css`
      :host {
        display: block;
        container-type: inline-size;
      }
      .row {
        display: grid;
        gap: 0 ${kp('space-3')};
      }
      label {
        overflow-wrap: normal;
      }
      /* House number and addition side by side only where both labels fit whole. */
      @container (min-width: 300px) {
        .row.numbers {
          grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
          align-items: start;
        }
      }
      @container (min-width: 440px) {
        .row.dutch {
          grid-template-columns: minmax(0, 3fr) minmax(0, 2fr) minmax(0, 2fr);
        }
        .row.dutch .numbers {
          display: contents;
        }
        .row.pair {
          grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
        }
      }
      .field {
        min-width: 0;
      }
      input,
      select {
        width: 100%;
        box-sizing: border-box;
      }
    `,
  ];

  @property({ attribute: false }) value: AddressValue = emptyAddress();
  @property({ attribute: false }) errors: AddressErrors = {};
  /** Ids in this element's shadow root start with this, so two address blocks on one page stay apart. */
  @property({ attribute: 'id-prefix' }) idPrefix = 'address';

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** Moves focus to the first field with an error, in the order they are drawn. */
  async focusFirstInvalid(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  private change(field: AddressField, text: string): void {
    this.value = { ...this.value, [field]: text };
    if (this.errors[field]) this.errors = { ...this.errors, [field]: undefined };
    this.dispatchEvent(new CustomEvent('kp-address-change', { detail: { value: this.value }, bubbles: true, composed: true }));
  }

  private countryName(code: string): string {
    try {
      return new Intl.DisplayNames([getLocale()], { type: 'region' }).of(code) ?? code;
    } catch {
      return code;
    }
  }

  private field(field: AddressField, label: string | TemplateResult, options: { autocomplete?: string; maxlength: number; hint?: string; inputmode?: 'numeric' | 'text' }) {
    const id = `${this.idPrefix}-${field}`;
    const error = this.errors[field];
    const describedBy = [options.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field" part="field">
      <label for=${id}>${label}</label>
      ${options.hint ? html`<p class="hint" id="${id}-hint">${options.hint}</p>` : nothing}
      <input
        id=${id}
        name=${field}
        type="text"
        .value=${live(this.value[field])}
        maxlength=${options.maxlength}
        autocomplete=${options.autocomplete ?? 'off'}
        inputmode=${options.inputmode ?? 'text'}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        @input=${(event: Event) => this.change(field, (event.target as HTMLInputElement).value)}
        @blur=${field === 'postalCode' ? () => this.change('postalCode', normalisePostcode(this.value.country, this.value.postalCode.trim())) : nothing}
      />
      ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}
    </div>`;
  }

  override render() {
    const value = this.value;
    const dutch = value.country === 'NL';
    const optional = html` <span class="optional">${msg('(optioneel)', { id: 'shell.field.optional' })}</span>`;
    const postcode = this.field('postalCode', msg('Postcode', { id: 'views.address.postalCode' }), {
      autocomplete: 'postal-code',
      maxlength: dutch ? 7 : 20,
      ...(dutch ? { hint: msg('Zoals 1234 AB', { id: 'views.address.postcodeHint' }) } : {}),
    });
    const number = this.field('houseNumber', msg('Huisnummer', { id: 'views.address.houseNumber' }), { maxlength: 10, ...(dutch ? { inputmode: 'numeric' as const } : {}) });
    const addition = this.field('addition', html`${msg('Toevoeging', { id: 'views.address.addition' })}${optional}`, { maxlength: 10 });
    const street = this.field('street', msg('Straat', { id: 'views.address.street' }), { autocomplete: 'address-line1', maxlength: 200 });
    const city = this.field('city', msg('Plaats', { id: 'views.address.city' }), { autocomplete: 'address-level2', maxlength: 100 });
    const countryId = `${this.idPrefix}-country`;
    return html`
      <div class="field" part="field">
        <label for=${countryId}>${msg('Land', { id: 'views.address.country' })}</label>
        <select id=${countryId} name="country" autocomplete="country" @change=${(event: Event) => this.change('country', (event.target as HTMLSelectElement).value)}>
          ${[...nearCountries, ...otherCountries].map((code) => html`<option value=${code} ?selected=${value.country === code}>${this.countryName(code)}</option>`)}
        </select>
      </div>
      ${dutch
        ? html`<div class="row dutch">${postcode}<div class="row numbers">${number}${addition}</div></div>
            <div class="row pair">${street}${city}</div>`
        : html`<div class="row pair">${street}<div class="row numbers">${number}${addition}</div></div>
            <div class="row pair">${postcode}${city}</div>`}
    `;
  }
}

defineElement('kp-address-fields', AddressFields);

declare global {
  interface HTMLElementTagNameMap {
    'kp-address-fields': AddressFields;
  }
}
