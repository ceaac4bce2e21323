import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { Task, initialState } from '@lit/task';
import type { PortalClient } from '../api/client.js';
import { kp, skeletons } from '../styles/theme.js';
import { defineElement } from './define.js';

/**
 * @summary An image the API serves only with the contact's token (a request's photo), shown through an object URL
 * that is released when the element leaves the page.
 *
 * @csspart link - The image as a link that opens it full size in a new tab.
 * @csspart image - The image.
 * @csspart placeholder - Shown while loading or when the image cannot be shown.
 */
export class ProtectedImage extends LitElement {
  static override styles = [
    skeletons,
    css`
      :host {
        display: block;
        width: 96px;
        height: 96px;
      }
      img,
      .placeholder {
        display: block;
        width: 100%;
        height: 100%;
        border-radius: ${kp('radius')};
        border: 1px solid ${kp('color-border')};
      }
      img {
        object-fit: cover;
      }
      a {
        display: block;
        width: 100%;
        height: 100%;
        border-radius: ${kp('radius')};
      }
      a:focus-visible {
        outline: 2px solid ${kp('color-focus')};
        outline-offset: 2px;
      }
      .placeholder {
        margin: 0;
        display: flex;
        align-items: center;
        justify-content: center;
        padding: ${kp('space-1')};
        text-align: center;
        font-size: 12px;
        color: ${kp('color-muted')};
        background: ${kp('color-surface-alt')};
        overflow: hidden;
      }
    `,
  ];

  @property({ attribute: false }) client?: PortalClient;
  /** The image's API path: `/requests/abc/attachments/def`. */
  @property() path = '';
  /** What the image shows, for screen readers. */
  @property() alt = '';

  private objectUrl: string | null = null;

  private readonly image = new Task(this, {
    args: () => [this.client, this.path] as const,
    task: async ([client, path], { signal }) => {
      if (!client || !path) return initialState;
      const { blob } = await client.download(path, signal);
      this.release();
      this.objectUrl = URL.createObjectURL(blob);
      return this.objectUrl;
    },
  });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a move: the released URL must be made again.
    if (this.hasUpdated && !this.objectUrl) void this.image.run();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.image.abort();
    this.release();
  }

  private release() {
    if (this.objectUrl) URL.revokeObjectURL(this.objectUrl);
    this.objectUrl = null;
  }

  override render() {
    return this.image.render({
      initial: () => html`<span class="placeholder skeleton" part="placeholder" role="img" aria-label=${this.alt}></span>`,
      pending: () => html`<span class="placeholder skeleton" part="placeholder" role="img" aria-label=${this.alt}></span>`,
      complete: (url) =>
        html`<a part="link" href=${url} target="_blank" rel="noopener"
          ><img part="image" src=${url} alt="${this.alt} ${msg('(opent in een nieuw tabblad)', { id: 'views.link.newTab' })}"
        /></a>`,
      error: () => html`<p class="placeholder" part="placeholder">${msg('Foto niet beschikbaar', { id: 'views.photo.unavailable' })}</p>`,
    });
  }
}

defineElement('kp-protected-image', ProtectedImage);

declare global {
  interface HTMLElementTagNameMap {
    'kp-protected-image': ProtectedImage;
  }
}
