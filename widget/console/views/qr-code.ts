import { LitElement, css, html, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { Task, initialState } from '@lit/task';
import { defineElement } from '../../components/define.js';
import { kp, skeletons } from '../../styles/theme.js';

/**
 * @summary A QR code of a text, drawn as SVG in the page (the encoder is fetched when the first one is shown).
 *
 * @csspart code - The drawn code.
 */
export class QrCode extends LitElement {
  static override styles = [
    skeletons,
    css`
      :host {
        display: inline-block;
        width: 200px;
        height: 200px;
      }
      svg,
      .skeleton {
        display: block;
        width: 100%;
        height: 100%;
        margin: 0;
      }
      .failed {
        display: flex;
        align-items: center;
        justify-content: center;
        height: 100%;
        margin: 0;
        padding: ${kp('space-3')};
        border: 1px dashed ${kp('color-border-strong')};
        text-align: center;
        font-size: ${kp('font-size-sm')};
      }
    `,
  ];

  /** The text the code holds: an `otpauth://` address. */
  @property() value = '';
  /** What the code is for, for screen readers. */
  @property() label = '';

  private readonly code = new Task(this, {
    args: () => [this.value] as const,
    task: async ([value]) => {
      if (!value) return initialState;
      const { encode } = await import('uqr');
      return encode(value, { ecc: 'M', border: 2 });
    },
  });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render() {
    return this.code.render({
      initial: () => html`<span class="skeleton"></span>`,
      pending: () => html`<span class="skeleton" role="img" aria-label=${this.label}></span>`,
      error: () => html`<p class="failed">${msg('De QR-code kon niet worden getekend. Gebruik de sleutel eronder.', { id: 'console.twoStep.qrFailed' })}</p>`,
      complete: ({ size, data }) => {
        const cells = data.flatMap((row, y) => row.map((dark, x) => (dark ? `M${x} ${y}h1v1h-1z` : ''))).join('');
        return html`<svg part="code" viewBox="0 0 ${size} ${size}" role="img" aria-label=${this.label} shape-rendering="crispEdges">
          ${svg`<rect width=${size} height=${size} fill="#ffffff"></rect><path d=${cells} fill="#000000"></path>`}
        </svg>`;
      },
    });
  }
}

defineElement('kp-qr-code', QrCode);

declare global {
  interface HTMLElementTagNameMap {
    'kp-qr-code': QrCode;
  }
}
