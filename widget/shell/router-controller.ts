// Which view the portal shows, and the address bar kept in step with it when the page asks for that (`sync-url`):
// Back, Forward and a link to a view opened in a new tab land on the right view. The table of views that resolves a
// view's name comes with the signed-in frame's chunk (shell/views.ts), so the sign-in screen does without it.
import type { ReactiveControllerHost } from 'lit';
import type { PortalConfig } from '../api/client.js';
import { listenToAddress, viewInHash } from './address-bar.js';
import type { resolveView, Route } from './views.js';

const hashPrefix = '#kp/';

function viewInState(state: unknown): string | null {
  const view = (state as { kpView?: unknown } | null)?.kpView;
  return typeof view === 'string' ? view : null;
}

function withView(state: unknown, view: string): unknown {
  // A state the page keeps that is not a plain object is left alone: the view then lives in the hash only.
  if (state !== null && (typeof state !== 'object' || Object.getPrototypeOf(state) !== Object.prototype)) return state;
  return { ...(state as object | null), kpView: view };
}

/** `#kp/requests`, `/requests` and ` requests ` all name `requests`; nothing names `home`. */
export function normaliseView(view: string): string {
  return view.trim().replace(/^#?(kp\/)?\/*/, '') || 'home';
}

export interface RouterHost extends ReactiveControllerHost {
  /** Whether the view is mirrored in the address bar. */
  readonly syncUrl: boolean;
}

export interface RouterOptions {
  /** Asked first on every change of the address: true when the host took it as its own (a sign-in link). */
  claimAddress(): boolean;
  /** Back, Forward or an edited address named a view (normalised): the host shows it with `go(view, true)`. */
  onAddressView(view: string): void;
}

export class RouterController {
  /** The view asked for, normalised: `requests/new?objectId=obj_1`. */
  view = 'home';
  /** The table of views (shell/views.ts), once the signed-in frame's chunk has brought it. */
  resolve: typeof resolveView | null = null;

  constructor(
    private readonly host: RouterHost,
    options: RouterOptions,
  ) {
    listenToAddress(host, options.claimAddress, (event) => {
      if (!this.host.syncUrl) return;
      const view = viewInState(event instanceof PopStateEvent ? event.state : history.state) ?? viewInHash(hashPrefix);
      if (view !== null) options.onAddressView(normaliseView(view));
    });
  }

  /** The first view: the one the address names (a mail's link to `#kp/invoices/inv_1`), else `view`. */
  start(view: string): void {
    const linked = viewInHash(hashPrefix);
    // A link from a mail opens its view on any page; where views are not mirrored, the address is left as it was.
    if (linked !== null && !this.host.syncUrl) history.replaceState(history.state, '', location.pathname + location.search);
    this.view = normaliseView(linked ?? view);
  }

  /**
   * Makes a (normalised) view the current one. When the view is mirrored in the address bar, it becomes a new history
   * entry, unless it came from the address bar in the first place.
   */
  go(view: string, fromAddress?: boolean): void {
    if (this.host.syncUrl && !fromAddress) this.pushAddress(view);
    this.view = view;
    this.host.requestUpdate();
  }

  /** After signing out: the next sign-in starts at `view`, and the address bar no longer names a view. */
  reset(view: string): void {
    this.view = normaliseView(view);
    if (this.host.syncUrl && location.hash.startsWith(hashPrefix)) history.replaceState(history.state, '', location.pathname + location.search);
    this.host.requestUpdate();
  }

  /**
   * The current view in this portal: null when there is no such view, its feature is off, or the portal or the table
   * of views is not loaded yet.
   */
  route(config: PortalConfig | undefined): Route | null {
    return config && this.resolve ? this.resolve(this.view, config.features) : null;
  }

  /**
   * Each history entry the portal writes carries its view in `history.state` (`kpView`), and the entry the page was on
   * before gets it too, merged into whatever state the page keeps there: so Back returns to the right view, while an
   * entry of the page's own (an anchor link) leaves the portal where it is.
   */
  private pushAddress(view: string): void {
    const hash = `${hashPrefix}${encodeURI(view)}`;
    if (location.hash === hash) return;
    if (viewInState(history.state) === null) history.replaceState(withView(history.state, this.view), '');
    history.pushState(withView(null, view), '', location.pathname + location.search + hash);
  }
}
