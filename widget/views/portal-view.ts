// What every signed-in view shares: the properties the shell sets, navigation, the page header and the layout styles.
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { updateWhenLocaleChanges } from '@lit/localize';
import type { PortalClient, PortalConfig, PortalUser } from '../api/client.js';
import type { Locale } from '../i18n/localization.js';
import { composedEvent } from '../shell/events.js';
import { linkToView, viewFrameStyles } from '../shell/view-frame.js';
import { kp, shared } from '../styles/theme.js';
import { stateStyles } from '../components/states.js';

export const viewStyles = css`
  .view-header {
    align-items: center;
  }
  .view-header h2 {
    margin: 0;
    overflow-wrap: anywhere;
  }
  section + section,
  .card + .card,
  .card + section,
  section + .card {
    margin-top: ${kp('space-4')};
  }
  h3 {
    font-size: ${kp('font-size-lg')};
  }
  .list > .record + .record {
    border-top: 1px solid ${kp('color-border')};
  }
  .record-link {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: ${kp('space-2')} ${kp('space-3')};
    min-height: 56px;
    padding: ${kp('space-3')} ${kp('space-4')};
    color: inherit;
    text-decoration: none;
  }
  a.record-link:hover {
    background: ${kp('color-surface-alt')};
  }
  a.record-link:hover .record-title {
    text-decoration: underline;
  }
  a.record-link:focus-visible {
    outline-offset: -2px;
  }
  .record-main {
    display: flex;
    flex-direction: column;
    min-width: 0;
    flex: 1 1 100%;
  }
  .record-title {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .record-meta {
    color: ${kp('color-muted')};
    font-size: ${kp('font-size-sm')};
    overflow-wrap: anywhere;
  }
  .record-aside {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${kp('space-2')};
  }
  .amount {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .overdue-text {
    color: ${kp('color-danger')};
    font-weight: 600;
  }
  .more {
    display: flex;
    justify-content: center;
    margin-top: ${kp('space-3')};
  }
  .more-error {
    margin-top: ${kp('space-3')};
    text-align: center;
  }
  .empty p {
    margin: 0 0 ${kp('space-3')};
  }
  .empty p:last-child {
    margin: 0;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: ${kp('space-2')};
    margin: 0 0 ${kp('space-4')};
    padding: 0;
    border: 0;
  }
  .filters legend {
    float: left;
    width: 100%;
    margin-bottom: ${kp('space-1')};
    font-size: ${kp('font-size-sm')};
  }
  .filters .btn[aria-pressed='true'],
  .filters .btn[aria-pressed='true']:hover:not(:disabled),
  .filters .btn[aria-pressed='true']:active {
    background: ${kp('color-primary')};
    border-color: ${kp('color-primary')};
    color: ${kp('color-on-primary')};
  }
  .filters .btn[aria-pressed='true']:hover:not(:disabled) {
    filter: brightness(0.92);
  }
  .details {
    grid-template-columns: 1fr;
    gap: 0 ${kp('space-4')};
    align-items: baseline;
  }
  .details dt {
    font-size: ${kp('font-size-sm')};
  }
  .details dd + dt {
    margin-top: ${kp('space-2')};
  }
  .lines {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  .lines caption {
    text-align: start;
  }
  .lines th,
  .lines td {
    padding: ${kp('space-2')} ${kp('space-1')};
    border-bottom: 1px solid ${kp('color-border')};
    text-align: start;
    vertical-align: top;
  }
  .lines th {
    font-size: ${kp('font-size-sm')};
    color: ${kp('color-muted')};
    font-weight: 600;
  }
  .lines th:first-child,
  .lines td:first-child {
    padding-inline-start: 0;
    overflow-wrap: anywhere;
  }
  .lines th:last-child,
  .lines td:last-child {
    padding-inline-end: 0;
  }
  .lines .num {
    text-align: end;
    white-space: nowrap;
  }
  .line-sub {
    display: block;
    font-size: ${kp('font-size-sm')};
    color: ${kp('color-muted')};
  }
  .totals {
    margin: ${kp('space-3')} 0 0;
    margin-left: auto;
    max-width: 360px;
    font-variant-numeric: tabular-nums;
  }
  .totals div {
    display: flex;
    justify-content: space-between;
    gap: ${kp('space-4')};
    padding: 2px ${kp('space-2')};
  }
  .totals dd {
    margin: 0;
    white-space: nowrap;
  }
  .totals .grand {
    margin-top: ${kp('space-1')};
    padding-top: ${kp('space-2')};
    border-top: 2px solid ${kp('color-border-strong')};
    font-weight: 700;
    font-size: ${kp('font-size-lg')};
  }
  .hide-narrow {
    display: none;
  }
  /* A reference such as WB-2026-0088 is read and quoted whole. */
  .ref {
    white-space: nowrap;
  }
  .grid {
    display: grid;
    gap: ${kp('space-4')};
  }
  .prose {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  @container (min-width: 340px) {
    .details {
      grid-template-columns: minmax(110px, max-content) 1fr;
      gap: ${kp('space-2')} ${kp('space-4')};
    }
    .details dd + dt {
      margin-top: 0;
    }
  }
  @container (min-width: 600px) {
    .details {
      grid-template-columns: minmax(160px, max-content) 1fr;
      column-gap: ${kp('space-5')};
    }
    .hide-narrow {
      display: table-cell;
    }
    .show-narrow {
      display: none;
    }
    .grid.two {
      grid-template-columns: 1fr 1fr;
    }
    .record-link {
      flex-wrap: nowrap;
    }
    .record-main {
      flex: 1 1 auto;
    }
    .record-aside {
      flex: none;
      justify-content: flex-end;
    }
  }
`;

/**
 * The base of every signed-in view: the shell sets `client`, `config`, `locale` and `user`, and the inputs the view's
 * route names (`recordId`, `objectId`) where the view declares them; it listens for `kp-view-navigate`.
 *
 * @event kp-view-navigate - `{view}`: the customer asked for another view.
 * @csspart heading - The view's title; the shell moves focus to it when the view opens.
 */
export abstract class PortalView extends LitElement {
  static override styles = [shared, stateStyles, viewFrameStyles, viewStyles];

  /** The API client of the signed-in contact. */
  @property({ attribute: false }) client?: PortalClient;
  /** The portal's public configuration: features, request form, branding. */
  @property({ attribute: false }) config?: PortalConfig;
  /** The language texts, dates and money are shown in. */
  @property() locale: Locale = 'nl';
  /** The signed-in contact. */
  @property({ attribute: false }) user?: PortalUser;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected navigate(view: string): void {
    this.dispatchEvent(composedEvent('kp-view-navigate', { view }));
  }

  /** A link to another view: a real link for the keyboard and screen readers, handled by the shell. */
  protected viewLink(view: string, content: unknown, className = '', part = 'link'): TemplateResult {
    return linkToView(`#kp/${view}`, () => this.navigate(view), content, className, part);
  }

  /** A row of a list that opens the record. */
  protected recordLink(view: string, title: unknown, meta: unknown, aside: unknown = nothing): TemplateResult {
    return this.viewLink(
      view,
      html`<span class="record-main"><span class="record-title" part="record-title">${title}</span><span class="record-meta">${meta}</span></span
        ><span class="record-aside">${aside}</span>`,
      'record-link',
      'record-link',
    );
  }

  /** The view's title row: an optional way back, the heading the shell focuses, and actions. */
  protected header(title: unknown, options: { back?: { view: string; label: string }; actions?: unknown; sub?: unknown } = {}): TemplateResult {
    return html`<div class="view-header" part="header">
      <div class="title">
        ${options.back ? this.viewLink(options.back.view, options.back.label, 'back', 'back') : nothing}
        <h2 tabindex="-1" part="heading">${title}</h2>
        ${options.sub ?? nothing}
      </div>
      ${options.actions ?? nothing}
    </div>`;
  }

  /** The work type's name in the customer's language, from the portal's request form. */
  protected workTypeLabel(id: string | null | undefined): string {
    if (!id) return '';
    const type = this.config?.requestForm.workTypes.find((candidate) => candidate.id === id);
    return type ? type.label[this.locale] : id;
  }
}

/** A reference (WB-2026-0088) kept on one line; with `text`, that text with the reference in it kept so. */
export function reference(value: string, text = value): TemplateResult {
  const at = value ? text.indexOf(value) : -1;
  if (at < 0) return html`${text}`;
  return html`${text.slice(0, at)}<span class="ref">${value}</span>${text.slice(at + value.length)}`;
}

/** Label/value pairs of a record; pairs without a value are left out rather than shown empty. */
export function facts(rows: [label: string, value: unknown][]): TemplateResult {
  return html`<dl class="details" part="details">
    ${rows
      .filter(([, value]) => value !== null && value !== undefined && value !== '' && value !== nothing)
      .map(([label, value]) => html`<dt>${label}</dt><dd>${value}</dd>`)}
  </dl>`;
}

/** The start of a long text, cut at a word, on one line. */
export function excerpt(text: string, length = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const cut = flat.lastIndexOf(' ', length);
  return `${flat.slice(0, cut > length / 2 ? cut : length)}…`;
}

/** A planned visit: "woensdag 3 december 2026, 09:00 – 11:00". */
export function formatWindow(start: string | null | undefined, end: string | null | undefined, locale: Locale): string {
  if (!start) return '';
  const tag = locale === 'nl' ? 'nl-NL' : 'en-GB';
  const from = new Date(start);
  const day = new Intl.DateTimeFormat(tag, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const time = new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit' });
  if (!end) return `${day.format(from)}, ${time.format(from)}`;
  const to = new Date(end);
  if (from.toDateString() === to.toDateString()) return `${day.format(from)}, ${time.format(from)} – ${time.format(to)}`;
  return `${day.format(from)}, ${time.format(from)} – ${day.format(to)}, ${time.format(to)}`;
}
