// The root element: the portal's configuration, the session, the language, and the frame around the current view.
import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { PortalApiError, PortalClient, defaultApiBase, type IdentityProvider, type PortalConfig, type PortalUser, type SessionChangeEvent } from './api/client.js';
import { describeError } from './api/sign-in-errors.js';
import { takeAuthLink, type AuthLink } from './auth/links.js';
import './auth/sign-in.js';
import type { SignInElement } from './auth/sign-in.js';
import { getLocale, pickLocale, setLocale, type Locale } from './i18n/localization.js';
import { composedEvent, type PortalEventDetails } from './shell/events.js';
import { RouterController, normaliseView } from './shell/router-controller.js';
import type { ViewArea, ViewAreaSteps } from './shell/view-area.js';
import { brandDeclarations } from './styles/brand.js';
import { coreStyles, tokens } from './styles/core.js';
import { shellStyles } from './styles/shell.js';

type Phase = 'starting' | 'signed-out' | 'signed-in';

const frameChunk = () => import('./shell/signed-in-frame.js');

/**
 * @summary The customer portal of one business, embedded in the business's own page.
 * @tagname klant-portaal
 *
 * @fires {CustomEvent<{ signedIn: boolean }>} kp-ready - The portal is loaded and knows whether someone is signed in.
 * @fires {CustomEvent<{ user: KlantPortaalUser; restored: boolean }>} kp-login - Someone signed in, or the session came back after a reload.
 * @fires {CustomEvent<{ reason: 'logout' | 'expired' }>} kp-logout - The session ended.
 * @fires {CustomEvent<{ id: string; reference: string }>} kp-request-created - The customer submitted a request.
 * @fires {CustomEvent<{ view: string }>} kp-navigate - The portal shows another view.
 * @fires {CustomEvent<{ code: KlantPortaalErrorCode; message: string }>} kp-error - The portal or a view could not be loaded; `origin_not_allowed`: the page's origin is not among the portal's allowed websites.
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
 * @csspart error - The message shown when the portal could not be loaded.
 * @csspart retry - Its "try again" button.
 *
 * @cssproperty [--kp-color-primary=#0b5cad] - Brand colour; defaults to the portal's branding.
 * @cssproperty [--kp-color-on-primary=#ffffff] - Text on the brand colour.
 * @cssproperty [--kp-color-primary-text=#0b5cad] - The brand colour as text on white (links, the current navigation entry).
 * @cssproperty [--kp-color-text=#1d2433] - Body text.
 * @cssproperty [--kp-color-muted=#545d6e] - Secondary text.
 * @cssproperty [--kp-color-border=#d9dde5] - Lines around cards and lists.
 * @cssproperty [--kp-color-border-strong=#7c8595] - Borders of inputs.
 * @cssproperty [--kp-color-surface=#ffffff] - Background of cards and the portal.
 * @cssproperty [--kp-color-surface-alt=#f4f6f9] - Background of the navigation and quiet areas.
 * @cssproperty [--kp-color-focus=#0b5cad] - The focus ring.
 * @cssproperty [--kp-color-danger=#b42318] - Errors.
 * @cssproperty [--kp-color-danger-surface=#fef3f2] - Background of error messages.
 * @cssproperty [--kp-color-success=#067647] - Confirmations.
 * @cssproperty [--kp-color-success-surface=#ecfdf3] - Background of confirmations.
 * @cssproperty [--kp-color-warning=#8a5a00] - Warnings.
 * @cssproperty [--kp-color-warning-surface=#fffaeb] - Background of warnings.
 * @cssproperty [--kp-font-family=inherit] - Font of all text; defaults to the host page's font.
 * @cssproperty [--kp-font-size-sm=14px] - Small text.
 * @cssproperty [--kp-font-size-md=16px] - Body text.
 * @cssproperty [--kp-font-size-lg=18px] - Sub-headings.
 * @cssproperty [--kp-font-size-xl=22px] - Headings.
 * @cssproperty [--kp-font-size-xxl=28px] - The largest headings.
 * @cssproperty [--kp-line-height=1.5] - Line height of text.
 * @cssproperty [--kp-radius-sm=4px] - Corner radius of small things (badges, chips).
 * @cssproperty [--kp-radius=8px] - Corner radius of controls.
 * @cssproperty [--kp-radius-lg=12px] - Corner radius of cards and the portal.
 * @cssproperty [--kp-space-1=4px] - Spacing, smallest step.
 * @cssproperty [--kp-space-2=8px] - Spacing, step 2.
 * @cssproperty [--kp-space-3=12px] - Spacing, step 3.
 * @cssproperty [--kp-space-4=16px] - The base spacing.
 * @cssproperty [--kp-space-5=24px] - Spacing, step 5.
 * @cssproperty [--kp-space-6=32px] - Spacing, largest step.
 * @cssproperty [--kp-control-height=44px] - Height of buttons and inputs (at least 44px to tap).
 * @cssproperty [--kp-shadow=0 1px 2px rgba(16, 24, 40, 0.06), 0 1px 3px rgba(16, 24, 40, 0.1)] - Shadow of cards.
 */
export class PortalElement extends LitElement {
  static override styles = [tokens, coreStyles, shellStyles];

  // Declared statically rather than with decorators, like the sign-in's (auth/sign-in.ts): the entry carries this
  // element, and the decorators' code would ride along for it alone. The inner state also says `attribute: false`,
  // which Lit implies, so the custom elements manifest does not list it among the attributes.
  static override properties: PropertyDeclarations = {
    portal: { reflect: true },
    apiBase: { attribute: 'api-base' },
    locale: {},
    view: {},
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    identityProvider: { attribute: false },
    previewToken: { attribute: false },
    configOverride: { attribute: false },
    phase: { state: true, attribute: false },
    user: { state: true, attribute: false },
    menuOpen: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    signInNotice: { state: true, attribute: false },
    activeLocale: { state: true, attribute: false },
    chosenLocale: { state: true, attribute: false },
    link: { state: true, attribute: false },
  };

  /** The portal's slug, as the business got it (`<klant-portaal portal="jansen">`). */
  portal = '';

  /** Where the portal API lives; defaults to the origin this script was loaded from. */
  apiBase = defaultApiBase(import.meta.url);

  /** `nl` or `en`; without it the customer's own choice, then the portal's language, then the page's. */
  locale: string | null = null;

  /** The view to start in (`home`, `requests/new`, `invoices`, …). */
  view = 'home';

  /** Mirrors the current view in the address bar (`#kp/invoices`), so Back and links to a view work. */
  syncUrl = false;

  /**
   * For single sign-on: an async function of the page that answers a fresh identity token for its signed-in user
   * (or null). The portal calls it when it has no session of its own.
   */
  identityProvider: IdentityProvider | null = null;

  /**
   * "View as this customer" in the business's console: a read-only preview token (POST /api/v1/admin/preview-token)
   * the portal reads with instead of a sign-in. Set it before the element is added to the page.
   */
  previewToken: { accessToken: string; expiresIn: number } | null = null;

  /**
   * Settings not saved yet, drawn in place of the portal's own: the business's console previews its form with it.
   * A business's page leaves it null.
   */
  configOverride: PortalConfig | null = null;

  private phase: Phase = 'starting';
  private user: PortalUser | null = null;
  private menuOpen = false;
  private announcement = '';
  private signInNotice = '';
  private activeLocale: Locale = 'nl';
  /** The language the customer picked in this page's life; it outranks every default. */
  private chosenLocale: Locale | null = null;

  private client!: PortalClient;
  private stopListening: (() => void) | null = null;
  private link: AuthLink | null = null;
  private focusAfterRender = false;
  private readonly brandSheet = new CSSStyleSheet();
  /** The signed-in frame (shell/signed-in-frame.ts), once fetched, and the view area it brought. */
  private frame: typeof import('./shell/signed-in-frame.js') | undefined;
  private views: ViewArea | undefined;
  private frameLoading: Promise<void> | undefined;

  private readonly router = new RouterController(this, {
    // A sign-in link opened in a tab that already shows the page arrives as a hash change, not a page load.
    claimAddress: () => {
      const link = takeAuthLink();
      if (link && this.phase !== 'signed-in') this.link = link;
      return link !== null;
    },
    onAddressView: (view) => this.show(view, true),
  });

  private readonly startTask = new Task(this, {
    task: async ([client], { signal }) => {
      const preview = this.previewToken;
      // Fetched beside the session's restore, so a returning customer waits for neither one after the other.
      const framing = this.loadFrame();
      const restoring = preview
        ? client.startPreview(preview.accessToken, preview.expiresIn)
        : this.link
          ? Promise.resolve(null)
          : client.restore().catch(() => null);
      const config = this.configOverride ?? (await client.getConfig(signal));
      this.brandSheet.replaceSync(`:host { ${brandDeclarations(config.branding.primaryColor)} }`);
      client.identityProvider = config.auth.sso && !preview ? this.identityProvider : null;
      let user = await restoring;
      if (!user && !this.link && client.identityProvider) user = await client.signInWithIdentityProvider().catch(() => null);
      if (user) await framing;
      await this.applyLocale(config, user);
      if (!user) this.phase = 'signed-out';
      return config;
    },
    args: () => [this.client] as const,
    onComplete: () => this.emit('kp-ready', { signedIn: this.phase === 'signed-in' }),
    onError: (error) => {
      const code = error instanceof PortalApiError ? error.code : 'internal';
      if (code === 'origin_not_allowed') {
        console.warn(
          `Klantportaal: portal "${this.portal}" does not answer pages of ${location.origin}. Add ${location.origin} to its allowedOrigins: in the console under Instellingen → Toegestane websites, or with PUT /api/v1/admin/portals/${this.portal}.`,
        );
      }
      this.emit('kp-error', { code, message: describeError(error) });
    },
  });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Read at once, before anything else runs, and gone from the address bar from here on.
    this.link ??= takeAuthLink();
  }

  protected override createRenderRoot() {
    const root = super.createRenderRoot() as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.brandSheet];
    this.adoptFrameStyles(root);
    return root;
  }

  private adoptFrameStyles(root = this.shadowRoot): void {
    const sheet = this.frame?.frameStyles.styleSheet;
    if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) this.router.start(this.view);
    else if (changed.has('view') && changed.get('view') !== undefined) {
      this.navigate(this.view);
    }
    if (changed.has('apiBase') || changed.has('portal')) {
      this.stopListening?.();
      this.phase = 'starting';
      this.user = null;
      this.views?.forget();
      this.client = new PortalClient(this.apiBase, this.portal);
      this.stopListening = this.client.onSessionChange(this.onSessionChange);
    }
    if (changed.has('identityProvider') && this.startTask.value) {
      this.client.identityProvider = this.startTask.value.auth.sso ? this.identityProvider : null;
    }
    if (changed.has('locale') && this.hasUpdated && this.startTask.value) void this.applyLocale(this.startTask.value, this.user);
    const shown = this.configOverride ?? this.startTask.value;
    if (changed.has('configOverride') && shown) this.brandSheet.replaceSync(`:host { ${brandDeclarations(shown.branding.primaryColor)} }`);
  }

  override updated(): void {
    if (this.focusAfterRender && this.phase === 'signed-in' && this.views?.focus(this.renderRoot, this.router.route(this.startTask.value))) this.focusAfterRender = false;
  }

  /** Shows a view: `home`, `requests`, `requests/new?objectId=…`, `invoices/{id}`, `account`, …. */
  navigate(view: string): void {
    this.show(normaliseView(view));
  }

  /** Signs the customer out, here and on the server. */
  async logout(): Promise<void> {
    await this.client.logout();
  }

  /** The view currently shown (or asked for, while signing in). */
  get currentView(): string {
    return this.router.view;
  }

  // ── Navigation ────────────────────────────────────────────────────────────────────────────────────────────────

  private show(view: string, fromAddress?: boolean): void {
    this.menuOpen = false;
    if (view === this.router.view && this.phase === 'signed-in') return;
    this.router.go(view, fromAddress);
    this.focusAfterRender = true;
    // Without the frame (its chunk still on the way) there is no table of views yet, and no view to name.
    if (this.phase === 'signed-in' && this.frame) this.announce(this.router.route(this.startTask.value)?.title ?? msg('Niet gevonden', { id: 'shell.notFound.title' }));
    this.emit('kp-navigate', { view });
  }

  /** Fetches the signed-in frame once; a failed fetch is tried again at the next sign-in or draw. */
  private loadFrame(): Promise<void> {
    this.frameLoading ??= frameChunk().then(
      (frame) => {
        this.frame = frame;
        this.router.resolve = frame.resolveView;
        this.views = new frame.ViewArea(this, this.viewSteps);
        this.adoptFrameStyles();
        this.requestUpdate();
      },
      () => {
        this.frameLoading = undefined;
      },
    );
    return this.frameLoading;
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
    this.views?.forget();
    const expired = cause === 'expired';
    this.signInNotice = expired
      ? msg('U bent automatisch uitgelogd. Log opnieuw in om verder te gaan.', { id: 'shell.sessionExpired' })
      : msg('U bent uitgelogd.', { id: 'shell.signedOut' });
    this.announce(this.signInNotice);
    if (!expired) this.router.reset(this.view);
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

  // ── Events from the views ─────────────────────────────────────────────────────────────────────────────────────
  // A view gets `client`, `config`, `locale` and `user`, and the inputs its route names (shell/views.ts); it talks
  // back with the bubbling, composed events of ViewEventDetails (shell/events.ts), which the view area (shell/view-area.ts)
  // turns into these steps.

  private readonly viewSteps: ViewAreaSteps = {
    route: () => (this.phase === 'signed-in' ? this.router.route(this.configOverride ?? this.startTask.value) : null),
    navigate: (view) => this.navigate(view),
    announce: (message) => this.announce(message),
    emit: (type, detail) => this.emit(type, detail),
    changeUser: (user) => (this.user = user),
    chooseLocale: (locale) => {
      this.chosenLocale = locale;
      if (this.startTask.value) void this.applyLocale(this.startTask.value, this.user);
    },
  };

  private emit<K extends keyof PortalEventDetails>(type: K, detail: PortalEventDetails[K]): void {
    this.dispatchEvent(composedEvent(type, detail));
  }

  /** Says something to screen-reader users; the same words twice in a row are said twice. */
  private announce(message: string): void {
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = message));
  }

  // ── Drawing ───────────────────────────────────────────────────────────────────────────────────────────────────

  override render() {
    if (!this.portal) return nothing;
    return html`<section class="frame ${this.startTask.status === TaskStatus.PENDING || this.startTask.status === TaskStatus.INITIAL ? 'starting' : ''}" part="frame" lang=${this.activeLocale} aria-label=${this.startTask.value?.portal.name ?? msg('Klantportaal', { id: 'shell.portal' })}>
      ${this.startTask.render({
        pending: () => this.renderStarting(),
        complete: (fetched) => {
          const config = this.configOverride ?? fetched;
          return this.phase === 'signed-in' && this.user ? this.renderSignedIn(config, this.user) : this.renderSignedOut(config);
        },
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
    return html`<div class="bar" part="header" aria-hidden="true"><div class="skeleton brand-placeholder"></div></div>
      <div class="start" role="status" aria-busy="true">
        <span class="visually-hidden">${msg('Portaal laden…', { id: 'shell.loading' })}</span>
        <div class="card start-placeholder" aria-hidden="true">
          <div class="skeleton line-lg w-40"></div>
          <div class="skeleton w-80"></div>
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
    if (!this.frame || !this.views) {
      void this.loadFrame();
      return this.renderStarting();
    }
    const route = this.router.route(this.startTask.value);
    return this.frame.renderSignedInFrame({
      config,
      user,
      route,
      brand: this.renderBrand(config),
      menuOpen: this.menuOpen,
      view: route ? this.views.render({ client: this.client, config, locale: this.activeLocale, user }, route) : nothing,
      views: this.views,
      toggleMenu: () => (this.menuOpen = !this.menuOpen),
      closeMenu: () => (this.menuOpen = false),
      navigate: (view) => this.navigate(view),
      logout: () => void this.logout(),
    });
  }
}
