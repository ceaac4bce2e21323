import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import type { PortalClient } from '../api/client.js';
import { base, buttons, kp } from '../styles/theme.js';
import { defineElement } from './define.js';
import { saveDownload } from './download.js';
import { errorMessage } from './states.js';

/**
 * @summary A button that fetches a protected file (a PDF, a document) with the contact's token and saves it.
 *
 * @csspart button - The button.
 * @csspart error - Why the last download failed.
 */
export class DownloadButton extends LitElement {
  static override styles = [
    base,
    buttons,
    css`
      :host {
        display: inline-flex;
        flex-direction: column;
        align-items: flex-start;
        gap: ${kp('space-1')};
      }
      .error {
        margin: 0;
        font-size: ${kp('font-size-sm')};
        color: ${kp('color-danger')};
      }
      svg {
        flex: none;
      }
    `,
  ];

  @property({ attribute: false }) client?: PortalClient;
  /** The file's API path, relative to the portal: `/invoices/abc/pdf`. */
  @property() path = '';
  /** The button's text. */
  @property() label = '';
  /** The button's look: `secondary` (default), `primary` or `link`. */
  @property() variant: 'primary' | 'secondary' | 'link' = 'secondary';
  /** A longer name for screen readers when the text alone is ambiguous in a list ("Download" → "Download Garantiebewijs"). */
  @property({ attribute: 'accessible-label' }) accessibleLabel = '';

  private readonly download = new Task(this, {
    autoRun: false,
    args: () => [this.client, this.path] as const,
    task: async ([client, path], { signal }) => (client ? saveDownload(client, path, signal) : ''),
  });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.download.abort();
  }

  override render() {
    const busy = this.download.status === TaskStatus.PENDING;
    return html`
      <button
        type="button"
        part="button"
        class="btn ${this.variant} ${this.variant === 'link' ? '' : 'small'}"
        aria-label=${this.accessibleLabel || nothing}
        aria-disabled=${busy ? 'true' : 'false'}
        @click=${() => {
          if (!busy) void this.download.run();
        }}
      >
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.6">
          <path d="M8 2v8m-3.5-3.5L8 10l3.5-3.5M3 13h10" />
        </svg>
        ${busy ? msg('Downloaden…', { id: 'views.download.busy' }) : this.label || msg('Downloaden', { id: 'views.download.label' })}
      </button>
      ${this.download.status === TaskStatus.ERROR
        ? html`<p class="error" part="error" role="alert">${msg('Downloaden is niet gelukt.', { id: 'views.download.failed' })} ${errorMessage(this.download.error)}</p>`
        : nothing}
    `;
  }
}

defineElement('kp-download-button', DownloadButton);

declare global {
  interface HTMLElementTagNameMap {
    'kp-download-button': DownloadButton;
  }
}
