import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { Task, TaskStatus, initialState } from '@lit/task';
import { PortalApiError, type PortalClient } from '../api/client.js';
import { isOne } from '../i18n/plural.js';
import type { Locale } from '../i18n/localization.js';
import { kp, shared } from '../styles/theme.js';
import { defineElement } from './define.js';
import { errorBlock, stateStyles } from './states.js';
import { addDays, businessToday, capitalise, formatDay, formatSpan, sameChoice, windowLabel, type Availability, type FreeWindow, type WindowChoice } from './booking-times.js';

/** Days shown at once; "later" and "earlier" move by as many. */
const pageDays = 14;
/** How far ahead paging goes when the business's horizon is not known. */
const defaultHorizonWeeks = 26;

export type WindowChangeEvent = CustomEvent<{ choice: WindowChoice; window: FreeWindow }>;
export type BookingOfferEvent = CustomEvent<{ offered: boolean }>;

/** "nog 2 plaatsen" / "nog 1 plaats". */
export function placesLeftText(count: number): string {
  return isOne(count) ? msg('nog 1 plaats', { id: 'views.booking.placesLeft.one' }) : msg(str`nog ${count} plaatsen`, { id: 'views.booking.placesLeft.other' });
}

/**
 * @summary The free visit windows of a work type, two weeks at a time, grouped by day, as one radio group: arrow
 * keys move between the windows, Space or a click picks one.
 *
 * @event kp-booking-window-change - `{choice, window}` when the customer picks a window.
 * @event kp-booking-offer - `{offered}` once the first range has loaded: whether any window was free in it.
 * @csspart windows - The radio group.
 * @csspart window - One window to choose.
 * @csspart later - The button that shows the weeks after these.
 * @csspart notice - A note the host gives, such as "that window was just taken".
 */
export class BookingWindows extends LitElement {
  static override styles = [
    shared,
    stateStyles,
    css`
      :host {
        display: block;
      }
      fieldset {
        margin: 0;
        padding: 0;
        border: 0;
        min-width: 0;
      }
      .range {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: ${kp('space-2')};
        margin: 0 0 ${kp('space-3')};
      }
      .range p {
        margin: 0;
      }
      .paging {
        display: flex;
        gap: ${kp('space-2')};
      }
      .day + .day {
        margin-top: ${kp('space-3')};
      }
      .day > legend {
        font-size: ${kp('font-size-sm')};
        font-weight: 600;
        margin: 0 0 ${kp('space-1')};
      }
      .options {
        display: grid;
        gap: ${kp('space-2')};
      }
      @container (min-width: 520px) {
        .options {
          grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
        }
      }
      .option {
        display: flex;
        align-items: center;
        gap: ${kp('space-3')};
        min-height: 52px;
        padding: ${kp('space-2')} ${kp('space-3')};
        border: 1px solid ${kp('color-border-strong')};
        border-radius: ${kp('radius')};
        background: ${kp('color-surface')};
        cursor: pointer;
      }
      .option:hover {
        background: ${kp('color-surface-alt')};
      }
      .option:has(input:checked) {
        border-color: ${kp('color-primary')};
        box-shadow: inset 0 0 0 1px ${kp('color-primary')};
        background: ${kp('color-surface-alt')};
      }
      .option:has(input:focus-visible) {
        outline: 2px solid ${kp('color-focus')};
        outline-offset: 1px;
      }
      .option input {
        width: 20px;
        height: 20px;
        margin: 0;
        flex: none;
        accent-color: ${kp('color-primary')};
      }
      .option input:focus-visible {
        outline: none;
      }
      .option-text {
        display: flex;
        flex-direction: column;
        min-width: 0;
      }
      .option-name {
        font-weight: 600;
        font-variant-numeric: tabular-nums;
      }
      .places {
        color: ${kp('color-muted')};
        font-size: ${kp('font-size-sm')};
      }
      .places.few {
        color: ${kp('color-warning')};
        font-weight: 600;
      }
      .empty p {
        margin: 0 0 ${kp('space-3')};
      }
      .skeleton.option-skeleton {
        height: 52px;
        margin: 0 0 ${kp('space-2')};
      }
      .notice {
        margin: 0 0 ${kp('space-3')};
      }
    `,
  ];

  @property({ attribute: false }) client?: PortalClient;
  /** The work type whose windows to offer. */
  @property({ attribute: 'work-type' }) workType = '';
  @property() locale: Locale = 'nl';
  /** The window chosen, shown checked whichever range is shown. */
  @property({ attribute: false }) value: WindowChoice | null = null;
  /** The group's name, read out when the group gets focus. */
  @property() legend = '';
  /** A note from the host above the windows: why the choice was cleared, for instance. */
  @property() notice = '';
  /** When the first range holds nothing free, draw nothing: the host offers another way to say when. */
  @property({ type: Boolean, attribute: 'quiet-when-none' }) quietWhenNone = false;
  /** Weeks ahead the business takes bookings, when known; paging stops there. */
  @property({ type: Number, attribute: 'horizon-weeks' }) horizonWeeks = defaultHorizonWeeks;
  /** A window not to offer, by its date and id or by when it starts: the one a planned visit already has. */
  @property({ attribute: false }) exclude: WindowChoice | { start: string } | null = null;

  /** The first day shown; today's at first. */
  @state() private from = businessToday();
  private offerTold = false;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  private readonly windows = new Task(this, {
    args: () => [this.client, this.workType, this.from, this.locale] as const,
    task: async ([client, workType, from], { signal }) => {
      if (!client || !workType) return initialState;
      const query = new URLSearchParams({ workType, from, to: addDays(from, pageDays - 1) });
      let answer: Availability;
      try {
        answer = await client.request<Availability>('GET', `/availability?${query}`, undefined, { signal });
      } catch (error) {
        // Quiet: a portal or work type without booking is not a failure the customer must hear of.
        if (!(this.quietWhenNone && !this.offerTold && error instanceof PortalApiError && [400, 403, 404].includes(error.status))) throw error;
        answer = { windows: [] };
      }
      const windows = answer.windows.filter((window) => window.placesLeft > 0 && !this.excluded(window));
      if (!this.offerTold) {
        this.offerTold = true;
        this.dispatchEvent(new CustomEvent('kp-booking-offer', { detail: { offered: windows.length > 0 }, bubbles: true, composed: true }));
      }
      return windows;
    },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('workType') && changed.get('workType') !== undefined) {
      this.from = businessToday();
      this.offerTold = false;
    }
  }

  private excluded(window: FreeWindow): boolean {
    const exclude = this.exclude;
    if (!exclude) return false;
    return 'start' in exclude ? new Date(exclude.start).getTime() === new Date(window.start).getTime() : sameChoice(window, exclude);
  }

  /** Asks for the free windows again, the range shown kept: after a window was taken meanwhile. */
  reload(): Promise<unknown> {
    return this.windows.run();
  }

  /** Focus on the chosen window, else the first; else on the way to later weeks. */
  override async focus(): Promise<void> {
    await this.updateComplete;
    const root = this.renderRoot;
    const target = root.querySelector<HTMLElement>('input:checked') ?? root.querySelector<HTMLElement>('input[type="radio"]') ?? root.querySelector<HTMLElement>('[part~="later"]');
    target?.focus();
  }

  private get lastDay(): string {
    return addDays(businessToday(), this.horizonWeeks * 7 - 1);
  }

  private page(direction: 1 | -1): void {
    const today = businessToday();
    const next = addDays(this.from, direction * pageDays);
    this.from = next < today ? today : next;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="range"]')?.focus());
  }

  private choose(window: FreeWindow): void {
    const choice = { date: window.date, windowId: window.windowId };
    this.value = choice;
    this.dispatchEvent(new CustomEvent('kp-booking-window-change', { detail: { choice, window }, bubbles: true, composed: true }));
  }

  override render() {
    if (!this.workType) return nothing;
    if (this.quietWhenNone && this.windows.status === TaskStatus.COMPLETE && this.from === businessToday() && !this.windows.value?.length) return nothing;
    return html`<fieldset part="windows" aria-describedby="range-text">
      <legend class=${this.legend ? '' : 'visually-hidden'}>${this.legend || msg('Kies een tijdvak', { id: 'views.booking.choose' })}</legend>
      ${this.notice ? html`<div class="notice info" part="notice" role="status"><p>${this.notice}</p></div>` : nothing}
      ${this.renderRange()}
      ${this.windows.render({
        initial: () => this.renderPending(),
        pending: () => this.renderPending(),
        error: (error) => errorBlock(error, () => void this.windows.run(), msg('De vrije tijden konden niet worden geladen.', { id: 'views.booking.loadFailed' })),
        complete: (windows) => (windows.length ? this.renderDays(windows) : this.renderNone()),
      })}
    </fieldset>`;
  }

  private renderRange(): TemplateResult {
    const to = addDays(this.from, pageDays - 1);
    const atStart = this.from <= businessToday();
    const atEnd = addDays(this.from, pageDays) > this.lastDay;
    const busy = this.windows.status === TaskStatus.PENDING;
    return html`<div class="range">
      <p id="range-text" class="muted" part="range" tabindex="-1">
        ${msg(str`Vrije tijden van ${formatDay(this.from, this.locale)} tot en met ${formatDay(to, this.locale)}`, { id: 'views.booking.range' })}
      </p>
      <div class="paging">
        ${atStart ? nothing : html`<button type="button" class="btn secondary small" part="earlier" ?disabled=${busy} @click=${() => this.page(-1)}>${msg('Eerder', { id: 'views.booking.earlier' })}</button>`}
        ${atEnd ? nothing : html`<button type="button" class="btn secondary small" part="later" ?disabled=${busy} @click=${() => this.page(1)}>${msg('Later bekijken', { id: 'views.booking.later' })}</button>`}
      </div>
    </div>`;
  }

  private renderPending(): TemplateResult {
    return html`<div part="pending" role="status" aria-busy="true">
      <span class="visually-hidden">${msg('Vrije tijden laden…', { id: 'views.booking.loading' })}</span>
      <div aria-hidden="true">
        <div class="skeleton w-35"></div>
        ${[0, 1, 2].map(() => html`<div class="skeleton block option-skeleton"></div>`)}
      </div>
    </div>`;
  }

  private renderNone(): TemplateResult {
    return html`<div class="empty" part="empty"><p>${msg('In deze weken is geen plaats meer vrij.', { id: 'views.booking.none' })}</p></div>`;
  }

  private renderDays(windows: FreeWindow[]): TemplateResult {
    const days = new Map<string, FreeWindow[]>();
    for (const window of [...windows].sort((a, b) => a.start.localeCompare(b.start))) days.set(window.date, [...(days.get(window.date) ?? []), window]);
    return html`${[...days].map(
      ([date, inDay]) => html`<fieldset class="day" part="day">
        <legend>${capitalise(formatDay(date, this.locale, 'long'))}</legend>
        <div class="options">${inDay.map((window) => this.renderWindow(window))}</div>
      </fieldset>`,
    )}`;
  }

  private renderWindow(window: FreeWindow): TemplateResult {
    const checked = sameChoice(window, this.value);
    const label = windowLabel(window, this.locale);
    return html`<label class="option" part="window">
      <input type="radio" name="booking-window" .checked=${checked} value="${window.date}|${window.windowId}" @change=${() => this.choose(window)} />
      <span class="option-text">
        <span class="option-name">${label ? html`${label} ` : nothing}${formatSpan(window.start, window.end, this.locale)}</span>
        <span class="places ${window.placesLeft <= 1 ? 'few' : ''}">${placesLeftText(window.placesLeft)}</span>
      </span>
    </label>`;
  }
}

defineElement('kp-booking-windows', BookingWindows);

declare global {
  interface HTMLElementTagNameMap {
    'kp-booking-windows': BookingWindows;
  }
  interface HTMLElementEventMap {
    'kp-booking-window-change': WindowChangeEvent;
    'kp-booking-offer': BookingOfferEvent;
  }
}
