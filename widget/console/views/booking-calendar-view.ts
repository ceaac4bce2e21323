import { css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { Task, TaskStatus, initialState } from '@lit/task';
import { PortalApiError } from '../../api/client.js';
import { describeError } from '../../api/errors.js';
import { defineElement } from '../../components/define.js';
import { emptyBlock, errorBlock, pendingBlock } from '../../components/states.js';
import { addDays, businessToday, capitalise, formatDay, formatSpan, weekday } from '../../components/booking-times.js';
import { formatDateTime } from '../../i18n/format.js';
import { isOne } from '../../i18n/plural.js';
import { kp } from '../../styles/theme.js';
import {
  answerBooking,
  blockWindow,
  getBookingSettings,
  listBlocks,
  listBookings,
  saveBookingSettings,
  unblockWindow,
  type AdminBooking,
  type BookingBlock,
  type BookingSettings,
  type BookingWindow,
} from '../api/bookings.js';
import type { LiveSignal } from '../live/live-updates.js';
import { ConsoleView } from './console-view.js';
import { bookingKindName, bookingStatusName } from './booking-words.js';

type Scale = 'day' | 'week';

interface Planning {
  slug: string;
  from: string;
  to: string;
  settings: BookingSettings;
  bookings: AdminBooking[];
  blocks: BookingBlock[];
}

/** Bookings that take a place: waiting for an answer, or confirmed. */
const holdsPlace = (booking: AdminBooking) => booking.status === 'requested' || booking.status === 'confirmed';

/** Monday of the week of a date. */
const mondayOf = (date: string) => addDays(date, 1 - weekday(date));

/**
 * @summary The bookings of a day or a week, window by window, as a planner reads them: what is requested stands out,
 * and staff confirm, decline or confirm in another window; admins close a window on a date. Follows the live updates.
 *
 * @csspart heading - The view's title.
 * @csspart day - One day.
 * @csspart window - One window of a day, with its bookings.
 * @csspart booking - One booking.
 */
export class BookingCalendarView extends ConsoleView {
  static override styles = [
    ...ConsoleView.styles,
    css`
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        gap: ${kp('space-2')} ${kp('space-3')};
        align-items: end;
        margin: 0 0 ${kp('space-4')};
      }
      .toolbar .field {
        margin: 0;
      }
      .group {
        display: inline-flex;
        gap: ${kp('space-1')};
      }
      .group .btn[aria-pressed='true'] {
        background: ${kp('color-primary')};
        border-color: ${kp('color-primary')};
        color: ${kp('color-on-primary')};
      }
      .days {
        display: grid;
        gap: ${kp('space-4')};
        grid-template-columns: minmax(0, 1fr);
      }
      .days.week {
        grid-template-columns: repeat(auto-fill, minmax(300px, 1fr));
      }
      .day h2 {
        margin: 0 0 ${kp('space-2')};
      }
      .today-mark {
        margin-inline-start: ${kp('space-2')};
        font-size: ${kp('font-size-sm')};
        font-weight: 600;
        color: ${kp('color-primary-text')};
      }
      .nowrap {
        white-space: nowrap;
      }
      .booking-actions .btn.link,
      .window-actions .btn.link {
        padding-inline: 0;
      }
      .windows {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: ${kp('space-3')};
      }
      .window {
        border: 1px solid ${kp('color-border')};
        border-radius: ${kp('radius')};
        padding: ${kp('space-3')};
        background: ${kp('color-surface')};
      }
      .window.closed {
        background: ${kp('color-surface-alt')};
      }
      .window-head {
        display: flex;
        flex-wrap: wrap;
        gap: ${kp('space-1')} ${kp('space-2')};
        align-items: baseline;
        justify-content: space-between;
      }
      .window-name {
        font-weight: 650;
        font-variant-numeric: tabular-nums;
      }
      .places {
        font-size: ${kp('font-size-sm')};
        color: ${kp('color-muted')};
      }
      .places.full {
        color: ${kp('color-danger')};
        font-weight: 600;
      }
      .bookings {
        list-style: none;
        margin: ${kp('space-2')} 0 0;
        padding: 0;
        display: grid;
        gap: ${kp('space-2')};
      }
      .booking {
        padding: ${kp('space-2')} ${kp('space-3')};
        border-radius: ${kp('radius-sm')};
        border-inline-start: 4px solid ${kp('color-border-strong')};
        background: ${kp('color-surface-alt')};
      }
      .booking.requested {
        border-inline-start-color: ${kp('color-warning')};
        background: ${kp('color-warning-surface')};
      }
      .booking.confirmed {
        border-inline-start-color: ${kp('color-success')};
      }
      .booking p {
        margin: 0;
      }
      .booking .who {
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      .booking .meta {
        font-size: ${kp('font-size-sm')};
        color: ${kp('color-muted')};
        overflow-wrap: anywhere;
      }
      .booking-actions,
      .window-actions {
        display: flex;
        flex-wrap: wrap;
        gap: ${kp('space-2')};
        margin-top: ${kp('space-2')};
      }
      .proposal {
        display: grid;
        gap: 0 ${kp('space-2')};
        grid-template-columns: repeat(auto-fit, minmax(140px, 1fr));
        align-items: end;
        margin-top: ${kp('space-2')};
      }
      .proposal .field {
        margin-bottom: ${kp('space-2')};
      }
      .none {
        margin: ${kp('space-2')} 0 0;
        font-size: ${kp('font-size-sm')};
        color: ${kp('color-muted')};
      }
    `,
  ];

  /** `day` or `week` (the default). */
  @property() scale: '' | Scale = '';
  /** A date of the day or week shown; today when empty. */
  @property() date = '';

  @state() private portalSlug = '';
  /** Bumped to load again, without the loading state, after a change or a live signal. */
  @state() private revision = 0;
  @state() private shown: Planning | null = null;
  @state() private busyId = '';
  @state() private problem: { id: string; text: string } | null = null;
  @state() private proposing: { id: string; date: string; windowId: string } | null = null;
  /** The window whose places on one date an admin is changing (`date|windowId`), and the number typed. */
  @state() private capacityEdit: { id: string; value: string } | null = null;

  private get currentScale(): Scale {
    return this.scale === 'day' ? 'day' : 'week';
  }

  private get currentDate(): string {
    return /^\d{4}-\d{2}-\d{2}$/.test(this.date) ? this.date : businessToday();
  }

  private get range(): { from: string; to: string } {
    const date = this.currentDate;
    if (this.currentScale === 'day') return { from: date, to: date };
    const from = mondayOf(date);
    return { from, to: addDays(from, 6) };
  }

  private get slug(): string {
    return this.portals.some((portal) => portal.slug === this.portalSlug) ? this.portalSlug : (this.portals[0]?.slug ?? '');
  }

  private readonly planning = new Task(this, {
    args: () => [this.client, this.slug, this.range.from, this.range.to, this.revision] as const,
    task: async ([client, slug, from, to], { signal }): Promise<Planning | typeof initialState> => {
      if (!client || !slug) return initialState;
      const [settings, bookings, blocks] = await Promise.all([
        getBookingSettings(client, slug, signal),
        listBookings(client, { from, to, portal: slug }, signal),
        listBlocks(client, slug, { from, to }, signal),
      ]);
      const planning = { slug, from, to, settings, bookings, blocks };
      this.shown = planning;
      return planning;
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page (the shell keeps its views): what changed meanwhile, the settings too, is read again.
    if (this.hasUpdated) this.refresh();
  }

  protected override onLiveSignal(signal: LiveSignal): void {
    // A booking changes its request or work order: either kind of event, a poll or a resumed stream may hide one.
    if (signal.kind !== 'event' || signal.type.startsWith('request.') || signal.type === 'work_order.updated') this.refresh();
  }

  private refresh(): void {
    this.revision += 1;
  }

  private go(scale: Scale, date: string): void {
    this.proposing = null;
    this.problem = null;
    this.navigate(`bookings/${scale}/${date}`);
  }

  private async act(booking: AdminBooking, action: () => Promise<unknown>, done: string): Promise<void> {
    this.busyId = booking.id;
    this.problem = null;
    try {
      await action();
      this.proposing = null;
      this.announce(done);
    } catch (error) {
      const text =
        error instanceof PortalApiError && error.status === 409
          ? msg('Dit ging niet: de afspraak is al beantwoord, of het tijdvak is vol. Hieronder staat hoe het nu is.', { id: 'console.bookings.conflict' })
          : describeError(error);
      this.problem = { id: booking.id, text };
    } finally {
      this.busyId = '';
      this.refresh();
    }
  }

  private confirm(booking: AdminBooking): void {
    void this.act(booking, () => answerBooking(this.client!, booking.id, { status: 'confirmed' }), msg(str`Afspraak van ${booking.customer.name} bevestigd.`, { id: 'console.bookings.confirmed' }));
  }

  private decline(booking: AdminBooking): void {
    void this.act(booking, () => answerBooking(this.client!, booking.id, { status: 'declined' }), msg(str`Afspraak van ${booking.customer.name} afgewezen.`, { id: 'console.bookings.declined' }));
  }

  private propose(booking: AdminBooking): void {
    const proposal = this.proposing;
    if (!proposal || !proposal.date || !proposal.windowId) return;
    void this.act(
      booking,
      () => answerBooking(this.client!, booking.id, { status: 'confirmed', proposal: { date: proposal.date, windowId: proposal.windowId } }),
      msg(str`Afspraak van ${booking.customer.name} bevestigd op een ander moment.`, { id: 'console.bookings.moved' }),
    );
  }

  private async toggleBlock(planning: Planning, date: string, window: BookingWindow, blocked: boolean): Promise<void> {
    const id = `${date}|${window.id}`;
    this.busyId = id;
    this.problem = null;
    try {
      if (blocked) await unblockWindow(this.client!, planning.slug, date, window.id);
      else await blockWindow(this.client!, planning.slug, date, window.id);
      this.announce(
        blocked
          ? msg(str`${window.label[this.locale]} op ${formatDay(date, this.locale, 'long')} is weer open.`, { id: 'console.bookings.unblocked' })
          : msg(str`${window.label[this.locale]} op ${formatDay(date, this.locale, 'long')} is gesloten.`, { id: 'console.bookings.blocked' }),
      );
    } catch (error) {
      this.problem = { id, text: describeError(error) };
    } finally {
      this.busyId = '';
      this.refresh();
    }
  }

  /** Another number of places for one window on one date (the weekday's own number again: the exception goes). */
  private async saveCapacity(planning: Planning, date: string, window: BookingWindow): Promise<void> {
    const id = `${date}|${window.id}`;
    const value = this.capacityEdit?.value.trim() ?? '';
    if (!/^\d{1,3}$/.test(value) || Number(value) > 500) {
      this.problem = { id, text: msg('Vul een aantal plaatsen in van 0 tot en met 500.', { id: 'console.bookings.capacityInvalid' }) };
      return;
    }
    const capacity = Number(value);
    const others = planning.settings.capacityOverrides.filter((override) => !(override.date === date && override.windowId === window.id));
    const capacityOverrides = capacity === window.capacity ? others : [...others, { date, windowId: window.id, capacity }];
    this.busyId = id;
    this.problem = null;
    try {
      await saveBookingSettings(this.client!, planning.slug, { ...planning.settings, capacityOverrides });
      this.capacityEdit = null;
      this.announce(msg(str`${window.label[this.locale]} op ${formatDay(date, this.locale, 'long')} heeft nu ${capacity} plaatsen.`, { id: 'console.bookings.capacitySaved' }));
    } catch (error) {
      this.problem = { id, text: describeError(error) };
    } finally {
      this.busyId = '';
      this.refresh();
    }
  }

  private renderCapacityEdit(planning: Planning, date: string, window: BookingWindow): TemplateResult {
    const id = `${date}|${window.id}`;
    const inputId = `capacity-${date}-${window.id}`;
    return html`<form
      class="proposal"
      part="capacity-form"
      @submit=${(event: Event) => {
        event.preventDefault();
        void this.saveCapacity(planning, date, window);
      }}
    >
      <div class="field">
        <label for=${inputId}>${msg(str`Plaatsen op ${formatDay(date, this.locale, 'long')}`, { id: 'console.bookings.capacityLabel' })}</label>
        <input
          id=${inputId}
          type="number"
          inputmode="numeric"
          min="0"
          max="500"
          .value=${live(this.capacityEdit!.value)}
          @input=${(event: Event) => (this.capacityEdit = { id, value: (event.target as HTMLInputElement).value })}
        />
      </div>
      <div class="booking-actions">
        <button type="submit" class="btn primary small" ?disabled=${this.busyId === id}>${msg('Opslaan', { id: 'console.bookings.capacitySave' })}</button>
        <button type="button" class="btn secondary small" @click=${() => (this.capacityEdit = null)}>${msg('Annuleren', { id: 'console.bookings.capacityCancel' })}</button>
      </div>
    </form>`;
  }

  override render() {
    const title = msg('Afspraken', { id: 'console.nav.bookings' });
    const isAdmin = this.session?.staff.role === 'admin';
    return html`${this.header(title, {
        actions: isAdmin && this.slug ? this.viewLink(`bookings/settings/${this.slug}`, msg('Afspraakinstellingen', { id: 'console.bookings.settings.title' }), 'btn secondary', 'settings-link') : nothing,
      })}
      ${this.renderToolbar()}
      ${!this.slug
        ? emptyBlock(msg('Uw bedrijf heeft nog geen portaal.', { id: 'console.settings.none' }))
        : this.planning.status === TaskStatus.ERROR
          ? errorBlock(this.planning.error, () => void this.planning.run())
          : this.shown && this.shown.slug === this.slug && this.shown.from === this.range.from && this.shown.to === this.range.to
            ? this.renderPlanning(this.shown)
            : pendingBlock(4)}`;
  }

  private renderToolbar(): TemplateResult {
    const scale = this.currentScale;
    const date = this.currentDate;
    const step = scale === 'day' ? 1 : 7;
    const { from, to } = this.range;
    const rangeText = scale === 'day' ? formatDay(from, this.locale, 'long') : msg(str`${formatDay(from, this.locale)} tot en met ${formatDay(to, this.locale)}`, { id: 'console.bookings.weekRange' });
    return html`<div class="toolbar" role="group" aria-label=${msg('Welke afspraken', { id: 'console.bookings.toolbar' })}>
        ${this.portals.length > 1
          ? html`<div class="field">
              <label for="booking-portal">${msg('Portaal', { id: 'console.settings.portal' })}</label>
              <select id="booking-portal" .value=${live(this.slug)} @change=${(event: Event) => (this.portalSlug = (event.target as HTMLSelectElement).value)}>
                ${this.portals.map((portal) => html`<option value=${portal.slug} ?selected=${portal.slug === this.slug}>${portal.settings.name}</option>`)}
              </select>
            </div>`
          : nothing}
        <div class="group">
          <button type="button" class="btn secondary" part="scale-day" aria-pressed=${scale === 'day' ? 'true' : 'false'} @click=${() => this.go('day', date)}>
            ${msg('Dag', { id: 'console.bookings.day' })}
          </button>
          <button type="button" class="btn secondary" part="scale-week" aria-pressed=${scale === 'week' ? 'true' : 'false'} @click=${() => this.go('week', date)}>
            ${msg('Week', { id: 'console.bookings.week' })}
          </button>
        </div>
        <div class="group">
          <button type="button" class="btn secondary" part="previous" @click=${() => this.go(scale, addDays(date, -step))}>
            ${scale === 'day' ? msg('Vorige dag', { id: 'console.bookings.previousDay' }) : msg('Vorige week', { id: 'console.bookings.previousWeek' })}
          </button>
          <button type="button" class="btn secondary" part="today" @click=${() => this.go(scale, businessToday())}>${msg('Vandaag', { id: 'console.bookings.today' })}</button>
          <button type="button" class="btn secondary" part="next" @click=${() => this.go(scale, addDays(date, step))}>
            ${scale === 'day' ? msg('Volgende dag', { id: 'console.bookings.nextDay' }) : msg('Volgende week', { id: 'console.bookings.nextWeek' })}
          </button>
        </div>
        <div class="field">
          <label for="booking-date">${msg('Datum', { id: 'console.bookings.settings.closedDate' })}</label>
          <input id="booking-date" type="date" .value=${live(date)} @change=${(event: Event) => {
            const value = (event.target as HTMLInputElement).value;
            if (value) this.go(scale, value);
          }} />
        </div>
      </div>
      <p class="muted" part="range" aria-live="polite">${rangeText}</p>`;
  }

  private renderPlanning(planning: Planning): TemplateResult {
    const { settings } = planning;
    const requested = planning.bookings.filter((booking) => booking.status === 'requested').length;
    const days: string[] = [];
    for (let date = planning.from; date <= planning.to; date = addDays(date, 1)) days.push(date);
    const withContent = days.filter((date) => this.windowsOn(settings, date).length || planning.bookings.some((booking) => booking.date === date));
    return html`${settings.enabled
        ? nothing
        : html`<div class="notice info" role="status">
            <p>${msg('Klanten kunnen in dit portaal nog geen afspraken boeken.', { id: 'console.bookings.off' })}</p>
          </div>`}
      <p class="summary" part="summary">
        ${requested === 0
          ? msg('Geen afspraken die op antwoord wachten.', { id: 'console.bookings.noneWaiting' })
          : isOne(requested)
            ? msg('1 afspraak wacht op antwoord.', { id: 'console.bookings.waiting.one' })
            : msg(str`${requested} afspraken wachten op antwoord.`, { id: 'console.bookings.waiting.other' })}
      </p>
      ${withContent.length
        ? html`<div class="days ${this.currentScale}">${withContent.map((date) => this.renderDay(planning, date))}</div>`
        : emptyBlock(
            settings.windows.length
              ? msg('Op deze dagen zijn geen tijdvakken en geen afspraken.', { id: 'console.bookings.emptyRange' })
              : msg('Er zijn nog geen tijdvakken ingesteld.', { id: 'console.bookings.noWindows' }),
          )}`;
  }

  private windowsOn(settings: BookingSettings, date: string): BookingWindow[] {
    if (settings.closedDates.includes(date)) return [];
    return settings.windows.filter((window) => window.weekday === weekday(date)).sort((a, b) => a.start.localeCompare(b.start));
  }

  private renderDay(planning: Planning, date: string): TemplateResult {
    const windows = this.windowsOn(planning.settings, date);
    const inDay = planning.bookings.filter((booking) => booking.date === date);
    const elsewhere = inDay.filter((booking) => !windows.some((window) => window.id === booking.windowId));
    const closed = planning.settings.closedDates.includes(date);
    return html`<section class="day" part="day" aria-labelledby="day-${date}">
      <h2 id="day-${date}">
        ${capitalise(formatDay(date, this.locale, 'long'))}${date === businessToday() ? html`<span class="today-mark">${msg('vandaag', { id: 'console.bookings.todayMark' })}</span>` : nothing}
      </h2>
      ${closed ? html`<p class="none">${msg('Gesloten dag.', { id: 'console.bookings.closedDay' })}</p>` : nothing}
      <ul class="windows">
        ${windows.map((window) => this.renderWindow(planning, date, window, inDay.filter((booking) => booking.windowId === window.id)))}
        ${elsewhere.length
          ? html`<li class="window" part="window">
              <div class="window-head"><span class="window-name">${msg('Buiten de tijdvakken', { id: 'console.bookings.outside' })}</span></div>
              <ul class="bookings">${elsewhere.map((booking) => this.renderBooking(planning, booking))}</ul>
            </li>`
          : nothing}
      </ul>
    </section>`;
  }

  private renderWindow(planning: Planning, date: string, window: BookingWindow, bookings: AdminBooking[]): TemplateResult {
    const override = planning.settings.capacityOverrides.find((candidate) => candidate.date === date && candidate.windowId === window.id);
    const capacity = override?.capacity ?? window.capacity;
    const taken = bookings.filter(holdsPlace).length;
    const blocked = planning.blocks.some((block) => block.date === date && block.windowId === window.id && block.blocked);
    const isAdmin = this.session?.staff.role === 'admin';
    const id = `${date}|${window.id}`;
    const label = window.label[this.locale];
    const span = `${window.start}–${window.end}`;
    const headingId = `window-${date}-${window.id}`;
    return html`<li class="window ${blocked ? 'closed' : ''}" part="window" aria-labelledby=${headingId}>
      <div class="window-head">
        <span class="window-name" id=${headingId}>${label} ${span}</span>
        <span class="places ${taken >= capacity ? 'full' : ''}">
          ${blocked ? html`<span class="tag">${msg('Gesloten', { id: 'console.bookings.closedTag' })}</span> ` : nothing}
          ${msg(str`${taken} van ${capacity} bezet`, { id: 'console.bookings.places' })}
        </span>
      </div>
      ${bookings.length
        ? html`<ul class="bookings">${bookings.map((booking) => this.renderBooking(planning, booking))}</ul>`
        : html`<p class="none">${msg('Nog geen afspraken.', { id: 'console.bookings.noBookings' })}</p>`}
      ${isAdmin
        ? html`<div class="window-actions">
            <button
              type="button"
              class="btn link small"
              part="capacity"
              aria-expanded=${this.capacityEdit?.id === id ? 'true' : 'false'}
              @click=${() => (this.capacityEdit = this.capacityEdit?.id === id ? null : { id, value: String(capacity) })}
            >
              ${msg('Plaatsen aanpassen', { id: 'console.bookings.capacity' })}<span class="visually-hidden"> (${label} ${span}, ${formatDay(date, this.locale, 'long')})</span>
            </button>
            <button type="button" class="btn link small" part=${blocked ? 'unblock' : 'block'} ?disabled=${this.busyId === id} @click=${() => void this.toggleBlock(planning, date, window, blocked)}>
              ${blocked ? msg('Weer openen', { id: 'console.bookings.unblock' }) : msg('Tijdvak sluiten', { id: 'console.bookings.block' })}<span class="visually-hidden">
                (${label} ${span}, ${formatDay(date, this.locale, 'long')})</span
              >
            </button>
          </div>`
        : nothing}
      ${isAdmin && this.capacityEdit?.id === id ? this.renderCapacityEdit(planning, date, window) : nothing}
      ${this.problem?.id === id ? html`<div class="notice error" role="alert"><p>${this.problem.text}</p></div>` : nothing}
    </li>`;
  }

  private renderBooking(planning: Planning, booking: AdminBooking): TemplateResult {
    const busy = this.busyId === booking.id;
    const record = booking.workOrderNumber ?? booking.requestReference;
    const what = [bookingKindName(booking), this.workTypeLabel(booking.portal, booking.workType ?? '')].filter(Boolean).join(' · ');
    const name = booking.customer.name;
    return html`<li class="booking ${booking.status}" part="booking">
      <p class="who">
        ${name}
        <span class="tag ${booking.status === 'requested' ? 'updated' : ''}">${bookingStatusName(booking.status)}</span>
      </p>
      <p class="meta">${what}${record ? html` · <span class="nowrap">${record}</span>` : nothing}</p>
      ${booking.contact ? html`<p class="meta">${booking.contact.name} · ${booking.contact.email}</p>` : nothing}
      ${booking.reason ? html`<p class="meta">${msg(str`Reden: ${booking.reason}`, { id: 'console.bookings.reason' })}</p>` : nothing}
      ${booking.status === 'requested' && booking.holdUntil
        ? html`<p class="meta">${msg(str`Houdt de plaats vast tot ${formatDateTime(booking.holdUntil, this.locale)}`, { id: 'console.bookings.holdUntil' })}</p>`
        : nothing}
      ${booking.decidedBy && booking.status !== 'requested' ? html`<p class="meta">${msg(str`Beantwoord door ${booking.decidedBy}`, { id: 'console.bookings.decidedBy' })}</p>` : nothing}
      ${booking.status === 'requested'
        ? html`<div class="booking-actions">
            <button type="button" class="btn primary small" part="confirm" ?disabled=${busy} @click=${() => this.confirm(booking)}>
              ${msg('Bevestigen', { id: 'console.bookings.confirm' })}<span class="visually-hidden"> (${name})</span>
            </button>
            <button type="button" class="btn secondary small" part="decline" ?disabled=${busy} @click=${() => this.decline(booking)}>
              ${msg('Afwijzen', { id: 'console.bookings.decline' })}<span class="visually-hidden"> (${name})</span>
            </button>
            <button
              type="button"
              class="btn link small"
              part="propose"
              aria-expanded=${this.proposing?.id === booking.id ? 'true' : 'false'}
              ?disabled=${busy}
              @click=${() => this.openProposal(booking)}
            >
              ${msg('Ander moment', { id: 'console.bookings.propose' })}<span class="visually-hidden"> (${name})</span>
            </button>
          </div>`
        : nothing}
      ${this.proposing?.id === booking.id ? this.renderProposal(planning, booking) : nothing}
      ${this.problem?.id === booking.id ? html`<div class="notice error" role="alert"><p>${this.problem.text}</p></div>` : nothing}
    </li>`;
  }

  private openProposal(booking: AdminBooking): void {
    this.proposing = this.proposing?.id === booking.id ? null : { id: booking.id, date: booking.date, windowId: '' };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#proposal-date-${booking.id}`)?.focus());
  }

  private renderProposal(planning: Planning, booking: AdminBooking): TemplateResult {
    const proposal = this.proposing!;
    const windows = proposal.date ? this.windowsOn(planning.settings, proposal.date) : [];
    const busy = this.busyId === booking.id;
    return html`<div class="proposal" part="proposal" role="group" aria-label=${msg(str`Ander moment voor ${booking.customer.name}`, { id: 'console.bookings.proposalFor' })}>
      <div class="field">
        <label for="proposal-date-${booking.id}">${msg('Datum', { id: 'console.bookings.settings.closedDate' })}</label>
        <input
          id="proposal-date-${booking.id}"
          type="date"
          min=${businessToday()}
          .value=${live(proposal.date)}
          @change=${(event: Event) => (this.proposing = { ...proposal, date: (event.target as HTMLInputElement).value, windowId: '' })}
        />
      </div>
      <div class="field">
        <label for="proposal-window-${booking.id}">${msg('Tijdvak', { id: 'console.bookings.window' })}</label>
        <select id="proposal-window-${booking.id}" @change=${(event: Event) => (this.proposing = { ...proposal, windowId: (event.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${!proposal.windowId}>${windows.length ? msg('Kies…', { id: 'views.form.choose' }) : msg('Geen tijdvakken op die dag', { id: 'console.bookings.noWindowsThatDay' })}</option>
          ${windows
            .filter((window) => !(proposal.date === booking.date && window.id === booking.windowId))
            .map((window) => html`<option value=${window.id} ?selected=${proposal.windowId === window.id}>${window.label[this.locale]} ${window.start}–${window.end}</option>`)}
        </select>
      </div>
      <div class="field">
        <button type="button" class="btn primary small" part="send-proposal" ?disabled=${busy || !proposal.windowId} @click=${() => this.propose(booking)}>
          ${msg('Bevestigen op dit moment', { id: 'console.bookings.sendProposal' })}
        </button>
      </div>
      <p class="meta">${msg(str`Nu: ${formatDay(booking.date, this.locale, 'long')}, ${formatSpan(booking.start, booking.end, this.locale)}`, { id: 'console.bookings.now' })}</p>
    </div>`;
  }
}

defineElement('kp-bookings-view', BookingCalendarView);

declare global {
  interface HTMLElementTagNameMap {
    'kp-bookings-view': BookingCalendarView;
  }
}
