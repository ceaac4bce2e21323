// The base of the views that list one kind of record: a title, optional filters, the list with "load more".
import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { TaskStatus } from '@lit/task';
import type { Page } from '../api/client.js';
import { PagedList } from '../components/paged-list.js';
import { LiveController, type PortalEvent } from '../api/events.js';
import { composedEvent } from '../shell/events.js';
import { PortalView } from './portal-view.js';

export interface ListFilter {
  /** The query the API filters by, without `?`: `status=open`; empty for no filter. */
  query: string;
  label: string;
}

export const pageSize = 20;

/**
 * The chosen filter of each list is kept in the history entry (`kpFilters`, beside the shell's `kpView`), so Back to a
 * list returns to it filtered as it was left. A state the page keeps that is not a plain object is left alone.
 */
function filterInHistory(collection: string): number | undefined {
  const saved = (history.state as { kpFilters?: Record<string, unknown> } | null)?.kpFilters?.[collection];
  return typeof saved === 'number' ? saved : undefined;
}

function keepFilterInHistory(collection: string, index: number): void {
  const state = history.state as Record<string, unknown> | null;
  if (state !== null && (typeof state !== 'object' || Object.getPrototypeOf(state) !== Object.prototype)) return;
  const kept = (state?.kpFilters ?? {}) as Record<string, number>;
  history.replaceState({ ...state, kpFilters: { ...kept, [collection]: index } }, '');
}

const staleText = () => msg('Nieuwe gegevens — vernieuwen', { id: 'views.list.stale' });

export abstract class ListView<T extends { id: string }> extends PortalView {
  /** The API collection: `work-orders`. */
  protected abstract readonly collection: string;
  protected abstract listTitle(): string;
  protected abstract renderItem(item: T): TemplateResult;
  /** What the customer sees when the list is empty: what to do now. */
  protected abstract renderEmpty(): TemplateResult;

  /** The filters above the list, the first one selected at start; none by default. */
  protected filters(): ListFilter[] {
    return [];
  }

  /** Buttons next to the title ("New request"). */
  protected actions(): unknown {
    return nothing;
  }

  /** The live events that change this list; the list also loads again whenever the stream asks. */
  protected readonly liveTypes: readonly PortalEvent['type'][] = [];

  @state() protected filter = 0;
  /** The customer loaded more pages when something changed: the list offers to start again rather than jump. */
  @state() private stale = false;

  private path() {
    const query = this.filters()[this.filter]?.query;
    return `/${this.collection}?limit=${pageSize}${query ? `&${query}` : ''}`;
  }

  protected readonly list = new PagedList<T>(this, () => ({ client: this.client, path: this.path() }));

  protected readonly live = new LiveController(this, {
    event: (event) => void (this.liveTypes.includes(event.type) && this.refresh()),
    resync: () => void this.refresh(),
  });
  override connectedCallback(): void {
    super.connectedCallback();
    const saved = filterInHistory(this.collection);
    if (saved !== undefined && saved < this.filters().length) this.filter = saved;
  }

  /** Counts the reloads: only the last one started is shown. */
  private reloads = 0;

  /** Loads the first page again in place of the shown rows, keeping them until it is in. */
  private async refresh(restart = false) {
    const { list, client } = this;
    const reload = ++this.reloads;
    if (list.firstPage.status !== TaskStatus.COMPLETE || !client) return;
    if (!restart && (list.items.length > pageSize || list.nextPage.status === TaskStatus.PENDING)) {
      if (!this.stale) this.say(staleText());
      this.stale = true;
      return;
    }
    if (restart) list.nextPage.abort();
    const path = this.path();
    let page: Page<T>;
    try {
      page = await client.request<Page<T>>('GET', path);
    } catch {
      return;
    }
    if (reload !== this.reloads || path !== this.path() || list.firstPage.status !== TaskStatus.COMPLETE) return;
    const known = new Set(list.items.map((item) => item.id));
    const added = page.items.filter((item) => !known.has(item.id)).length;
    const focused = this.shadowRoot?.activeElement;
    list.items = page.items;
    list.nextCursor = page.nextCursor;
    this.stale = false;
    this.requestUpdate();
    await this.updateComplete;
    // The row or button that had focus may be gone with the old rows.
    if (restart || (focused && !focused.isConnected)) this.renderRoot.querySelector<HTMLElement>('[part="heading"]')?.focus();
    if (added) this.say(msg(str`${this.listTitle()}: ${added} nieuw`, { id: 'views.list.added' }));
  }

  private say(message: string) {
    this.dispatchEvent(composedEvent('kp-view-announce', { message }));
  }

  protected renderFilters(): unknown {
    const filters = this.filters();
    if (!filters.length) return nothing;
    return html`<div class="filters" role="group" part="filters" aria-label=${msg('Tonen', { id: 'views.list.filter' })}>
      ${filters.map(
        (filter, index) => html`<button
          type="button"
          class="btn secondary small"
          part="filter"
          aria-pressed=${index === this.filter ? 'true' : 'false'}
          @click=${() => {
            this.filter = index;
            this.stale = false;
            keepFilterInHistory(this.collection, index);
          }}
        >
          ${filter.label}
        </button>`,
      )}
    </div>`;
  }

  override render() {
    return html`
      ${this.header(this.listTitle(), { actions: this.actions() })} ${this.renderFilters()}
      ${this.stale
        ? html`<p class="more"><button type="button" class="btn secondary small" part="refresh" @click=${() => void this.refresh(true)}>
            ${staleText()}
          </button></p>`
        : nothing}
      ${this.list.render({ label: this.listTitle(), item: (item) => this.renderItem(item), empty: () => this.renderEmpty() })}
    `;
  }
}
