// A service request without an account (when the portal allows it): loaded only when the customer asks for it.
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { PortalApiError, type PortalClient, type PortalConfig } from '../api/client.js';
import { describeError, fieldErrors } from '../api/errors.js';
import type { Answer, Body, PartOfDay } from '../api/types.js';
import { addressBody, addressErrorsFrom, addressProblems, emptyAddress, type AddressErrors, type AddressValue } from '../components/address-fields.js';
import '../components/address-fields.js';
import '../components/photo-picker.js';
import type { PhotoPicker } from '../components/photo-picker.js';
import { defineElement } from '../components/define.js';
import type { Locale } from '../i18n/localization.js';
import { isOne } from '../i18n/plural.js';
import { kp, shared } from '../styles/theme.js';
import { compact, formNotice, optionalMark, selectField, textField, validate } from './fields.js';

interface GuestForm {
  name: string;
  email: string;
  phone: string;
  address: AddressValue;
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
  address: emptyAddress(),
  workType: '',
  description: '',
  preferredDate: '',
  preferredPartOfDay: 'any',
  acceptTerms: false,
  website: '',
});

const serverFields = [
  'name',
  'email',
  'phone',
  'address.street',
  'address.houseNumber',
  'address.houseNumberAddition',
  'address.postalCode',
  'address.city',
  'address.country',
  'workType',
  'description',
  'preferredDate',
  'acceptTerms',
];
const maxPhotos = 5;

/** The sent request and what became of its photos, for the thank-you screen. */
interface Sent {
  reference: string;
  id: string;
  upload: { token: string; expiresAt: string };
  /** Photos that did not arrive, with why; sent again on a press while the upload token lasts. */
  failed: File[];
  problem: string;
}

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
  @state() private addressErrors: AddressErrors = {};
  @state() private photos: File[] = [];
  @state() private formError = '';
  @state() private busy = false;
  @state() private progress = '';
  @state() private sent: Sent | null = null;

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
      workType: required(f.workType),
      photos: this.config?.requestForm.requirePhoto && !this.photos.length ? msg('Voeg minstens één foto toe.', { id: 'auth.guest.photoRequired' }) : undefined,
      description: required(f.description),
      acceptTerms: this.config?.requestForm.requireTerms && !f.acceptTerms ? msg('Ga akkoord met de voorwaarden om de aanvraag te versturen.', { id: 'auth.guest.termsRequired' }) : undefined,
    });
    this.addressErrors = addressProblems(f.address);
    this.formError = '';
    if (Object.keys(this.errors).length || Object.keys(this.addressErrors).length) {
      void this.focusFirstProblem();
      return;
    }
    this.busy = true;
    await this.renderRoot.querySelector<PhotoPicker>('kp-photo-picker')?.whenSettled();
    try {
      const answer = await this.client!.request<Answer<'postPortalSlugGuestRequests', 202>>('POST', '/guest-requests', {
        name: f.name.trim(),
        email: f.email.trim(),
        phone: f.phone.trim(),
        address: addressBody(f.address),
        workType: f.workType,
        description: f.description.trim(),
        preferredDate: f.preferredDate || null,
        preferredPartOfDay: f.preferredPartOfDay,
        ...(this.config?.requestForm.requireTerms ? { acceptTerms: f.acceptTerms } : {}),
        locale: this.locale,
        website: f.website,
      } satisfies Body<'postPortalSlugGuestRequests'>);
      const sent: Sent = { ...answer, failed: [], problem: '' };
      await this.sendPhotos(sent, this.photos);
      this.form = emptyForm();
      this.photos = [];
      this.sent = sent;
      this.focusHeading();
    } catch (error) {
      if (!(error instanceof PortalApiError)) throw error;
      const byPath = fieldErrors(error, serverFields);
      this.errors = Object.fromEntries(Object.entries(byPath).filter(([path]) => !path.startsWith('address.')));
      this.addressErrors = addressErrorsFrom(byPath, 'address');
      this.formError = describeError(error);
      void this.focusFirstProblem();
    } finally {
      this.busy = false;
      this.progress = '';
    }
  };

  /** The first field with a problem gets focus, whether it is this form's own or inside the address or photo block. */
  private async focusFirstProblem(): Promise<void> {
    await Promise.resolve();
    await this.updateComplete;
    const candidates = [
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]'),
      Object.values(this.addressErrors).some(Boolean) ? this.renderRoot.querySelector('kp-address-fields') : null,
      this.errors.photos ? this.renderRoot.querySelector('kp-photo-picker') : null,
    ].filter((element): element is HTMLElement => element !== null);
    candidates.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    const first = candidates[0];
    if (first?.localName === 'kp-address-fields') await (first as HTMLElementTagNameMap['kp-address-fields']).focusFirstInvalid();
    else first?.focus();
    first?.scrollIntoView({ block: 'center' });
  }

  /** The photos go one by one with the request's upload token; those that fail are kept to send again. */
  private async sendPhotos(sent: Sent, photos: File[]): Promise<void> {
    const failed: File[] = [];
    const problems: string[] = [];
    for (const [index, photo] of photos.entries()) {
      this.progress = msg(str`Foto ${index + 1} van ${photos.length} versturen…`, { id: 'auth.guest.uploading' });
      const form = new FormData();
      form.append('file', photo, photo.name);
      try {
        await this.client!.upload(`/guest-requests/${encodeURIComponent(sent.id)}/attachments`, form, { headers: { Authorization: `Bearer ${sent.upload.token}` } });
      } catch (error) {
        if (!(error instanceof PortalApiError)) throw error;
        failed.push(photo);
        problems.push(`${photo.name}: ${describeError(error)}`);
      }
    }
    this.progress = '';
    sent.failed = failed;
    sent.problem = problems.join(' ');
  }

  private async retryPhotos(sent: Sent): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      await this.sendPhotos(sent, sent.failed);
      this.sent = { ...sent };
    } finally {
      this.busy = false;
    }
  }

  override render() {
    if (!this.config) return nothing;
    return this.sent ? this.renderThanks(this.sent) : this.renderForm(this.config);
  }

  private renderThanks(sent: Sent): TemplateResult {
    const missing = sent.failed.length;
    const canRetry = Date.parse(sent.upload.expiresAt) > Date.now();
    return html`<section class="card" part="card" aria-labelledby="guest-done-heading">
      <h2 id="guest-done-heading" tabindex="-1" part="heading">${msg('Bedankt, uw aanvraag is verstuurd', { id: 'auth.guest.doneTitle' })}</h2>
      <p>${msg('Uw referentie:', { id: 'auth.guest.referenceLabel' })}</p>
      <p class="reference" part="reference">${sent.reference}</p>
      <p>${msg('We nemen zo snel mogelijk contact met u op. Noem deze referentie als u ons belt of mailt.', { id: 'auth.guest.doneText' })}</p>
      ${missing
        ? html`<div class="notice error" role="alert" part="photos-failed">
            <p>
              ${isOne(missing)
                ? msg('1 foto is niet verstuurd.', { id: 'auth.guest.photosFailed.one' })
                : msg(str`${missing} foto's zijn niet verstuurd.`, { id: 'auth.guest.photosFailed.other' })}
              ${sent.problem}
            </p>
            ${canRetry
              ? html`<div class="actions">
                  <button type="button" class="btn secondary" ?disabled=${this.busy} @click=${() => void this.retryPhotos(sent)}>
                    ${msg("Foto's opnieuw versturen", { id: 'auth.guest.retryPhotos' })}
                  </button>
                </div>`
              : nothing}
            <p class="muted" role="status">${this.progress}</p>
          </div>`
        : nothing}
      <div class="actions">
        <button type="button" class="btn primary" part="done" @click=${() => this.close()}>${msg('Klaar', { id: 'auth.guest.done' })}</button>
        <button
          type="button"
          class="btn link"
          @click=${() => {
            this.sent = null;
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
          <kp-address-fields
            id-prefix="guest-address"
            .value=${f.address}
            .errors=${this.addressErrors}
            @kp-address-change=${(event: CustomEvent<{ value: AddressValue }>) => {
              this.form = { ...this.form, address: event.detail.value };
              this.addressErrors = {};
            }}
          ></kp-address-fields>
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
          <div class="field">
            <kp-photo-picker
              .photos=${this.photos}
              max=${maxPhotos}
              ?required=${config.requestForm.requirePhoto ?? false}
              error=${e.photos ?? ''}
              @kp-photos-change=${(event: CustomEvent<{ photos: File[] }>) => {
                this.photos = event.detail.photos;
                if (e.photos) this.errors = { ...e, photos: '' };
              }}
            ></kp-photo-picker>
          </div>
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
        ${this.formError ? html`<p class="error" id="guest-submit-error" part="submit-error">${msg('Controleer de gemarkeerde velden hierboven.', { id: 'auth.guest.checkAbove' })}</p>` : nothing}
        <p class="muted" role="status">${this.progress}</p>
        <div class="actions">
          <button type="submit" class="btn primary" part="submit" ?disabled=${this.busy} aria-describedby=${this.formError ? 'guest-submit-error' : nothing}>
            ${msg('Aanvraag versturen', { id: 'auth.guest.submit' })}
          </button>
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
