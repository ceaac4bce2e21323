import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { focusHeading } from '../components/focus-heading.js';
import { errorBlock } from '../components/states.js';
import { getLocale, pickLocale, setLocale } from '../i18n/localization.js';
import { loadView } from '../shell/load-view.js';
import { viewLinkClick } from '../shell/view-frame.js';
import { shared, tokens } from '../styles/theme.js';
import { listPortals } from './api/admin.js';
import { ConsoleClient, type SessionEndEvent } from './api/console-client.js';
import type { AdminPortal, Locale, StaffSession } from './api/types.js';
import './auth/staff-sign-in.js';
import type { StaffSignIn } from './auth/staff-sign-in.js';
import { takeStaffLink, type StaffLink } from './auth/staff-links.js';
import type { ConsoleEvent } from './events.js';
import { useConsoleEnglish } from './i18n/texts.js';
import { InboxCounter } from './live/inbox-counter.js';
import { WaitingBookings } from './api/waiting-bookings.js';
import { LiveUpdates } from './live/live-updates.js';
import { SeenRequests } from './live/seen-requests.js';
import type { ConsoleView } from './views/console-view.js';
import { ConsoleRouter, consoleViews, homePath, resolvePath, type ConsoleRoute } from './router.js';
import { consoleShellStyles } from './styles/console.js';

useConsoleEnglish();

type Phase = 'starting' | 'signed-out' | 'signed-in';

const localeKey = 'kp-console.locale';

function storedLocale(): string | null {
  try {
    return window.localStorage.getItem(localeKey);
  } catch {
    return null;
  }
}

function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(localeKey, locale);
  } catch {
    // Then the choice lasts as long as the page; the server keeps it for a signed-in person anyway.
  }
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase())
    .filter((letter) => /\p{Lu}/u.test(letter))
    .slice(0, 2)
    .join('') || '?';

/**
 * @summary The business console: staff sign in, then handle the requests of every portal in one inbox.
 * @tagname kp-console
 *
 * @csspart bar - The top bar with the business, the navigation and the account menu.
 * @csspart nav - The navigation.
 * @csspart nav-item - One entry of the navigation; the current one has `aria-current="page"`.
 * @csspart account-button - The button that opens the account menu.
 * @csspart account-panel - The account menu: name, language, sign out.
 * @csspart content - The area the current view is shown in.
 * @csspart announcer - The screen-reader live region.
 *
 * @cssproperty --kp-color-primary - Brand colour of the bar, buttons and markers.
 * @cssproperty --kp-font-family - Font of all text; defaults to the system's.
 */
export class ConsoleElement extends LitElement {
  static override styles = [tokens, shared, consoleShellStyles];

  @state() private phase: Phase = 'starting';
  @state() private session: StaffSession | null = null;
  @state() private locale: Locale = 'nl';
  @state() private link: StaffLink | null = null;
  @state() private signInNotice = '';
  @state() private accountOpen = false;
  @state() private announcement = '';

  private readonly client = new ConsoleClient();
  private readonly live = new LiveUpdates(this.client.url('/admin/events'));
  private seen: SeenRequests | null = null;
  private counter: InboxCounter | null = null;
  private waitingBookings: WaitingBookings | null = null;
  /** One element per view, kept while signed in: back in the inbox, its list and filters are as they were. */
  private readonly viewElements = new Map<string, HTMLElement>();
  private viewElement: HTMLElement | null = null;
  private focusAfterRender = false;
  /** Recovery codes are on screen: an ended session waits until they are put away. */
  private holding = false;
  private endedWhileHolding = false;

  private readonly router = new ConsoleRouter(this, {
    claimAddress: () => {
      const link = takeStaffLink();
      if (!link) return false;
      if (this.phase === 'signed-in') this.announce(msg('Log eerst uit om deze link te gebruiken.', { id: 'console.linkWhileSignedIn' }));
      else this.link = link;
      return true;
    },
  });

  private readonly startTask = new Task(this, {
    task: async (_args, { signal }) => {
      const session = this.link ? null : await this.client.me(signal);
      // The language picked in this browser outranks the one kept with the account, which outranks the browser's.
      await this.applyLocale(pickLocale(storedLocale(), session?.staff.locale, navigator.language));
      if (session) this.enter(session, false);
      else this.phase = 'signed-out';
      return session;
    },
    args: () => [] as const,
  });

  private readonly portalsTask = new Task(this, {
    task: async ([tenantId], { signal }): Promise<AdminPortal[]> => {
      if (!tenantId) return [];
      // A role that may not read the portals' settings still works in the inbox, with slugs and work type ids.
      return (await listPortals(this.client, signal).catch(() => null))?.items ?? [];
    },
    args: () => [this.session?.tenant.id] as const,
  });

  private readonly viewTask = new Task(this, {
    task: ([route]) => (route ? loadView(route.view) : null),
    args: () => [this.phase === 'signed-in' ? this.currentRoute() : null] as const,
    argsEqual: ([a], [b]) => a?.view.tag === b?.view.tag,
  });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Read at once, before anything else runs, and gone from the address bar from here on.
    this.link ??= takeStaffLink();
    this.router.start();
    this.client.addEventListener('sessionend', this.onSessionEnd);
    window.addEventListener('beforeunload', this.onBeforeUnload);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.client.removeEventListener('sessionend', this.onSessionEnd);
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    this.live.stop();
    this.counter?.stop();
    this.waitingBookings?.stop();
  }

  protected override updated(changed: PropertyValues): void {
    document.title = this.documentTitle();
    this.showCurrentSection();
    if (this.focusAfterRender && this.viewElement && this.viewTask.status === TaskStatus.COMPLETE) {
      this.focusAfterRender = false;
      void focusHeading(this.viewElement, this.renderRoot.querySelector<HTMLElement>('main'));
    }
    if (changed.has('phase') && changed.get('phase') !== undefined && this.phase === 'signed-out') {
      void this.updateComplete.then(() => this.renderRoot.querySelector<StaffSignIn>('kp-staff-sign-in')?.focusHeading());
    }
  }

  // ── Session ───────────────────────────────────────────────────────────────────────────────────────────────────

  /** Two-step sign-in must be set up before anything else when the business requires it. */
  private get needsTwoStep(): boolean {
    return this.session?.totpSetupRequired === true;
  }

  private enter(session: StaffSession, byPerson: boolean): void {
    const first = this.session?.staff.id !== session.staff.id || this.session?.tenant.id !== session.tenant.id;
    this.session = session;
    this.phase = 'signed-in';
    this.link = null;
    this.signInNotice = '';
    if (first) {
      this.seen = new SeenRequests(`kp-console.seen.${session.tenant.id}.${session.staff.id}`);
      this.counter?.dispose();
      this.counter = new InboxCounter(this, this.client, this.live, this.seen);
      this.waitingBookings?.dispose();
      this.waitingBookings = new WaitingBookings(this, this.client, this.live);
    }
    if (this.needsTwoStep) {
      this.router.go('two-step', 'replace');
    } else {
      if (this.router.path === 'two-step' || !this.router.path) this.router.go(homePath(session.staff.role), 'replace');
      this.live.start();
      this.counter!.start();
      this.waitingBookings!.start();
    }
    if (byPerson) {
      this.focusAfterRender = true;
      this.announce(msg(str`U bent ingelogd als ${session.staff.name}.`, { id: 'console.signedIn' }));
    }
    void this.applyLocale(pickLocale(storedLocale(), session.staff.locale, navigator.language));
  }

  private leave(notice: string): void {
    this.live.stop();
    this.counter?.dispose();
    this.counter = null;
    this.waitingBookings?.dispose();
    this.waitingBookings = null;
    this.seen = null;
    this.session = null;
    this.viewElement = null;
    this.viewElements.clear();
    this.accountOpen = false;
    this.phase = 'signed-out';
    this.signInNotice = notice;
    this.announce(notice);
  }

  private readonly onSessionEnd = (event: Event) => {
    const { cause } = (event as SessionEndEvent).detail;
    if (this.phase !== 'signed-in' || !this.session) return;
    if (cause === 'totp-required') {
      this.session = { ...this.session, totpSetupRequired: true };
      this.enter(this.session, false);
      return;
    }
    if (this.holding) {
      this.endedWhileHolding = true;
      return;
    }
    this.leave(msg('U bent automatisch uitgelogd. Log opnieuw in om verder te gaan.', { id: 'console.sessionExpired' }));
  };

  private async logout(): Promise<void> {
    await this.client.logout();
    // Whoever signs in next here starts at their own home, not in the view the last person left open.
    this.router.go('', 'replace');
    this.leave(msg('U bent uitgelogd.', { id: 'console.signedOut' }));
  }

  private async applyLocale(locale: Locale): Promise<void> {
    this.client.locale = locale;
    if (getLocale() !== locale) {
      try {
        await setLocale(locale);
      } catch {
        // The English texts could not be fetched: the console stays usable in Dutch.
        return;
      }
    }
    this.locale = locale;
    document.documentElement.lang = locale;
  }

  private async chooseLocale(locale: Locale): Promise<void> {
    storeLocale(locale);
    await this.applyLocale(locale);
    if (!this.session || this.session.staff.locale === locale) return;
    this.session = { ...this.session, staff: { ...this.session.staff, locale } };
    // Kept on the server too, so mails and the next sign-in use it; the choice here stands even when that fails.
    await this.client.updateMe({ locale }).catch(() => undefined);
  }

  // ── Views ─────────────────────────────────────────────────────────────────────────────────────────────────────

  private currentRoute(): ConsoleRoute | null {
    if (this.needsTwoStep) return { path: 'two-step', view: consoleViews.find((view) => view.name === 'two-step')!, params: {} };
    const route = this.router.path ? this.router.route : resolvePath(homePath(this.session?.staff.role ?? 'staff'));
    return route?.view.adminOnly && !this.isAdmin ? null : route;
  }

  private get isAdmin(): boolean {
    return this.session?.staff.role === 'admin';
  }

  private shownSection = '';

  /**
   * On a narrow screen the navigation scrolls sideways: the current section is brought into sight when it changes,
   * or when the entries change width (the inbox's count arriving), never while the person scrolls it.
   */
  private showCurrentSection(): void {
    const nav = this.renderRoot.querySelector<HTMLElement>('.nav');
    const current = nav?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!nav || !current) return;
    const shown = `${current.getAttribute('href')} ${nav.scrollWidth}`;
    if (shown === this.shownSection) return;
    this.shownSection = shown;
    const bar = nav.getBoundingClientRect();
    const item = current.getBoundingClientRect();
    if (item.left < bar.left || item.right > bar.right) nav.scrollLeft += item.left - bar.left - (bar.width - item.width) / 2;
  }

  private navigate(path: string): void {
    this.accountOpen = false;
    if (this.needsTwoStep) return;
    void this.leaveView().then((may) => {
      if (!may) return;
      this.router.go(path);
      this.focusAfterRender = true;
    });
  }

  /** Whether the open view lets the staff member go (a form with unsaved changes asks first). */
  private async leaveView(): Promise<boolean> {
    const view = this.viewElement as ConsoleView | null;
    return !view?.canLeave || (await view.canLeave());
  }

  private readonly onBeforeUnload = (event: BeforeUnloadEvent) => {
    if ((this.viewElement as ConsoleView | null)?.hasUnsavedChanges?.()) event.preventDefault();
  };

  private documentTitle(): string {
    const product = msg('Klantportaal console', { id: 'console.product' });
    if (this.phase !== 'signed-in' || !this.session) return product;
    const count = this.counter?.count ?? 0;
    const title = this.currentRoute()?.view.title() ?? msg('Niet gevonden', { id: 'console.notFound.title' });
    return `${count ? `(${count}) ` : ''}${title} · ${this.session.tenant.name}`;
  }

  /** Says something to screen-reader users; the same words twice in a row are said twice. */
  private announce(message: string): void {
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = message));
  }

  // ── Events from the views ─────────────────────────────────────────────────────────────────────────────────────

  private readonly onSignedIn = (event: ConsoleEvent<'kp-console-signed-in'>) => {
    event.stopPropagation();
    this.enter(event.detail.session, true);
  };

  private readonly onViewNavigate = (event: ConsoleEvent<'kp-console-navigate'>) => {
    event.stopPropagation();
    this.navigate(event.detail.path);
  };

  private readonly onViewAnnounce = (event: ConsoleEvent<'kp-console-announce'>) => {
    event.stopPropagation();
    this.announce(event.detail.message);
  };

  private readonly onViewSession = (event: ConsoleEvent<'kp-console-session'>) => {
    event.stopPropagation();
    const wasRequired = this.needsTwoStep;
    this.enter(event.detail.session, false);
    if (wasRequired && !this.needsTwoStep) this.focusAfterRender = true;
  };

  private readonly onViewLocale = (event: ConsoleEvent<'kp-console-locale'>) => {
    event.stopPropagation();
    void this.chooseLocale(event.detail.locale);
  };

  private readonly onViewSignedOut = (event: ConsoleEvent<'kp-console-signed-out'>) => {
    event.stopPropagation();
    this.holding = false;
    this.endedWhileHolding = false;
    this.leave(event.detail.notice);
  };

  private readonly onViewHold = (event: ConsoleEvent<'kp-console-hold'>) => {
    event.stopPropagation();
    this.holding = event.detail.hold;
    if (!this.holding && this.endedWhileHolding) {
      this.endedWhileHolding = false;
      this.leave(msg('Inloggen in twee stappen staat aan. Log opnieuw in, nu met de code uit uw app.', { id: 'console.twoStepSignInAgain' }));
    }
  };

  // ── Drawing ───────────────────────────────────────────────────────────────────────────────────────────────────

  override render() {
    return html`${this.startTask.render({
        pending: () => html`<div class="start" role="status" aria-busy="true">
          <span class="visually-hidden">${msg('Console laden…', { id: 'console.loading' })}</span>
          <div class="card" aria-hidden="true">
            <div class="skeleton line-lg" style="width: 40%"></div>
            <div class="skeleton block"></div>
            <div class="skeleton block"></div>
          </div>
        </div>`,
        complete: () => (this.phase === 'signed-in' && this.session ? this.renderSignedIn(this.session) : this.renderSignedOut()),
        error: (error) => html`<div class="start">${errorBlock(error, () => void this.startTask.run(), msg('De console kon niet worden geladen.', { id: 'console.loadFailed' }))}</div>`,
      })}
      <div class="visually-hidden" part="announcer" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>`;
  }

  private renderSignedOut(): TemplateResult {
    const other: Locale = this.locale === 'nl' ? 'en' : 'nl';
    return html`<main class="start" lang=${this.locale}>
      <p class="intro-brand"><strong>Klantportaal</strong> ${msg('Console voor uw bedrijf', { id: 'console.tagline' })}</p>
      <kp-staff-sign-in .client=${this.client} .link=${this.link} .notice=${this.signInNotice} @kp-console-signed-in=${this.onSignedIn}></kp-staff-sign-in>
      <p class="language-switch">
        <button type="button" class="btn link" part="language" lang=${other} @click=${() => this.chooseLocale(other)}>${other === 'en' ? 'English' : 'Nederlands'}</button>
      </p>
    </main>`;
  }

  private renderSignedIn(session: StaffSession): TemplateResult {
    const route = this.currentRoute();
    const section = route?.view.section ?? route?.view.name;
    const count = this.counter?.count ?? 0;
    const waiting = this.waitingBookings?.count ?? 0;
    const navigation = this.needsTwoStep ? [] : consoleViews.filter((view) => view.nav && (!view.adminOnly || this.isAdmin));
    return html`<header class="bar" part="bar">
        <div class="brand">
          <p class="business">${session.tenant.name}</p>
          <span class="product">${msg('Klantportaal console', { id: 'console.product' })}</span>
        </div>
        ${navigation.length
          ? html`<nav class="nav" part="nav" aria-label=${msg('Console', { id: 'console.navLabel' })}>
              <ul class="nav-list">
                ${navigation.map(
                  (view) => html`<li>
                    <a
                      class="nav-item"
                      part="nav-item"
                      href="#/${view.name}"
                      aria-current=${section === view.name ? 'page' : 'false'}
                      @click=${viewLinkClick(() => this.navigate(view.name))}
                    >
                      ${view.title()}
                      ${view.name === 'inbox' && count
                        ? html`<span class="count"
                            ><span aria-hidden="true">${count}</span><span class="visually-hidden">${msg(str`${count} nieuw`, { id: 'console.nav.newCount' })}</span></span
                          >`
                        : nothing}
                      ${view.name === 'bookings' && waiting
                        ? html`<span class="count"
                            ><span aria-hidden="true">${waiting}</span><span class="visually-hidden">${msg(str`${waiting} wachten op antwoord`, { id: 'console.nav.waitingBookings' })}</span></span
                          >`
                        : nothing}
                    </a>
                  </li>`,
                )}
              </ul>
            </nav>`
          : nothing}
        ${this.renderAccountMenu(session)}
      </header>
      <main
        part="content"
        tabindex="-1"
        lang=${this.locale}
        @kp-console-navigate=${this.onViewNavigate}
        @kp-console-announce=${this.onViewAnnounce}
        @kp-console-session=${this.onViewSession}
        @kp-console-locale=${this.onViewLocale}
        @kp-console-signed-out=${this.onViewSignedOut}
        @kp-console-hold=${this.onViewHold}
      >
        ${route ? this.renderView(session, route) : this.renderNotFound()}
      </main>`;
  }

  private renderAccountMenu(session: StaffSession): TemplateResult {
    const close = (focusButton: boolean) => {
      this.accountOpen = false;
      if (focusButton) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.account-button')?.focus());
    };
    return html`<div
      class="account"
      @keydown=${(event: KeyboardEvent) => {
        if (event.key === 'Escape' && this.accountOpen) close(true);
      }}
      @focusout=${(event: FocusEvent) => {
        const next = event.relatedTarget as Node | null;
        if (this.accountOpen && next && !(event.currentTarget as HTMLElement).contains(next)) close(false);
      }}
    >
      <button
        type="button"
        class="btn secondary small account-button"
        part="account-button"
        aria-expanded=${this.accountOpen ? 'true' : 'false'}
        aria-controls="account-panel"
        @click=${() => (this.accountOpen = !this.accountOpen)}
      >
        <span class="initials" aria-hidden="true">${initials(session.staff.name)}</span>
        <span class="label"><span class="visually-hidden">${msg('Account van', { id: 'console.account.of' })} </span>${session.staff.name}</span>
      </button>
      <div id="account-panel" class="account-panel" part="account-panel" ?hidden=${!this.accountOpen}>
        <p class="who"><strong>${session.staff.name}</strong><span class="muted small">${session.staff.email}</span></p>
        <fieldset>
          <legend class="small">${msg('Taal', { id: 'console.account.language' })}</legend>
          <div class="choices">
            ${(['nl', 'en'] as const).map(
              (locale) => html`<label class="check"
                ><input type="radio" name="console-locale" value=${locale} .checked=${this.locale === locale} @change=${() => this.chooseLocale(locale)} />
                ${locale === 'nl' ? 'Nederlands' : 'English'}</label
              >`,
            )}
          </div>
        </fieldset>
        <div class="panel-actions">
          ${this.needsTwoStep
            ? nothing
            : html`<a
                class="btn secondary small"
                href="#/account"
                @click=${(event: MouseEvent) => {
                  event.preventDefault();
                  this.navigate('account');
                }}
                >${msg('Mijn account', { id: 'console.nav.account' })}</a
              >`}
          <button type="button" class="btn secondary small" part="logout" @click=${() => this.logout()}>${msg('Uitloggen', { id: 'console.logout' })}</button>
        </div>
      </div>
    </div>`;
  }

  private renderView(session: StaffSession, route: ConsoleRoute): unknown {
    return this.viewTask.render({
      pending: () => html`<div role="status" aria-busy="true">
        <span class="visually-hidden">${msg('Bezig met laden…', { id: 'views.state.loading' })}</span>
        <div class="skeleton line-lg" style="width: 40%" aria-hidden="true"></div>
        <div class="skeleton block" aria-hidden="true"></div>
      </div>`,
      complete: (tag) => {
        if (!tag) return nothing;
        let element = this.viewElements.get(tag);
        if (!element) this.viewElements.set(tag, (element = document.createElement(tag)));
        this.viewElement = element;
        Object.assign(this.viewElement, {
          client: this.client,
          session,
          locale: this.locale,
          live: this.live,
          seen: this.seen,
          portals: this.portalsTask.value ?? [],
          ...route.params,
        });
        return this.viewElement;
      },
      error: (error) => html`<div class="unavailable">
        <h1 tabindex="-1">${route.view.title()}</h1>
        ${errorBlock(error, () => void this.viewTask.run(), msg('Dit onderdeel kon niet worden geladen.', { id: 'console.viewFailed' }))}
      </div>`,
    });
  }

  private renderNotFound(): TemplateResult {
    return html`<div class="unavailable">
      <h1 tabindex="-1" part="heading">${msg('Niet gevonden', { id: 'console.notFound.title' })}</h1>
      <p>${msg('Deze pagina bestaat niet in de console.', { id: 'console.notFound.text' })}</p>
      <button type="button" class="btn primary" @click=${() => this.navigate('inbox')}>${msg('Naar de inbox', { id: 'console.toInbox' })}</button>
    </div>`;
  }
}
