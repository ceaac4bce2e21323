import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { msg, str } from '@lit/localize';
import { describeError } from '../../api/errors.js';
import { textField } from '../../auth/fields.js';
import type { PortalConfig } from '../../api/types.js';
import { defineElement } from '../../components/define.js';
import { shared, kp } from '../../styles/theme.js';
import type { ConsoleClient } from '../api/console-client.js';
import { previewAs, type PortalSettings, type PreviewToken } from '../api/settings.js';
import { consoleViewStyles } from '../styles/console.js';

type Width = 'phone' | 'desktop';

/** The widget as a business's page loads it; the console is served by the same server. */
export const widgetScript = '/widget/klantportaal.js';

/**
 * @summary The real portal widget beside the settings form, drawing the settings not saved yet, at a phone's or a
 * desktop's width and in Dutch or English.
 *
 * @csspart frame - The box the widget sits in, as wide as the chosen screen.
 */
export class SettingsPreview extends LitElement {
  static override styles = [
    shared,
    consoleViewStyles,
    css`
      :host {
        display: block;
      }
      .controls {
        display: flex;
        flex-wrap: wrap;
        gap: ${kp('space-3')};
        margin-bottom: ${kp('space-3')};
      }
      .segmented {
        display: inline-flex;
        border: 1px solid ${kp('color-border')};
        border-radius: ${kp('radius')};
        overflow: hidden;
      }
      .segmented button {
        border: 0;
        background: none;
        padding: 6px 12px;
        font: inherit;
        cursor: pointer;
        color: inherit;
      }
      .segmented button[aria-pressed='true'] {
        background: ${kp('color-primary')};
        color: #fff;
      }
      .frame {
        border: 1px dashed ${kp('color-border')};
        border-radius: ${kp('radius-lg')};
        padding: ${kp('space-2')};
        overflow: auto;
        max-width: 100%;
        box-sizing: border-box;
        background: #fff;
      }
      .as-customer {
        display: flex;
        flex-wrap: wrap;
        gap: ${kp('space-2')};
        align-items: end;
      }
      .as-customer .field {
        flex: 1 1 220px;
      }
      .frame.phone {
        width: 390px;
      }
    `,
  ];

  @property({ attribute: false }) client?: ConsoleClient;
  @property() portal = '';
  @property({ attribute: false }) config: PortalConfig | null = null;
  /** The settings not saved yet: a preview as a customer reads that customer's data as if they were saved. */
  @property({ attribute: false }) settings: PortalSettings | null = null;
  /** Where the widget's script is; the built widget beside the console unless a test says otherwise. */
  @property({ attribute: false }) src = widgetScript;
  @state() private width: Width = 'phone';
  @state() private language: 'nl' | 'en' = 'nl';
  @state() private loaded: 'loading' | 'ready' | 'failed' = 'loading';
  @state() private asEmail = '';
  @state() private asCustomer: PreviewToken | null = null;
  @state() private asError = '';
  @state() private asBusy = false;

  private async viewAs(event: Event): Promise<void> {
    event.preventDefault();
    if (!this.client || this.asBusy) return;
    if (!this.asEmail.trim()) {
      this.asCustomer = null;
      this.asError = '';
      return;
    }
    this.asBusy = true;
    try {
      const token = await previewAs(this.client, this.portal, this.asEmail, this.settings ?? undefined);
      this.asCustomer = token;
      this.asError = token ? '' : msg('Geen actieve portaalgebruiker met dit e-mailadres.', { id: 'console.settings.preview.asUnknown' });
    } catch (error) {
      this.asError = describeError(error);
    } finally {
      this.asBusy = false;
    }
  }

  private renewal: ReturnType<typeof setTimeout> | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) void this.load();
    // The customer's data follows the settings too (prices, statuses, parts): a new preview once typing pauses.
    if (changed.has('settings') && changed.get('settings') && this.asCustomer) {
      clearTimeout(this.renewal);
      this.renewal = setTimeout(() => void this.viewAs(new Event('renew')), 700);
    }
    if (changed.has('config') && changed.get('config') === undefined && this.config) this.language = this.config.portal.locale;
  }

  private async load(): Promise<void> {
    this.loaded = 'loading';
    try {
      if (!customElements.get('klant-portaal')) await import(/* @vite-ignore */ this.src);
      this.loaded = 'ready';
    } catch {
      this.loaded = 'failed';
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.renewal);
  }

  override render() {
    const pressed = (on: boolean) => (on ? 'true' : 'false');
    return html`<div class="controls">
        <div class="segmented" role="group" aria-label=${msg('Breedte van het voorbeeld', { id: 'console.settings.preview.width' })}>
          <button type="button" aria-pressed=${pressed(this.width === 'phone')} @click=${() => (this.width = 'phone')}>${msg('Telefoon', { id: 'console.settings.preview.phone' })}</button>
          <button type="button" aria-pressed=${pressed(this.width === 'desktop')} @click=${() => (this.width = 'desktop')}>${msg('Computer', { id: 'console.settings.preview.desktop' })}</button>
        </div>
        <div class="segmented" role="group" aria-label=${msg('Taal van het voorbeeld', { id: 'console.settings.preview.language' })}>
          <button type="button" aria-pressed=${pressed(this.language === 'nl')} @click=${() => (this.language = 'nl')}>Nederlands</button>
          <button type="button" aria-pressed=${pressed(this.language === 'en')} @click=${() => (this.language = 'en')}>English</button>
        </div>
      </div>
      <form class="as-customer" novalidate @submit=${(event: Event) => void this.viewAs(event)}>
        ${textField({
          id: 'preview-as',
          type: 'email',
          label: msg('Bekijken als klant', { id: 'console.settings.preview.as' }),
          value: this.asEmail,
          optional: true,
          maxlength: 254,
          hint: msg('Het e-mailadres van een portaalgebruiker: u ziet het portaal zoals die klant, alleen lezen. Leeg: het inlogscherm.', { id: 'console.settings.preview.asHint' }),
          error: this.asError,
          onInput: (value) => (this.asEmail = value),
        })}
        <button type="submit" class="btn secondary" ?disabled=${this.asBusy}>${msg('Bekijken', { id: 'console.settings.preview.asSubmit' })}</button>
      </form>
      ${this.asCustomer ? html`<p class="muted" role="status">${msg(str`Ingelogd als ${this.asCustomer.contact.name}, alleen lezen.`, { id: 'console.settings.preview.asShown' })}</p>` : nothing}
      ${this.loaded === 'failed'
        ? html`<div class="notice error" role="alert"><p>${msg('Het voorbeeld kon niet worden geladen.', { id: 'console.settings.preview.failed' })}</p>
            <button type="button" class="btn secondary" @click=${() => void this.load()}>${msg('Opnieuw proberen', { id: 'shell.retry' })}</button></div>`
        : this.loaded === 'loading' || !this.config
          ? html`<p class="muted" role="status">${msg('Voorbeeld laden…', { id: 'console.settings.preview.loading' })}</p>`
          : html`<div class="frame ${this.width}" part="frame" data-width=${this.width}>
              ${keyed(
                this.asCustomer?.accessToken ?? 'signed-out',
                html`<klant-portaal
                  portal=${this.portal}
                  locale=${this.language}
                  .previewToken=${this.asCustomer ? { accessToken: this.asCustomer.accessToken, expiresIn: this.asCustomer.expiresIn } : null}
                  .configOverride=${this.config}
                ></klant-portaal>`,
              )}
            </div>`}
      ${nothing}`;
  }
}

defineElement('kp-settings-preview', SettingsPreview);

declare global {
  interface HTMLElementTagNameMap {
    'kp-settings-preview': SettingsPreview;
  }
}
