import { LitElement, css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { defineElement } from '../../components/define.js';
import { errorMessage } from '../../components/states.js';
import { kp, shared } from '../../styles/theme.js';
import type { ConsoleClient } from '../api/console-client.js';
import { previewToken, type CustomerContact } from '../api/customers.js';
import type { Locale } from '../api/types.js';

/** The widget as the business's site loads it, from this server. */
export const widgetScriptUrl = '/widget/klantportaal.js';

/** The widget element's one input for a preview (widget/portal-element.ts). */
interface PreviewablePortal extends HTMLElement {
  previewToken: { accessToken: string; expiresIn: number } | null;
}

/**
 * @summary "View as this customer": the real portal widget, read-only with a preview token, in a dialog over the
 * console. Nothing done in it changes anything: the server refuses every write made with the token.
 *
 * @csspart dialog - The dialog.
 * @csspart close - Its close button.
 */
export class CustomerPreview extends LitElement {
  static override styles = [
    shared,
    css`
      dialog {
        width: min(1100px, 100vw - 16px);
        height: min(900px, 100vh - 16px);
        max-width: none;
        max-height: none;
        padding: 0;
        border: 0;
        border-radius: ${kp('radius-lg')};
        background: ${kp('color-surface-alt')};
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.55);
      }
      .frame {
        display: flex;
        flex-direction: column;
        height: 100%;
      }
      .top {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: ${kp('space-2')} ${kp('space-3')};
        padding: ${kp('space-3')} ${kp('space-4')};
        background: ${kp('color-surface')};
        border-bottom: 1px solid ${kp('color-border')};
      }
      .top h2 {
        margin: 0;
        flex: 1 1 240px;
        font-size: ${kp('font-size-lg')};
      }
      .top p {
        margin: 0;
        flex: 1 1 100%;
        font-size: ${kp('font-size-sm')};
        color: ${kp('color-muted')};
      }
      .portal {
        flex: 1;
        overflow: auto;
        padding: ${kp('space-3')};
      }
    `,
  ];

  @property({ attribute: false }) client?: ConsoleClient;
  /** Where the widget script comes from; the server's own copy unless a test says otherwise. */
  @property({ attribute: false }) scriptUrl = widgetScriptUrl;
  /** The portal's language in the preview: the staff member's. */
  @property() locale: Locale = 'nl';

  @state() private contact: CustomerContact | null = null;
  @state() private error = '';
  @state() private loading = false;
  @query('dialog') private dialog?: HTMLDialogElement;
  @query('.portal') private holder?: HTMLElement;
  private opener: HTMLElement | null = null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** Opens the dialog and loads the portal as `contact` sees it; focus returns to `opener` when it closes. */
  async open(contact: CustomerContact, opener: HTMLElement | null): Promise<void> {
    this.contact = contact;
    this.opener = opener;
    this.error = '';
    this.loading = true;
    await this.updateComplete;
    if (!this.dialog!.open) this.dialog!.showModal();
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    try {
      const [token] = await Promise.all([previewToken(this.client!, contact.id), loadWidget(this.scriptUrl)]);
      const portal = document.createElement('klant-portaal') as PreviewablePortal;
      portal.previewToken = { accessToken: token.accessToken, expiresIn: token.expiresIn };
      portal.setAttribute('portal', token.portal);
      portal.setAttribute('api-base', location.origin);
      portal.setAttribute('locale', this.locale);
      this.holder?.replaceChildren(portal);
    } catch (error) {
      this.error = errorMessage(error);
    } finally {
      this.loading = false;
    }
  }

  private close = () => {
    this.dialog?.close();
  };

  private onClosed = () => {
    this.holder?.replaceChildren();
    this.contact = null;
    this.opener?.focus();
  };

  override render() {
    const name = this.contact?.name ?? '';
    return html`<dialog part="dialog" aria-labelledby="preview-title" @close=${this.onClosed}>
      <div class="frame">
        <div class="top">
          <h2 id="preview-title" tabindex="-1">${msg(str`Het portaal zoals ${name} het ziet`, { id: 'console.preview.title' })}</h2>
          <button type="button" class="btn secondary" part="close" @click=${this.close}>${msg('Sluiten', { id: 'console.preview.close' })}</button>
          <p>${msg('Alleen bekijken: wat u hier doet, wordt niet opgeslagen. De weergave stopt na 15 minuten.', { id: 'console.preview.readOnly' })}</p>
        </div>
        ${this.loading ? html`<p role="status" class="muted" style="padding: 16px">${msg('Portaal laden…', { id: 'shell.loading' })}</p>` : nothing}
        ${this.error ? html`<div class="notice error" role="alert" style="margin: 16px"><p>${this.error}</p></div>` : nothing}
        <div class="portal"></div>
      </div>
    </dialog>`;
  }
}

/** Loads the widget's script once; a second call waits for the same load. */
function loadWidget(url: string): Promise<unknown> {
  if (customElements.get('klant-portaal')) return Promise.resolve();
  return import(/* @vite-ignore */ url);
}

defineElement('kp-customer-preview', CustomerPreview);

declare global {
  interface HTMLElementTagNameMap {
    'kp-customer-preview': CustomerPreview;
  }
}
