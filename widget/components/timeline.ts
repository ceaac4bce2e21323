import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { updateWhenLocaleChanges } from '@lit/localize';
import { formatDateTime } from '../i18n/format.js';
import type { Locale } from '../i18n/localization.js';
import { kp } from '../styles/theme.js';
import { defineElement } from './define.js';
import { labelledStatus, type StatusKind } from './status-badge.js';

export interface TimelineEntry {
  status: string;
  statusLabel?: string | null;
  note?: string | null;
  at: string;
}

/**
 * @summary The steps a request or work order went through, oldest first; the latest step is marked as current.
 *
 * @csspart timeline - The ordered list.
 * @csspart step - One step; the current one also has the part `current`.
 */
export class StatusTimeline extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    ol {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      position: relative;
      padding: 0 0 ${kp('space-4')} 28px;
    }
    li:last-child {
      padding-bottom: 0;
    }
    li::before {
      content: '';
      position: absolute;
      left: 5px;
      top: 6px;
      width: 10px;
      height: 10px;
      border-radius: 50%;
      background: ${kp('color-surface')};
      border: 2px solid ${kp('color-border-strong')};
    }
    li:not(:last-child)::after {
      content: '';
      position: absolute;
      left: 11px;
      top: 22px;
      bottom: 2px;
      width: 2px;
      background: ${kp('color-border')};
    }
    li[aria-current='step']::before {
      background: ${kp('color-primary')};
      border-color: ${kp('color-primary')};
    }
    .name {
      display: block;
      font-weight: 600;
    }
    time,
    .note {
      display: block;
      font-size: ${kp('font-size-sm')};
      color: ${kp('color-muted')};
    }
    .note {
      color: ${kp('color-text')};
      white-space: pre-line;
    }
  `;

  @property() kind: StatusKind = 'request';
  @property({ attribute: false }) events: TimelineEntry[] = [];
  @property() locale: Locale = 'nl';

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render() {
    // In the order given, oldest first: a step may carry when it happened rather than when it was recorded (a work
    // order's completion), so sorting by time could put the completion before steps recorded earlier.
    const steps = this.events;
    return html`<ol part="timeline">
      ${steps.map(
        (step, index) => html`<li part=${index === steps.length - 1 ? 'step current' : 'step'} aria-current=${index === steps.length - 1 ? 'step' : nothing}>
          <span class="name">${timelineName(this.kind, step.status, step.statusLabel)}</span>
          <time datetime=${step.at}>${formatDateTime(step.at, this.locale)}</time>
          ${step.note ? html`<span class="note">${step.note}</span>` : nothing}
        </li>`,
      )}
    </ol>`;
  }
}

/** In Dutch the business's own word; in English the standard name with the business's word beside it. */
function timelineName(kind: StatusKind, status: string, statusLabel: string | null | undefined) {
  const { name, label } = labelledStatus(kind, status, statusLabel);
  return label ? html`${name} <span lang="nl">(${label})</span>` : name;
}

defineElement('kp-timeline', StatusTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'kp-timeline': StatusTimeline;
  }
}
