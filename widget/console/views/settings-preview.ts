import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import type { PortalConfig } from '../../api/types.js';
import { defineElement } from '../../components/define.js';
import { shared, kp } from '../../styles/theme.js';
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
      .frame.phone {
        width: 390px;
      }
    `,
  ];

  @property() portal = '';
  @property({ attribute: false }) config: PortalConfig | null = null;
  /** Where the widget's script is; the built widget beside the console unless a test says otherwise. */
  @property({ attribute: false }) src = widgetScript;
  @state() private width: Width = 'phone';
  @state() private language: 'nl' | 'en' = 'nl';
  @state() private loaded: 'loading' | 'ready' | 'failed' = 'loading';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) void this.load();
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
      ${this.loaded === 'failed'
        ? html`<div class="notice error" role="alert"><p>${msg('Het voorbeeld kon niet worden geladen.', { id: 'console.settings.preview.failed' })}</p>
            <button type="button" class="btn secondary" @click=${() => void this.load()}>${msg('Opnieuw proberen', { id: 'shell.retry' })}</button></div>`
        : this.loaded === 'loading' || !this.config
          ? html`<p class="muted" role="status">${msg('Voorbeeld laden…', { id: 'console.settings.preview.loading' })}</p>`
          : html`<div class="frame ${this.width}" part="frame" data-width=${this.width}>
              <klant-portaal portal=${this.portal} locale=${this.language} .configOverride=${this.config}></klant-portaal>
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
