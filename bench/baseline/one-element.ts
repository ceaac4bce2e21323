// The floor for the widget's size: one Lit element with a style and a property, built by the same rollup config.
import { LitElement, css, html } from 'lit';

export class BaselineElement extends LitElement {
  static override properties = { name: {} };
  static override styles = css`
    :host {
      display: block;
      font: 16px/1.5 system-ui, sans-serif;
    }
  `;

  name = 'wereld';

  protected override render() {
    return html`<p>Hallo ${this.name}</p>`;
  }
}

customElements.define('kp-baseline', BaselineElement);
