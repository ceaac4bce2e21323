import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { defineElement } from '../../components/define.js';
import { errorMessage } from '../../components/states.js';
import { kp, shared } from '../../styles/theme.js';
import { decideProposedAddress, type ProposalDecision } from '../api/proposed-addresses.js';
import type { ConsoleClient } from '../api/console-client.js';
import type { AdminRequestDetail } from '../api/types.js';
import type { RequestChangedDetail } from './request-moves.js';

/**
 * @summary Beside a request's address: "proposed by the customer", with accepting it as a work address or not.
 *
 * @event kp-request-changed - {@link RequestChangedDetail}: the request with the address decided on.
 * @csspart proposal - The marker.
 */
export class ProposedAddress extends LitElement {
  static override styles = [
    shared,
    css`
      :host {
        display: block;
        margin-top: ${kp('space-1')};
      }
      .tag {
        display: inline-block;
        padding: 0 ${kp('space-2')};
        border-radius: ${kp('radius')};
        background: ${kp('color-surface-alt')};
        border: 1px solid ${kp('color-border-strong')};
        font-size: ${kp('font-size-sm')};
      }
      .actions {
        margin-top: ${kp('space-2')};
      }
    `,
  ];

  @property({ attribute: false }) client?: ConsoleClient;
  @property({ attribute: false }) request?: AdminRequestDetail;

  @state() private busy = false;
  @state() private problem = '';

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  private async decide(decision: ProposalDecision): Promise<void> {
    if (!this.client || !this.request || this.busy) return;
    this.busy = true;
    this.problem = '';
    try {
      const request = await decideProposedAddress(this.client, this.request.id, decision);
      const message =
        decision === 'accept'
          ? msg('Het adres staat nu bij de adressen van de klant.', { id: 'console.proposal.accepted' })
          : msg('Het adres is niet overgenomen.', { id: 'console.proposal.declined' });
      this.dispatchEvent(new CustomEvent<RequestChangedDetail>('kp-request-changed', { detail: { request, message }, bubbles: true, composed: true }));
    } catch (error) {
      this.problem = errorMessage(error);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const proposal = this.request?.location?.proposal;
    if (!proposal) return nothing;
    if (proposal === 'declined') return html`<span class="tag" part="proposal">${msg('Voorgesteld door de klant, niet overgenomen', { id: 'console.proposal.declinedTag' })}</span>`;
    return html`<span class="tag" part="proposal">${msg('Voorgesteld door de klant', { id: 'console.proposal.tag' })}</span>
      <div class="actions">
        <button type="button" class="btn secondary small" part="accept-address" ?disabled=${this.busy} @click=${() => void this.decide('accept')}>
          ${msg('Overnemen als werkadres', { id: 'console.proposal.accept' })}
        </button>
        <button type="button" class="btn link" part="decline-address" ?disabled=${this.busy} @click=${() => void this.decide('decline')}>
          ${msg('Niet overnemen', { id: 'console.proposal.decline' })}
        </button>
      </div>
      ${this.problem ? html`<p class="error" role="alert">${this.problem}</p>` : nothing}`;
  }
}

defineElement('kp-proposed-address', ProposedAddress);

declare global {
  interface HTMLElementTagNameMap {
    'kp-proposed-address': ProposedAddress;
  }
}
