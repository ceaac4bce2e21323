// A list the API answers in pages ({items, nextCursor}): the first page loads with its view, more on demand.
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { Page, PortalClient } from '../api/client.js';
import { errorBlock, errorMessage, pendingBlock } from './states.js';

/** What the list calls: the portal's client or the console's. */
export type PageReader = Pick<PortalClient, 'request'>;

export interface PagedListSource {
  client: PageReader | undefined;
  /** The list's path with its filters, without a cursor: `/work-orders?status=planned`. */
  path: string | undefined;
}

export interface PagedListTemplates<T> {
  /** The list's accessible name. */
  label: string;
  item: (item: T) => TemplateResult;
  empty: () => TemplateResult;
}

const withCursor = (path: string, cursor: string) => `${path}${path.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(cursor)}`;

export class PagedList<T extends { id: string }> {
  items: T[] = [];
  nextCursor: string | null = null;
  /** How many items the last "load more" added, for the announcement. */
  private added = 0;
  /** Why the last "load more" failed; belongs to this list only, not to one loaded after a filter change. */
  private moreError: unknown = undefined;

  readonly firstPage: Task<readonly [PageReader | undefined, string | undefined], Page<T>>;
  readonly nextPage: Task<readonly [], Page<T>>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    source: () => PagedListSource,
  ) {
    this.firstPage = new Task(host, {
      args: () => {
        const { client, path } = source();
        return [client, path] as const;
      },
      task: async ([client, path], { signal }) => {
        if (!client || !path) return initialState;
        // A pending "load more" belongs to the list being replaced.
        this.nextPage.abort();
        this.moreError = undefined;
        const page = await client.request<Page<T>>('GET', path, undefined, { signal });
        this.items = page.items;
        this.nextCursor = page.nextCursor;
        this.added = 0;
        return page;
      },
    });
    this.nextPage = new Task(host, {
      autoRun: false,
      args: () => [] as const,
      task: async (_args, { signal }) => {
        const { client, path } = source();
        if (!client || !path || !this.nextCursor) return initialState;
        this.moreError = undefined;
        const page = await client.request<Page<T>>('GET', withCursor(path, this.nextCursor), undefined, { signal });
        const known = new Set(this.items.map((item) => item.id));
        const fresh = page.items.filter((item) => !known.has(item.id));
        this.items = [...this.items, ...fresh];
        this.nextCursor = page.nextCursor;
        this.added = fresh.length;
        return page;
      },
      onError: (error) => {
        if (!(error instanceof DOMException && error.name === 'AbortError')) this.moreError = error;
      },
      onComplete: (page) => {
        if (!page.nextCursor && this.added) void this.focusFirstAdded(this.items.length - this.added);
      },
    });
  }

  /** The load-more button is gone after the last page: keep keyboard focus in the list, on the first new item. */
  private async focusFirstAdded(index: number) {
    this.host.requestUpdate();
    await this.host.updateComplete;
    const item = this.host.shadowRoot?.querySelectorAll('[part~="list"] > li')[index];
    item?.querySelector<HTMLElement>('a, button')?.focus();
  }

  loadMore = () => {
    if (this.nextPage.status !== TaskStatus.PENDING) void this.nextPage.run();
  };

  render(templates: PagedListTemplates<T>): unknown {
    return this.firstPage.render({
      initial: () => pendingBlock(),
      pending: () => pendingBlock(),
      error: (error) => errorBlock(error, () => void this.firstPage.run()),
      complete: () => (this.items.length === 0 ? templates.empty() : this.renderItems(templates)),
    });
  }

  private renderItems(templates: PagedListTemplates<T>) {
    const loadingMore = this.nextPage.status === TaskStatus.PENDING;
    const moreError = this.moreError;
    return html`
      <ul class="list" part="list" aria-label=${templates.label}>
        ${repeat(this.items, (item) => item.id, (item) => html`<li class="record" part="list-item">${templates.item(item)}</li>`)}
      </ul>
      <p class="visually-hidden" role="status">
        ${this.added ? msg(str`${this.added} meer geladen`, { id: 'views.list.loadedMore' }) : nothing}
      </p>
      ${moreError ? html`<p class="error more-error" role="alert" part="more-error">${errorMessage(moreError)}</p>` : nothing}
      ${this.nextCursor
        ? html`<div class="more">
            <button type="button" class="btn secondary" part="load-more" aria-disabled=${loadingMore ? 'true' : 'false'} @click=${this.loadMore}>
              ${loadingMore ? msg('Laden…', { id: 'views.list.loadingMore' }) : msg('Meer laden', { id: 'views.list.loadMore' })}
            </button>
          </div>`
        : nothing}
    `;
  }
}
