import { css, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { PortalConfig } from '../api/client.js';
import { LiveController } from '../api/events.js';
import { defineElement } from '../components/define.js';
import { errorBlock } from '../components/states.js';
import { formatMoney } from '../i18n/format.js';
import { kp } from '../styles/theme.js';
import { PortalView, formatWindow } from './portal-view.js';
import { shortAddress } from './addresses.js';
import type { Overview } from '../api/types.js';

type Feature = keyof PortalConfig['features'];

interface Tile {
  feature: Feature;
  view: string;
  label: string;
  value: string;
  detail: string;
  attention?: boolean;
}

type Visit = NonNullable<Overview['nextVisit']>;

/** A window this long or shorter is a visit: started, it is under way (the server's rule, in its overview). */
const visitLength = 24 * 3_600_000;

/** Past the moment a visit starts or ends, the server is asked again a little later: its clock may lag the customer's. */
const turnMargin = 1_000;

function visitWindow(visit: Visit): { start: number; end: number } {
  const start = visit.plannedStart ? Date.parse(visit.plannedStart) : NaN;
  return { start, end: visit.plannedEnd ? Date.parse(visit.plannedEnd) : start };
}

/** Started, not yet ended, and a day at most: the visit is happening now. */
function isUnderWay(visit: Visit, now: number): boolean {
  const { start, end } = visitWindow(visit);
  return start <= now && now < end && end - start <= visitLength;
}

/** The next moment, within a day, at which the visit starts or ends: what the card says changes then. */
function nextTurn(visit: Visit, now: number): number | undefined {
  const { start, end } = visitWindow(visit);
  const next = [start, end].filter((moment) => moment > now).sort((a, b) => a - b)[0];
  return next !== undefined && next - now <= visitLength ? next : undefined;
}

/**
 * @summary The first view after signing in: the next visit, what is open, and shortcuts to what customers do most.
 *
 * @csspart next-visit - The card with the next planned visit.
 * @csspart tile - A count of open records that links to its list.
 * @csspart shortcut - A button to a frequent task.
 */
export class HomeView extends PortalView {
  static override styles = [
    ...PortalView.styles,
    css`
      .tiles {
        display: grid;
        grid-template-columns: 1fr;
        gap: ${kp('space-3')};
        list-style: none;
        margin: ${kp('space-4')} 0;
        padding: 0;
      }
      .tile {
        display: flex;
        flex-direction: column;
        gap: 2px;
        height: 100%;
        padding: ${kp('space-3')} ${kp('space-4')};
        border: 1px solid ${kp('color-border')};
        border-radius: ${kp('radius-lg')};
        background: ${kp('color-surface')};
        color: inherit;
        text-decoration: none;
      }
      .tile:hover {
        border-color: ${kp('color-border-strong')};
        background: ${kp('color-surface-alt')};
      }
      .tile .label {
        font-size: ${kp('font-size-sm')};
        color: ${kp('color-muted')};
        font-weight: 400;
      }
      .tile .value {
        font-size: ${kp('font-size-xxl')};
        font-weight: 700;
        line-height: 1.2;
      }
      .tile .detail {
        font-size: ${kp('font-size-sm')};
        color: ${kp('color-muted')};
      }
      .tile.attention {
        border-left: 4px solid ${kp('color-danger')};
      }
      .tile.attention .detail {
        color: ${kp('color-danger')};
      }
      .visit {
        border-left: 4px solid ${kp('color-primary')};
      }
      .visit h3 {
        margin-bottom: ${kp('space-1')};
        font-size: ${kp('font-size-md')};
        color: ${kp('color-muted')};
        font-weight: 600;
      }
      .visit .when {
        margin: 0 0 ${kp('space-1')};
        font-size: ${kp('font-size-lg')};
        font-weight: 650;
      }
      .visit.none {
        border-left-color: ${kp('color-border-strong')};
      }
      .shortcuts {
        display: grid;
        gap: ${kp('space-2')};
      }
      .skeleton.tile-skeleton {
        height: 96px;
        margin: 0;
        border-radius: ${kp('radius-lg')};
      }
      @container (min-width: 300px) {
        .tiles {
          grid-template-columns: 1fr 1fr;
        }
      }
      @container (min-width: 560px) {
        .shortcuts {
          display: flex;
          flex-wrap: wrap;
        }
      }
      @container (min-width: 900px) {
        .tiles {
          grid-template-columns: repeat(4, 1fr);
        }
      }
    `,
  ];

  /** The overview as a live update loaded it again, shown in place of the first one. */
  @state() private fresh: Overview | undefined;

  private readonly overview = new Task(this, {
    args: () => [this.client] as const,
    task: async ([client], { signal }) => {
      this.fresh = undefined;
      return client ? client.request<Overview>('GET', '/overview', undefined, { signal }) : initialState;
    },
  });

  protected readonly live = new LiveController(this, {
    event: (event) => void (event.type !== 'message.created' && this.reload()),
    resync: () => void this.reload(),
  });
  /** Counts the reloads: only the last one started is shown. */
  private reloads = 0;

  /** Loads the overview again when the visit shown starts or ends, so a page left open keeps telling the truth. */
  private turn: { at: string; timer: ReturnType<typeof setTimeout> } | undefined;

  private watchVisit(visit: Visit | null | undefined) {
    const now = Date.now();
    const next = visit ? nextTurn(visit, now) : undefined;
    const at = next === undefined ? undefined : `${visit!.id}@${next}`;
    if (at === this.turn?.at) return;
    clearTimeout(this.turn?.timer);
    this.turn = at === undefined ? undefined : { at, timer: setTimeout(() => void this.reload(), next! - now + turnMargin) };
  }

  protected override updated() {
    this.watchVisit(this.overview.status === TaskStatus.COMPLETE ? (this.fresh ?? this.overview.value)?.nextVisit : undefined);
  }

  override connectedCallback() {
    super.connectedCallback();
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.turn?.timer);
    this.turn = undefined;
  }

  /** Loads the overview again and shows it in place, without the loading state. */
  private async reload() {
    const { client } = this;
    const reload = ++this.reloads;
    if (this.overview.status !== TaskStatus.COMPLETE || !client) return;
    try {
      const fresh = await client.request<Overview>('GET', '/overview');
      if (reload === this.reloads && client === this.client && this.overview.status === TaskStatus.COMPLETE) this.fresh = fresh;
    } catch {
      // The overview shown stays; the next change or poll tries again.
    }
  }

  private enabled(feature: Feature): boolean {
    return this.config?.features[feature] ?? false;
  }

  private greeting() {
    const name = this.user?.name?.split(' ')[0];
    return name ? msg(str`Welkom, ${name}`, { id: 'views.home.greeting' }) : msg('Welkom', { id: 'views.home.welcome' });
  }

  override render() {
    return html`
      ${this.header(this.greeting(), { sub: this.user ? html`<span class="muted">${this.user.customer.name}</span>` : nothing })}
      ${this.overview.render({
        initial: () => this.renderPending(),
        pending: () => this.renderPending(),
        error: (error) => errorBlock(error, () => void this.overview.run()),
        complete: (overview) => this.renderOverview(this.fresh ?? overview),
      })}
      ${this.renderShortcuts()}
    `;
  }

  private renderPending() {
    return html`<div part="pending" role="status" aria-busy="true">
      <span class="visually-hidden">${msg('Bezig met laden…', { id: 'views.state.loading' })}</span>
      <div class="skeleton block" aria-hidden="true"></div>
      <ul class="tiles" aria-hidden="true">
        ${[0, 1, 2, 3].map(() => html`<li><div class="skeleton tile-skeleton"></div></li>`)}
      </ul>
    </div>`;
  }

  private renderOverview(overview: Overview) {
    const invoices = overview.openInvoices;
    const invoiceTotal = invoices?.totals.map((total) => formatMoney(total.totalCents, total.currency, this.locale)).join(' + ') ?? '';
    const tiles: Tile[] = [
      {
        feature: 'requests',
        view: 'requests',
        label: msg('Lopende aanvragen', { id: 'views.home.openRequests' }),
        value: String(overview.openRequests ?? 0),
        detail: msg('Bekijk uw aanvragen', { id: 'views.home.openRequestsDetail' }),
      },
      {
        feature: 'workOrders',
        view: 'work-orders',
        label: msg('Open werkbonnen', { id: 'views.home.openWorkOrders' }),
        value: String(overview.openWorkOrders ?? 0),
        detail: msg('Gepland of in uitvoering', { id: 'views.home.openWorkOrdersDetail' }),
      },
      {
        feature: 'invoices',
        view: 'invoices',
        label: msg('Openstaande facturen', { id: 'views.home.openInvoices' }),
        value: String(invoices?.count ?? 0),
        detail: !invoices?.count
          ? msg('Alles is betaald', { id: 'views.home.allPaid' })
          : invoices.overdueCount
            ? msg(str`${invoices.overdueCount} te laat, samen ${invoiceTotal}`, { id: 'views.home.overdueInvoices' })
            : msg(str`Samen ${invoiceTotal}`, { id: 'views.home.openInvoicesTotal' }),
        attention: (invoices?.overdueCount ?? 0) > 0,
      },
      {
        feature: 'quotes',
        view: 'quotes',
        label: msg('Offertes', { id: 'views.home.openQuotes' }),
        value: String(overview.openQuotes ?? 0),
        detail: overview.openQuotes ? msg('Wachten op uw reactie', { id: 'views.home.openQuotesDetail' }) : msg('Geen open offertes', { id: 'views.home.noOpenQuotes' }),
      },
    ];
    const visible = tiles.filter((tile) => this.enabled(tile.feature));
    return html`
      ${this.enabled('workOrders') ? this.renderNextVisit(overview) : nothing}
      ${visible.length
        ? html`<ul class="tiles" aria-label=${msg('Overzicht', { id: 'views.home.summary' })}>
            ${visible.map(
              (tile) => html`<li>
                ${this.viewLink(
                  tile.view,
                  html`<span class="label">${tile.label}</span><span class="value">${tile.value}</span><span class="detail">${tile.detail}</span>`,
                  `tile${tile.attention ? ' attention' : ''}`,
                  'tile',
                )}
              </li>`,
            )}
          </ul>`
        : nothing}
    `;
  }

  private renderNextVisit(overview: Overview) {
    const visit = overview.nextVisit;
    if (!visit) {
      return html`<section class="card visit none" part="next-visit" aria-labelledby="visit-title">
        <h3 id="visit-title">${msg('Volgend bezoek', { id: 'views.home.nextVisit' })}</h3>
        <p class="muted">${msg('Er staat geen bezoek gepland. Heeft u een storing of is het tijd voor onderhoud? Dien een aanvraag in.', { id: 'views.home.noVisit' })}</p>
      </section>`;
    }
    const underWay = isUnderWay(visit, Date.now());
    const where = shortAddress(visit.address);
    return html`<section class="card visit" part="next-visit" aria-labelledby="visit-title">
      <h3 id="visit-title">${underWay ? msg('Bezoek nu bezig', { id: 'views.home.visitUnderWay' }) : msg('Volgend bezoek', { id: 'views.home.nextVisit' })}</h3>
      <p class="when">${formatWindow(visit.plannedStart, visit.plannedEnd, this.locale)}</p>
      <p>${this.workTypeLabel(visit.workType) || visit.description}</p>
      ${visit.technicianFirstName || where
        ? html`<p class="muted">
            ${[visit.technicianFirstName ? msg(str`Monteur: ${visit.technicianFirstName}`, { id: 'views.home.technician' }) : null, where].filter(Boolean).join(' · ')}
          </p>`
        : nothing}
      ${this.viewLink(`work-orders/${visit.id}`, msg(str`Werkbon ${visit.number} bekijken`, { id: 'views.home.viewWorkOrder' }))}
    </section>`;
  }

  private renderShortcuts() {
    const shortcuts: { feature: Feature; view: string; label: string; primary?: boolean }[] = [
      { feature: 'requests', view: 'requests/new', label: msg('Storing melden of onderhoud aanvragen', { id: 'views.home.newRequest' }), primary: true },
      { feature: 'objects', view: 'objects', label: msg('Mijn installaties', { id: 'views.home.objects' }) },
      { feature: 'documents', view: 'documents', label: msg('Documenten', { id: 'views.home.documents' }) },
      { feature: 'orders', view: 'orders', label: msg('Bestellingen', { id: 'views.home.orders' }) },
    ];
    const visible = shortcuts.filter((shortcut) => this.enabled(shortcut.feature));
    if (!visible.length) return nothing;
    return html`<section aria-labelledby="shortcuts-title">
      <h3 id="shortcuts-title">${msg('Snel naar', { id: 'views.home.shortcuts' })}</h3>
      <div class="shortcuts">
        ${visible.map(
          (shortcut) => html`<button type="button" part="shortcut" class="btn ${shortcut.primary ? 'primary' : 'secondary'}" @click=${() => this.navigate(shortcut.view)}>
            ${shortcut.label}
          </button>`,
        )}
      </div>
    </section>`;
  }
}

defineElement('kp-home-view', HomeView);

declare global {
  interface HTMLElementTagNameMap {
    'kp-home-view': HomeView;
  }
}
