import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { PortalClient, defaultApiBase, type PortalConfig } from './api/client.js';

/**
 * @summary The customer portal of one business, embedded in the business's own page.
 *
 * @csspart header - The bar with the portal's name.
 * @csspart title - The portal's name.
 * @cssproperty --kp-color-primary - Brand colour; defaults to the portal's branding.
 * @cssproperty --kp-font-family - Font of all text; defaults to the host page's font.
 */
export class PortalElement extends LitElement {
  static override styles = css`
    :host {
      display: block;
      container-type: inline-size;
      font-family: var(--kp-font-family, inherit);
      font-size: 16px;
      line-height: 1.5;
      color: var(--kp-color-text, #1d2433);
    }
    header {
      padding: 16px;
      border-bottom: 3px solid var(--kp-color-primary, #0b5cad);
    }
    h2 {
      margin: 0;
      font-size: 20px;
    }
    .status {
      padding: 16px;
    }
  `;

  /** The portal's slug, as the business got it (`<klant-portaal portal="jansen">`). */
  @property({ reflect: true }) portal = '';

  /** Where the portal API lives; defaults to the origin this script was loaded from. */
  @property({ attribute: 'api-base' }) apiBase = defaultApiBase(import.meta.url);

  private readonly configTask = new Task(this, {
    task: ([apiBase, portal], { signal }): Promise<PortalConfig> => new PortalClient(apiBase, portal).getConfig(signal),
    args: () => [this.apiBase, this.portal] as const,
  });

  override render() {
    if (!this.portal) return nothing;
    return this.configTask.render({
      pending: () => html`<p class="status" role="status">Portaal laden…</p>`,
      complete: (config) => html`
        <header part="header" style="--kp-color-primary: ${config.branding.primaryColor}">
          <h2 part="title">${config.portal.name}</h2>
        </header>
      `,
      error: () => html`
        <p class="status" role="alert">
          Het portaal kon niet worden geladen.
          <button @click=${() => this.configTask.run()}>Opnieuw proberen</button>
        </p>
      `,
    });
  }
}
