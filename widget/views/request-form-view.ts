import { css, html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { Task, TaskStatus, initialState } from '@lit/task';
import { PortalApiError, type PortalClient } from '../api/client.js';
import { fieldErrors } from '../api/errors.js';
import '../components/address-fields.js';
import { addressBody, addressErrorsFrom, addressProblems, emptyAddress, type AddressErrors, type AddressValue } from '../components/address-fields.js';
import '../components/photo-picker.js';
import type { PhotoPicker } from '../components/photo-picker.js';
import { defineElement } from '../components/define.js';
import { newIdempotencyKey } from '../components/idempotency-key.js';
import { errorMessage } from '../components/states.js';
import { isOne } from '../i18n/plural.js';
import { composedEvent } from '../shell/events.js';
import { kp } from '../styles/theme.js';
import { PortalView } from './portal-view.js';
import { partOfDayName } from './names.js';
import type { Answer, Body, Location, PartOfDay, PortalObject } from '../api/types.js';
import { localDate, makeAndModel } from './records.js';
import '../components/booking-windows.js';
import type { BookingWindows, WindowChangeEvent } from '../components/booking-windows.js';
import { describeWindow, type WindowChoice } from '../components/booking-times.js';

export interface RequestValues {
  workType: string;
  description: string;
  /** One of the customer's addresses, or `new` for the address typed in `newAddress`. */
  locationId: string;
  newAddress: AddressValue;
  objectId: string;
  preferredDate: string;
  preferredPartOfDay: PartOfDay | '';
  /** A free window the customer booked, in place of a preferred date. */
  booking: WindowChoice | null;
  phone: string;
  checklist: string[];
  acceptTerms: boolean;
}

/** A request being written: kept while the page lives, so leaving the form or a failed submit loses nothing. */
interface RequestDraft {
  values: RequestValues;
  photos: File[];
  /** One key per draft: a resubmit after a lost answer cannot create the request twice. */
  idempotencyKey: string;
  /** The request the server made of this draft while photos are still to be sent. */
  created: { id: string; reference: string } | null;
  uploaded: Set<File>;
  /** The chosen window as the customer read it, for the receipt. */
  bookingText: string;
  /** What the server made of the booking: held until staff confirm it, or confirmed at once. */
  bookingStatus: 'requested' | 'confirmed' | null;
}

/** What the receipt shows: the request, and the window booked with it. */
interface Receipt {
  id: string;
  reference: string;
  booking: { text: string; confirmed: boolean } | null;
}

/** The booking's status in the created request's answer; else what the portal's settings make of it. */
function bookingStatusOf(created: object, config: object | undefined): 'requested' | 'confirmed' {
  const status = 'booking' in created ? (created as { booking?: { status?: string } | null }).booking?.status : undefined;
  if (status === 'confirmed' || status === 'requested') return status;
  return portalBooking(config)?.requireConfirmation === false ? 'confirmed' : 'requested';
}

/** What the portal says of booking, when its configuration says it: on, for which work types, confirmed by staff. */
interface PortalBooking {
  enabled: boolean;
  workTypes: string[];
  requireConfirmation?: boolean;
  horizonWeeks?: number;
}

function portalBooking(config: object | undefined): PortalBooking | undefined {
  return config && 'booking' in config ? ((config as { booking?: PortalBooking | null }).booking ?? undefined) : undefined;
}

type Field = 'workType' | 'description' | 'locationId' | 'objectId' | 'booking' | 'preferredDate' | 'preferredPartOfDay' | 'phone' | 'checklist' | 'photos' | 'acceptTerms';
/** In the order they appear: the first invalid one gets focus. */
const fields: Field[] = ['workType', 'description', 'locationId', 'objectId', 'booking', 'preferredDate', 'preferredPartOfDay', 'phone', 'checklist', 'photos', 'acceptTerms'];
const partsOfDay: (PartOfDay | '')[] = ['', 'morning', 'afternoon'];
const maxPhotos = 5;
/** The location choice that opens the address fields. */
const newLocation = 'new';
const descriptionLimits = { min: 10, max: 5000 };

const drafts = new Map<string, RequestDraft>();

function newDraft(objectId = '', phone = ''): RequestDraft {
  return {
    values: { workType: '', description: '', locationId: '', newAddress: emptyAddress(), objectId, preferredDate: '', preferredPartOfDay: '', booking: null, phone, checklist: [], acceptTerms: false },
    photos: [],
    idempotencyKey: newIdempotencyKey(),
    created: null,
    uploaded: new Set(),
    bookingText: '',
    bookingStatus: null,
  };
}

const draftKey = (client: PortalClient) => `${client.apiBase}|${client.slug}`;

/** Forgets every draft; for tests, which share one page. */
export function clearRequestDrafts(): void {
  drafts.clear();
}

/**
 * @summary The form to ask for service: what kind of work, what is wrong, where and on which object, when, and photos.
 *
 * @event kp-view-request-created - `{id, reference}` once the business has the request.
 * @csspart form - The form.
 * @csspart submit - The submit button.
 * @csspart success - The confirmation with the request's reference.
 */
export class RequestFormView extends PortalView {
  static override styles = [
    ...PortalView.styles,
    css`
      form {
        max-width: 640px;
      }
      .choices {
        display: flex;
        flex-wrap: wrap;
        gap: ${kp('space-2')} ${kp('space-4')};
      }
      .choices .check {
        margin: 0;
      }
      .when {
        display: grid;
        gap: 0 ${kp('space-4')};
      }
      @container (min-width: 560px) {
        .when {
          grid-template-columns: 1fr 1fr;
        }
      }
      .success {
        max-width: 640px;
      }
      .reference {
        font-size: ${kp('font-size-xl')};
        font-weight: 700;
        letter-spacing: 0.02em;
      }
      .progress {
        margin: 0;
      }
      .progress:not(:empty) {
        margin: 0 0 ${kp('space-3')};
      }
      .skeleton.label {
        width: 30%;
      }
      .skeleton.control {
        height: 44px;
      }
      .booking .btn.link {
        text-align: start;
        padding-inline: 0;
      }
      .new-location {
        margin-top: ${kp('space-3')};
        padding-inline-start: ${kp('space-3')};
        border-inline-start: 3px solid ${kp('color-border')};
      }
    `,
  ];

  /** The object the request is about, from `requests/new?objectId=…` (an object's "request service"). */
  @property({ attribute: false }) objectId = '';
  /** The work type to start with, from `requests/new?workType=…` (maintenance, for an object past its service date). */
  @property({ attribute: false }) workType = '';

  @state() private errors: Partial<Record<Field, string>> = {};
  @state() private addressErrors: AddressErrors = {};
  @state() private done: Receipt | null = null;
  @state() private notice = '';
  /** Whether free windows are offered for the chosen work type; null while that is not known yet. */
  @state() private bookingOffered: boolean | null = null;
  /** Why the chosen window is no longer chosen: it was taken while the customer wrote. */
  @state() private bookingNotice = '';
  /** The customer would rather give a preferred date than pick one of the windows. */
  @state() private preferInstead = false;
  @query('kp-photo-picker') private picker?: PhotoPicker;
  @query('kp-booking-windows') private windowPicker?: BookingWindows;

  private draftFor(client: PortalClient): RequestDraft {
    const key = draftKey(client);
    let draft = drafts.get(key);
    if (!draft) {
      draft = newDraft(this.objectId, this.user?.phone ?? '');
      drafts.set(key, draft);
    }
    return draft;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // Coming from an object's page: the draft is about that object now, wherever the customer left it.
    if ((changed.has('objectId') || changed.has('client')) && this.objectId && this.client) {
      const values = this.draftFor(this.client).values;
      if (values.objectId !== this.objectId) {
        values.objectId = this.objectId;
        const objectLocation = this.choices.value?.objects.find((object) => object.id === values.objectId)?.locationId;
        if (objectLocation) values.locationId = objectLocation;
      }
    }
    // Only a work type this portal offers: an unknown one (a stale link) leaves the choice to the customer.
    if ((changed.has('workType') || changed.has('client')) && this.workType && this.client) {
      if (this.config?.requestForm.workTypes.some((type) => type.id === this.workType)) this.draftFor(this.client).values.workType = this.workType;
    }
  }

  private get draft(): RequestDraft | undefined {
    return this.client ? this.draftFor(this.client) : undefined;
  }

  private readonly choices = new Task(this, {
    args: () => [this.client, this.config?.features.objects ?? false] as const,
    task: async ([client, withObjects], { signal }) => {
      if (!client) return initialState;
      const [locations, objects] = await Promise.all([
        client.request<Answer<'getPortalSlugLocations'>>('GET', '/locations', undefined, { signal }).then((page) => page.items),
        withObjects ? client.request<Answer<'getPortalSlugObjects'>>('GET', '/objects?limit=100', undefined, { signal }).then((page) => page.items) : Promise.resolve([]),
      ]);
      const values = this.draftFor(client).values;
      if (values.objectId && !objects.some((object) => object.id === values.objectId)) values.objectId = '';
      const object = objects.find((candidate) => candidate.id === values.objectId);
      if (!values.locationId && object?.locationId) values.locationId = object.locationId;
      if (!values.locationId && locations.length === 1) values.locationId = locations[0]!.id;
      return { locations, objects };
    },
  });

  private readonly submission = new Task(this, {
    autoRun: false,
    args: () => [] as const,
    task: async (_args, { signal }) => {
      const client = this.client!;
      const draft = this.draftFor(client);
      await this.picker?.whenSettled();
      if (!draft.created) {
        const body = this.body(draft.values);
        const created = await client.request<Answer<'postPortalSlugRequests', 201>>('POST', '/requests', body, {
          signal,
          headers: { 'Idempotency-Key': draft.idempotencyKey },
        });
        draft.created = { id: created.id, reference: created.reference };
        draft.bookingStatus = 'booking' in body ? bookingStatusOf(created, this.config) : null;
        this.dispatchEvent(composedEvent('kp-view-request-created', { ...draft.created }));
      }
      const photos = draft.photos.filter((photo) => !draft.uploaded.has(photo));
      for (const [index, photo] of photos.entries()) {
        this.notice = msg(str`Foto ${index + 1} van ${photos.length} versturen…`, { id: 'views.requestForm.uploading' });
        const form = new FormData();
        form.append('file', photo, photo.name);
        try {
          await client.upload(`/requests/${encodeURIComponent(draft.created.id)}/attachments`, form, { signal });
        } catch (error) {
          // Said at the photos, naming the file, so the customer knows which one to remove or send again.
          if (error instanceof PortalApiError) this.errors = { ...this.errors, photos: `${photo.name}: ${errorMessage(error)}` };
          throw error;
        }
        draft.uploaded.add(photo);
      }
      this.finish(client, draft.created);
      return draft.created;
    },
    onError: (error) => this.failed(error),
  });

  /** Only what the customer filled in goes to the server; empty optional fields are left out. */
  private body(values: RequestValues): Body<'postPortalSlugRequests'> {
    const checklist = this.config?.requestForm.checklist ?? [];
    const booking = this.bookingMode(values.workType) !== 'off' && this.bookingOffered !== false && !this.preferInstead ? values.booking : null;
    return {
      workType: values.workType,
      description: values.description.trim(),
      ...(values.locationId === newLocation ? { newLocation: addressBody(values.newAddress) } : values.locationId ? { locationId: values.locationId } : {}),
      ...(values.objectId ? { objectId: values.objectId } : {}),
      ...(booking ? { booking } : {}),
      ...(values.preferredDate && !booking ? { preferredDate: values.preferredDate } : {}),
      ...(values.preferredPartOfDay && !booking ? { preferredPartOfDay: values.preferredPartOfDay } : {}),
      ...(values.phone.trim() ? { phone: values.phone.trim() } : {}),
      ...(checklist.length ? { checklist: values.checklist.filter((id) => checklist.some((item) => item.id === id)) } : {}),
      ...(this.config?.requestForm.requireTerms ? { acceptTerms: values.acceptTerms } : {}),
    };
  }

  private finish(client: PortalClient, created: { id: string; reference: string }) {
    const draft = this.draftFor(client);
    const booked = draft.bookingStatus && draft.bookingText ? { text: draft.bookingText, confirmed: draft.bookingStatus === 'confirmed' } : null;
    drafts.delete(draftKey(client));
    this.notice = '';
    this.done = { ...created, booking: booked };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part="heading"]')?.focus());
  }

  private failed(error: unknown) {
    this.notice = '';
    const draft = this.draft;
    if (error instanceof PortalApiError && error.status === 409 && error.code === 'conflict' && draft?.values.booking && !draft.created) {
      // The window went to someone else while the customer wrote: nothing was created, everything typed stays.
      draft.values.booking = null;
      draft.bookingText = '';
      draft.idempotencyKey = newIdempotencyKey();
      this.bookingNotice = msg('Dit tijdvak is net door iemand anders gekozen. Kies een ander moment; de rest van uw aanvraag blijft staan.', { id: 'views.booking.taken' });
      const picker = this.windowPicker;
      void picker?.reload().then(() => {
        picker.scrollIntoView({ block: 'center' });
        void picker.focus();
      });
      return;
    }
    if (error instanceof PortalApiError && error.code === 'idempotency_mismatch' && draft) {
      // The same key went out before with other details; that attempt may have created a request. The next press sends
      // these details as a new request.
      draft.idempotencyKey = newIdempotencyKey();
    }
    const fromServer = fieldErrors(error, fields);
    this.addressErrors = error instanceof PortalApiError ? addressErrorsFrom(fieldErrors(error, ['street', 'houseNumber', 'houseNumberAddition', 'postalCode', 'city', 'country'].map((name) => `newLocation.${name}`)), 'newLocation') : {};
    // The fields this form checks itself get the same words when the server refuses them.
    for (const field of Object.keys(fromServer) as Field[]) fromServer[field] = this.problem(field) ?? fromServer[field]!;
    if (Object.keys(fromServer).length || Object.keys(this.addressErrors).length) {
      this.errors = fromServer;
      void this.focusFirstError();
    } else if (this.errors.photos) {
      void this.focusFirstError();
    } else {
      void this.updateComplete.then(() => this.renderRoot.querySelector('[part="submit-error"]')?.scrollIntoView({ block: 'nearest' }));
    }
  }

  /** What to do about a field this form knows the rules of. */
  private problem(field: Field): string | undefined {
    switch (field) {
      case 'workType':
        return msg('Kies wat voor werk het is.', { id: 'views.requestForm.workTypeRequired' });
      case 'description':
        return msg(str`Beschrijf in minstens ${descriptionLimits.min} tekens wat er aan de hand is.`, { id: 'views.requestForm.descriptionShort' });
      case 'locationId':
        return msg('Kies het adres waar het werk moet gebeuren.', { id: 'views.requestForm.locationRequired' });
      case 'preferredDate':
        return msg('Kies een datum vanaf vandaag.', { id: 'views.requestForm.dateInPast' });
      case 'booking':
        return msg('Dit tijdvak kan niet worden geboekt. Kies een ander moment.', { id: 'views.booking.notBookable' });
      case 'phone':
        return msg('Vul een telefoonnummer in, zoals 06 12345678.', { id: 'views.requestForm.phoneInvalid' });
      case 'photos':
        return msg('Voeg minstens één foto toe.', { id: 'views.requestForm.photoRequired' });
      case 'acceptTerms':
        return msg('Ga akkoord met de voorwaarden om de aanvraag te versturen.', { id: 'views.requestForm.termsRequired' });
      default:
        return undefined;
    }
  }

  private validate({ values, photos }: RequestDraft, locations: Location[]): Partial<Record<Field, string>> {
    const form = this.config?.requestForm;
    const description = values.description.trim();
    const phone = values.phone.trim();
    const wrong: Partial<Record<Field, boolean>> = {
      workType: !form?.workTypes.some((type) => type.id === values.workType),
      description: description.length < descriptionLimits.min,
      locationId: locations.length > 1 && !values.locationId,
      preferredDate: values.preferredDate !== '' && values.preferredDate < localDate(new Date()),
      // The server's rule: digits, spaces and + ( ) - . / only, 6 to 30 characters.
      phone: phone !== '' && !/^\+?[0-9 ()./-]{6,30}$/.test(phone),
      photos: (form?.requirePhoto ?? false) && !photos.length,
      acceptTerms: (form?.requireTerms ?? false) && !values.acceptTerms,
    };
    const errors: Partial<Record<Field, string>> = {};
    for (const field of fields) if (wrong[field]) errors[field] = this.problem(field);
    return errors;
  }

  /** Focus, and so the scroll, goes to the first field with a problem: a field of this form, the new address or the photos. */
  private async focusFirstError() {
    await this.updateComplete;
    const first = fields.find((field) => this.errors[field] || (field === 'locationId' && Object.values(this.addressErrors).some(Boolean)));
    if (!first) return;
    if (first === 'locationId' && !this.errors.locationId) {
      const address = this.renderRoot.querySelector('kp-address-fields');
      address?.scrollIntoView({ block: 'center' });
      await address?.focusFirstInvalid();
      return;
    }
    const target = this.renderRoot.querySelector<HTMLElement>(`#${first}, [name="${first}"]`);
    target?.focus();
    target?.scrollIntoView({ block: 'center' });
  }

  private async submit(event: SubmitEvent, locations: Location[]) {
    event.preventDefault();
    const draft = this.draft;
    if (!draft || this.submission.status === TaskStatus.PENDING) return;
    if (!draft.created) {
      // A photo still being made smaller counts as added.
      if (this.config?.requestForm.requirePhoto && !draft.photos.length) await this.picker?.whenSettled();
      this.errors = this.validate(draft, locations);
      this.addressErrors = draft.values.locationId === newLocation ? addressProblems(draft.values.newAddress) : {};
      if (Object.keys(this.errors).length || Object.keys(this.addressErrors).length) {
        void this.focusFirstError();
        return;
      }
    }
    this.bookingNotice = '';
    void this.submission.run();
  }

  private set<K extends keyof RequestValues>(field: K, value: RequestValues[K]) {
    const draft = this.draft;
    if (!draft) return;
    draft.values[field] = value;
    if (this.errors[field as Field]) this.errors = { ...this.errors, [field]: undefined };
    else this.requestUpdate();
  }

  private startOver() {
    this.done = null;
    this.errors = {};
    if (this.client) drafts.set(draftKey(this.client), newDraft('', this.user?.phone ?? ''));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part="heading"]')?.focus());
  }

  override render() {
    if (this.done) return this.renderSuccess(this.done);
    return html`
      ${this.header(msg('Nieuwe aanvraag', { id: 'views.requests.new' }), { back: { view: 'requests', label: msg('Alle aanvragen', { id: 'views.request.back' }) } })}
      ${this.choices.render({
        initial: () => this.renderForm([], [], true),
        pending: () => this.renderForm([], [], true),
        error: () => this.renderForm([], [], false),
        complete: ({ locations, objects }) => this.renderForm(locations, objects, false),
      })}
    `;
  }

  private renderSuccess(created: Receipt) {
    return html`<div class="success" part="success">
      ${this.header(msg('Aanvraag verstuurd', { id: 'views.requestForm.sentTitle' }))}
      <div class="notice success" role="status">
        <p>${msg('Bedankt! Wij hebben uw aanvraag ontvangen en nemen zo snel mogelijk contact met u op.', { id: 'views.requestForm.sent' })}</p>
        <p>${msg('Uw referentie:', { id: 'views.requestForm.reference' })} <span class="reference" part="reference">${created.reference}</span></p>
        ${created.booking
          ? html`<p part="booked">
              ${created.booking.confirmed
                ? msg(str`Afgesproken: ${created.booking.text}.`, { id: 'views.booking.receiptConfirmed' })
                : msg(str`Aangevraagd: ${created.booking.text} (de monteur bevestigt).`, { id: 'views.booking.receiptRequested' })}
            </p>`
          : nothing}
      </div>
      <div class="actions">
        ${this.viewLink(`requests/${created.id}`, msg('Bekijk uw aanvraag', { id: 'views.workOrder.viewRequest' }), 'btn primary', 'request-link')}
        <button type="button" class="btn secondary" @click=${() => this.startOver()}>${msg('Nog een aanvraag doen', { id: 'views.requestForm.another' })}</button>
      </div>
    </div>`;
  }

  private error(field: Field) {
    const text = this.errors[field];
    return text ? html`<p class="error" id="${field}-error">${text}</p>` : nothing;
  }

  private describedBy(field: Field, hint = false) {
    return [hint ? `${field}-hint` : '', this.errors[field] ? `${field}-error` : ''].filter(Boolean).join(' ') || nothing;
  }

  private invalid(field: Field) {
    return this.errors[field] ? 'true' : 'false';
  }

  private renderForm(locations: Location[], objects: PortalObject[], loading: boolean): TemplateResult {
    const draft = this.draft;
    if (!draft || !this.config) return html``;
    const values = draft.values;
    const form = this.config.requestForm;
    const busy = this.submission.status === TaskStatus.PENDING;
    const failure = this.submission.status === TaskStatus.ERROR ? this.submission.error : undefined;
    const optional = html` <span class="optional">${msg('(optioneel)', { id: 'shell.field.optional' })}</span>`;
    return html`<form part="form" novalidate @submit=${(event: SubmitEvent) => void this.submit(event, locations)}>
      <fieldset ?disabled=${draft.created !== null}>
        <legend class="visually-hidden">${msg('Uw aanvraag', { id: 'views.requestForm.legend' })}</legend>
        <div class="field">
          <label for="workType">${msg('Soort werk', { id: 'views.field.workType' })}</label>
          <select id="workType" aria-invalid=${this.invalid('workType')} aria-describedby=${this.describedBy('workType')} @change=${(event: Event) => this.chooseWorkType((event.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!values.workType}>${msg('Kies…', { id: 'views.form.choose' })}</option>
            ${form.workTypes.map((type) => html`<option value=${type.id} ?selected=${values.workType === type.id}>${type.label[this.locale]}</option>`)}
          </select>
          ${this.error('workType')}
        </div>
        <div class="field">
          <label for="description">${msg('Wat is er aan de hand?', { id: 'views.requestForm.description' })}</label>
          <textarea
            id="description"
            rows="5"
            maxlength=${descriptionLimits.max}
            .value=${values.description}
            aria-invalid=${this.invalid('description')}
            aria-describedby=${this.describedBy('description', true)}
            @input=${(event: InputEvent) => this.set('description', (event.target as HTMLTextAreaElement).value)}
          ></textarea>
          <p class="hint" id="description-hint">${msg('Bijvoorbeeld: wat werkt er niet, sinds wanneer, en welke storingscode ziet u?', { id: 'views.requestForm.descriptionHint' })}</p>
          ${this.error('description')}
        </div>
        ${loading
          ? html`<div class="field" aria-hidden="true"><div class="skeleton label"></div><div class="skeleton block control"></div></div>`
          : nothing}
        ${this.choices.status === TaskStatus.ERROR
          ? html`<div class="notice error" role="alert">
              <p>${msg('Uw adressen en installaties konden niet worden geladen.', { id: 'views.requestForm.choicesFailed' })} ${errorMessage(this.choices.error)}</p>
              <div><button type="button" class="btn secondary small" part="retry" @click=${() => void this.choices.run()}>${msg('Opnieuw proberen', { id: 'views.state.retry' })}</button></div>
            </div>`
          : nothing}
        ${loading
          ? nothing
          : html`<div class="field">
              <label for="locationId">${msg('Adres', { id: 'views.requestForm.location' })}${locations.length ? nothing : optional}</label>
              <select id="locationId" aria-invalid=${this.invalid('locationId')} aria-describedby=${this.describedBy('locationId')} @change=${(event: Event) => this.set('locationId', (event.target as HTMLSelectElement).value)}>
                ${locations.length !== 1
                  ? html`<option value="" ?selected=${!values.locationId}>
                      ${locations.length ? msg('Kies…', { id: 'views.form.choose' }) : msg('Niet opgeven', { id: 'views.requestForm.noLocation' })}
                    </option>`
                  : nothing}
                ${locations.map((location) => html`<option value=${location.id} ?selected=${values.locationId === location.id}>${addressLine(location)}</option>`)}
                <option value=${newLocation} ?selected=${values.locationId === newLocation}>${msg('Een ander adres toevoegen…', { id: 'views.requestForm.newLocation' })}</option>
              </select>
              ${this.error('locationId')}
              ${values.locationId === newLocation
                ? html`<div class="new-location">
                    <p class="hint">${msg('Het bedrijf ziet dit adres als door u voorgesteld en neemt het over bij uw adressen.', { id: 'views.requestForm.newLocationHint' })}</p>
                    <kp-address-fields
                      id-prefix="new-location"
                      .value=${values.newAddress}
                      .errors=${this.addressErrors}
                      @kp-address-change=${(event: CustomEvent<{ value: AddressValue }>) => {
                        values.newAddress = event.detail.value;
                        this.addressErrors = {};
                      }}
                    ></kp-address-fields>
                  </div>`
                : nothing}
            </div>`}
        ${objects.length
          ? html`<div class="field">
              <label for="objectId">${msg('Om welke installatie gaat het?', { id: 'views.requestForm.object' })}${optional}</label>
              <select
                id="objectId"
                aria-invalid=${this.invalid('objectId')}
                aria-describedby=${this.describedBy('objectId')}
                @change=${(event: Event) => {
                  const id = (event.target as HTMLSelectElement).value;
                  this.set('objectId', id);
                  const locationId = objects.find((object) => object.id === id)?.locationId;
                  if (locationId && locations.some((location) => location.id === locationId)) this.set('locationId', locationId);
                }}
              >
                <option value="" ?selected=${!values.objectId}>${msg('Weet ik niet / geen', { id: 'views.requestForm.noObject' })}</option>
                ${objects.map(
                  (object) => html`<option value=${object.id} ?selected=${values.objectId === object.id}>${[object.name, makeAndModel(object)].filter(Boolean).join(' · ')}</option>`,
                )}
              </select>
              ${this.error('objectId')}
            </div>`
          : nothing}
        ${this.renderWhen(values)}
        <div class="field">
          <label for="phone">${msg('Telefoonnummer', { id: 'views.requestForm.phone' })}${optional}</label>
          <input
            id="phone"
            type="tel"
            autocomplete="tel"
            inputmode="tel"
            maxlength="30"
            .value=${values.phone}
            aria-invalid=${this.invalid('phone')}
            aria-describedby=${this.describedBy('phone', true)}
            @input=${(event: InputEvent) => this.set('phone', (event.target as HTMLInputElement).value)}
          />
          <p class="hint" id="phone-hint">${msg('Zodat de monteur u kan bellen voor een afspraak.', { id: 'views.requestForm.phoneHint' })}</p>
          ${this.error('phone')}
        </div>
        ${form.checklist.length
          ? html`<fieldset class="field" aria-describedby=${this.describedBy('checklist')}>
              <legend>${msg('Heeft u dit al gecontroleerd?', { id: 'views.requestForm.checklist' })}${optional}</legend>
              ${form.checklist.map(
                (item) => html`<label class="check">
                  <input
                    type="checkbox"
                    name="checklist"
                    .checked=${values.checklist.includes(item.id)}
                    @change=${(event: Event) =>
                      this.set(
                        'checklist',
                        (event.target as HTMLInputElement).checked ? [...values.checklist, item.id] : values.checklist.filter((id) => id !== item.id),
                      )}
                  />
                  ${item.label[this.locale]}
                </label>`,
              )}
              ${this.error('checklist')}
            </fieldset>`
          : nothing}
        <div class="field">
          <kp-photo-picker
            id="photos"
            .photos=${draft.photos}
            max=${maxPhotos}
            ?required=${form.requirePhoto}
            error=${this.errors.photos ?? ''}
            @kp-photos-change=${(event: CustomEvent<{ photos: File[] }>) => {
              draft.photos = event.detail.photos;
              if (this.errors.photos) this.errors = { ...this.errors, photos: undefined };
              else this.requestUpdate();
            }}
          ></kp-photo-picker>
        </div>
        ${form.requireTerms
          ? html`<div class="field">
              <label class="check">
                <input
                  id="acceptTerms"
                  type="checkbox"
                  .checked=${values.acceptTerms}
                  aria-invalid=${this.invalid('acceptTerms')}
                  aria-describedby=${this.describedBy('acceptTerms')}
                  @change=${(event: Event) => this.set('acceptTerms', (event.target as HTMLInputElement).checked)}
                />
                <span>
                  ${msg('Ik ga akkoord met de', { id: 'views.requestForm.termsPrefix' })}
                  ${form.termsUrl
                    ? html`<a href=${form.termsUrl} target="_blank" rel="noopener noreferrer"
                        >${msg('voorwaarden', { id: 'views.requestForm.terms' })}<span class="visually-hidden"> ${msg('(opent in een nieuw tabblad)', { id: 'views.link.newTab' })}</span></a
                      >`
                    : msg('voorwaarden', { id: 'views.requestForm.terms' })}
                </span>
              </label>
              ${this.error('acceptTerms')}
            </div>`
          : nothing}
      </fieldset>
      ${draft.created ? this.renderPhotosPending(draft, failure) : nothing}
      <p class="progress muted" role="status">${this.notice}</p>
      ${failure && !draft.created && !this.bookingNotice ? this.renderFailure(failure) : nothing}
      ${draft.created
        ? nothing
        : html`<div class="actions">
            <button type="submit" class="btn primary" part="submit" aria-disabled=${busy ? 'true' : 'false'} aria-describedby=${failure ? 'submit-error' : nothing}>
              ${busy ? msg('Versturen…', { id: 'views.messages.sending' }) : msg('Aanvraag versturen', { id: 'views.requestForm.submit' })}
            </button>
          </div>`}
    </form>`;
  }

  /** Off: the work type is not booked, or no configuration says so and nothing was free. */
  private bookingMode(workType: string): 'on' | 'probe' | 'off' {
    if (!workType) return 'off';
    const booking = portalBooking(this.config);
    if (booking) return booking.enabled && booking.workTypes.includes(workType) ? 'on' : 'off';
    return 'probe';
  }

  private chooseWorkType(workType: string) {
    const values = this.draft?.values;
    if (values && values.workType !== workType) {
      // Windows belong to a work type: another one starts the choice again.
      values.booking = null;
      this.draft!.bookingText = '';
      this.bookingOffered = null;
      this.bookingNotice = '';
      this.preferInstead = false;
    }
    this.set('workType', workType);
  }

  /** The customer would rather say a preference than book, or back to the windows. */
  private choosePreference(preference: boolean): void {
    this.preferInstead = preference;
    if (this.errors.booking) this.errors = { ...this.errors, booking: undefined };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(preference ? '#preferredDate' : '#booking')?.focus());
  }

  /** When the visit may be: a free window, or (instead, or when none are offered) a preferred date and part of day. */
  private renderWhen(values: RequestValues): TemplateResult {
    const mode = this.bookingMode(values.workType);
    const offered = mode === 'on' || this.bookingOffered === true;
    if (offered && this.preferInstead) {
      return html`${this.renderPreference(values)}
        <div class="field booking">
          <button type="button" class="btn link" part="choose-window" @click=${() => this.choosePreference(false)}>
            ${msg('Toch zelf een moment kiezen', { id: 'views.booking.chooseWindow' })}
          </button>
        </div>`;
    }
    const windows =
      mode === 'off'
        ? nothing
        : html`<div class="field booking">
            <kp-booking-windows
              id="booking"
              .client=${this.client}
              work-type=${values.workType}
              locale=${this.locale}
              legend=${msg('Wanneer mag de monteur komen?', { id: 'views.booking.legend' })}
              .value=${values.booking}
              notice=${this.bookingNotice}
              horizon-weeks=${portalBooking(this.config)?.horizonWeeks ?? 26}
              ?quiet-when-none=${mode === 'probe'}
              aria-invalid=${this.invalid('booking')}
              @kp-booking-offer=${(event: CustomEvent<{ offered: boolean }>) => (this.bookingOffered = event.detail.offered)}
              @kp-booking-window-change=${(event: WindowChangeEvent) => {
                this.draft!.bookingText = describeWindow(event.detail.window, this.locale);
                this.bookingNotice = '';
                this.set('booking', event.detail.choice);
              }}
            ></kp-booking-windows>
            ${this.error('booking')}
            ${offered
              ? html`<div>
                  <button type="button" class="btn link" part="prefer-instead" @click=${() => this.choosePreference(true)}>
                    ${msg('Geen moment dat past? Geef een voorkeur op', { id: 'views.booking.preferInstead' })}
                  </button>
                </div>`
              : nothing}
          </div>`;
    // Until the portal is known to offer windows for this work type, the preference is there to fill in.
    const showPreference = mode === 'off' || (mode === 'probe' && this.bookingOffered !== true);
    return html`${windows}${showPreference ? this.renderPreference(values) : nothing}`;
  }

  private renderPreference(values: RequestValues): TemplateResult {
    const optional = html` <span class="optional">${msg('(optioneel)', { id: 'shell.field.optional' })}</span>`;
    return html`<div class="when">
          <div class="field">
            <label for="preferredDate">${msg('Voorkeursdatum', { id: 'views.requestForm.preferredDate' })}${optional}</label>
            <input
              id="preferredDate"
              type="date"
              min=${localDate(new Date())}
              .value=${values.preferredDate}
              aria-invalid=${this.invalid('preferredDate')}
              aria-describedby=${this.describedBy('preferredDate')}
              @input=${(event: InputEvent) => this.set('preferredDate', (event.target as HTMLInputElement).value)}
            />
            ${this.error('preferredDate')}
          </div>
          <fieldset class="field" aria-describedby=${this.describedBy('preferredPartOfDay')}>
            <legend>${msg('Dagdeel', { id: 'views.requestForm.partOfDay' })}</legend>
            <div class="choices">
              ${partsOfDay.map(
                (part) => html`<label class="check">
                  <input
                    type="radio"
                    name="preferredPartOfDay"
                    .value=${part}
                    .checked=${values.preferredPartOfDay === part}
                    @change=${() => this.set('preferredPartOfDay', part)}
                  />
                  ${partOfDayName(part || 'any')}
                </label>`,
              )}
            </div>
            ${this.error('preferredPartOfDay')}
          </fieldset>
        </div>`;
  }

  private renderFailure(failure: unknown) {
    const mismatch = failure instanceof PortalApiError && failure.code === 'idempotency_mismatch';
    const invalid = failure instanceof PortalApiError && failure.code === 'validation_failed';
    return html`<div class="notice error" role="alert" part="submit-error" id="submit-error">
      <p><strong>${msg('Uw aanvraag is niet verstuurd.', { id: 'views.requestForm.notSent' })}</strong></p>
      <p>
        ${mismatch
          ? msg('Het lijkt erop dat deze aanvraag al eerder is verstuurd met andere gegevens. Kijk bij uw aanvragen, of verstuur hem opnieuw als nieuwe aanvraag.', { id: 'views.requestForm.mismatch' })
          : invalid
            ? msg('Controleer de gemarkeerde velden.', { id: 'views.requestForm.checkFields' })
            : html`${errorMessage(failure)} ${msg('Wat u heeft ingevuld blijft bewaard; probeer het gerust opnieuw.', { id: 'views.requestForm.kept' })}`}
      </p>
    </div>`;
  }

  /** The request exists; some photos did not arrive. Sending them again, or going on without them. */
  private renderPhotosPending(draft: RequestDraft, failure: unknown) {
    const busy = this.submission.status === TaskStatus.PENDING;
    const missing = draft.photos.filter((photo) => !draft.uploaded.has(photo)).length;
    return html`<div class="notice ${failure ? 'error' : 'info'}" role=${failure ? 'alert' : 'status'} part="photos-pending">
      <p>
        ${msg(str`Uw aanvraag is ontvangen onder referentie ${draft.created!.reference}.`, { id: 'views.requestForm.createdPartly' })}
        ${failure && missing
          ? html`${isOne(missing)
              ? msg('1 foto is nog niet verstuurd.', { id: 'views.requestForm.photosMissing.one' })
              : msg(str`${missing} foto's zijn nog niet verstuurd.`, { id: 'views.requestForm.photosMissing.other' })}
            ${errorMessage(failure)}`
          : nothing}
      </p>
      <div class="actions">
        <button type="submit" class="btn primary" part="submit" aria-disabled=${busy ? 'true' : 'false'}>${msg("Foto's opnieuw versturen", { id: 'views.requestForm.retryPhotos' })}</button>
        <button type="button" class="btn secondary" ?disabled=${busy} @click=${() => this.client && this.finish(this.client, draft.created!)}>
          ${msg("Doorgaan zonder deze foto's", { id: 'views.requestForm.skipPhotos' })}
        </button>
      </div>
    </div>`;
  }
}

function addressLine(location: Location): string {
  const street = `${location.street} ${location.houseNumber}, ${location.postalCode} ${location.city}`;
  return location.name ? `${location.name}: ${street}` : street;
}

defineElement('kp-request-form-view', RequestFormView);

declare global {
  interface HTMLElementTagNameMap {
    'kp-request-form-view': RequestFormView;
  }
}
