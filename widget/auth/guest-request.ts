// A service request without an account (when the portal allows it): loaded only when the customer asks for it.
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { PortalApiError, type PortalClient, type PortalConfig } from '../api/client.js';
import { describeError, fieldErrors } from '../api/errors.js';
import type { Answer, Body, PartOfDay } from '../api/types.js';
import { defineElement } from '../components/define.js';
import type { Locale } from '../i18n/localization.js';
import { kp, shared } from '../styles/theme.js';
import { compact, focusFirstInvalid, formNotice, optionalMark, selectField, textField, validate } from './fields.js';

interface GuestForm {
  name: string;
  email: string;
  phone: string;
  street: string;
  houseNumber: string;
  postalCode: string;
  city: string;
  workType: string;
  description: string;
  preferredDate: string;
  preferredPartOfDay: PartOfDay;
  acceptTerms: boolean;
  /** The honeypot: people never see it, bots fill it. */
  website: string;
}

const emptyForm = (): GuestForm => ({
  name: '',
  email: '',
  phone: '',
  street: '',
  houseNumber: '',
  postalCode: '',
  city: '',
  workType: '',
  description: '',
  preferredDate: '',
  preferredPartOfDay: 'any',
  acceptTerms: false,
  website: '',
});

const serverFields = ['name', 'email', 'phone', 'address.street', 'address.houseNumber', 'address.postalCode', 'address.city', 'workType', 'description', 'preferredDate', 'acceptTerms'];

const tomorrow = () => {
  const date = new Date(Date.now() + 86_400_000);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
};

/**
 * @summary A service request from someone without an account: contact details, address and what is wrong.
 *
 * @event kp-guest-close - The customer is done here (back to signing in).
 * @csspart card - The form's box.
 * @csspart heading - The title; focused when the form or the thank-you appears.
 * @csspart submit - The send button.
 * @csspart reference - The request's reference on the thank-you screen.
 */
export class GuestRequestElement extends LitElement {
  static override styles = [
    shared,
    css`
      :host {
        display: block;
      }
      .pair {
        display: grid;
        gap: 0 ${kp('space-3')};
      }
      @container (min-width: 560px) {
        .card {
          padding: ${kp('space-5')};
        }
      }
      @container (min-width: 480px) {
        .pair {
          grid-template-columns: 2fr 1fr;
        }
        .pair.even {
          grid-template-columns: 1fr 1fr;
        }
      }
      .reference {
        font-size: ${kp('font-size-xl')};
        font-weight: 700;
        letter-spacing: 0.5px;
      }
      .parts {
        display: flex;
        flex-wrap: wrap;
        gap: ${kp('space-2')} ${kp('space-4')};
      }
    `,
  ];

  @property({ attribute: false }) client?: PortalClient;
  @property({ attribute: false }) config?: PortalConfig;
  @property() locale: Locale = 'nl';

  @state() private form: GuestForm = emptyForm();
  @state() private errors: Record<string, string> = {};
  @state() private formError = '';
  @state() private busy = false;
  @state() private reference: string | null = null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override firstUpdated(): void {
    this.focusHeading();
  }

  private focusHeading(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('h2')?.focus());
  }

  private set<K extends keyof GuestForm>(key: K, value: GuestForm[K]): void {
    this.form = { ...this.form, [key]: value };
  }

  private close(): void {
    this.dispatchEvent(new CustomEvent('kp-guest-close', { bubbles: true, composed: true }));
  }

  private onSubmit = async (event: Event) => {
    event.preventDefault();
    if (this.busy) return;
    const f = this.form;
    const required = validate.required;
    this.errors = compact({
      name: required(f.name),
      email: validate.email(f.email),
      phone: required(f.phone) ?? (/^\+?[0-9 ()./-]{6,30}$/.test(f.phone.trim()) ? undefined : msg('Vul een telefoonnummer in, bijvoorbeeld 06 12345678.', { id: 'auth.guest.phoneInvalid' })),
      street: required(f.street),
      houseNumber: required(f.houseNumber),
      postalCode: required(f.postalCode),
      city: required(f.city),
      workType: required(f.workType),
      description: required(f.description),
      acceptTerms: this.config?.requestForm.requireTerms && !f.acceptTerms ? msg('Ga akkoord met de voorwaarden om de aanvraag te versturen.', { id: 'auth.guest.termsRequired' }) : undefined,
    });
    this.formError = '';
    if (Object.keys(this.errors).length) {
      void focusFirstInvalid(this);
      return;
    }
    this.busy = true;
    try {
      const answer = await this.client!.request<Answer<'postPortalSlugGuestRequests', 202>>('POST', '/guest-requests', {
        name: f.name.trim(),
        email: f.email.trim(),
        phone: f.phone.trim(),
        address: { street: f.street.trim(), houseNumber: f.houseNumber.trim(), postalCode: f.postalCode.trim(), city: f.city.trim() },
        workType: f.workType,
        description: f.description.trim(),
        preferredDate: f.preferredDate || null,
        preferredPartOfDay: f.preferredPartOfDay,
        ...(this.config?.requestForm.requireTerms ? { acceptTerms: f.acceptTerms } : {}),
        locale: this.locale,
        website: f.website,
      } satisfies Body<'postPortalSlugGuestRequests'>);
      this.reference = answer.reference;
      this.form = emptyForm();
      this.focusHeading();
    } catch (error) {
      if (!(error instanceof PortalApiError)) throw error;
      const byPath = fieldErrors(error, serverFields);
      this.errors = Object.fromEntries(Object.entries(byPath).map(([path, message]) => [path.replace(/^address\./, ''), message]));
      this.formError = describeError(error);
      void focusFirstInvalid(this);
    } finally {
      this.busy = false;
    }
  };

  override render() {
    if (!this.config) return nothing;
    return this.reference ? this.renderThanks(this.reference) : this.renderForm(this.config);
  }

  private renderThanks(reference: string): TemplateResult {
    return html`<section class="card" part="card" aria-labelledby="guest-done-heading">
      <h2 id="guest-done-heading" tabindex="-1" part="heading">${msg('Bedankt, uw aanvraag is verstuurd', { id: 'auth.guest.doneTitle' })}</h2>
      <p>${msg('Uw referentie:', { id: 'auth.guest.referenceLabel' })}</p>
      <p class="reference" part="reference">${reference}</p>
      <p>${msg('We nemen zo snel mogelijk contact met u op. Noem deze referentie als u ons belt of mailt.', { id: 'auth.guest.doneText' })}</p>
      <div class="actions">
        <button type="button" class="btn primary" part="done" @click=${() => this.close()}>${msg('Klaar', { id: 'auth.guest.done' })}</button>
        <button
          type="button"
          class="btn link"
          @click=${() => {
            this.reference = null;
            this.focusHeading();
          }}
        >
          ${msg('Nog een aanvraag doen', { id: 'auth.guest.another' })}
        </button>
      </div>
    </section>`;
  }

  private renderForm(config: PortalConfig): TemplateResult {
    const f = this.form;
    const e = this.errors;
    const field = (id: keyof GuestForm & string, label: string, extra: Partial<Parameters<typeof textField>[0]> = {}) =>
      textField({ id, label, value: String(f[id]), error: e[id], onInput: (value) => this.set(id, value as never), ...extra });
    return html`<section class="card" part="card" aria-labelledby="guest-heading">
      <h2 id="guest-heading" tabindex="-1" part="heading">${msg('Aanvraag zonder account', { id: 'auth.guest.formTitle' })}</h2>
      <p class="muted">${msg('Vertel ons wat er aan de hand is. Velden zonder "(optioneel)" zijn verplicht.', { id: 'auth.guest.formIntro' })}</p>
      ${formNotice('error', this.formError)}
      <form novalidate @submit=${this.onSubmit}>
        <fieldset class="group">
          <legend>${msg('Uw gegevens', { id: 'auth.guest.you' })}</legend>
          ${field('name', msg('Naam', { id: 'auth.guest.name' }), { autocomplete: 'name', maxlength: 120 })}
          <div class="pair even">
            ${field('email', msg('E-mailadres', { id: 'auth.email' }), { type: 'email', autocomplete: 'email', inputmode: 'email', maxlength: 254 })}
            ${field('phone', msg('Telefoonnummer', { id: 'auth.guest.phone' }), { type: 'tel', autocomplete: 'tel', maxlength: 30 })}
          </div>
        </fieldset>
        <fieldset class="group">
          <legend>${msg('Adres van de klus', { id: 'auth.guest.address' })}</legend>
          <div class="pair">
            ${field('street', msg('Straat', { id: 'auth.guest.street' }), { autocomplete: 'address-line1', maxlength: 200 })}
            ${field('houseNumber', msg('Huisnummer', { id: 'auth.guest.houseNumber' }), { maxlength: 20 })}
          </div>
          <div class="pair even">
            ${field('postalCode', msg('Postcode', { id: 'auth.guest.postalCode' }), { autocomplete: 'postal-code', maxlength: 20 })}
            ${field('city', msg('Plaats', { id: 'auth.guest.city' }), { autocomplete: 'address-level2', maxlength: 100 })}
          </div>
        </fieldset>
        <fieldset class="group">
          <legend>${msg('Uw aanvraag', { id: 'auth.guest.request' })}</legend>
          ${selectField({
            id: 'workType',
            label: msg('Soort werk', { id: 'auth.guest.workType' }),
            value: f.workType,
            placeholder: msg('Kies…', { id: 'auth.guest.choose' }),
            options: config.requestForm.workTypes.map((type) => ({ value: type.id, label: type.label[this.locale] })),
            error: e.workType,
            onChange: (value) => this.set('workType', value),
          })}
          ${field('description', msg('Wat is er aan de hand?', { id: 'auth.guest.description' }), {
            multiline: true,
            maxlength: 5000,
            hint: msg('Bijvoorbeeld: welk apparaat, wat u ziet of hoort, sinds wanneer.', { id: 'auth.guest.descriptionHint' }),
          })}
          ${field('preferredDate', msg('Voorkeursdatum', { id: 'auth.guest.preferredDate' }), { type: 'date', optional: true, min: tomorrow() })}
          <fieldset>
            <legend>${msg('Voorkeur voor het tijdstip', { id: 'auth.guest.partOfDay' })}${optionalMark()}</legend>
            <div class="parts">
              ${(
                [
                  ['any', msg('Geen voorkeur', { id: 'auth.guest.partAny' })],
                  ['morning', msg('Ochtend', { id: 'auth.guest.partMorning' })],
                  ['afternoon', msg('Middag', { id: 'auth.guest.partAfternoon' })],
                ] as const
              ).map(
                ([value, label]) => html`<label class="check">
                  <input type="radio" name="partOfDay" .checked=${f.preferredPartOfDay === value} @change=${() => this.set('preferredPartOfDay', value)} />
                  ${label}
                </label>`,
              )}
            </div>
          </fieldset>
          ${config.requestForm.requireTerms
            ? html`<div class="field">
                <label class="check">
                  <input
                    id="acceptTerms"
                    type="checkbox"
                    .checked=${f.acceptTerms}
                    aria-invalid=${e.acceptTerms ? 'true' : 'false'}
                    aria-describedby=${e.acceptTerms ? 'acceptTerms-error' : nothing}
                    @change=${(event: Event) => this.set('acceptTerms', (event.target as HTMLInputElement).checked)}
                  />
                  <span
                    >${msg('Ik ga akkoord met de', { id: 'auth.guest.termsBefore' })}
                    ${config.requestForm.termsUrl
                      ? html`<a href=${config.requestForm.termsUrl} target="_blank" rel="noopener noreferrer">${msg('voorwaarden', { id: 'auth.guest.terms' })}</a>`
                      : msg('voorwaarden', { id: 'auth.guest.terms' })}</span
                  >
                </label>
                ${e.acceptTerms ? html`<p class="error" id="acceptTerms-error">${e.acceptTerms}</p>` : nothing}
              </div>`
            : nothing}
        </fieldset>
        <div class="honeypot" inert>
          <label for="website">${msg('Laat dit veld leeg', { id: 'auth.guest.honeypot' })}</label>
          <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" .value=${f.website} @input=${(event: Event) => this.set('website', (event.target as HTMLInputElement).value)} />
        </div>
        <div class="actions">
          <button type="submit" class="btn primary" part="submit" ?disabled=${this.busy}>${msg('Aanvraag versturen', { id: 'auth.guest.submit' })}</button>
          <button type="button" class="btn link" @click=${() => this.close()}>${msg('Annuleren', { id: 'shell.cancel' })}</button>
        </div>
      </form>
    </section>`;
  }
}

defineElement('kp-guest-request', GuestRequestElement);

declare global {
  interface HTMLElementTagNameMap {
    'kp-guest-request': GuestRequestElement;
  }
}
