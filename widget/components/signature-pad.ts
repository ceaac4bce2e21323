import { LitElement, css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { kp, shared } from '../styles/theme.js';
import { defineElement } from './define.js';

/** The drawing's own size in pixels, whatever its size on screen: a few strokes at this size make a PNG of a few KB. */
const canvasWidth = 600;
const canvasHeight = 200;
/** The server's limit for a signature; a drawing never comes near it, but a scribble over the whole pad might. */
export const maxSignatureBytes = 100 * 1024;

/** Bytes of the PNG a data URL carries. */
export const dataUrlBytes = (dataUrl: string) => Math.floor(((dataUrl.length - dataUrl.indexOf(',') - 1) * 3) / 4);

/**
 * @summary A signature drawn with a finger, pen or mouse on a canvas (pointer events), with a clear button; or, for
 * whoever cannot draw, the typed name written as signature. Its value is a PNG as a data URL, or '' while empty.
 *
 * @event kp-signature-change - The signature changed: `detail.value` is the PNG data URL, or '' when cleared.
 *
 * @csspart pad - The drawing surface.
 * @csspart clear - The button that clears the signature.
 * @csspart typed - The choice to use the typed name as signature.
 */
export class SignaturePad extends LitElement {
  static override styles = [
    shared,
    css`
      :host {
        display: block;
      }
      .pad {
        display: block;
        width: 100%;
        max-width: 480px;
        aspect-ratio: 3 / 1;
        border: 1px solid ${kp('color-border-strong')};
        border-radius: ${kp('radius')};
        background: #ffffff;
        touch-action: none;
        cursor: crosshair;
        box-sizing: border-box;
      }
      .pad.typed {
        cursor: default;
      }
      .pad.invalid {
        border-color: ${kp('color-danger')};
        border-width: 2px;
      }
      .tools {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: ${kp('space-2')} ${kp('space-4')};
        margin-top: ${kp('space-2')};
      }
      .check {
        margin: 0;
        min-height: 44px;
        align-items: center;
      }
    `,
  ];

  /** The name typed elsewhere in the form: written as signature when the customer chooses not to draw. */
  @property({ attribute: 'typed-name' }) typedName = '';
  /** Marks the pad as missing (the form's error names the problem). */
  @property({ type: Boolean }) invalid = false;
  /** Ids of the hint and error that describe the pad. */
  @property({ attribute: 'described-by' }) describedBy = '';

  /** The signature as a PNG data URL; '' while nothing is drawn. */
  @state() value = '';
  @state() private useTyped = false;
  @query('canvas') private canvas?: HTMLCanvasElement;

  private drawing = false;
  private last?: { x: number; y: number };

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** Clears what was drawn, and the choice of the typed name. */
  clear(): void {
    this.useTyped = false;
    this.reset();
    this.emit('');
  }

  override updated(changed: Map<string, unknown>): void {
    if (this.useTyped && changed.has('typedName')) this.writeTypedName();
  }

  private context(): CanvasRenderingContext2D | null {
    const context = this.canvas?.getContext('2d') ?? null;
    if (context) {
      context.lineWidth = 3;
      context.lineCap = 'round';
      context.lineJoin = 'round';
      context.strokeStyle = '#1f2328';
      context.fillStyle = '#1f2328';
    }
    return context;
  }

  private reset(): void {
    this.context()?.clearRect(0, 0, canvasWidth, canvasHeight);
  }

  private emit(value: string): void {
    this.value = value;
    this.dispatchEvent(new CustomEvent('kp-signature-change', { detail: { value }, bubbles: true, composed: true }));
  }

  private point(event: PointerEvent): { x: number; y: number } {
    const box = this.canvas!.getBoundingClientRect();
    return { x: ((event.clientX - box.left) / box.width) * canvasWidth, y: ((event.clientY - box.top) / box.height) * canvasHeight };
  }

  private readonly down = (event: PointerEvent) => {
    if (this.useTyped || (event.pointerType === 'mouse' && event.button !== 0)) return;
    event.preventDefault();
    try {
      this.canvas!.setPointerCapture(event.pointerId);
    } catch {
      // A pointer the browser no longer tracks: the stroke is drawn without capture.
    }
    this.drawing = true;
    this.last = this.point(event);
    const context = this.context();
    // A tap is a dot.
    context?.beginPath();
    context?.arc(this.last.x, this.last.y, 1.5, 0, Math.PI * 2);
    context?.fill();
  };

  private readonly move = (event: PointerEvent) => {
    if (!this.drawing || !this.last) return;
    event.preventDefault();
    const next = this.point(event);
    const context = this.context();
    context?.beginPath();
    context?.moveTo(this.last.x, this.last.y);
    context?.lineTo(next.x, next.y);
    context?.stroke();
    this.last = next;
  };

  private readonly up = () => {
    if (!this.drawing) return;
    this.drawing = false;
    this.last = undefined;
    this.emit(this.canvas!.toDataURL('image/png'));
  };

  private writeTypedName(): void {
    this.reset();
    const name = this.typedName.trim();
    const context = this.context();
    if (!context || !name) {
      this.emit('');
      return;
    }
    let size = 64;
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    do {
      context.font = `italic ${size}px "Segoe Script", "Brush Script MT", cursive, serif`;
      size -= 4;
    } while (size > 20 && context.measureText(name).width > canvasWidth - 40);
    context.fillText(name, canvasWidth / 2, canvasHeight / 2);
    this.emit(this.canvas!.toDataURL('image/png'));
  }

  private toggleTyped(on: boolean): void {
    this.useTyped = on;
    if (on) this.writeTypedName();
    else this.clear();
  }

  override render() {
    return html`
      <canvas
        class="pad ${this.useTyped ? 'typed' : ''} ${this.invalid ? 'invalid' : ''}"
        part="pad"
        width=${canvasWidth}
        height=${canvasHeight}
        role="img"
        aria-label=${this.useTyped
          ? msg('Uw getypte naam als handtekening', { id: 'views.signature.typedLabel' })
          : this.value
            ? msg('Uw getekende handtekening', { id: 'views.signature.drawnLabel' })
            : msg('Tekenvlak voor uw handtekening, nog leeg', { id: 'views.signature.emptyLabel' })}
        aria-describedby=${this.describedBy || nothing}
        @pointerdown=${this.down}
        @pointermove=${this.move}
        @pointerup=${this.up}
        @pointercancel=${this.up}
        @lostpointercapture=${this.up}
      ></canvas>
      <div class="tools">
        <button type="button" class="btn secondary small" part="clear" ?disabled=${!this.value && !this.useTyped} @click=${() => this.clear()}>
          ${msg('Handtekening wissen', { id: 'views.signature.clear' })}
        </button>
        <label class="check" part="typed">
          <input type="checkbox" .checked=${this.useTyped} @change=${(event: Event) => this.toggleTyped((event.target as HTMLInputElement).checked)} />
          <span>${msg('Mijn getypte naam als handtekening gebruiken', { id: 'views.signature.useTyped' })}</span>
        </label>
      </div>
    `;
  }
}

defineElement('kp-signature-pad', SignaturePad);

declare global {
  interface HTMLElementTagNameMap {
    'kp-signature-pad': SignaturePad;
  }
}
