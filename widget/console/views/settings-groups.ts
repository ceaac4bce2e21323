// The groups of the portal settings form, as a business thinks of them: each draws its part of the unsaved settings
// and changes them through `update`; errors are keyed by the setting's path, as the server names them.
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { textField } from '../../auth/fields.js';
import type { ChecklistItem, FeatureName, PortalSettings, WorkOrderStatus, WorkType } from '../api/settings.js';
import { contrastWithWhite, featureLabel, idFrom, statusLabel } from './settings-checks.js';

export interface GroupContext {
  draft: PortalSettings;
  saved: PortalSettings;
  errors: Record<string, string>;
  update(change: (draft: PortalSettings) => void): void;
}

const fieldId = (path: string) => path.replaceAll('.', '-');

function card(id: string, title: string, content: unknown, intro?: string): TemplateResult {
  return html`<section class="card group" part="group">
    <h2 id="${id}-title">${title}</h2>
    ${intro ? html`<p class="muted">${intro}</p>` : nothing} ${content}
  </section>`;
}

function toggle(id: string, label: string, checked: boolean, onChange: (checked: boolean) => void, hint?: string): TemplateResult {
  return html`<div class="toggle">
    <label class="check" for=${id}
      ><input id=${id} type="checkbox" .checked=${live(checked)} aria-describedby=${hint ? `${id}-hint` : nothing} @change=${(event: Event) => onChange((event.target as HTMLInputElement).checked)} />
      ${label}</label
    >
    ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
  </div>`;
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

function general(context: GroupContext): TemplateResult {
  const { draft, errors, update } = context;
  return card(
    'general',
    msg('Algemeen', { id: 'console.settings.group.general' }),
    html`${textField({
        id: 'name',
        label: msg('Naam', { id: 'console.settings.name' }),
        value: draft.name,
        maxlength: 120,
        hint: msg('Klanten zien deze naam boven in het portaal.', { id: 'console.settings.nameHint' }),
        error: errors.name,
        onInput: (value) => update((d) => (d.name = value)),
      })}
      ${toggle('enabled', msg('Het portaal staat aan', { id: 'console.settings.enabledLabel' }), draft.enabled, (on) => update((d) => (d.enabled = on)), msg('Uit: klanten kunnen niet inloggen en zien een melding.', { id: 'console.settings.enabledHint' }))}
      <fieldset>
        <legend>${msg('Taal', { id: 'console.settings.locale' })}</legend>
        <p class="hint">${msg('De taal van het portaal voor klanten die zelf geen taal kozen.', { id: 'console.settings.localeHint' })}</p>
        <div class="choices">
          ${(['nl', 'en'] as const).map(
            (locale) => html`<label class="check"
              ><input type="radio" name="portal-locale" value=${locale} .checked=${live(draft.locale === locale)} @change=${() => update((d) => (d.locale = locale))} />
              ${locale === 'nl' ? 'Nederlands' : 'English'}</label
            >`,
          )}
        </div>
      </fieldset>`,
  );
}

const featureOrder: FeatureName[] = ['requests', 'workOrders', 'quotes', 'invoices', 'objects', 'documents', 'orders', 'messages', 'contacts'];
const statusOrder: WorkOrderStatus[] = ['open', 'planned', 'in_progress', 'completed', 'cancelled'];

function visible(context: GroupContext): TemplateResult {
  const { draft, update } = context;
  return card(
    'visible',
    msg('Wat klanten zien', { id: 'console.settings.group.visible' }),
    html`<fieldset>
        <legend>${msg('Onderdelen van het portaal', { id: 'console.settings.parts' })}</legend>
        <div class="switches">
          ${featureOrder.map((feature) => toggle(`feature-${feature}`, featureLabel(feature), draft.features[feature], (on) => update((d) => (d.features[feature] = on))))}
        </div>
      </fieldset>
      <fieldset ?disabled=${!draft.features.workOrders}>
        <legend>${msg('Werkbonnen', { id: 'console.settings.feature.workOrders' })}</legend>
        <p class="hint">${msg('Welke werkbonnen klanten zien, naar hun status.', { id: 'console.settings.statusesHint' })}</p>
        <div class="switches">
          ${statusOrder.map((status) =>
            toggle(`status-${status}`, statusLabel(status), draft.workOrders.visibleStatuses.includes(status), (on) =>
              update((d) => {
                const chosen = new Set(d.workOrders.visibleStatuses);
                if (on) chosen.add(status);
                else chosen.delete(status);
                d.workOrders.visibleStatuses = statusOrder.filter((candidate) => chosen.has(candidate));
              }),
            ),
          )}
        </div>
        ${toggle('showPrices', msg('Prijzen tonen op werkbonnen', { id: 'console.settings.showPricesLabel' }), draft.workOrders.showPrices, (on) => update((d) => (d.workOrders.showPrices = on)))}
      </fieldset>
      <fieldset ?disabled=${!draft.features.quotes}>
        <legend>${msg('Offertes', { id: 'console.settings.feature.quotes' })}</legend>
        ${toggle(
          'requireSignature',
          msg('Klanten zetten een handtekening bij het accepteren', { id: 'console.settings.requireSignatureLabel' }),
          draft.quotes.requireSignature,
          (on) => update((d) => (d.quotes.requireSignature = on)),
          msg('Naast hun volledige naam tekenen klanten met vinger of muis; u ziet de handtekening bij de offerte.', { id: 'console.settings.requireSignatureHint' }),
        )}
      </fieldset>`,
    msg('Wat uit staat, verdwijnt uit het portaal en is ook via de API niet meer op te vragen.', { id: 'console.settings.visibleIntro' }),
  );
}

type Choice = WorkType | ChecklistItem;

function choiceList(context: GroupContext, key: 'workTypes' | 'checklist', title: string, addLabel: string, max: number): TemplateResult {
  const { draft, saved, errors, update } = context;
  const items: Choice[] = draft.requestForm[key];
  const savedIds = new Set(saved.requestForm[key].map((item) => item.id));
  const change = (mutate: (list: Choice[]) => void) => update((d) => mutate(d.requestForm[key]));
  const move = (index: number, by: number) =>
    change((list) => {
      const [item] = list.splice(index, 1);
      list.splice(index + by, 0, item!);
    });
  return html`<fieldset class="choice-list">
    <legend>${title}</legend>
    ${errors[`requestForm.${key}`] ? html`<p class="error" role="alert">${errors[`requestForm.${key}`]}</p>` : nothing}
    <ol>
      ${items.map((item, index) => {
        const path = `requestForm.${key}.${index}`;
        const name = item.label.nl || item.id;
        return html`<li class="choice">
          <div class="labels">
            ${textField({
              id: fieldId(`${path}.label.nl`),
              label: msg('Nederlands', { id: 'console.settings.labelNl' }),
              value: item.label.nl,
              maxlength: 100,
              error: errors[`${path}.label.nl`],
              onInput: (value) =>
                change((list) => {
                  const current = list[index]!;
                  const others = list.filter((_, other) => other !== index).map((other) => other.id);
                  // A new entry takes its id from its Dutch name; a saved one keeps it, as requests name it.
                  list[index] = { id: savedIds.has(current.id) ? current.id : idFrom(value, others), label: { ...current.label, nl: value } };
                }),
            })}
            ${textField({
              id: fieldId(`${path}.label.en`),
              label: msg('Engels', { id: 'console.settings.labelEn' }),
              value: item.label.en,
              maxlength: 100,
              error: errors[`${path}.label.en`],
              onInput: (value) => change((list) => (list[index] = { ...list[index]!, label: { ...list[index]!.label, en: value } })),
            })}
          </div>
          <div class="row-actions">
            <button type="button" class="btn link" ?disabled=${index === 0} @click=${() => move(index, -1)} aria-label=${msg(str`${name} omhoog`, { id: 'console.settings.moveUp' })}>↑</button>
            <button type="button" class="btn link" ?disabled=${index === items.length - 1} @click=${() => move(index, 1)} aria-label=${msg(str`${name} omlaag`, { id: 'console.settings.moveDown' })}>↓</button>
            <button type="button" class="btn link danger-text" @click=${() => change((list) => list.splice(index, 1))}>
              ${msg('Verwijderen', { id: 'console.settings.remove' })}<span class="visually-hidden">: ${name}</span>
            </button>
          </div>
        </li>`;
      })}
    </ol>
    <button
      type="button"
      class="btn secondary"
      ?disabled=${items.length >= max}
      @click=${() => change((list) => list.push({ id: idFrom('nieuw', list.map((item) => item.id)), label: { nl: '', en: '' } }))}
    >
      ${addLabel}
    </button>
  </fieldset>`;
}

function requests(context: GroupContext): TemplateResult {
  const { draft, errors, update } = context;
  return card(
    'requests',
    msg('Aanvragen', { id: 'console.settings.group.requests' }),
    html`${choiceList(context, 'workTypes', msg('Soorten werk', { id: 'console.settings.workTypes' }), msg('Soort werk toevoegen', { id: 'console.settings.addWorkType' }), 30)}
      ${choiceList(context, 'checklist', msg('Vragen vooraf', { id: 'console.settings.checklist' }), msg('Vraag toevoegen', { id: 'console.settings.addQuestion' }), 10)}
      ${toggle(
        'requirePhoto',
        msg('Klanten moeten minstens één foto toevoegen', { id: 'console.settings.requirePhotoLabel' }),
        draft.requestForm.requirePhoto,
        (on) => update((d) => (d.requestForm.requirePhoto = on)),
        msg('Het formulier vraagt om een foto voordat het de aanvraag verstuurt.', { id: 'console.settings.requirePhotoHint' }),
      )}
      ${toggle('requireTerms', msg('Klanten moeten de voorwaarden accepteren', { id: 'console.settings.requireTermsLabel' }), draft.requestForm.requireTerms, (on) => update((d) => (d.requestForm.requireTerms = on)))}
      ${textField({
        id: 'requestForm-termsUrl',
        label: msg('Adres van de voorwaarden', { id: 'console.settings.termsUrl' }),
        value: draft.requestForm.termsUrl ?? '',
        optional: !draft.requestForm.requireTerms,
        maxlength: 2000,
        error: errors['requestForm.termsUrl'],
        onInput: (value) => update((d) => (d.requestForm.termsUrl = orNull(value))),
      })}`,
    msg('Het formulier waarmee klanten werk aanvragen.', { id: 'console.settings.requestsIntro' }),
  );
}

function guests(context: GroupContext): TemplateResult {
  const { draft, update } = context;
  return card(
    'guests',
    msg('Gastaanvragen', { id: 'console.settings.group.guests' }),
    toggle(
      'feature-guestRequests',
      msg('Ook mensen zonder account kunnen een aanvraag doen', { id: 'console.settings.guestLabel' }),
      draft.features.guestRequests,
      (on) => update((d) => (d.features.guestRequests = on)),
      msg('Zij vullen hun naam, adres en e-mail in; u maakt er in de inbox een klant van.', { id: 'console.settings.guestHint' }),
    ),
  );
}

function notifications(context: GroupContext): TemplateResult {
  const { draft, errors, update } = context;
  const mails = draft.notifications.customerEmails;
  const mail = (key: keyof typeof mails, label: string) => toggle(`mail-${key}`, label, mails[key], (on) => update((d) => (d.notifications.customerEmails[key] = on)));
  return card(
    'notifications',
    msg('Meldingen', { id: 'console.settings.group.notifications' }),
    html`${textField({
        id: 'notifications-newRequestEmail',
        type: 'email',
        label: msg('Meldingsadres voor nieuwe aanvragen', { id: 'console.settings.newRequestEmailLabel' }),
        value: draft.notifications.newRequestEmail ?? '',
        optional: true,
        maxlength: 254,
        autocomplete: 'email',
        hint: msg('Elke nieuwe aanvraag en elke geaccepteerde offerte komt ook hier binnen per mail.', { id: 'console.settings.newRequestEmailHint' }),
        error: errors['notifications.newRequestEmail'],
        onInput: (value) => update((d) => (d.notifications.newRequestEmail = orNull(value))),
      })}
      <fieldset>
        <legend>${msg('Mails aan klanten', { id: 'console.settings.customerEmails' })}</legend>
        <div class="switches">
          ${mail('statusChanged', msg('Hun aanvraag of werkbon krijgt een nieuwe status', { id: 'console.settings.mailStatus' }))}
          ${mail('newMessage', msg('U stuurt een bericht', { id: 'console.settings.mailMessage' }))}
          ${mail('newInvoice', msg('Er staat een nieuwe factuur klaar', { id: 'console.settings.mailInvoice' }))}
          ${mail('newQuote', msg('Er staat een nieuwe offerte klaar', { id: 'console.settings.mailQuote' }))}
        </div>
      </fieldset>`,
  );
}

function signIn(context: GroupContext, sso: { secret: string; rotate: () => void; busy: boolean }): TemplateResult {
  const { draft, saved, errors, update } = context;
  return card(
    'sign-in',
    msg('Inloggen', { id: 'console.settings.group.signIn' }),
    html`${errors.auth ? html`<p class="error" role="alert">${errors.auth}</p>` : nothing}
      <div class="switches">
        ${toggle('auth-password', msg('Met e-mail en wachtwoord', { id: 'console.settings.authPasswordLabel' }), draft.auth.password, (on) => update((d) => (d.auth.password = on)))}
        ${toggle('auth-magicLink', msg('Met een inloglink per mail', { id: 'console.settings.authMagicLinkLabel' }), draft.auth.magicLink, (on) => update((d) => (d.auth.magicLink = on)))}
        ${toggle(
          'auth-sso',
          msg('Via de inlog van uw eigen website (SSO)', { id: 'console.settings.authSsoLabel' }),
          draft.auth.sso.enabled,
          (on) => update((d) => (d.auth.sso.enabled = on)),
          msg('Uw website ondertekent een identiteitsbewijs met een geheim dat u hier krijgt.', { id: 'console.settings.authSsoHint' }),
        )}
      </div>
      ${sso.secret
        ? html`<div class="notice warning" role="status" part="sso-secret">
            <p><strong>${msg('Het geheim voor SSO (alleen nu te zien):', { id: 'console.settings.ssoSecretOnce' })}</strong></p>
            <p><code class="secret">${sso.secret}</code></p>
            <p>${msg('Bewaar het bij uw website. Kwijt? Maak een nieuw geheim; het oude werkt dan niet meer.', { id: 'console.settings.ssoSecretKeep' })}</p>
          </div>`
        : nothing}
      ${saved.auth.sso.enabled && draft.auth.sso.enabled
        ? html`<button type="button" class="btn secondary" ?disabled=${sso.busy} @click=${sso.rotate}>${msg('Nieuw SSO-geheim maken…', { id: 'console.settings.rotateSso' })}</button>`
        : nothing}`,
  );
}

export interface LogoControls {
  busy: boolean;
  error: string;
  choose: (file: File) => void;
  remove: () => void;
}

function branding(context: GroupContext, logo: LogoControls): TemplateResult {
  const { draft, errors, update } = context;
  const colour = draft.branding.primaryColor;
  const ratio = contrastWithWhite(colour);
  const enough = ratio !== null && ratio >= 4.5;
  return card(
    'branding',
    msg('Huisstijl', { id: 'console.settings.group.branding' }),
    html`<div class="field">
        <label for="branding-primaryColor">${msg('Kleur', { id: 'console.settings.colour' })}</label>
        <p class="hint" id="branding-primaryColor-hint">${msg('Knoppen en links in het portaal; de tekst erop is wit.', { id: 'console.settings.colourHint' })}</p>
        <div class="control-row">
          <input
            type="color"
            aria-label=${msg('Kleur kiezen', { id: 'console.settings.colourPicker' })}
            .value=${live(/^#[0-9a-f]{6}$/i.test(colour) ? colour.toLowerCase() : '#000000')}
            @input=${(event: Event) => update((d) => (d.branding.primaryColor = (event.target as HTMLInputElement).value))}
          />
          <input
            id="branding-primaryColor"
            type="text"
            maxlength="7"
            .value=${live(colour)}
            aria-invalid=${errors['branding.primaryColor'] ? 'true' : 'false'}
            aria-describedby="branding-primaryColor-hint branding-primaryColor-contrast${errors['branding.primaryColor'] ? ' branding-primaryColor-error' : ''}"
            @input=${(event: Event) => update((d) => (d.branding.primaryColor = (event.target as HTMLInputElement).value.trim()))}
          />
          <span class="swatch" style="background:${/^#[0-9a-f]{6}$/i.test(colour) ? colour : 'transparent'}" aria-hidden="true">Aa</span>
        </div>
        ${errors['branding.primaryColor'] ? html`<p class="error" id="branding-primaryColor-error">${errors['branding.primaryColor']}</p>` : nothing}
        ${ratio !== null
          ? html`<p id="branding-primaryColor-contrast" class=${enough ? 'contrast-ok' : 'contrast-low'} part="contrast">
              ${enough
                ? msg(str`Contrast met witte tekst: ${ratio.toFixed(1)} : 1, goed leesbaar.`, { id: 'console.settings.contrastOk' })
                : msg(str`Contrast met witte tekst: ${ratio.toFixed(1)} : 1. Dat is te laag (minimaal 4,5 : 1): kies een donkerdere kleur.`, { id: 'console.settings.contrastLow' })}
            </p>`
          : nothing}
      </div>
      <div class="field logo-field">
        <p class="label" id="logo-label">${msg('Logo', { id: 'console.settings.logo' })}</p>
        <p class="hint" id="logo-hint">${msg('PNG, JPEG of WebP, hoogstens 1 MB. Het staat meteen in het portaal, ook zonder opslaan.', { id: 'console.settings.logoHint' })}</p>
        ${draft.branding.logoUrl ? html`<img class="logo-preview" src=${draft.branding.logoUrl} alt=${msg('Huidig logo', { id: 'console.settings.logoCurrent' })} />` : html`<p class="muted">${msg('Nog geen logo.', { id: 'console.settings.noLogo' })}</p>`}
        ${logo.error ? html`<p class="error" role="alert" id="logo-error">${logo.error}</p>` : nothing}
        <div class="actions">
          <label class="btn secondary file-button" ?aria-disabled=${logo.busy}>
            ${draft.branding.logoUrl ? msg('Ander logo kiezen…', { id: 'console.settings.logoReplace' }) : msg('Logo kiezen…', { id: 'console.settings.logoChoose' })}
            <input
              type="file"
              class="visually-hidden"
              accept="image/png,image/jpeg,image/webp"
              aria-describedby="logo-hint"
              ?disabled=${logo.busy}
              @change=${(event: Event) => {
                const input = event.target as HTMLInputElement;
                const file = input.files?.[0];
                input.value = '';
                if (file) logo.choose(file);
              }}
            />
          </label>
          ${draft.branding.logoUrl ? html`<button type="button" class="btn link" ?disabled=${logo.busy} @click=${logo.remove}>${msg('Logo verwijderen', { id: 'console.settings.logoRemove' })}</button>` : nothing}
        </div>
      </div>`,
  );
}

function website(context: GroupContext): TemplateResult {
  const { draft, errors, update } = context;
  return card(
    'website',
    msg('Website', { id: 'console.settings.group.website' }),
    html`${textField({
        id: 'homeUrl',
        label: msg('Adres van uw portaalpagina', { id: 'console.settings.homeUrl' }),
        value: draft.homeUrl ?? '',
        optional: true,
        maxlength: 2000,
        hint: msg('De pagina van uw website waarop het portaal staat; links in mails wijzen hierheen.', { id: 'console.settings.homeUrlHint' }),
        error: errors.homeUrl,
        onInput: (value) => update((d) => (d.homeUrl = orNull(value))),
      })}
      <fieldset>
        <legend>${msg('Toegestane websites', { id: 'console.settings.allowedOrigins' })}</legend>
        <p class="hint">${msg('Alleen op deze websites werkt het portaal: het begin van het adres, zoals https://www.uwbedrijf.nl.', { id: 'console.settings.allowedOriginsHint' })}</p>
        <ul class="origins">
          ${draft.allowedOrigins.map(
            (origin, index) => html`<li>
              ${textField({
                id: `allowedOrigins-${index}`,
                label: msg(str`Website ${index + 1}`, { id: 'console.settings.originLabel' }),
                value: origin,
                maxlength: 300,
                inputmode: 'text',
                error: errors[`allowedOrigins.${index}`],
                onInput: (value) => update((d) => (d.allowedOrigins[index] = value.trim())),
              })}
              <button type="button" class="btn link" @click=${() => update((d) => d.allowedOrigins.splice(index, 1))}>
                ${msg('Verwijderen', { id: 'console.settings.remove' })}<span class="visually-hidden">: ${origin || index + 1}</span>
              </button>
            </li>`,
          )}
        </ul>
        <button type="button" class="btn secondary" ?disabled=${draft.allowedOrigins.length >= 20} @click=${() => update((d) => d.allowedOrigins.push(''))}>
          ${msg('Website toevoegen', { id: 'console.settings.addOrigin' })}
        </button>
      </fieldset>`,
  );
}

/** Every group, in the order a business goes through them. */
export function settingsGroups(context: GroupContext, extra: { sso: { secret: string; rotate: () => void; busy: boolean }; logo: LogoControls }): TemplateResult {
  return html`${general(context)} ${visible(context)} ${requests(context)} ${guests(context)} ${notifications(context)} ${signIn(context, extra.sso)} ${branding(context, extra.logo)} ${website(context)}`;
}
