import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { getLocale } from '../i18n/localization.js';
import { defineElement } from './define.js';
import { kp } from '../styles/theme.js';

export type StatusKind = 'request' | 'workOrder' | 'quote' | 'invoice' | 'order';
type Tone = 'neutral' | 'info' | 'progress' | 'success' | 'warning' | 'danger';

/** The customer-facing name of a status, in the current language; an unknown status shows as the business sent it. */
export function statusName(kind: StatusKind, status: string): string {
  switch (`${kind}:${status}`) {
    case 'request:submitted':
      return msg('Ingediend', { id: 'views.status.request.submitted' });
    case 'request:in_review':
      return msg('In behandeling', { id: 'views.status.request.in_review' });
    case 'request:accepted':
      return msg('Geaccepteerd', { id: 'views.status.request.accepted' });
    case 'request:rejected':
      return msg('Afgewezen', { id: 'views.status.request.rejected' });
    case 'request:cancelled':
      return msg('Geannuleerd', { id: 'views.status.request.cancelled' });
    case 'workOrder:open':
      return msg('Open', { id: 'views.status.workOrder.open' });
    case 'workOrder:planned':
      return msg('Ingepland', { id: 'views.status.workOrder.planned' });
    case 'workOrder:in_progress':
      return msg('In uitvoering', { id: 'views.status.workOrder.in_progress' });
    case 'workOrder:completed':
      return msg('Afgerond', { id: 'views.status.workOrder.completed' });
    case 'workOrder:cancelled':
      return msg('Geannuleerd', { id: 'views.status.workOrder.cancelled' });
    case 'quote:open':
      return msg('Wacht op uw reactie', { id: 'views.status.quote.open' });
    case 'quote:accepted':
      return msg('Geaccepteerd', { id: 'views.status.quote.accepted' });
    case 'quote:declined':
      return msg('Afgewezen', { id: 'views.status.quote.declined' });
    case 'quote:expired':
      return msg('Verlopen', { id: 'views.status.quote.expired' });
    case 'quote:withdrawn':
      return msg('Ingetrokken', { id: 'views.status.quote.withdrawn' });
    case 'invoice:open':
      return msg('Openstaand', { id: 'views.status.invoice.open' });
    case 'invoice:paid':
      return msg('Betaald', { id: 'views.status.invoice.paid' });
    case 'invoice:overdue':
      return msg('Te laat', { id: 'views.status.invoice.overdue' });
    case 'invoice:credited':
      return msg('Gecrediteerd', { id: 'views.status.invoice.credited' });
    case 'invoice:cancelled':
      return msg('Geannuleerd', { id: 'views.status.invoice.cancelled' });
    case 'order:open':
      return msg('Open', { id: 'views.status.order.open' });
    case 'order:confirmed':
      return msg('Bevestigd', { id: 'views.status.order.confirmed' });
    case 'order:shipped':
      return msg('Verzonden', { id: 'views.status.order.shipped' });
    case 'order:delivered':
      return msg('Geleverd', { id: 'views.status.order.delivered' });
    case 'order:cancelled':
      return msg('Geannuleerd', { id: 'views.status.order.cancelled' });
    default:
      return status.replace(/_/g, ' ');
  }
}

/**
 * A status the business named itself (a work order's statusLabel), as the customer reads it. Businesses write these in
 * Dutch, so in another language the standard name leads and the business's own word follows as `label`; in Dutch the
 * business's word alone.
 */
export function labelledStatus(kind: StatusKind, status: string, label: string | null | undefined): { name: string; label: string | null } {
  const name = statusName(kind, status);
  if (!label) return { name, label: null };
  if (getLocale() === 'nl') return { name: label, label: null };
  return { name, label: label.trim().toLowerCase() === name.toLowerCase() ? null : label };
}

const tones: Record<string, Tone> = {
  'request:submitted': 'info',
  'request:in_review': 'progress',
  'request:accepted': 'success',
  'request:rejected': 'danger',
  'workOrder:open': 'info',
  'workOrder:planned': 'progress',
  'workOrder:in_progress': 'warning',
  'workOrder:completed': 'success',
  'quote:open': 'warning',
  'quote:accepted': 'success',
  'quote:declined': 'danger',
  'invoice:open': 'info',
  'invoice:paid': 'success',
  'invoice:overdue': 'danger',
  'order:open': 'info',
  'order:confirmed': 'progress',
  'order:shipped': 'progress',
  'order:delivered': 'success',
};

/**
 * @summary A record's status as a coloured pill with its name: the colour helps, the text carries the meaning.
 *
 * @csspart badge - The pill; carries `data-tone` (neutral, info, progress, success, warning, danger).
 * @cssproperty --kp-color-success - Text colour of finished, positive states.
 * @cssproperty --kp-color-danger - Text colour of states that need attention.
 */
export class StatusBadge extends LitElement {
  static override styles = css`
    :host {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 2px 6px;
      vertical-align: middle;
      max-width: 100%;
    }
    .business-label {
      font-size: ${kp('font-size-sm')};
      color: ${kp('color-muted')};
      overflow-wrap: anywhere;
    }
    span {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      padding: 2px 10px;
      border-radius: 999px;
      font-size: ${kp('font-size-sm')};
      font-weight: 600;
      line-height: 20px;
      white-space: nowrap;
      border: 1px solid currentColor;
    }
    span::before {
      content: '';
      width: 8px;
      height: 8px;
      border-radius: 50%;
      background: currentColor;
    }
    [data-tone='neutral'] {
      color: ${kp('color-muted')};
      background: ${kp('color-surface-alt')};
    }
    [data-tone='info'] {
      color: #1849a9;
      background: #eff8ff;
    }
    [data-tone='progress'] {
      color: #5925dc;
      background: #f4f3ff;
    }
    [data-tone='success'] {
      color: ${kp('color-success')};
      background: ${kp('color-success-surface')};
    }
    [data-tone='warning'] {
      color: ${kp('color-warning')};
      background: ${kp('color-warning-surface')};
    }
    [data-tone='danger'] {
      color: ${kp('color-danger')};
      background: ${kp('color-danger-surface')};
    }
  `;

  /** Which record the status belongs to: its names and colours differ per kind. */
  @property() kind: StatusKind = 'request';
  /** The status as the API names it (`in_progress`). */
  @property() status = '';
  /** The business's own name for this status: instead of the standard name in Dutch, beside it in English. */
  @property() label: string | null = null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render() {
    const tone = tones[`${this.kind}:${this.status}`] ?? 'neutral';
    const { name, label } = labelledStatus(this.kind, this.status, this.label);
    return html`<span part="badge" data-tone=${tone}>${name}</span>${label
        ? html`<span class="business-label" part="business-label" lang="nl">${label}</span>`
        : nothing}`;
  }
}

defineElement('kp-status-badge', StatusBadge);

declare global {
  interface HTMLElementTagNameMap {
    'kp-status-badge': StatusBadge;
  }
}
