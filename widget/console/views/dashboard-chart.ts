// Requests per week as bars in plain SVG, drawn at the width it gets so its text stays readable on a phone.
import { LitElement, css, html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { defineElement } from '../../components/define.js';
import { base, kp } from '../../styles/theme.js';
import type { StatsWeek } from '../api/dashboard.js';
import type { Locale } from '../api/types.js';
import { shortDate } from './dashboard-words.js';

const height = 200;
const top = 22;
const bottom = 26;
const side = 4;

/**
 * @summary A bar per week, customers' requests with guests' stacked on top, and the same numbers as a table.
 *
 * One bar takes focus at a time (Tab); the arrow keys, Home and End move between weeks, and the focused week's
 * numbers show under the chart. Each bar is named in full for screen readers.
 *
 * @csspart chart - The SVG.
 * @csspart bar - One week's bar.
 * @csspart detail - The numbers of the focused week.
 * @csspart table - The table of every week.
 */
export class DashboardChart extends LitElement {
  static override styles = [
    base,
    css`
      :host {
        display: block;
      }
      svg {
        display: block;
        width: 100%;
        height: ${height}px;
        overflow: visible;
      }
      .portal {
        fill: ${kp('color-primary')};
      }
      .guest {
        fill: ${kp('color-border-strong')};
      }
      .axis {
        stroke: ${kp('color-border-strong')};
        stroke-width: 1;
      }
      .grid {
        stroke: ${kp('color-border')};
        stroke-dasharray: 3 3;
      }
      text {
        font-size: 12px;
        fill: ${kp('color-muted')};
      }
      text.value {
        fill: ${kp('color-text')};
        font-weight: 600;
      }
      .bar {
        outline: none;
        cursor: pointer;
      }
      .bar .focus {
        fill: none;
        stroke: none;
      }
      .bar:focus .focus {
        stroke: ${kp('color-focus')};
        stroke-width: 3;
      }
      .legend {
        display: flex;
        flex-wrap: wrap;
        gap: ${kp('space-1')} ${kp('space-4')};
        margin: ${kp('space-2')} 0 0;
        padding: 0;
        list-style: none;
        font-size: ${kp('font-size-sm')};
        color: ${kp('color-muted')};
      }
      .swatch {
        display: inline-block;
        width: 12px;
        height: 12px;
        margin-right: ${kp('space-1')};
        border-radius: 2px;
        vertical-align: -1px;
      }
      .swatch.portal {
        background: ${kp('color-primary')};
      }
      .swatch.guest {
        background: ${kp('color-border-strong')};
      }
      .detail {
        min-height: 1.5em;
        margin: ${kp('space-2')} 0 0;
        font-size: ${kp('font-size-sm')};
      }
      .detail.hint {
        color: ${kp('color-muted')};
      }
      details {
        margin-top: ${kp('space-3')};
      }
      summary {
        cursor: pointer;
        color: ${kp('color-primary-text')};
        font-size: ${kp('font-size-sm')};
      }
      table {
        width: 100%;
        margin-top: ${kp('space-2')};
        border-collapse: collapse;
        font-size: ${kp('font-size-sm')};
        font-variant-numeric: tabular-nums;
      }
      th,
      td {
        padding: ${kp('space-1')} ${kp('space-2')};
        border-bottom: 1px solid ${kp('color-border')};
        text-align: right;
      }
      th:first-child,
      td:first-child {
        text-align: left;
      }
    `,
  ];

  /** Oldest first, as GET /admin/stats answers them. */
  @property({ attribute: false }) weeks: StatsWeek[] = [];
  @property() locale: Locale = 'nl';

  @state() private width = 600;
  /** The bar that takes focus on Tab: this week's until another is chosen. */
  @state() private active = -1;
  @state() private focused = -1;

  private readonly resize = new ResizeObserver(([entry]) => {
    const width = Math.round(entry?.contentRect.width ?? 0);
    if (width > 0 && width !== this.width) this.width = width;
  });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize.disconnect();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('weeks')) this.active = this.weeks.length - 1;
  }

  /** "Week 49 (vanaf 30 nov.): 5 aanvragen, 2 van gasten" */
  private describe(week: StatsWeek): string {
    const from = shortDate(week.weekStart, this.locale);
    return week.requests === 1
      ? msg(str`Week ${week.week} (vanaf ${from}): 1 aanvraag, ${week.guest} van gasten`, { id: 'console.dashboard.chart.barOne' })
      : msg(str`Week ${week.week} (vanaf ${from}): ${week.requests} aanvragen, ${week.guest} van gasten`, { id: 'console.dashboard.chart.bar' });
  }

  private bars(): NodeListOf<SVGGElement> {
    return this.renderRoot.querySelectorAll<SVGGElement>('[part~="bar"]');
  }

  private onKeydown(event: KeyboardEvent): void {
    const last = this.weeks.length - 1;
    const from = this.focused >= 0 ? this.focused : this.active;
    const next = { ArrowLeft: from - 1, ArrowRight: from + 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.active = Math.min(last, Math.max(0, next));
    void this.updateComplete.then(() => this.bars()[this.active]?.focus());
  }

  override render() {
    const weeks = this.weeks;
    const slot = (this.width - 2 * side) / Math.max(1, weeks.length);
    const barWidth = Math.max(6, Math.min(44, slot * 0.68));
    const plot = height - top - bottom;
    const max = Math.max(1, ...weeks.map((week) => week.requests));
    const y = (count: number) => top + plot - (count / max) * plot;
    const shown = this.focused >= 0 ? weeks[this.focused] : undefined;
    const title = msg('Aanvragen per week', { id: 'console.dashboard.chart.title' });
    return html`
      <svg part="chart" role="group" aria-label=${title} viewBox="0 0 ${this.width} ${height}" @keydown=${this.onKeydown}>
        <line class="grid" x1=${side} x2=${this.width - side} y1=${top} y2=${top}></line>
        <line class="axis" x1=${side} x2=${this.width - side} y1=${top + plot} y2=${top + plot}></line>
        ${weeks.map((week, index) => {
          const x = side + index * slot + (slot - barWidth) / 2;
          const centre = x + barWidth / 2;
          // Every other week number on a narrow screen, so that they never run into each other.
          const labelled = slot >= 26 || (weeks.length - 1 - index) % 2 === 0;
          return svg`<g
            class="bar"
            part="bar"
            role="img"
            tabindex=${index === this.active ? '0' : '-1'}
            aria-label=${this.describe(week)}
            data-requests=${week.requests}
            @focus=${() => {
              this.focused = index;
              this.active = index;
            }}
            @blur=${() => (this.focused = -1)}
          >
            <rect class="focus" x=${x - 3} y=${top - 18} width=${barWidth + 6} height=${plot + 18 + bottom - 2} rx="4"></rect>
            <rect class="portal" x=${x} y=${y(week.portal)} width=${barWidth} height=${top + plot - y(week.portal)}></rect>
            <rect class="guest" x=${x} y=${y(week.requests)} width=${barWidth} height=${y(week.portal) - y(week.requests)}></rect>
            ${week.requests ? svg`<text class="value" x=${centre} y=${y(week.requests) - 5} text-anchor="middle">${week.requests}</text>` : nothing}
            ${labelled ? svg`<text x=${centre} y=${height - 8} text-anchor="middle">${week.week}</text>` : nothing}
          </g>`;
        })}
      </svg>
      <ul class="legend" aria-hidden="true">
        <li><span class="swatch portal"></span>${msg('Van klanten met een account', { id: 'console.dashboard.chart.portal' })}</li>
        <li><span class="swatch guest"></span>${msg('Van gasten', { id: 'console.dashboard.chart.guest' })}</li>
        <li>${msg('Onder elke staaf: het weeknummer', { id: 'console.dashboard.chart.axis' })}</li>
      </ul>
      <p class="detail ${shown ? '' : 'hint'}" part="detail" aria-hidden="true">
        ${shown ? this.describe(shown) : msg('Tik op een staaf, of gebruik de pijltjestoetsen, voor de getallen van die week.', { id: 'console.dashboard.chart.hint' })}
      </p>
      <details>
        <summary>${msg('Als tabel tonen', { id: 'console.dashboard.chart.showTable' })}</summary>
        <table part="table">
          <caption class="visually-hidden">${title}</caption>
          <thead>
            <tr>
              <th scope="col">${msg('Week', { id: 'console.dashboard.chart.week' })}</th>
              <th scope="col">${msg('Aanvragen', { id: 'console.dashboard.chart.requests' })}</th>
              <th scope="col">${msg('Klanten', { id: 'console.dashboard.chart.customers' })}</th>
              <th scope="col">${msg('Gasten', { id: 'console.dashboard.chart.guests' })}</th>
            </tr>
          </thead>
          <tbody>
            ${weeks.map(
              (week) => html`<tr>
                <th scope="row">${msg(str`Week ${week.week}, vanaf ${shortDate(week.weekStart, this.locale)}`, { id: 'console.dashboard.chart.weekRow' })}</th>
                <td>${week.requests}</td>
                <td>${week.portal}</td>
                <td>${week.guest}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </details>
    `;
  }
}

defineElement('kp-dashboard-chart', DashboardChart);

declare global {
  interface HTMLElementTagNameMap {
    'kp-dashboard-chart': DashboardChart;
  }
}
