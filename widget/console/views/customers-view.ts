import { css, html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { defineElement } from '../../components/define.js';
import { PagedList, type PageReader } from '../../components/paged-list.js';
import { kp } from '../../styles/theme.js';
import type { ConsoleClient } from '../api/console-client.js';
import { customersPath, type CustomerListItem } from '../api/customers.js';
import type { Page } from '../api/types.js';
import { ConsoleView } from './console-view.js';
import { sourceTag } from './customer-source.js';
import './customer-form.js';
import type { CustomerForm, CustomerSavedDetail } from './customer-form.js';

/** Typing pauses this long before the list is searched. */
const searchDelayMs = 300;

/** The search survives a visit to a customer and back, for as long as the page lives. */
let lastSearch = '';

/** A customer in the list, keyed by its externalId as the paged list keys its items by id. */
type ListedCustomer = CustomerListItem & { id: string };

/** The console's client, with each customer of a page keyed for the paged list. */
function keyedCustomers(client: ConsoleClient): PageReader {
  return {
    request: async <T>(method: string, path: string, body?: unknown, options?: { signal?: AbortSignal }) => {
      const page = await client.request<Page<CustomerListItem>>(method, path, body, options);
      return { ...page, items: page.items.map((customer) => ({ ...customer, id: customer.externalId })) } as T;
    },
  };
}

/**
 * @summary The business's customers: searched by name, debtor number, email or postcode, a page at a time; a new
 * customer kept in the console; and, while there are none, what a new business can do first.
 *
 * @csspart search - The search form.
 * @csspart list - The list of customers.
 * @csspart customer - One customer's row.
 * @csspart new-customer - The button that opens the form for a new customer.
 * @csspart load-more - The button that loads the next page.
 */
export class CustomersView extends ConsoleView {
  static override styles = [
    ...ConsoleView.styles,
    css`
      .search {
        margin: 0 0 ${kp('space-4')};
      }
      .list > li + li {
        border-top: 1px solid ${kp('color-border')};
      }
      .entry {
        display: grid;
        grid-template-columns: minmax(0, 1fr) auto;
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
      .name {
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      .entry .tag {
        align-self: start;
      }
      .meta {
        grid-column: 1 / -1;
        font-size: ${kp('font-size-sm')};
        color: ${kp('color-muted')};
        overflow-wrap: anywhere;
      }
      .new-form {
        margin-bottom: ${kp('space-4')};
      }
      .start-steps {
        display: grid;
        gap: ${kp('space-3')};
      }
      .start-steps .card {
        margin: 0;
      }
      .more-error {
        margin-top: ${kp('space-3')};
        text-align: center;
      }
      @container (min-width: 640px) {
        .start-steps {
          grid-template-columns: 1fr 1fr;
        }
      }
    `,
  ];

  @state() private search = lastSearch;
  /** What the list shows: the search once typing paused, or at once on Enter. */
  @state() private query = lastSearch;
  @state() private creating = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private reader: { client: ConsoleClient; keyed: PageReader } | null = null;

  private readonly list = new PagedList<ListedCustomer>(this, () => ({ client: this.keyedClient(), path: customersPath(this.query) }));

  /** One keyed reader per client, so the list's task sees the same arguments until the search changes. */
  private keyedClient(): PageReader | undefined {
    if (!this.client) return undefined;
    if (this.reader?.client !== this.client) this.reader = { client: this.client, keyed: keyedCustomers(this.client) };
    return this.reader.keyed;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  override hasUnsavedChanges(): boolean {
    return this.creating && (this.renderRoot.querySelector<CustomerForm>('kp-customer-form')?.dirty ?? false);
  }

  override canLeave(): boolean {
    return !this.hasUnsavedChanges() || confirm(msg('De nieuwe klant is nog niet opgeslagen. Toch weggaan?', { id: 'console.customers.leave' }));
  }

  private runSearch(value: string) {
    clearTimeout(this.timer);
    lastSearch = value;
    this.query = value.trim();
  }

  private onSearchInput = (event: Event) => {
    this.search = (event.target as HTMLInputElement).value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.runSearch(this.search), searchDelayMs);
  };

  private openForm = async () => {
    this.creating = true;
    await this.updateComplete;
    const form = this.renderRoot.querySelector<CustomerForm>('kp-customer-form');
    await form?.updateComplete;
    form?.focusFirst();
  };

  private onSaved = (event: CustomEvent<CustomerSavedDetail>) => {
    event.stopPropagation();
    this.creating = false;
    this.announce(msg(str`Klant ${event.detail.customer.name} is aangemaakt.`, { id: 'console.customers.created' }));
    this.navigate(`customers/${encodeURIComponent(event.detail.customer.externalId)}`);
  };

  private onCancel = async (event: Event) => {
    event.stopPropagation();
    this.creating = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="new-customer"]')?.focus();
  };

  override render() {
    return html`
      ${this.header(msg('Klanten', { id: 'console.nav.customers' }), {
        actions: html`<div class="row">
          ${this.viewLink('customers/import', msg('Importeren', { id: 'console.customers.import' }), 'btn secondary', 'import')}
          ${this.creating
            ? nothing
            : html`<button type="button" class="btn primary" part="new-customer" @click=${this.openForm}>${msg('Nieuwe klant', { id: 'console.customers.new' })}</button>`}
        </div>`,
      })}
      ${this.creating
        ? html`<section class="card new-form" aria-labelledby="new-title">
            <h2 id="new-title">${msg('Nieuwe klant', { id: 'console.customers.new' })}</h2>
            <kp-customer-form .client=${this.client} @kp-customer-saved=${this.onSaved} @kp-customer-cancel=${this.onCancel}></kp-customer-form>
          </section>`
        : nothing}
      <form
        class="search"
        part="search"
        role="search"
        aria-label=${msg('Klanten zoeken', { id: 'console.customers.searchLabel' })}
        @submit=${(event: Event) => {
          event.preventDefault();
          this.runSearch(this.search);
        }}
      >
        <div class="field">
          <label for="q">${msg('Zoeken op naam, debiteurnummer, e-mail of postcode', { id: 'console.customers.search' })}</label>
          <input id="q" type="search" .value=${this.search} maxlength="100" autocomplete="off" @input=${this.onSearchInput} />
        </div>
      </form>
      ${this.list.render({
        label: msg('Klanten', { id: 'console.nav.customers' }),
        item: (customer) => this.renderRow(customer),
        empty: () => (this.query ? this.renderNoMatches() : this.renderStart()),
      })}
    `;
  }

  private renderRow(customer: CustomerListItem): TemplateResult {
    const meta = [
      customer.debtorNumber ? msg(str`Debiteur ${customer.debtorNumber}`, { id: 'console.customers.debtor' }) : '',
      customer.address?.city ?? '',
      customer.contactCount === 1
        ? msg('1 contactpersoon', { id: 'console.customers.oneContact' })
        : msg(str`${customer.contactCount} contactpersonen`, { id: 'console.customers.contacts' }),
    ].filter(Boolean);
    return this.viewLink(
      `customers/${encodeURIComponent(customer.externalId)}`,
      html`<span class="name">${customer.name}</span> ${sourceTag(customer.source)}
        <span class="meta">${meta.join(' · ')}</span>`,
      'entry',
      'customer',
    );
  }

  private renderNoMatches(): TemplateResult {
    return html`<div part="empty" class="empty">
      <p>${msg(str`Geen klanten gevonden voor “${this.query}”.`, { id: 'console.customers.noMatches' })}</p>
      <button
        type="button"
        class="btn secondary"
        part="empty-action"
        @click=${() => {
          this.search = '';
          this.runSearch('');
          this.renderRoot.querySelector<HTMLInputElement>('#q')?.focus();
        }}
      >
        ${msg('Zoekopdracht wissen', { id: 'console.customers.clearSearch' })}
      </button>
    </div>`;
  }

  /** No customers yet: the two ways to begin. */
  private renderStart(): TemplateResult {
    return html`<div part="empty" class="start-steps">
      <section class="card" aria-labelledby="start-one">
        <h2 id="start-one">${msg('Eén klant toevoegen', { id: 'console.customers.startOneTitle' })}</h2>
        <p>${msg('Nog geen klanten. Maak een klant aan en nodig daarna de contactpersoon uit voor het portaal.', { id: 'console.customers.startOne' })}</p>
        ${this.creating ? nothing : html`<button type="button" class="btn primary" @click=${this.openForm}>${msg('Nieuwe klant', { id: 'console.customers.new' })}</button>`}
      </section>
      <section class="card" aria-labelledby="start-import">
        <h2 id="start-import">${msg('Klanten uit een spreadsheet', { id: 'console.customers.startImportTitle' })}</h2>
        <p>${msg('Hebt u uw klanten in Excel of een ander pakket? Sla de lijst op als CSV en importeer alle klanten in één keer.', { id: 'console.customers.startImport' })}</p>
        ${this.viewLink('customers/import', msg('Klanten importeren', { id: 'console.title.import' }), 'btn secondary', 'start-import')}
      </section>
    </div>`;
  }
}

defineElement('kp-customers-view', CustomersView);

declare global {
  interface HTMLElementTagNameMap {
    'kp-customers-view': CustomersView;
  }
}
