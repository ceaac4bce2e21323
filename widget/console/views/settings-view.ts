import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { PortalApiError } from '../../api/client.js';
import { describeError } from '../../api/errors.js';
import { focusFirstInvalid, formNotice, textField } from '../../auth/fields.js';
import { emptyBlock, errorBlock, pendingBlock } from '../../components/states.js';
import { defineElement } from '../../components/define.js';
import { kp } from '../../styles/theme.js';
import { createPortal, listPortalSettings, previewConfig, removeLogo, savePortal, uploadLogo, type Portal, type PortalSettings } from '../api/settings.js';
import { ConsoleView } from './console-view.js';
import { changedSettings, normalOrigin, settingsProblems } from './settings-checks.js';
import { settingsGroups } from './settings-groups.js';
import './settings-embed.js';
import './settings-preview.js';

const maxLogoBytes = 1024 * 1024;
const slugPattern = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;

const copy = (settings: PortalSettings): PortalSettings => structuredClone(settings);

/** What a save tells: how many settings changed, and which. */
function savedText(changed: string[], rotatedSsoSecret: boolean): string {
  if (changed.length === 1) return msg(str`1 instelling opgeslagen: ${changed[0]}.`, { id: 'console.settings.savedOne' });
  if (changed.length > 1) return msg(str`${changed.length} instellingen opgeslagen: ${changed.join(', ')}.`, { id: 'console.settings.savedSome' });
  if (rotatedSsoSecret) return msg('Er is een nieuw SSO-geheim gemaakt.', { id: 'console.settings.ssoRotated' });
  return msg('Er was niets veranderd.', { id: 'console.settings.savedNothing' });
}

/**
 * @summary The settings of one of the business's portals, grouped as a business thinks of them, beside the real
 * widget drawing them before they are saved; a switcher between portals, a new portal, and the code for the website.
 *
 * @csspart heading - The view's title.
 * @csspart group - Each group of settings.
 * @csspart save - The save button.
 */
export class SettingsView extends ConsoleView {
  static override styles = [
    ...ConsoleView.styles,
    css`
      .layout {
        display: grid;
        gap: ${kp('space-4')};
      }
      .layout > * {
        min-width: 0;
      }
      @media (min-width: 1100px) {
        .layout {
          grid-template-columns: minmax(0, 1fr) 430px;
          align-items: start;
        }
        .preview {
          position: sticky;
          top: ${kp('space-4')};
          max-height: calc(100vh - 32px);
          overflow: auto;
        }
      }
      .form {
        display: grid;
        gap: ${kp('space-4')};
      }
      .group h2 {
        margin-bottom: ${kp('space-2')};
      }
      fieldset {
        border: 0;
        padding: 0;
        margin: 0 0 ${kp('space-4')};
        min-width: 0;
      }
      legend {
        font-weight: 650;
        margin-bottom: ${kp('space-2')};
      }
      .switches {
        display: grid;
        gap: ${kp('space-2')};
        grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
        margin-bottom: ${kp('space-3')};
      }
      .toggle .hint {
        margin: 0 0 0 28px;
      }
      .choices {
        display: flex;
        gap: ${kp('space-4')};
      }
      .choice-list ol,
      .origins {
        list-style: none;
        padding: 0;
        margin: 0 0 ${kp('space-3')};
        display: grid;
        gap: ${kp('space-3')};
      }
      .choice {
        border: 1px solid ${kp('color-border')};
        border-radius: ${kp('radius')};
        padding: ${kp('space-3')};
      }
      .labels {
        display: grid;
        gap: ${kp('space-2')};
        grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
      }
      .row-actions {
        display: flex;
        gap: ${kp('space-2')};
        justify-content: flex-end;
      }
      .origins li {
        display: flex;
        gap: ${kp('space-2')};
        align-items: end;
      }
      .origins li .field {
        flex: 1;
      }
      .swatch {
        display: inline-grid;
        place-items: center;
        width: 44px;
        height: 44px;
        border-radius: ${kp('radius')};
        color: #fff;
        font-weight: 700;
      }
      input[type='color'] {
        width: 52px;
        height: 44px;
        padding: 2px;
      }
      .contrast-ok {
        color: ${kp('color-success')};
      }
      .contrast-low {
        color: ${kp('color-danger')};
      }
      .logo-preview {
        max-height: 64px;
        max-width: 240px;
        display: block;
        margin-bottom: ${kp('space-2')};
      }
      .file-button {
        position: relative;
      }
      .file-button:focus-within {
        outline: 3px solid ${kp('color-focus')};
        outline-offset: 2px;
      }
      .secret {
        word-break: break-all;
      }
      .bar {
        position: sticky;
        bottom: 0;
        z-index: 1;
        background: ${kp('color-surface')};
        border-top: 1px solid ${kp('color-border')};
        padding: ${kp('space-3')} 0;
        display: flex;
        flex-wrap: wrap;
        gap: ${kp('space-3')};
        align-items: center;
      }
      .switcher {
        display: flex;
        flex-wrap: wrap;
        gap: ${kp('space-3')};
        align-items: end;
        margin-bottom: ${kp('space-4')};
      }
      .switcher .field {
        margin: 0;
      }
      .new-portal {
        display: grid;
        gap: ${kp('space-2')};
        grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
        align-items: end;
      }
    `,
  ];

  /** The portal's slug from the path; '' for the business's first portal. */
  @property() portalSlug = '';

  @state() private saved: Portal | null = null;
  @state() private draft: PortalSettings | null = null;
  @state() private serverErrors: Record<string, string> = {};
  @state() private showErrors = false;
  @state() private busy = false;
  @state() private notice: { kind: 'error' | 'success'; text: string } | null = null;
  @state() private ssoSecret = '';
  @state() private logoBusy = false;
  @state() private logoError = '';
  @state() private revision = 0;
  @state() private creating = false;
  @state() private newPortal = { slug: '', name: '' };
  @state() private newPortalErrors: Record<string, string> = {};

  private readonly portalsTask = new Task(this, {
    task: async ([client], { signal }) => (client ? (await listPortalSettings(client, signal)).items : ([] as Portal[])),
    args: () => [this.client] as const,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const portals = this.portalsTask.value;
    if (!portals) return;
    const wanted = portals.find((portal) => portal.slug === this.portalSlug) ?? (this.portalSlug ? undefined : portals[0]);
    if (wanted && wanted.slug !== this.saved?.slug) this.open(wanted);
    if (!wanted && this.saved) {
      this.saved = null;
      this.draft = null;
    }
  }

  private open(portal: Portal): void {
    this.saved = portal;
    this.draft = copy(portal.settings);
    this.serverErrors = {};
    this.showErrors = false;
    this.notice = null;
    this.ssoSecret = '';
    this.logoError = '';
  }

  override hasUnsavedChanges(): boolean {
    return !!this.saved && !!this.draft && JSON.stringify(this.saved.settings) !== JSON.stringify(this.draft);
  }

  override canLeave(): boolean {
    return !this.hasUnsavedChanges() || window.confirm(msg('U heeft instellingen die nog niet zijn opgeslagen. Toch weggaan?', { id: 'console.settings.leaveUnsaved' }));
  }

  private change(change: (draft: PortalSettings) => void): void {
    if (!this.draft) return;
    const next = copy(this.draft);
    change(next);
    this.draft = next;
    this.notice = null;
  }

  /** What is wrong now: the checks as typed, and what the server said of fields not touched since. */
  private errors(): Record<string, string> {
    if (!this.draft) return {};
    const typed = settingsProblems(this.draft);
    // Website fields are checked as typed; the rest once a save was tried.
    const live = Object.fromEntries(Object.entries(typed).filter(([path]) => this.showErrors || path === 'homeUrl' || path.startsWith('allowedOrigins.') || path.startsWith('branding.')));
    return { ...this.serverErrors, ...live };
  }

  private async save(event: Event): Promise<void> {
    event.preventDefault();
    await this.persist(false);
  }

  private async persist(rotateSsoSecret: boolean): Promise<void> {
    if (!this.draft || !this.saved || this.busy) return;
    this.showErrors = true;
    this.serverErrors = {};
    if (Object.keys(settingsProblems(this.draft)).length) {
      this.notice = { kind: 'error', text: msg('Niet opgeslagen: verbeter wat bij de velden staat.', { id: 'console.settings.fixFirst' }) };
      void focusFirstInvalid(this);
      return;
    }
    const body = { ...this.draft, allowedOrigins: this.draft.allowedOrigins.filter((origin) => origin !== '').map(normalOrigin) };
    this.busy = true;
    try {
      const answer = await savePortal(this.client!, this.saved.slug, body, rotateSsoSecret);
      const changed = changedSettings(this.saved.settings, answer.settings);
      this.saved = { slug: answer.slug, settings: answer.settings, createdAt: answer.createdAt, updatedAt: answer.updatedAt };
      this.draft = copy(answer.settings);
      this.ssoSecret = answer.ssoSecret ?? '';
      this.showErrors = false;
      this.revision += 1;
      const text = savedText(changed, rotateSsoSecret);
      this.notice = { kind: 'success', text };
      this.announce(text);
      void this.portalsTask.run();
    } catch (error) {
      if (!(error instanceof PortalApiError)) throw error;
      const byField: Record<string, string> = {};
      for (const detail of error.details) if (detail.path) byField[detail.path] = msg(str`De server weigert dit: ${detail.message}`, { id: 'console.settings.serverField' });
      this.serverErrors = byField;
      this.notice = { kind: 'error', text: describeError(error) };
      void focusFirstInvalid(this);
    } finally {
      this.busy = false;
    }
  }

  private rotate = () => {
    if (!window.confirm(msg('Een nieuw geheim maken? Uw website moet dan het nieuwe gebruiken; het oude werkt meteen niet meer.', { id: 'console.settings.rotateConfirm' }))) return;
    void this.persist(true);
  };

  private async changeLogo(action: () => Promise<Portal>): Promise<void> {
    this.logoBusy = true;
    this.logoError = '';
    try {
      const portal = await action();
      const logoUrl = portal.settings.branding.logoUrl;
      // The logo is stored at once; the rest of the form keeps what was typed.
      this.saved = { ...this.saved!, settings: { ...this.saved!.settings, branding: { ...this.saved!.settings.branding, logoUrl } }, updatedAt: portal.updatedAt };
      this.change((draft) => (draft.branding.logoUrl = logoUrl));
      this.announce(logoUrl ? msg('Het logo is opgeslagen.', { id: 'console.settings.logoSaved' }) : msg('Het logo is verwijderd.', { id: 'console.settings.logoRemoved' }));
    } catch (error) {
      if (!(error instanceof PortalApiError)) throw error;
      this.logoError =
        error.status === 415
          ? msg('Dit bestand is geen PNG-, JPEG- of WebP-afbeelding.', { id: 'console.settings.logoWrongType' })
          : error.status === 413
            ? msg('Dit bestand is groter dan 1 MB.', { id: 'console.settings.logoTooLarge' })
            : describeError(error);
    } finally {
      this.logoBusy = false;
    }
  }

  private chooseLogo = (file: File) => {
    if (file.size > maxLogoBytes) {
      this.logoError = msg('Dit bestand is groter dan 1 MB.', { id: 'console.settings.logoTooLarge' });
      return;
    }
    void this.changeLogo(() => uploadLogo(this.client!, this.saved!.slug, file));
  };

  private removeLogo = () => void this.changeLogo(() => removeLogo(this.client!, this.saved!.slug));

  private async create(event: Event): Promise<void> {
    event.preventDefault();
    const slug = this.newPortal.slug.trim();
    const name = this.newPortal.name.trim();
    const errors: Record<string, string> = {};
    if (!slugPattern.test(slug)) errors.slug = msg('Gebruik 1 tot 40 kleine letters, cijfers en streepjes, zoals service-noord.', { id: 'console.settings.new.slugRule' });
    if (!name) errors.name = msg('Vul de naam van het portaal in.', { id: 'console.settings.check.nameRequired' });
    this.newPortalErrors = errors;
    if (Object.keys(errors).length) {
      void focusFirstInvalid(this);
      return;
    }
    try {
      const portal = await createPortal(this.client!, { slug, name });
      this.creating = false;
      this.newPortal = { slug: '', name: '' };
      await this.portalsTask.run();
      this.announce(msg(str`Portaal ${portal.settings.name} is gemaakt.`, { id: 'console.settings.new.created' }));
      this.navigate(`settings/${portal.slug}`);
    } catch (error) {
      if (!(error instanceof PortalApiError)) throw error;
      this.newPortalErrors =
        error.status === 409 ? { slug: msg('Dit adres is al in gebruik. Kies een ander.', { id: 'console.settings.new.slugTaken' }) } : { form: describeError(error) };
      void focusFirstInvalid(this);
    }
  }

  override render() {
    const title = msg('Portaalinstellingen', { id: 'console.nav.settings' });
    return html`${this.header(title)}
      ${this.portalsTask.render({
        pending: () => pendingBlock(4, 'detail'),
        error: (error) => errorBlock(error, () => void this.portalsTask.run()),
        complete: (portals) => this.renderLoaded(portals),
      })}`;
  }

  private renderLoaded(portals: Portal[]): TemplateResult {
    if (portals.length === 0) {
      return html`${emptyBlock(msg('Uw bedrijf heeft nog geen portaal.', { id: 'console.settings.none' }))} ${this.renderNewPortal(true)}`;
    }
    if (!this.saved || !this.draft) {
      return html`${this.renderSwitcher(portals)} ${emptyBlock(msg('Dit portaal bestaat niet (meer).', { id: 'console.settings.unknown' }))}`;
    }
    const errors = this.errors();
    const context = { draft: this.draft, saved: this.saved.settings, errors, update: (change: (draft: PortalSettings) => void) => this.change(change) };
    const unsaved = this.hasUnsavedChanges();
    return html`${this.renderSwitcher(portals)}
      <div class="layout">
        <form class="form" novalidate @submit=${(event: Event) => void this.save(event)}>
          ${settingsGroups(context, {
            sso: { secret: this.ssoSecret, rotate: this.rotate, busy: this.busy },
            logo: { busy: this.logoBusy, error: this.logoError, choose: this.chooseLogo, remove: this.removeLogo },
          })}
          <div class="bar">
            <button type="submit" class="btn primary" part="save" ?disabled=${this.busy}>${msg('Opslaan', { id: 'console.settings.save' })}</button>
            <button type="button" class="btn link" ?disabled=${!unsaved || this.busy} @click=${() => this.open(this.saved!)}>${msg('Wijzigingen ongedaan maken', { id: 'console.settings.discard' })}</button>
            <span class="muted">${unsaved ? msg('Niet opgeslagen wijzigingen', { id: 'console.settings.unsaved' }) : nothing}</span>
            ${this.notice ? formNotice(this.notice.kind, this.notice.text) : nothing}
          </div>
          <kp-settings-embed .client=${this.client} portal=${this.saved.slug} revision=${this.revision}></kp-settings-embed>
        </form>
        <aside class="preview card" aria-labelledby="preview-title">
          <h2 id="preview-title">${msg('Voorbeeld', { id: 'console.settings.preview.title' })}</h2>
          <p class="muted">${msg('Zo ziet een klant het portaal met deze instellingen, ook vóór het opslaan.', { id: 'console.settings.preview.intro' })}</p>
          <kp-settings-preview
            .client=${this.client}
            portal=${this.saved.slug}
            .config=${previewConfig(this.saved.slug, this.draft)}
            .settings=${this.draft}
          ></kp-settings-preview>
        </aside>
      </div>`;
  }

  private renderSwitcher(portals: Portal[]): TemplateResult {
    return html`<div class="switcher">
        ${portals.length > 1
          ? html`<div class="field">
              <label for="portal-switch">${msg('Portaal', { id: 'console.settings.portal' })}</label>
              <select
                id="portal-switch"
                .value=${live(this.saved?.slug ?? '')}
                @change=${(event: Event) => {
                  this.navigate(`settings/${(event.target as HTMLSelectElement).value}`);
                  // Kept on this portal (unsaved changes), the list shows this portal again.
                  this.requestUpdate();
                }}
              >
                ${portals.map((portal) => html`<option value=${portal.slug} ?selected=${portal.slug === this.saved?.slug}>${portal.settings.name} (${portal.slug})</option>`)}
              </select>
            </div>`
          : nothing}
        ${this.creating
          ? nothing
          : html`<button type="button" class="btn secondary" part="new-portal" @click=${() => (this.creating = true)}>${msg('Nieuw portaal', { id: 'console.settings.new.open' })}</button>`}
      </div>
      ${this.creating ? this.renderNewPortal(false) : nothing}`;
  }

  private renderNewPortal(first: boolean): TemplateResult {
    if (!first && !this.creating) return html``;
    const errors = this.newPortalErrors;
    return html`<section class="card" aria-labelledby="new-portal-title">
      <h2 id="new-portal-title">${msg('Nieuw portaal', { id: 'console.settings.new.open' })}</h2>
      <p class="muted">${msg('Een tweede portaal met eigen instellingen, bijvoorbeeld voor zakelijke klanten.', { id: 'console.settings.new.intro' })}</p>
      ${formNotice('error', errors.form)}
      <form class="new-portal" novalidate @submit=${(event: Event) => void this.create(event)}>
        ${textField({
          id: 'new-name',
          label: msg('Naam', { id: 'console.settings.name' }),
          value: this.newPortal.name,
          maxlength: 120,
          error: errors.name,
          onInput: (value) => (this.newPortal = { ...this.newPortal, name: value }),
        })}
        ${textField({
          id: 'new-slug',
          label: msg('Adres (portal=…)', { id: 'console.settings.new.slug' }),
          value: this.newPortal.slug,
          maxlength: 40,
          hint: msg('Kleine letters, cijfers en streepjes; later niet te wijzigen.', { id: 'console.settings.new.slugHint' }),
          error: errors.slug,
          onInput: (value) => (this.newPortal = { ...this.newPortal, slug: value.toLowerCase() }),
        })}
        <div class="actions">
          <button type="submit" class="btn primary">${msg('Portaal maken', { id: 'console.settings.new.submit' })}</button>
          ${first ? nothing : html`<button type="button" class="btn link" @click=${() => (this.creating = false)}>${msg('Annuleren', { id: 'shell.cancel' })}</button>`}
        </div>
      </form>
    </section>`;
  }
}

defineElement('kp-settings-view', SettingsView);

declare global {
  interface HTMLElementTagNameMap {
    'kp-settings-view': SettingsView;
  }
}
