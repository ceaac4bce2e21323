// The public types of <klant-portaal>, for pages and frameworks that embed it. No dependencies: copy them with the
// widget (the build puts them in dist/widget/), or fetch them from the server at /widget/klantportaal.d.ts.

/** The portal's languages. */
export type KlantPortaalLocale = 'nl' | 'en';

/** The signed-in customer contact, as kp-login tells it. */
export interface KlantPortaalUser {
  id: string;
  email: string;
  name: string;
  role: 'admin' | 'member';
  locale: KlantPortaalLocale;
  customer: { id: string; name: string };
}

/** Codes of kp-error; other codes of the API's error shape may come too. */
export type KlantPortaalErrorCode =
  | 'network'
  | 'origin_not_allowed'
  | 'not_found'
  | 'feature_disabled'
  | 'rate_limited'
  | 'view_unavailable'
  | 'internal'
  | (string & {});

/** The `detail` of each event the element sends; all bubble and cross the shadow boundary. */
export interface KlantPortaalEventDetails {
  /** The portal is loaded and it is known whether someone is signed in. */
  'kp-ready': { signedIn: boolean };
  /** Someone signed in, or a session was restored after a reload (`restored`). */
  'kp-login': { user: KlantPortaalUser; restored: boolean };
  /** The session ended: the customer signed out, or it expired or was revoked. */
  'kp-logout': { reason: 'logout' | 'expired' };
  /** The customer submitted a request. */
  'kp-request-created': { id: string; reference: string };
  /** The portal shows another view. */
  'kp-navigate': { view: string };
  /** Something failed that the page may want to know about. `origin_not_allowed`: add the page's origin to the portal's allowed websites. */
  'kp-error': { code: KlantPortaalErrorCode; message: string };
}

export type KlantPortaalEventMap = { [K in keyof KlantPortaalEventDetails]: CustomEvent<KlantPortaalEventDetails[K]> };

/** Signs the customer in through the business's own site: answers a signed identity token, or null (or undefined) when nobody is signed in there. */
export type KlantPortaalIdentityProvider = () => Promise<string | null | undefined>;

/** The element. Attributes: `portal`, `api-base`, `locale`, `view`, `sync-url`. */
export interface KlantPortaalElement extends HTMLElement {
  /** The portal's slug (attribute `portal`). Required. */
  portal: string;
  /** The server's address (attribute `api-base`); defaults to the server the script was loaded from. */
  apiBase: string;
  /** `nl` or `en` (attribute `locale`); defaults to the customer's choice, the portal's language, the page's. */
  locale: string | null;
  /** The view shown first (attribute `view`), such as `home`, `requests` or `new-request`. */
  view: string;
  /** Keeps the shown view in the page's address (attribute `sync-url`). */
  syncUrl: boolean;
  /** Single sign-on through the business's site: set as a property. */
  identityProvider: KlantPortaalIdentityProvider | null;
  /** Opens a view, e.g. `requests/new` from the site's own "report a fault" button. */
  navigate(view: string): void;
  /** Signs out here and on the server. */
  logout(): Promise<void>;
  addEventListener<K extends keyof KlantPortaalEventMap>(
    type: K,
    listener: (this: KlantPortaalElement, event: KlantPortaalEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: KlantPortaalElement, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof KlantPortaalEventMap>(
    type: K,
    listener: (this: KlantPortaalElement, event: KlantPortaalEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: KlantPortaalElement, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}
