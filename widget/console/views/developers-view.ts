import { css, html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { defineElement } from '../../components/define.js';
import { kp } from '../../styles/theme.js';
import { ConsoleView } from './console-view.js';
import './developers-api-keys.js';
import './developers-audit.js';
import './developers-deliveries.js';
import './developers-webhooks.js';

type Tab = 'api-keys' | 'webhooks' | 'audit';

/**
 * @summary The developer area (admins only), in tabs: API keys, webhooks with their deliveries, and the audit trail.
 *
 * @csspart heading - The view's title.
 * @csspart tabs - The tab links.
 */
export class DevelopersView extends ConsoleView {
  static override styles = [
    ...ConsoleView.styles,
    css`
      .tabs {
        display: flex;
        flex-wrap: wrap;
        gap: ${kp('space-1')};
        border-bottom: 1px solid ${kp('color-border')};
        margin: 0 0 ${kp('space-4')};
        padding: 0;
        list-style: none;
      }
      .tabs a {
        display: inline-flex;
        align-items: center;
        min-height: ${kp('control-height')};
        padding: 0 ${kp('space-4')};
        color: inherit;
        text-decoration: none;
        border-bottom: 3px solid transparent;
        margin-bottom: -1px;
      }
      .tabs a[aria-current='page'] {
        border-bottom-color: ${kp('color-primary')};
        font-weight: 650;
      }
      .tabs a:focus-visible {
        outline: 3px solid ${kp('color-focus')};
        outline-offset: -3px;
      }
      .panel {
        max-width: 1040px;
      }
    `,
  ];

  /** From the route: which tab, and the webhook whose deliveries show. */
  @property() developerTab = '';
  @property() webhookId = '';

  private get tab(): Tab {
    return this.developerTab === 'webhooks' || this.developerTab === 'audit' ? this.developerTab : 'api-keys';
  }

  override render() {
    const tabs: [Tab, string][] = [
      ['api-keys', msg('API-sleutels', { id: 'console.apiKeys.label' })],
      ['webhooks', msg('Webhooks', { id: 'console.webhooks.listTitle' })],
      ['audit', msg('Audittrail', { id: 'console.audit.title' })],
    ];
    return html`${this.header(msg('Ontwikkelaars', { id: 'console.nav.developers' }))}
      <nav aria-label=${msg('Onderdelen voor ontwikkelaars', { id: 'console.developers.tabs' })}>
        <ul class="tabs" part="tabs">
          ${tabs.map(([tab, label]) => html`<li data-tab=${tab}>${this.viewLink(`developers/${tab}`, label, 'tab')}</li>`)}
        </ul>
      </nav>
      <div class="panel">${this.renderPanel()}</div>`;
  }

  /** The shared link function draws no aria-current: the current tab is marked here, as the page it is. */
  protected override updated(): void {
    for (const item of this.renderRoot.querySelectorAll<HTMLElement>('.tabs li')) {
      const link = item.querySelector('a')!;
      if (item.dataset.tab === this.tab) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
  }

  private renderPanel(): TemplateResult {
    if (this.tab === 'webhooks' && this.webhookId) {
      return html`<kp-developers-deliveries .client=${this.client} locale=${this.locale} .webhookId=${this.webhookId}></kp-developers-deliveries>`;
    }
    if (this.tab === 'webhooks') return html`<kp-developers-webhooks .client=${this.client} locale=${this.locale}></kp-developers-webhooks>`;
    if (this.tab === 'audit') return html`<kp-developers-audit .client=${this.client} locale=${this.locale}></kp-developers-audit>`;
    return html`<kp-developers-api-keys .client=${this.client} locale=${this.locale}></kp-developers-api-keys>`;
  }
}

defineElement('kp-developers-view', DevelopersView);

declare global {
  interface HTMLElementTagNameMap {
    'kp-developers-view': DevelopersView;
  }
}
