// The base of the views that list one kind of record: a title, optional filters, the list with "load more".
import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { PagedList } from '../components/paged-list.js';
import { PortalView } from './portal-view.js';

export interface ListFilter {
  /** The query the API filters by, without `?`: `status=open`; empty for no filter. */
  query: string;
  label: string;
}

export const pageSize = 20;

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

  @state() protected filter = 0;

  protected readonly list = new PagedList<T>(this, () => {
    const query = this.filters()[this.filter]?.query;
    return { client: this.client, path: `/${this.collection}?limit=${pageSize}${query ? `&${query}` : ''}` };
  });

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
      ${this.list.render({ label: this.listTitle(), item: (item) => this.renderItem(item), empty: () => this.renderEmpty() })}
    `;
  }
}
