import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { Task, initialState } from '@lit/task';
import { defineElement } from '../../components/define.js';
import { errorBlock, pendingBlock } from '../../components/states.js';
import '../../components/status-badge.js';
import type { StatusKind } from '../../components/status-badge.js';
import { formatDate, formatDateTime } from '../../i18n/format.js';
import { linkToView } from '../../shell/view-frame.js';
import { kp, shared } from '../../styles/theme.js';
import type { ConsoleClient } from '../api/console-client.js';
import { customerRequests, listRecords, recordKinds, type Customer, type CustomerRecords, type RecordKind } from '../api/customers.js';
import type { AdminRequest, Locale } from '../api/types.js';
import { consoleEvent } from '../events.js';
import { consoleViewStyles } from '../styles/console.js';
import { sourceTag } from './customer-source.js';

type AnyRecord = CustomerRecords[RecordKind];

interface Row {
  title: string;
  meta: string;
  status?: { kind: StatusKind; value: string };
}

/** What one kind of record is called, and how one of them reads in a list. */
function describe(kind: RecordKind, record: AnyRecord, locale: Locale): Row {
  switch (kind) {
    case 'work-orders': {
      const order = record as CustomerRecords['work-orders'];
      return { title: `${order.number} · ${order.description}`, meta: order.plannedStart ? formatDateTime(order.plannedStart, locale) : '', status: { kind: 'workOrder', value: order.status } };
    }
    case 'quotes': {
      const quote = record as CustomerRecords['quotes'];
      return { title: `${quote.number} · ${quote.title}`, meta: quote.validUntil ? msg(str`Geldig tot ${formatDate(quote.validUntil, locale)}`, { id: 'console.customerRecords.validUntil' }) : '', status: { kind: 'quote', value: quote.status } };
    }
    case 'invoices': {
      const invoice = record as CustomerRecords['invoices'];
      return { title: invoice.number, meta: formatDate(invoice.issueDate, locale), status: { kind: 'invoice', value: invoice.status } };
    }
    case 'documents': {
      const document = record as CustomerRecords['documents'];
      return { title: document.title, meta: document.category ?? '' };
    }
    case 'objects': {
      const object = record as CustomerRecords['objects'];
      return { title: object.name, meta: [object.brand, object.model, object.serialNumber].filter(Boolean).join(' · ') };
    }
    case 'orders': {
      const order = record as CustomerRecords['orders'];
      return { title: order.number, meta: formatDate(order.orderedAt, locale), status: { kind: 'order', value: order.status } };
    }
  }
}

function kindTitle(kind: RecordKind): string {
  return {
    'work-orders': () => msg('Werkbonnen', { id: 'console.customerRecords.workOrders' }),
    quotes: () => msg('Offertes', { id: 'console.customerRecords.quotes' }),
    invoices: () => msg('Facturen', { id: 'console.customerRecords.invoices' }),
    documents: () => msg('Documenten', { id: 'console.customerRecords.documents' }),
    objects: () => msg('Installaties', { id: 'console.customerRecords.objects' }),
    orders: () => msg('Bestellingen', { id: 'console.customerRecords.orders' }),
  }[kind]();
}

function newLabel(kind: RecordKind): string {
  return {
    'work-orders': () => msg('Nieuwe werkbon', { id: 'console.customerRecords.newWorkOrder' }),
    quotes: () => msg('Nieuwe offerte', { id: 'console.customerRecords.newQuote' }),
    invoices: () => msg('Nieuwe factuur', { id: 'console.customerRecords.newInvoice' }),
    documents: () => msg('Nieuw document', { id: 'console.customerRecords.newDocument' }),
    objects: () => msg('Nieuwe installatie', { id: 'console.customerRecords.newObject' }),
    orders: () => msg('Nieuwe bestelling', { id: 'console.customerRecords.newOrder' }),
  }[kind]();
}

/**
 * @summary Everything of one customer, a section per kind: work orders, quotes, invoices, documents, objects, orders
 * and requests, each row a link to its record; for a console customer a link to add one of each kind.
 *
 * @event kp-console-navigate - `{path}`: a record or a new one was asked for.
 * @csspart record - One record's row.
 * @csspart new-record - The link to add a record of a kind.
 */
export class CustomerRecordLists extends LitElement {
  static override styles = [
    shared,
    consoleViewStyles,
    css`
      :host {
        display: block;
      }
      section + section {
        margin-top: ${kp('space-5')};
      }
      .section-head {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: ${kp('space-2')};
        margin-bottom: ${kp('space-2')};
      }
      .section-head h3 {
        margin: 0;
        font-size: ${kp('font-size-md')};
      }
      .list > li + li {
        border-top: 1px solid ${kp('color-border')};
      }
      .row-link {
        display: grid;
        grid-template-columns: minmax(0, 1fr) auto;
        gap: 2px ${kp('space-3')};
        padding: ${kp('space-2')} ${kp('space-3')};
        color: inherit;
        text-decoration: none;
      }
      .row-link:hover {
        background: ${kp('color-surface-alt')};
      }
      .row-title {
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      .row-meta {
        grid-column: 1 / -1;
        font-size: ${kp('font-size-sm')};
        color: ${kp('color-muted')};
        overflow-wrap: anywhere;
      }
      .none {
        margin: 0;
        color: ${kp('color-muted')};
        font-size: ${kp('font-size-sm')};
      }
    `,
  ];

  @property({ attribute: false }) client?: ConsoleClient;
  @property({ attribute: false }) customer?: Customer;
  @property() locale: Locale = 'nl';

  private readonly records = new Task(this, {
    args: () => [this.client, this.customer?.externalId] as const,
    task: async ([client, customerId], { signal }) => {
      if (!client || !customerId) return initialState;
      const pages = await Promise.all(recordKinds.map((kind) => listRecords(client, kind, customerId, signal)));
      return new Map<RecordKind, AnyRecord[]>(recordKinds.map((kind, index) => [kind, pages[index]!.items]));
    },
  });

  private readonly requests = new Task(this, {
    args: () => [this.client, this.customer] as const,
    task: async ([client, customer], { signal }) => (client && customer ? customerRequests(client, customer, signal) : initialState),
  });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  private link(path: string, content: unknown, className: string, part: string): TemplateResult {
    return linkToView(`#/${path}`, () => this.dispatchEvent(consoleEvent('kp-console-navigate', { path })), content, className, part);
  }

  override render() {
    return html`${this.records.render({
        initial: () => pendingBlock(4),
        pending: () => pendingBlock(4),
        error: (error) => errorBlock(error, () => void this.records.run(), msg('De gegevens van deze klant konden niet worden geladen.', { id: 'console.customerRecords.loadFailed' })),
        complete: (lists) => recordKinds.map((kind) => this.renderKind(kind, lists.get(kind) ?? [])),
      })}
      ${this.renderRequests()}`;
  }

  private renderKind(kind: RecordKind, records: AnyRecord[]): TemplateResult {
    const customer = this.customer!;
    const base = `customers/${encodeURIComponent(customer.externalId)}/${kind}`;
    const headingId = `records-${kind}`;
    return html`<section aria-labelledby=${headingId}>
      <div class="section-head">
        <h3 id=${headingId}>${kindTitle(kind)}</h3>
        ${customer.source === 'console' ? this.link(`${base}/new`, newLabel(kind), 'btn secondary small', 'new-record') : nothing}
      </div>
      ${records.length
        ? html`<ul class="list">
            ${records.map((record) => {
              const row = describe(kind, record, this.locale);
              return html`<li>
                ${this.link(
                  `${base}/${encodeURIComponent(record.externalId)}`,
                  html`<span class="row-title">${row.title}</span>
                    <span>${row.status ? html`<kp-status-badge kind=${row.status.kind} status=${row.status.value}></kp-status-badge>` : nothing} ${record.source === 'api' ? sourceTag('api') : nothing}</span>
                    ${row.meta ? html`<span class="row-meta">${row.meta}</span>` : nothing}`,
                  'row-link',
                  'record',
                )}
              </li>`;
            })}
          </ul>`
        : html`<p class="none">${msg('Nog niets.', { id: 'console.customerRecords.none' })}</p>`}
    </section>`;
  }

  private renderRequests(): TemplateResult {
    return html`<section aria-labelledby="records-requests">
      <div class="section-head"><h3 id="records-requests">${msg('Aanvragen', { id: 'console.inbox.listLabel' })}</h3></div>
      ${this.requests.render({
        initial: () => pendingBlock(1),
        pending: () => pendingBlock(1),
        error: (error) => errorBlock(error, () => void this.requests.run(), msg('De aanvragen konden niet worden geladen.', { id: 'console.customerRecords.requestsFailed' })),
        complete: (requests: AdminRequest[]) =>
          requests.length
            ? html`<ul class="list">
                ${requests.map(
                  (request) => html`<li>
                    ${this.link(
                      `requests/${request.id}`,
                      html`<span class="row-title">${request.reference} · ${request.description}</span>
                        <span><kp-status-badge kind="request" status=${request.status}></kp-status-badge></span>
                        <span class="row-meta">${formatDateTime(request.createdAt, this.locale)}</span>`,
                      'row-link',
                      'record',
                    )}
                  </li>`,
                )}
              </ul>`
            : html`<p class="none">${msg('Nog niets.', { id: 'console.customerRecords.none' })}</p>`,
      })}
    </section>`;
  }
}

defineElement('kp-customer-records', CustomerRecordLists);

declare global {
  interface HTMLElementTagNameMap {
    'kp-customer-records': CustomerRecordLists;
  }
}
