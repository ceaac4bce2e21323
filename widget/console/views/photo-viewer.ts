import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { defineElement } from '../../components/define.js';
import { buttons, kp, base } from '../../styles/theme.js';

export interface ViewerPhoto {
  url: string;
  filename: string;
  /** Image types a browser shows; anything else (a HEIC photo from an iPhone) is offered as a download instead. */
  contentType: string;
}

const shown = /^image\/(jpeg|png|webp|gif|avif)$/;
/** A swipe is a mostly sideways move of at least this many pixels. */
const swipeDistance = 40;

/**
 * @summary The photos of a request as thumbnails; one opens large in a viewer that the arrow keys, swipes and the
 * buttons page through, and Escape closes.
 *
 * @csspart thumbnails - The row of thumbnails.
 * @csspart thumbnail - One thumbnail button.
 * @csspart viewer - The full-screen dialog.
 * @csspart photo - The large photo.
 */
export class PhotoViewer extends LitElement {
  static override styles = [
    base,
    buttons,
    css`
      :host {
        display: block;
      }
      ul {
        display: flex;
        flex-wrap: wrap;
        gap: ${kp('space-2')};
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .thumb {
        display: block;
        width: 96px;
        height: 96px;
        padding: 0;
        border: 1px solid ${kp('color-border')};
        border-radius: ${kp('radius')};
        background: ${kp('color-surface-alt')};
        overflow: hidden;
        cursor: zoom-in;
      }
      .thumb img {
        display: block;
        width: 100%;
        height: 100%;
        object-fit: cover;
      }
      .file {
        display: flex;
        align-items: center;
        justify-content: center;
        width: 96px;
        height: 96px;
        padding: ${kp('space-1')};
        border: 1px dashed ${kp('color-border-strong')};
        border-radius: ${kp('radius')};
        font-size: 12px;
        text-align: center;
        overflow-wrap: anywhere;
      }
      dialog {
        width: 100vw;
        height: 100vh;
        max-width: none;
        max-height: none;
        margin: 0;
        padding: 0;
        border: 0;
        background: rgba(10, 14, 22, 0.94);
        color: #ffffff;
      }
      dialog::backdrop {
        background: rgba(10, 14, 22, 0.7);
      }
      .stage {
        display: grid;
        grid-template-rows: auto 1fr auto;
        height: 100%;
        touch-action: pan-y;
      }
      .top,
      .bottom {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: ${kp('space-3')};
        padding: ${kp('space-3')} ${kp('space-4')};
      }
      .top h2 {
        margin: 0;
        font-size: ${kp('font-size-md')};
        color: #ffffff;
        overflow-wrap: anywhere;
      }
      .frame {
        display: flex;
        align-items: center;
        justify-content: center;
        min-height: 0;
        padding: 0 ${kp('space-3')};
      }
      .frame img {
        max-width: 100%;
        max-height: 100%;
        object-fit: contain;
        user-select: none;
        -webkit-user-drag: none;
      }
      .dark {
        background: rgba(255, 255, 255, 0.12);
        color: #ffffff;
        border-color: rgba(255, 255, 255, 0.5);
      }
      .dark:hover {
        background: rgba(255, 255, 255, 0.22);
      }
      .dark:focus-visible {
        outline-color: #ffffff;
      }
      .counter {
        font-variant-numeric: tabular-nums;
      }
      a.light {
        color: #ffffff;
      }
    `,
  ];

  @property({ attribute: false }) photos: ViewerPhoto[] = [];

  @state() private index: number | null = null;
  @query('dialog') private dialog?: HTMLDialogElement;
  private opener: HTMLElement | null = null;
  private touchStart: { x: number; y: number } | null = null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected override updated(changed: PropertyValues): void {
    if (!changed.has('index')) return;
    if (this.index !== null && this.dialog && !this.dialog.open) this.dialog.showModal();
  }

  private open(index: number, opener: HTMLElement) {
    this.opener = opener;
    this.index = index;
  }

  private close() {
    this.dialog?.close();
  }

  private onClosed = () => {
    this.index = null;
    this.opener?.focus();
  };

  private step(delta: number) {
    if (this.index === null || this.photos.length < 2) return;
    this.index = (this.index + delta + this.photos.length) % this.photos.length;
  }

  private onKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowRight') this.step(1);
    else if (event.key === 'ArrowLeft') this.step(-1);
    else return;
    event.preventDefault();
  };

  private onPointerDown = (event: PointerEvent) => {
    this.touchStart = { x: event.clientX, y: event.clientY };
  };

  private onPointerUp = (event: PointerEvent) => {
    const start = this.touchStart;
    this.touchStart = null;
    if (!start) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (Math.abs(dx) >= swipeDistance && Math.abs(dx) > Math.abs(dy) * 1.5) this.step(dx < 0 ? 1 : -1);
  };

  override render() {
    return html`<ul part="thumbnails" aria-label=${msg('Foto’s', { id: 'console.photos.title' })}>
        ${this.photos.map((photo, index) => {
          const label = msg(str`Foto ${index + 1} van ${this.photos.length} groot bekijken`, { id: 'console.photos.open' });
          return html`<li>
            ${shown.test(photo.contentType)
              ? html`<button type="button" class="thumb" part="thumbnail" aria-label=${label} @click=${(event: Event) => this.open(index, event.currentTarget as HTMLElement)}>
                  <img src=${photo.url} alt="" loading="lazy" />
                </button>`
              : html`<a class="file" href=${photo.url} download=${photo.filename}>${photo.filename}</a>`}
          </li>`;
        })}
      </ul>
      ${this.renderViewer()}`;
  }

  private renderViewer() {
    const photo = this.index === null ? undefined : this.photos[this.index];
    const many = this.photos.length > 1;
    return html`<dialog part="viewer" aria-labelledby="viewer-title" @close=${this.onClosed} @keydown=${this.onKey}>
      ${photo
        ? html`<div class="stage" @pointerdown=${this.onPointerDown} @pointerup=${this.onPointerUp} @pointercancel=${() => (this.touchStart = null)}>
            <div class="top">
              <h2 id="viewer-title">${photo.filename}</h2>
              <button type="button" class="btn dark small" part="close" @click=${this.close}>${msg('Sluiten', { id: 'console.photos.close' })}</button>
            </div>
            <div class="frame"><img part="photo" src=${photo.url} alt=${msg(str`Foto ${this.index! + 1} van ${this.photos.length}`, { id: 'console.photos.alt' })} /></div>
            <div class="bottom">
              ${many
                ? html`<button type="button" class="btn dark" part="previous" @click=${() => this.step(-1)}>${msg('← Vorige', { id: 'console.photos.previous' })}</button>`
                : html`<span></span>`}
              <span class="counter" aria-live="polite">${msg(str`${this.index! + 1} van ${this.photos.length}`, { id: 'console.photos.counter' })}</span>
              ${many
                ? html`<button type="button" class="btn dark" part="next" @click=${() => this.step(1)}>${msg('Volgende →', { id: 'console.photos.next' })}</button>`
                : html`<a class="light" href=${photo.url} download=${photo.filename}>${msg('Downloaden', { id: 'views.download.label' })}</a>`}
            </div>
          </div>`
        : nothing}
    </dialog>`;
  }
}

defineElement('kp-photo-viewer', PhotoViewer);

declare global {
  interface HTMLElementTagNameMap {
    'kp-photo-viewer': PhotoViewer;
  }
}
