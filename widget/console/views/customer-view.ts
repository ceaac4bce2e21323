import { css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { Task, initialState } from '@lit/task';
import { PortalApiError } from '../../api/client.js';
import { defineElement } from '../../components/define.js';
import { errorBlock, pendingBlock } from '../../components/states.js';
import { kp } from '../../styles/theme.js';
import { getCustomer, type CustomerDetail } from '../api/customers.js';
import { ConsoleView } from './console-view.js';
import './customer-addresses.js';
import { addressLine, type CustomerAddresses, type LocationAddedDetail } from './customer-addresses.js';
import './customer-contacts.js';
import type { PreviewContactDetail } from './customer-contacts.js';
import './customer-form.js';
import type { CustomerForm, CustomerSavedDetail } from './customer-form.js';
import './customer-preview.js';
import type { CustomerPreview } from './customer-preview.js';
import './customer-records.js';
import { sourceName, sourceTag } from './customer-source.js';

// The privacy actions (export, erase) are their own chunk: drawn when it has loaded, left out when it cannot be.
const privacyLoaded = import('./customer-privacy.js').catch(() => undefined);

/**
 * @summary One customer: their details (changed here when the console keeps them), their portal users with "view as
 * this customer", their work addresses, and everything of theirs: work orders, quotes, invoices, documents,
 * objects, orders and requests.
 *
 * @csspart edit - The button that opens the form to change the customer.
 */
export class CustomerView extends ConsoleView {
  static override styles = [
    ...ConsoleView.styles,
    css`
      .sections {
        display: grid;
        gap: ${kp('space-4')};
      }
      .sections > section {
        margin: 0;
      }
      .section-head {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: ${kp('space-2')};
      }
      .section-head h2 {
        margin: 0 0 ${kp('space-2')};
      }
      .sub {
        display: flex;
        flex-wrap: wrap;
        gap: ${kp('space-2')};
        align-items: center;
        color: ${kp('color-muted')};
      }
      @container (min-width: 980px) {
        .sections {
          grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
          align-items: start;
        }
        .sections > .wide {
          grid-column: 1 / -1;
        }
      }
    `,
  ];

  /** The customer's externalId as the address holds it: URI-encoded. */
  @property() customerId = '';

  @state() private editing = false;
  @state() private privacyReady = Boolean(customElements.get('kp-customer-privacy'));
  /** The customer with the changes made here since it loaded. */
  @state() private customer: CustomerDetail | null = null;

  private readonly load = new Task(this, {
    args: () => [this.client, decoded(this.customerId)] as const,
    task: async ([client, externalId], { signal }) => {
      if (!client || !externalId) return initialState;
      this.editing = false;
      this.customer = await getCustomer(client, externalId, signal);
      return this.customer;
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.privacyReady) void privacyLoaded.then(() => (this.privacyReady = Boolean(customElements.get('kp-customer-privacy'))));
  }

  override hasUnsavedChanges(): boolean {
    const form = this.renderRoot.querySelector<CustomerForm>('kp-customer-form');
    const addresses = this.renderRoot.querySelector<CustomerAddresses>('kp-customer-addresses');
    return Boolean((this.editing && form?.dirty) || addresses?.dirty);
  }

  override canLeave(): boolean {
    return !this.hasUnsavedChanges() || confirm(msg('Er zijn wijzigingen die nog niet zijn opgeslagen. Toch weggaan?', { id: 'console.customer.leave' }));
  }

  private startEdit = async () => {
    this.editing = true;
    await this.updateComplete;
    const form = this.renderRoot.querySelector<CustomerForm>('kp-customer-form');
    await form?.updateComplete;
    form?.focusFirst();
  };

  private stopEdit = async () => {
    this.editing = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="edit"]')?.focus();
  };

  private onSaved = (event: CustomEvent<CustomerSavedDetail>) => {
    event.stopPropagation();
    this.customer = { ...event.detail.customer, locations: this.customer?.locations ?? [] };
    this.announce(msg('De klant is opgeslagen.', { id: 'console.customer.saved' }));
    void this.stopEdit();
  };

  private onLocationAdded = (event: CustomEvent<LocationAddedDetail>) => {
    event.stopPropagation();
    if (!this.customer) return;
    this.customer = { ...this.customer, locations: [...this.customer.locations, event.detail.location] };
    this.announce(msg('Het werkadres is toegevoegd.', { id: 'console.addresses.added' }));
  };

  private onPreview = (event: CustomEvent<PreviewContactDetail>) => {
    event.stopPropagation();
    const opener = event.composedPath()[0] as HTMLElement | undefined;
    void this.renderRoot.querySelector<CustomerPreview>('kp-customer-preview')?.open(event.detail.contact, opener ?? null);
  };

  override render() {
    const back = { path: 'customers', label: msg('Alle klanten', { id: 'console.customer.back' }) };
    return this.load.render({
      initial: () => html`${this.header(msg('Klant', { id: 'console.title.customer' }), { back })}${pendingBlock(4, 'detail')}`,
      pending: () => (this.customer ? this.renderCustomer(this.customer) : html`${this.header(msg('Klant', { id: 'console.title.customer' }), { back })}${pendingBlock(4, 'detail')}`),
      error: (error) =>
        error instanceof PortalApiError && error.status === 404
          ? html`${this.header(msg('Klant niet gevonden', { id: 'console.customer.notFound' }), { back })}
              <p>${msg('Deze klant bestaat niet (meer), of hoort bij een ander bedrijf.', { id: 'console.customer.notFoundText' })}</p>`
          : html`${this.header(msg('Klant', { id: 'console.title.customer' }), { back })}
            ${errorBlock(error, () => void this.load.run(), msg('De klant kon niet worden geladen.', { id: 'console.customer.loadFailed' }))}`,
      complete: () => (this.customer ? this.renderCustomer(this.customer) : nothing),
    });
  }

  private renderCustomer(customer: CustomerDetail): TemplateResult {
    const back = { path: 'customers', label: msg('Alle klanten', { id: 'console.customer.back' }) };
    const keptHere = customer.source === 'console';
    return html`${this.header(customer.name, {
        back,
        sub: html`<div class="sub">
          ${sourceTag(customer.source)}
          ${customer.debtorNumber ? html`<span>${msg(str`Debiteur ${customer.debtorNumber}`, { id: 'console.customers.debtor' })}</span>` : nothing}
        </div>`,
        actions:
          keptHere && !this.editing
            ? html`<button type="button" class="btn secondary" part="edit" @click=${this.startEdit}>${msg('Gegevens wijzigen', { id: 'console.customer.edit' })}</button>`
            : nothing,
      })}
      <div class="sections">
        <section class="card" aria-labelledby="details-title">
          <h2 id="details-title">${msg('Gegevens', { id: 'console.customer.details' })}</h2>
          ${this.editing
            ? html`<kp-customer-form .client=${this.client} .customer=${customer} @kp-customer-saved=${this.onSaved} @kp-customer-cancel=${this.stopEdit}></kp-customer-form>`
            : this.renderDetails(customer)}
        </section>
        <section class="card" aria-labelledby="contacts-title">
          <h2 id="contacts-title">${msg('Toegang tot het portaal', { id: 'console.customer.contacts' })}</h2>
          <kp-customer-contacts .client=${this.client} customerId=${customer.externalId} locale=${this.locale} @kp-preview-contact=${this.onPreview}></kp-customer-contacts>
        </section>
        <section class="card" aria-labelledby="addresses-title">
          <h2 id="addresses-title">${msg('Werkadressen', { id: 'console.customer.addresses' })}</h2>
          <kp-customer-addresses .client=${this.client} .customer=${customer} @kp-location-added=${this.onLocationAdded}></kp-customer-addresses>
        </section>
        <section class="card wide" aria-labelledby="records-title">
          <h2 id="records-title">${msg('Alles van deze klant', { id: 'console.customer.records' })}</h2>
          <kp-customer-records .client=${this.client} .customer=${customer} locale=${this.locale}></kp-customer-records>
        </section>
        ${this.privacyReady
          ? html`<div class="wide"><kp-customer-privacy .client=${this.client} .customer=${customer} .locale=${this.locale}></kp-customer-privacy></div>`
          : nothing}
      </div>
      <kp-customer-preview .client=${this.client} locale=${this.locale}></kp-customer-preview>`;
  }

  private renderDetails(customer: CustomerDetail): TemplateResult {
    const none = html`<span class="muted">—</span>`;
    return html`${customer.source === 'api'
        ? html`<p class="notice info" part="read-only">
            ${msg('Deze klant komt uit uw backoffice. Wijzig de gegevens daar; de volgende synchronisatie zou een wijziging hier overschrijven.', { id: 'console.customer.readOnlyWhy' })}
          </p>`
        : nothing}
      <dl class="details">
        <dt>${msg('E-mailadres', { id: 'console.customerForm.email' })}</dt>
        <dd>${customer.email ?? none}</dd>
        <dt>${msg('Telefoonnummer', { id: 'console.customerForm.phone' })}</dt>
        <dd>${customer.phone ?? none}</dd>
        <dt>${msg('Adres', { id: 'console.customerForm.address' })}</dt>
        <dd>${customer.address ? addressLine(customer.address) : none}</dd>
        <dt>${msg('Bijgehouden in', { id: 'console.customer.keptIn' })}</dt>
        <dd>${sourceName(customer.source)}</dd>
      </dl>`;
  }
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

defineElement('kp-customer-view', CustomerView);

declare global {
  interface HTMLElementTagNameMap {
    'kp-customer-view': CustomerView;
  }
}
