import { css, html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { Task, TaskStatus, initialState } from '@lit/task';
import { defineElement } from '../../components/define.js';
import { emptyBlock, errorBlock, errorMessage, pendingBlock } from '../../components/states.js';
import '../../components/status-badge.js';
import { formatDateTime } from '../../i18n/format.js';
import { kp } from '../../styles/theme.js';
import { changedRequests, inboxPath } from '../api/admin.js';
import type { AdminRequest, Page } from '../api/types.js';
import { aboutRequests, type LiveSignal } from '../live/live-updates.js';
import { ConsoleView } from './console-view.js';
import { defaultFilter, isFiltered, matches, statusChoice, statusChoices, type InboxFilter, type StatusChoice } from './inbox-filter.js';

/** How far back a refresh reaches when the list holds nothing to count from: clocks of server and browser differ. */
const clockMargin = 10 * 60_000;

/** The filter survives a visit to a request and back, for as long as the page lives. */
let lastFilter: InboxFilter = defaultFilter;

const byNewest = (a: AdminRequest, b: AdminRequest) => (a.createdAt === b.createdAt ? b.id.localeCompare(a.id) : b.createdAt.localeCompare(a.createdAt));

/**
 * @summary Every incoming request of every portal, guest requests included, newest first: filters, search, the
 * new and unread ones marked, and updated live.
 *
 * @csspart filters - The search and filter form.
 * @csspart list - The list of requests.
 * @csspart request - One request's row.
 * @csspart load-more - The button that loads the next page.
 */
export class InboxView extends ConsoleView {
  static override styles = [
    ...ConsoleView.styles,
    css`
      .filters {
        display: grid;
        grid-template-columns: 1fr;
        gap: 0 ${kp('space-3')};
        margin: 0 0 ${kp('space-4')};
        padding: ${kp('space-3')} ${kp('space-4')} 0;
        background: ${kp('color-surface')};
        border: 1px solid ${kp('color-border')};
        border-radius: ${kp('radius-lg')};
      }
      .filters .field {
        margin-bottom: ${kp('space-3')};
      }
      .search .control-row .btn {
        min-width: 88px;
      }
      .list {
        list-style: none;
        margin: 0;
        padding: 0;
        background: ${kp('color-surface')};
        border: 1px solid ${kp('color-border')};
        border-radius: ${kp('radius-lg')};
        overflow: hidden;
      }
      .list > li + li {
        border-top: 1px solid ${kp('color-border')};
      }
      .entry {
        display: grid;
        grid-template-columns: minmax(0, 1fr) auto;
        grid-template-areas:
          'headline status'
          'who who'
          'excerpt excerpt'
          'meta meta';
        gap: 2px ${kp('space-3')};
        padding: ${kp('space-3')} ${kp('space-4')};
        color: inherit;
        text-decoration: none;
      }
      .entry:hover {
        background: ${kp('color-surface-alt')};
      }
      .entry:focus-visible {
        outline-offset: -2px;
      }
      .entry.fresh {
        box-shadow: inset 4px 0 0 ${kp('color-primary')};
      }
      .headline {
        grid-area: headline;
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: ${kp('space-1')} ${kp('space-2')};
        min-width: 0;
      }
      .what {
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      .fresh .what {
        font-weight: 750;
      }
      .reference {
        font-variant-numeric: tabular-nums;
        color: ${kp('color-muted')};
        font-size: ${kp('font-size-sm')};
      }
      .status {
        grid-area: status;
        justify-self: end;
      }
      .who {
        grid-area: who;
        min-width: 0;
        overflow-wrap: anywhere;
      }
      .excerpt {
        grid-area: excerpt;
        min-width: 0;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .meta {
        grid-area: meta;
        min-width: 0;
        font-size: ${kp('font-size-sm')};
        color: ${kp('color-muted')};
        overflow-wrap: anywhere;
      }
      .meta > span {
        display: block;
      }
      .live {
        font-size: ${kp('font-size-sm')};
        color: ${kp('color-muted')};
      }
      .live::before {
        content: '';
        display: inline-block;
        width: 8px;
        height: 8px;
        margin-right: 6px;
        border-radius: 50%;
        background: ${kp('color-success')};
      }
      .live.polling::before {
        background: ${kp('color-warning')};
      }
      .more-error {
        margin-top: ${kp('space-3')};
        text-align: center;
      }
      .filters-toggle {
        margin-bottom: ${kp('space-3')};
      }
      .more-filters {
        display: none;
      }
      .more-filters.open {
        display: block;
      }
      @container (min-width: 640px) {
        .filters {
          grid-template-columns: minmax(240px, 2fr) repeat(auto-fit, minmax(170px, 1fr));
          align-items: end;
        }
        .filters-toggle {
          display: none;
        }
        .more-filters,
        .more-filters.open {
          display: contents;
        }
      }
      @container (min-width: 900px) {
        .entry {
          grid-template-columns: minmax(0, 5fr) minmax(0, 3fr) auto;
          grid-template-areas:
            'headline who status'
            'excerpt meta status';
          gap: ${kp('space-1')} ${kp('space-4')};
          align-items: center;
        }
      }
    `,
  ];

  @state() private filter: InboxFilter = lastFilter;
  @state() private search = lastFilter.q;
  @state() private items: AdminRequest[] = [];
  @state() private nextCursor: string | null = null;
  @state() private added = '';
  @state() private moreError: unknown = undefined;
  /** On a phone the filters fold away under one button; the search stays. */
  @state() private filtersOpen = false;

  /** The newest change the list has seen, in the server's clock: where the next refresh starts. */
  private since: string | null = null;

  private readonly firstPage = new Task(this, {
    args: () => [this.client, inboxPath(this.filter)] as const,
    task: async ([client, path], { signal }) => {
      if (!client) return initialState;
      this.nextPage.abort();
      this.moreError = undefined;
      const started = new Date(Date.now() - clockMargin).toISOString();
      const page = await client.request<Page<AdminRequest>>('GET', path, undefined, { signal });
      this.items = page.items;
      this.nextCursor = page.nextCursor;
      this.since = latest(page.items) ?? started;
      this.added = '';
      return page;
    },
  });

  private readonly nextPage = new Task(this, {
    autoRun: false,
    args: () => [] as const,
    task: async (_args, { signal }) => {
      if (!this.client || !this.nextCursor) return initialState;
      this.moreError = undefined;
      const page = await this.client.request<Page<AdminRequest>>('GET', `${inboxPath(this.filter)}&cursor=${encodeURIComponent(this.nextCursor)}`, undefined, { signal });
      const known = new Set(this.items.map((item) => item.id));
      const fresh = page.items.filter((item) => !known.has(item.id));
      this.items = [...this.items, ...fresh];
      this.nextCursor = page.nextCursor;
      this.added = msg(str`${fresh.length} meer geladen`, { id: 'views.list.loadedMore' });
      return page;
    },
    onError: (error) => {
      if (!(error instanceof DOMException && error.name === 'AbortError')) this.moreError = error;
    },
  });

  /** What changed since the last look: new requests go on top, changed ones are replaced, and gone when filtered out. */
  private readonly refresh = new Task(this, {
    autoRun: false,
    args: () => [] as const,
    task: async (_args, { signal }) => {
      if (!this.client || !this.since || this.firstPage.status !== TaskStatus.COMPLETE) return initialState;
      const page = await changedRequests(this.client, this.since, signal);
      this.merge(page.items);
      return page;
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // Back from a request: what changed meanwhile is fetched at once.
    if (this.hasUpdated) void (this.filter.booking ? this.firstPage.run() : this.refresh.run());
  }

  protected override onLiveSignal(signal: LiveSignal): void {
    if (aboutRequests(signal)) void (this.filter.booking ? this.firstPage.run() : this.refresh.run());
  }

  private merge(changed: AdminRequest[]): void {
    if (!changed.length) return;
    this.since = [this.since, latest(changed)].filter((value): value is string => Boolean(value)).sort().at(-1) ?? this.since;
    const byId = new Map(this.items.map((item) => [item.id, item]));
    const arrived: AdminRequest[] = [];
    for (const request of changed) {
      if (!matches(request, this.filter)) {
        byId.delete(request.id);
        continue;
      }
      if (!byId.has(request.id)) arrived.push(request);
      byId.set(request.id, request);
    }
    const oldest = this.items.at(-1);
    // A request older than the last one loaded belongs to a page not loaded yet: "more" brings it in its place.
    const kept = [...byId.values()].filter((request) => !oldest || !this.nextCursor || byNewest(request, oldest) <= 0);
    this.items = kept.sort(byNewest);
    const arrivals = arrived.filter((request) => this.items.includes(request) && request.status === 'submitted');
    if (arrivals.length === 1) this.announce(msg(str`Nieuwe aanvraag ${arrivals[0]!.reference} in de inbox.`, { id: 'console.inbox.arrivedOne' }));
    else if (arrivals.length > 1) this.announce(msg(str`${arrivals.length} nieuwe aanvragen in de inbox.`, { id: 'console.inbox.arrivedMany' }));
  }

  private setFilter(changes: Partial<InboxFilter>): void {
    this.filter = { ...this.filter, ...changes };
    lastFilter = this.filter;
  }

  private clearFilters = () => {
    this.search = '';
    this.setFilter(defaultFilter);
  };

  override render() {
    const mode = this.live?.mode;
    return html`
      ${this.header(msg('Inbox', { id: 'console.nav.inbox' }), {
        sub:
          mode === 'stream'
            ? html`<span class="live">${msg('Live bijgewerkt', { id: 'console.inbox.live' })}</span>`
            : mode === 'polling'
              ? html`<span class="live polling">${msg('Wordt elke 20 seconden bijgewerkt', { id: 'console.inbox.polling' })}</span>`
              : nothing,
      })}
      ${this.renderFilters()}
      ${this.firstPage.render({
        initial: () => pendingBlock(5),
        pending: () => (this.items.length ? this.renderList() : pendingBlock(5)),
        error: (error) => errorBlock(error, () => void this.firstPage.run(), msg('De inbox kon niet worden geladen.', { id: 'console.inbox.loadFailed' })),
        complete: () => this.renderList(),
      })}
    `;
  }

  private renderFilters(): TemplateResult {
    const workTypes = new Map<string, string>();
    for (const portal of this.portals) {
      if (this.filter.portal && portal.slug !== this.filter.portal) continue;
      for (const type of portal.settings.requestForm.workTypes) if (!workTypes.has(type.id)) workTypes.set(type.id, type.label[this.locale]);
    }
    const statusLabels: Record<StatusChoice, string> = {
      open: msg('Open', { id: 'console.inbox.status.open' }),
      submitted: msg('Nieuw', { id: 'console.inbox.status.submitted' }),
      in_review: msg('In behandeling', { id: 'views.status.request.in_review' }),
      accepted: msg('Geaccepteerd', { id: 'views.status.request.accepted' }),
      rejected: msg('Afgewezen', { id: 'views.status.request.rejected' }),
      cancelled: msg('Geannuleerd', { id: 'views.status.request.cancelled' }),
      all: msg('Alle', { id: 'console.inbox.status.all' }),
    };
    const active = [statusChoice(this.filter) !== 'open', this.filter.portal, this.filter.workType, this.filter.source, this.filter.booking].filter(Boolean).length;
    const select = (id: string, label: string, value: string, options: [string, string][], onChange: (value: string) => void) =>
      html`<div class="field">
        <label for=${id}>${label}</label>
        <select id=${id} @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value)}>
          ${options.map(([optionValue, optionLabel]) => html`<option value=${optionValue} ?selected=${optionValue === value}>${optionLabel}</option>`)}
        </select>
      </div>`;
    return html`<form
      class="filters"
      part="filters"
      role="search"
      aria-label=${msg('Aanvragen zoeken en filteren', { id: 'console.inbox.filtersLabel' })}
      @submit=${(event: Event) => {
        event.preventDefault();
        this.setFilter({ q: this.search });
      }}
    >
      <div class="field search">
        <label for="q">${msg('Zoeken op referentie of naam', { id: 'console.inbox.search' })}</label>
        <div class="control-row">
          <input id="q" type="search" .value=${this.search} maxlength="100" @input=${(event: Event) => (this.search = (event.target as HTMLInputElement).value)} />
          <button type="submit" class="btn secondary">${msg('Zoeken', { id: 'console.inbox.searchButton' })}</button>
        </div>
      </div>
      <button
        type="button"
        class="btn secondary small filters-toggle"
        aria-expanded=${this.filtersOpen ? 'true' : 'false'}
        aria-controls="more-filters"
        @click=${() => (this.filtersOpen = !this.filtersOpen)}
      >
        ${active
          ? msg(str`Filters (${active} aan)`, { id: 'console.inbox.filtersActive' })
          : msg('Filters', { id: 'console.inbox.filters' })}
      </button>
      <div id="more-filters" class="more-filters ${this.filtersOpen ? 'open' : ''}">
        ${select('status', msg('Status', { id: 'console.inbox.statusLabel' }), statusChoice(this.filter), Object.entries(statusLabels), (value) =>
          this.setFilter({ status: [...statusChoices[value as StatusChoice]] }),
        )}
        ${this.portals.length > 1
          ? select(
              'portal',
              msg('Portaal', { id: 'console.inbox.portal' }),
              this.filter.portal,
              [['', msg('Alle portalen', { id: 'console.inbox.allPortals' })], ...this.portals.map((portal): [string, string] => [portal.slug, portal.settings.name])],
              (portal) => this.setFilter({ portal, workType: '' }),
            )
          : nothing}
        ${workTypes.size
          ? select(
              'work-type',
              msg('Soort werk', { id: 'console.inbox.workType' }),
              this.filter.workType,
              [['', msg('Alle soorten', { id: 'console.inbox.allWorkTypes' })], ...workTypes],
              (workType) => this.setFilter({ workType }),
            )
          : nothing}
        ${select(
          'source',
          msg('Aanvrager', { id: 'console.inbox.source' }),
          this.filter.source,
          [
            ['', msg('Iedereen', { id: 'console.inbox.sourceAll' })],
            ['portal', msg('Klanten', { id: 'console.inbox.sourcePortal' })],
            ['guest', msg('Gasten', { id: 'console.inbox.sourceGuest' })],
          ],
          (source) => this.setFilter({ source: source as InboxFilter['source'] }),
        )}
        ${select(
          'booking',
          msg('Afspraak', { id: 'console.inbox.booking' }),
          this.filter.booking,
          [
            ['', msg('Met of zonder', { id: 'console.inbox.bookingAll' })],
            ['requested', msg('Afspraakverzoeken', { id: 'console.inbox.bookingRequested' })],
            ['confirmed', msg('Afspraak bevestigd', { id: 'console.inbox.bookingConfirmed' })],
          ],
          (booking) => this.setFilter({ booking: booking as InboxFilter['booking'] }),
        )}
      </div>
    </form>`;
  }

  private renderList(): TemplateResult {
    const visible = this.items.filter((request) => matches(request, this.filter));
    const loadingMore = this.nextPage.status === TaskStatus.PENDING;
    if (!visible.length && !this.nextCursor) {
      return isFiltered(this.filter)
        ? emptyBlock(msg('Geen aanvragen die bij deze zoekopdracht of filters passen.', { id: 'console.inbox.noMatches' }), {
            label: msg('Filters wissen', { id: 'console.inbox.clearFilters' }),
            onClick: this.clearFilters,
          })
        : emptyBlock(msg('Geen open aanvragen. Nieuwe aanvragen verschijnen hier vanzelf.', { id: 'console.inbox.empty' }));
    }
    return html`<ul class="list" part="list" aria-label=${msg('Aanvragen', { id: 'console.inbox.listLabel' })}>
        ${repeat(visible, (request) => request.id, (request) => html`<li>${this.renderRow(request)}</li>`)}
      </ul>
      <p class="visually-hidden" role="status">${this.added}</p>
      ${this.moreError ? html`<p class="error more-error" role="alert">${errorMessage(this.moreError)}</p>` : nothing}
      ${this.nextCursor
        ? html`<div class="more">
            <button type="button" class="btn secondary" part="load-more" aria-disabled=${loadingMore ? 'true' : 'false'} @click=${() => loadingMore || void this.nextPage.run()}>
              ${loadingMore ? msg('Laden…', { id: 'views.list.loadingMore' }) : msg('Meer laden', { id: 'views.list.loadMore' })}
            </button>
          </div>`
        : nothing}`;
  }

  private renderRow(request: AdminRequest): TemplateResult {
    const freshness = this.seen?.freshness(request) ?? null;
    const who = request.guest
      ? html`<span class="tag">${msg('Gast', { id: 'console.request.guestTag' })}</span> ${request.guest.name}`
      : html`${request.contact?.name ?? ''}${request.customer && request.customer.name !== request.contact?.name
          ? html`<span class="muted"> · ${request.customer.name}</span>`
          : nothing}`;
    const place = request.location ? `${request.location.street} ${request.location.houseNumber}, ${request.location.city}` : (request.guest?.address?.city ?? '');
    const when = [formatDateTime(request.createdAt, this.locale), place].filter(Boolean).join(' · ');
    return this.viewLink(
      `requests/${request.id}`,
      html`<span class="headline">
          ${freshness === 'new' ? html`<span class="tag new">${msg('Nieuw', { id: 'console.inbox.new' })}</span>` : nothing}
          ${freshness === 'updated' ? html`<span class="tag updated">${msg('Ongelezen', { id: 'console.inbox.unread' })}</span>` : nothing}
          <span class="what">${this.workTypeLabel(request.portal, request.workType)}</span>
          <span class="reference">${request.reference}</span>
        </span>
        <span class="status"><kp-status-badge kind="request" status=${request.status}></kp-status-badge></span>
        <span class="who">${who}</span>
        <span class="excerpt">${request.description}</span>
        <span class="meta"
          ><span>${when}</span>${this.portals.length > 1 ? html`<span>${msg(str`Via ${this.portalName(request.portal)}`, { id: 'console.inbox.via' })}</span>` : nothing}</span
        >`,
      `entry ${freshness ? 'fresh' : ''}`,
      'request',
    );
  }
}

function latest(requests: AdminRequest[]): string | null {
  return requests.reduce<string | null>((max, request) => (max === null || request.updatedAt > max ? request.updatedAt : max), null);
}

defineElement('kp-inbox-view', InboxView);

declare global {
  interface HTMLElementTagNameMap {
    'kp-inbox-view': InboxView;
  }
}
