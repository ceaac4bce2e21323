import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { PortalApiError, PortalClient, defaultApiBase, type IdentityProvider, type PortalConfig, type PortalUser, type SessionChangeEvent } from './api/client.js';
import { describeError } from './api/errors.js';
import { takeAuthLink, type AuthLink } from './auth/links.js';
import './auth/sign-in.js';
import type { SignInElement } from './auth/sign-in.js';
import { getLocale, pickLocale, setLocale, type Locale } from './i18n/localization.js';
import { brandDeclarations } from './styles/brand.js';
import { shellStyles } from './styles/shell.js';
import { shared, tokens } from './styles/theme.js';

// ── Views ───────────────────────────────────────────────────────────────────────────────────────────────────────

type Feature = keyof PortalConfig['features'];

interface ViewModule {
  tag: string;
  /** A literal import(), so rollup puts each view in a chunk of its own, fetched on first use. */
  load: () => Promise<unknown>;
}

interface Section {
  feature?: Feature;
  title: () => string;
  list: ViewModule;
  detail?: ViewModule & { title: () => string };
  create?: ViewModule & { title: () => string };
}

const sections = new Map<string, Section>([
  ['home', { title: () => msg('Overzicht', { id: 'shell.nav.home' }), list: { tag: 'kp-home-view', load: () => import('./views/home-view.js') } }],
  [
    'requests',
    {
      feature: 'requests',
      title: () => msg('Aanvragen', { id: 'shell.nav.requests' }),
      list: { tag: 'kp-requests-view', load: () => import('./views/requests-view.js') },
      create: { tag: 'kp-request-form-view', load: () => import('./views/request-form-view.js'), title: () => msg('Nieuwe aanvraag', { id: 'shell.title.newRequest' }) },
      detail: { tag: 'kp-request-detail-view', load: () => import('./views/request-detail-view.js'), title: () => msg('Aanvraag', { id: 'shell.title.request' }) },
    },
  ],
  [
    'work-orders',
    {
      feature: 'workOrders',
      title: () => msg('Werkbonnen', { id: 'shell.nav.workOrders' }),
      list: { tag: 'kp-work-orders-view', load: () => import('./views/work-orders-view.js') },
      detail: { tag: 'kp-work-order-detail-view', load: () => import('./views/work-order-detail-view.js'), title: () => msg('Werkbon', { id: 'shell.title.workOrder' }) },
    },
  ],
  [
    'quotes',
    {
      feature: 'quotes',
      title: () => msg('Offertes', { id: 'shell.nav.quotes' }),
      list: { tag: 'kp-quotes-view', load: () => import('./views/quotes-view.js') },
      detail: { tag: 'kp-quote-detail-view', load: () => import('./views/quote-detail-view.js'), title: () => msg('Offerte', { id: 'shell.title.quote' }) },
    },
  ],
  [
    'invoices',
    {
      feature: 'invoices',
      title: () => msg('Facturen', { id: 'shell.nav.invoices' }),
      list: { tag: 'kp-invoices-view', load: () => import('./views/invoices-view.js') },
      detail: { tag: 'kp-invoice-detail-view', load: () => import('./views/invoice-detail-view.js'), title: () => msg('Factuur', { id: 'shell.title.invoice' }) },
    },
  ],
  [
    'objects',
    {
      feature: 'objects',
      title: () => msg('Installaties', { id: 'shell.nav.objects' }),
      list: { tag: 'kp-objects-view', load: () => import('./views/objects-view.js') },
      detail: { tag: 'kp-object-detail-view', load: () => import('./views/object-detail-view.js'), title: () => msg('Installatie', { id: 'shell.title.object' }) },
    },
  ],
  [
    'documents',
    { feature: 'documents', title: () => msg('Documenten', { id: 'shell.nav.documents' }), list: { tag: 'kp-documents-view', load: () => import('./views/documents-view.js') } },
  ],
  [
    'orders',
    {
      feature: 'orders',
      title: () => msg('Bestellingen', { id: 'shell.nav.orders' }),
      list: { tag: 'kp-orders-view', load: () => import('./views/orders-view.js') },
      detail: { tag: 'kp-order-detail-view', load: () => import('./views/order-detail-view.js'), title: () => msg('Bestelling', { id: 'shell.title.order' }) },
    },
  ],
  ['account', { title: () => msg('Mijn gegevens', { id: 'shell.nav.account' }), list: { tag: 'kp-account-view', load: () => import('./views/account-view.js') } }],
]);

/**
 * Where the customer is: a view name from navigate(), the `view` attribute or the address bar, resolved.
 * @internal
 */
export interface Route {
  /** The view name as asked, normalised: `requests/new?objectId=obj_1`. */
  view: string;
  section: string;
  module: ViewModule;
  title: string;
  params: Record<string, string>;
}

const recordId = /^[A-Za-z0-9_-]{1,100}$/;

/**
 * The route for a view name, or null when there is no such view or its feature is off in this portal.
 * @internal
 */
export function resolveView(view: string, features: PortalConfig['features']): Route | null {
  const [path = '', query = ''] = view.split('?', 2);
  const segments = path.split('/').filter(Boolean);
  const section = sections.get(segments[0] ?? '');
  if (!section || segments.length > 2 || (section.feature && !features[section.feature])) return null;
  const params: Record<string, string> = Object.fromEntries(new URLSearchParams(query));
  const sub = segments[1];
  if (sub === undefined) return { view, section: segments[0]!, module: section.list, title: section.title(), params };
  if (sub === 'new' && section.create) return { view, section: segments[0]!, module: section.create, title: section.create.title(), params };
  if (section.detail && recordId.test(sub)) {
    return { view, section: segments[0]!, module: section.detail, title: section.detail.title(), params: { ...params, id: sub } };
  }
  return null;
}

const hashPrefix = '#kp/';

function viewFromHash(hash: string): string | null {
  if (!hash.startsWith(hashPrefix)) return null;
  try {
    return decodeURI(hash.slice(hashPrefix.length));
  } catch {
    return null;
  }
}

function viewInState(state: unknown): string | null {
  const view = (state as { kpView?: unknown } | null)?.kpView;
  return typeof view === 'string' ? view : null;
}

function withView(state: unknown, view: string): unknown {
  // A state the page keeps that is not a plain object is left alone: the view then lives in the hash only.
  if (state !== null && (typeof state !== 'object' || Object.getPrototypeOf(state) !== Object.prototype)) return state;
  return { ...(state as object | null), kpView: view };
}

function normaliseView(view: string): string {
  return view.trim().replace(/^#?(kp\/)?\/*/, '') || 'home';
}

// ── Events ──────────────────────────────────────────────────────────────────────────────────────────────────────

export interface PortalEventDetails {
  /** The portal is loaded and it is known whether someone is signed in. */
  'kp-ready': { signedIn: boolean };
  /** Someone signed in, or a session was restored after a reload (`restored`). */
  'kp-login': { user: PortalUser; restored: boolean };
  /** The session ended: the customer signed out, or it expired or was revoked. */
  'kp-logout': { reason: 'logout' | 'expired' };
  /** The customer submitted a request. */
  'kp-request-created': { id: string; reference: string };
  /** The portal shows another view. */
  'kp-navigate': { view: string };
  /** Something failed that the page may want to know about (the portal could not be loaded, a view not either). */
  'kp-error': { code: string; message: string };
}

export type PortalEvent<K extends keyof PortalEventDetails> = CustomEvent<PortalEventDetails[K]>;

declare global {
  interface HTMLElementEventMap {
    'kp-ready': PortalEvent<'kp-ready'>;
    'kp-login': PortalEvent<'kp-login'>;
    'kp-logout': PortalEvent<'kp-logout'>;
    'kp-request-created': PortalEvent<'kp-request-created'>;
    'kp-navigate': PortalEvent<'kp-navigate'>;
    'kp-error': PortalEvent<'kp-error'>;
  }
}

/** Every event of the element bubbles and crosses shadow roots, so the page can listen anywhere above it. */
function portalEvent<K extends keyof PortalEventDetails>(type: K, detail: PortalEventDetails[K]): PortalEvent<K> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true });
}

type Phase = 'starting' | 'signed-out' | 'signed-in';

/**
 * @summary The customer portal of one business, embedded in the business's own page.
 * @tagname klant-portaal
 *
 * @event kp-ready - `{signedIn}`: the portal is loaded and knows whether someone is signed in.
 * @event kp-login - `{user, restored}`: someone signed in, or the session came back after a reload.
 * @event kp-logout - `{reason: 'logout' | 'expired'}`: the session ended.
 * @event kp-request-created - `{id, reference}`: the customer submitted a request.
 * @event kp-navigate - `{view}`: the portal shows another view.
 * @event kp-error - `{code, message}`: the portal or a view could not be loaded.
 *
 * @csspart frame - The portal's outer box.
 * @csspart header - The bar with the business's name and the signed-in person.
 * @csspart logo - The business's logo.
 * @csspart title - The business's name.
 * @csspart user - The signed-in person's name.
 * @csspart menu-button - The menu button on narrow screens.
 * @csspart nav - The navigation.
 * @csspart nav-item - One entry of the navigation; the current one has `aria-current="page"`.
 * @csspart new-request - The "new request" button in the navigation.
 * @csspart logout - The sign-out button.
 * @csspart content - The area the current view is shown in.
 * @csspart announcer - The screen-reader live region.
 *
 * @cssproperty --kp-color-primary - Brand colour; defaults to the portal's branding.
 * @cssproperty --kp-color-on-primary - Text on the brand colour.
 * @cssproperty --kp-color-primary-text - The brand colour as text on white (links, the current navigation entry).
 * @cssproperty --kp-color-text - Body text.
 * @cssproperty --kp-color-muted - Secondary text.
 * @cssproperty --kp-color-border - Lines around cards and lists.
 * @cssproperty --kp-color-border-strong - Borders of inputs.
 * @cssproperty --kp-color-surface - Background of cards and the portal.
 * @cssproperty --kp-color-surface-alt - Background of the navigation and quiet areas.
 * @cssproperty --kp-color-focus - The focus ring.
 * @cssproperty --kp-color-danger - Errors.
 * @cssproperty --kp-color-success - Confirmations.
 * @cssproperty --kp-color-warning - Warnings.
 * @cssproperty --kp-font-family - Font of all text; defaults to the host page's font.
 * @cssproperty --kp-font-size-sm - Small text (14px).
 * @cssproperty --kp-font-size-md - Body text (16px).
 * @cssproperty --kp-font-size-lg - Sub-headings (18px).
 * @cssproperty --kp-font-size-xl - Headings (22px).
 * @cssproperty --kp-radius - Corner radius of controls (8px).
 * @cssproperty --kp-radius-lg - Corner radius of cards and the portal (12px).
 * @cssproperty --kp-space-4 - The base spacing (16px); --kp-space-1 to --kp-space-6 make the scale.
 */
export class PortalElement extends LitElement {
  static override styles = [tokens, shared, shellStyles];

  /** The portal's slug, as the business got it (`<klant-portaal portal="jansen">`). */
  @property({ reflect: true }) portal = '';

  /** Where the portal API lives; defaults to the origin this script was loaded from. */
  @property({ attribute: 'api-base' }) apiBase = defaultApiBase(import.meta.url);

  /** `nl` or `en`; without it the customer's own choice, then the portal's language, then the page's. */
  @property() locale: string | null = null;

  /** The view to start in (`home`, `requests/new`, `invoices`, …). */
  @property() view = 'home';

  /** Mirrors the current view in the address bar (`#kp/invoices`), so Back and links to a view work. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /**
   * For single sign-on: an async function of the page that answers a fresh identity token for its signed-in user
   * (or null). The portal calls it when it has no session of its own.
   */
  @property({ attribute: false }) identityProvider: IdentityProvider | null = null;

  @state() private phase: Phase = 'starting';
  @state() private user: PortalUser | null = null;
  @state() private requestedView = 'home';
  @state() private menuOpen = false;
  @state() private announcement = '';
  @state() private signInNotice = '';
  @state() private activeLocale: Locale = 'nl';
  /** The language the customer picked in this page's life; it outranks every default. */
  @state() private chosenLocale: Locale | null = null;

  private client!: PortalClient;
  private stopListening: (() => void) | null = null;
  @state() private link: AuthLink | null = null;
  private viewElement: HTMLElement | null = null;
  private focusAfterRender = false;
  private readonly brandSheet = new CSSStyleSheet();

  private readonly startTask = new Task(this, {
    task: async ([client], { signal }) => {
      const restoring = this.link ? Promise.resolve(null) : client.restore().catch(() => null);
      const config = await client.getConfig(signal);
      this.brandSheet.replaceSync(`:host { ${brandDeclarations(config.branding.primaryColor)} }`);
      client.identityProvider = config.auth.sso ? this.identityProvider : null;
      let user = await restoring;
      if (!user && !this.link && client.identityProvider) user = await client.signInWithIdentityProvider().catch(() => null);
      await this.applyLocale(config, user);
      if (!user) this.phase = 'signed-out';
      return config;
    },
    args: () => [this.client] as const,
    onComplete: () => this.emit('kp-ready', { signedIn: this.phase === 'signed-in' }),
    onError: (error) => this.emit('kp-error', { code: error instanceof PortalApiError ? error.code : 'internal', message: describeError(error) }),
  });

  private readonly viewTask = new Task(this, {
    task: async ([route]) => {
      if (!route) return null;
      await route.module.load();
      if (!customElements.get(route.module.tag)) throw new Error(`${route.module.tag} is not available`);
      return route.module.tag;
    },
    args: () => [this.phase === 'signed-in' ? this.currentRoute() : null] as const,
    argsEqual: ([a], [b]) => a?.module.tag === b?.module.tag,
    onError: () => this.emit('kp-error', { code: 'view_unavailable', message: msg('Dit onderdeel kon niet worden geladen.', { id: 'shell.viewFailed' }) }),
  });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Read at once, before anything else runs, and gone from the address bar from here on.
    this.link ??= takeAuthLink();
    window.addEventListener('popstate', this.onPopState);
    window.addEventListener('hashchange', this.onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    window.removeEventListener('hashchange', this.onPopState);
  }

  protected override createRenderRoot() {
    const root = super.createRenderRoot() as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.brandSheet];
    return root;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) {
      const fromAddress = this.syncUrl ? viewFromHash(window.location.hash) : null;
      this.requestedView = normaliseView(fromAddress ?? this.view);
    } else if (changed.has('view') && changed.get('view') !== undefined) {
      this.navigate(this.view);
    }
    if (changed.has('apiBase') || changed.has('portal')) {
      this.stopListening?.();
      this.phase = 'starting';
      this.user = null;
      this.viewElement = null;
      this.client = new PortalClient(this.apiBase, this.portal);
      this.stopListening = this.client.onSessionChange(this.onSessionChange);
    }
    if (changed.has('identityProvider') && this.startTask.value) {
      this.client.identityProvider = this.startTask.value.auth.sso ? this.identityProvider : null;
    }
    if (changed.has('locale') && this.hasUpdated && this.startTask.value) void this.applyLocale(this.startTask.value, this.user);
  }

  override updated(): void {
    if (!this.focusAfterRender || this.phase !== 'signed-in' || this.viewTask.status === TaskStatus.PENDING) return;
    this.focusAfterRender = false;
    if (this.viewTask.status === TaskStatus.COMPLETE && this.viewElement?.isConnected && this.currentRoute()) void this.focusViewHeading(this.viewElement);
    else this.renderRoot.querySelector<HTMLElement>('.content h2')?.focus();
  }

  /** Shows a view: `home`, `requests`, `requests/new?objectId=…`, `invoices/{id}`, `account`, …. */
  navigate(view: string): void {
    this.show(normaliseView(view), 'push');
  }

  /** Signs the customer out, here and on the server. */
  async logout(): Promise<void> {
    await this.client.logout();
  }

  /** The view currently shown (or asked for, while signing in). */
  get currentView(): string {
    return this.requestedView;
  }

  // ── Navigation ────────────────────────────────────────────────────────────────────────────────────────────────

  private show(view: string, history: 'push' | 'replace' | 'none'): void {
    if (view === this.requestedView && this.phase === 'signed-in') {
      this.menuOpen = false;
      return;
    }
    if (this.syncUrl && history !== 'none') this.writeAddress(view, history);
    this.requestedView = view;
    this.menuOpen = false;
    this.focusAfterRender = true;
    const route = this.currentRoute();
    if (this.phase === 'signed-in') this.announce(route?.title ?? msg('Niet gevonden', { id: 'shell.notFound.title' }));
    this.emit('kp-navigate', { view });
  }

  private routeCache: { view: string; config: PortalConfig; route: Route | null; locale: string } | null = null;

  /** The route of the requested view; the same object while nothing changes, so views are not redrawn for nothing. */
  private currentRoute(): Route | null {
    const config = this.startTask.value;
    if (!config) return null;
    const cache = this.routeCache;
    if (cache?.view === this.requestedView && cache.config === config && cache.locale === this.activeLocale) return cache.route;
    const route = resolveView(this.requestedView, config.features);
    this.routeCache = { view: this.requestedView, config, route, locale: this.activeLocale };
    return route;
  }

  /**
   * Each history entry the portal writes carries its view in `history.state` (`kpView`), and the entry the page was on
   * before gets it too, merged into whatever state the page keeps there: so Back returns to the right view, while an
   * entry of the page's own (an anchor link) leaves the portal where it is.
   */
  private writeAddress(view: string, mode: 'push' | 'replace'): void {
    const hash = `${hashPrefix}${encodeURI(view)}`;
    if (window.location.hash === hash) return;
    const url = `${window.location.pathname}${window.location.search}${hash}`;
    if (mode === 'push') {
      if (viewInState(window.history.state) === null) window.history.replaceState(withView(window.history.state, this.requestedView), '');
      window.history.pushState(withView(null, view), '', url);
    } else {
      window.history.replaceState(withView(window.history.state, view), '', url);
    }
  }

  private clearAddress(): void {
    if (this.syncUrl && window.location.hash.startsWith(hashPrefix)) {
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}`);
    }
  }

  private readonly onPopState = (event: PopStateEvent | HashChangeEvent) => {
    // A sign-in link opened in a tab that already shows the page arrives as a hash change, not a page load.
    const link = takeAuthLink();
    if (link) {
      if (this.phase !== 'signed-in') this.link = link;
      return;
    }
    if (!this.syncUrl) return;
    const view = viewInState(event instanceof PopStateEvent ? event.state : window.history.state) ?? viewFromHash(window.location.hash);
    if (view !== null) this.show(normaliseView(view), 'none');
  };

  private async focusViewHeading(view: HTMLElement): Promise<void> {
    // The heading may only appear once the view has drawn its first state.
    for (let attempt = 0; attempt < 20; attempt++) {
      await (view as Partial<LitElement>).updateComplete;
      const heading = view.shadowRoot?.querySelector<HTMLElement>('[part~="heading"], h1, h2');
      if (heading) {
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus();
        return;
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    this.renderRoot.querySelector<HTMLElement>('.content')?.focus();
  }

  // ── Session and language ──────────────────────────────────────────────────────────────────────────────────────

  private readonly onSessionChange = (event: SessionChangeEvent) => {
    const { user, cause } = event.detail;
    const hadFocus = this.matches(':focus-within');
    if (user) {
      // A sign-in while the portal starts (single sign-on) is no reason to pull focus into the widget.
      const byCustomer = cause === 'login' && this.startTask.status !== TaskStatus.PENDING;
      this.user = user;
      this.phase = 'signed-in';
      this.signInNotice = '';
      this.link = null;
      this.focusAfterRender = byCustomer;
      if (byCustomer) this.announce(msg(str`U bent ingelogd als ${user.name}.`, { id: 'shell.signedIn' }));
      if (this.startTask.value) void this.applyLocale(this.startTask.value, user);
      this.emit('kp-login', { user, restored: cause === 'restore' });
      return;
    }
    this.user = null;
    this.phase = 'signed-out';
    this.viewElement = null;
    const expired = cause === 'expired';
    this.signInNotice = expired
      ? msg('U bent automatisch uitgelogd. Log opnieuw in om verder te gaan.', { id: 'shell.sessionExpired' })
      : msg('U bent uitgelogd.', { id: 'shell.signedOut' });
    this.announce(this.signInNotice);
    if (!expired) {
      this.requestedView = normaliseView(this.view);
      this.clearAddress();
    }
    this.emit('kp-logout', { reason: expired ? 'expired' : 'logout' });
    if (hadFocus) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<SignInElement>('kp-sign-in')?.focusHeading());
    }
  };

  private async applyLocale(config: PortalConfig, user: PortalUser | null): Promise<void> {
    const locale = this.chosenLocale ?? pickLocale(this.locale, user?.locale ?? config.portal.locale, document.documentElement.lang);
    this.client.locale = locale;
    if (getLocale() !== locale) {
      try {
        await setLocale(locale);
      } catch {
        // The English texts could not be fetched: the portal stays usable in Dutch.
        return;
      }
    }
    this.activeLocale = locale;
  }

  private readonly onViewLocale = (event: CustomEvent<{ locale: Locale }>) => {
    this.chosenLocale = event.detail.locale;
    if (this.startTask.value) void this.applyLocale(this.startTask.value, this.user);
  };

  // ── Events from the views ─────────────────────────────────────────────────────────────────────────────────────
  // A view gets `client`, `config`, `locale`, `user` and `params`, and talks back with bubbling, composed events:
  // `kp-view-navigate` {view}, `kp-view-request-created` {id, reference}, `kp-view-announce` {message} (said by the
  // live region), and from the account view `kp-view-user` {user}, `kp-view-locale` {locale} and `kp-view-logout`.

  private readonly onViewNavigate = (event: CustomEvent<{ view: string }>) => {
    event.stopPropagation();
    this.navigate(event.detail.view);
  };

  private readonly onViewRequestCreated = (event: CustomEvent<{ id: string; reference: string }>) => {
    event.stopPropagation();
    this.announce(msg(str`Uw aanvraag ${event.detail.reference} is verstuurd.`, { id: 'shell.requestCreated' }));
    this.emit('kp-request-created', { id: event.detail.id, reference: event.detail.reference });
  };

  private readonly onViewUser = (event: CustomEvent<{ user: PortalUser }>) => {
    event.stopPropagation();
    this.user = event.detail.user;
  };

  private readonly onViewAnnounce = (event: CustomEvent<{ message: string }>) => {
    event.stopPropagation();
    this.announce(event.detail.message);
  };

  private emit<K extends keyof PortalEventDetails>(type: K, detail: PortalEventDetails[K]): void {
    this.dispatchEvent(portalEvent(type, detail));
  }

  /** Says something to screen-reader users; the same words twice in a row are said twice. */
  private announce(message: string): void {
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = message));
  }

  // ── Drawing ───────────────────────────────────────────────────────────────────────────────────────────────────

  override render() {
    if (!this.portal) return nothing;
    return html`<section class="frame" part="frame" lang=${this.activeLocale} aria-label=${this.startTask.value?.portal.name ?? msg('Klantportaal', { id: 'shell.portal' })}>
      ${this.startTask.render({
        pending: () => this.renderStarting(),
        complete: (config) => (this.phase === 'signed-in' && this.user ? this.renderSignedIn(config, this.user) : this.renderSignedOut(config)),
        error: (error) => html`<div class="start">
          <div class="notice error" role="alert" part="error">
            <p><strong>${msg('Het portaal kon niet worden geladen.', { id: 'shell.loadFailed' })}</strong></p>
            <p>${describeError(error)}</p>
            <div><button type="button" class="btn secondary" part="retry" @click=${() => this.startTask.run()}>${msg('Opnieuw proberen', { id: 'shell.retry' })}</button></div>
          </div>
        </div>`,
      })}
      <div class="visually-hidden" part="announcer" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </section>`;
  }

  private renderStarting(): TemplateResult {
    return html`<div class="bar" part="header" aria-hidden="true"><div class="skeleton" style="width: 180px; height: 22px; margin: 0"></div></div>
      <div class="start" role="status" aria-busy="true">
        <span class="visually-hidden">${msg('Portaal laden…', { id: 'shell.loading' })}</span>
        <div class="card" style="max-width: 480px; margin: 0 auto" aria-hidden="true">
          <div class="skeleton line-lg" style="width: 40%"></div>
          <div class="skeleton" style="width: 80%"></div>
          <div class="skeleton block"></div>
          <div class="skeleton block"></div>
        </div>
      </div>`;
  }

  private renderBrand(config: PortalConfig): TemplateResult {
    return html`<div class="brand">
      ${config.branding.logoUrl ? html`<img class="logo" part="logo" src=${config.branding.logoUrl} alt="" />` : nothing}
      <p class="title" part="title">${config.portal.name}</p>
    </div>`;
  }

  private renderSignedOut(config: PortalConfig): TemplateResult {
    return html`<div class="bar" part="header">${this.renderBrand(config)}</div>
      <div class="start">
        <kp-sign-in
          .client=${this.client}
          .config=${config}
          .locale=${this.activeLocale}
          .link=${this.link}
          .notice=${this.signInNotice}
          ?sso=${this.identityProvider !== null}
        ></kp-sign-in>
      </div>`;
  }

  private renderSignedIn(config: PortalConfig, user: PortalUser): TemplateResult {
    const route = this.currentRoute();
    const entries = [...sections.entries()].filter(([, section]) => !section.feature || config.features[section.feature]);
    const logout = html`<button type="button" class="btn link" part="logout" @click=${() => this.logout()}>${msg('Uitloggen', { id: 'shell.logout' })}</button>`;
    const who = html`<div class="who" part="user">
      <span class="who-name">${user.name}</span>
      ${user.customer?.name && user.customer.name !== user.name ? html`<span class="who-customer">${user.customer.name}</span>` : nothing}
    </div>`;
    return html`<div class="bar" part="header">
        ${this.renderBrand(config)} ${who} <span class="wide-only">${logout}</span>
        <button
          type="button"
          class="btn secondary small menu-toggle"
          part="menu-button"
          aria-expanded=${this.menuOpen ? 'true' : 'false'}
          aria-controls="kp-nav"
          @click=${() => (this.menuOpen = !this.menuOpen)}
        >
          <span class="menu-icon" aria-hidden="true"></span> ${msg('Menu', { id: 'shell.menu' })}
        </button>
      </div>
      <div class="layout">
        <nav id="kp-nav" class="nav ${this.menuOpen ? 'open' : ''}" part="nav" aria-label=${msg('Portaal', { id: 'shell.navLabel' })} @keydown=${this.onNavKey}>
          ${config.features.requests
            ? html`<button type="button" class="btn primary block nav-new" part="new-request" @click=${() => this.navigate('requests/new')}>
                ${msg('Nieuwe aanvraag', { id: 'shell.title.newRequest' })}
              </button>`
            : nothing}
          <ul class="nav-list">
            ${entries.map(
              ([name, section]) => html`<li>
                <button
                  type="button"
                  class="nav-item"
                  part="nav-item"
                  data-view=${name}
                  aria-current=${route?.section === name && !(name === 'requests' && route.module === section.create) ? 'page' : 'false'}
                  @click=${() => this.navigate(name)}
                >
                  ${section.title()}
                </button>
              </li>`,
            )}
          </ul>
          <div class="nav-user">${who} ${logout}</div>
        </nav>
        <div
          class="content"
          part="content"
          tabindex="-1"
          @kp-view-navigate=${this.onViewNavigate}
          @kp-view-request-created=${this.onViewRequestCreated}
          @kp-view-locale=${this.onViewLocale}
          @kp-view-user=${this.onViewUser}
          @kp-view-logout=${() => this.logout()}
          @kp-view-announce=${this.onViewAnnounce}
        >
          ${route ? this.renderView(config, user, route) : this.renderNotFound()}
        </div>
      </div>`;
  }

  private renderView(config: PortalConfig, user: PortalUser, route: Route): unknown {
    return this.viewTask.render({
      pending: () => html`<div role="status" aria-busy="true">
        <span class="visually-hidden">${msg('Bezig met laden…', { id: 'shell.viewLoading' })}</span>
        <div class="skeleton line-lg" style="width: 40%" aria-hidden="true"></div>
        <div class="skeleton block" aria-hidden="true"></div>
        <div class="skeleton block" aria-hidden="true"></div>
      </div>`,
      complete: (tag) => {
        if (!tag) return nothing;
        if (this.viewElement?.localName !== tag) this.viewElement = document.createElement(tag);
        Object.assign(this.viewElement, { client: this.client, config, locale: this.activeLocale, user, params: route.params });
        return this.viewElement;
      },
      error: () => html`<div class="unavailable">
        <h2 tabindex="-1">${route.title}</h2>
        <div class="notice warning" role="alert">
          <p>${msg('Dit onderdeel is nu niet beschikbaar. Probeer het later opnieuw.', { id: 'shell.unavailable' })}</p>
          <div class="row">
            <button type="button" class="btn secondary small" part="retry" @click=${() => this.viewTask.run()}>${msg('Opnieuw proberen', { id: 'shell.retry' })}</button>
            <button type="button" class="btn link" @click=${() => this.navigate('home')}>${msg('Naar het overzicht', { id: 'shell.toHome' })}</button>
          </div>
        </div>
      </div>`,
    });
  }

  private renderNotFound(): TemplateResult {
    return html`<div class="unavailable">
      <h2 tabindex="-1">${msg('Niet gevonden', { id: 'shell.notFound.title' })}</h2>
      <p>${msg('Deze pagina bestaat niet in dit portaal.', { id: 'shell.notFound.text' })}</p>
      <button type="button" class="btn primary" @click=${() => this.navigate('home')}>${msg('Naar het overzicht', { id: 'shell.toHome' })}</button>
    </div>`;
  }

  /** Arrow keys, Home and End move between the navigation's entries; Escape closes the menu on a narrow screen. */
  private readonly onNavKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.menuOpen) {
      this.menuOpen = false;
      this.renderRoot.querySelector<HTMLElement>('.menu-toggle')?.focus();
      return;
    }
    const items = [...this.renderRoot.querySelectorAll<HTMLElement>('.nav-item')];
    const index = items.indexOf(this.shadowRoot!.activeElement as HTMLElement);
    if (index < 0) return;
    const next = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: items.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    items[(next + items.length) % items.length]?.focus();
  };
}
