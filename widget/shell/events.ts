// The events of the portal: what <klant-portaal> tells the page, and what a view tells the shell around it.
import type { PortalUser } from '../api/client.js';
import type { Locale } from '../i18n/localization.js';

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

/** A view talks to the shell with these; the shell stops each one and acts on it. */
export interface ViewEventDetails {
  /** The customer asked for another view. */
  'kp-view-navigate': { view: string };
  /** The business has the customer's new request. */
  'kp-view-request-created': { id: string; reference: string };
  /** Words for the shell's live region, for screen-reader users. */
  'kp-view-announce': { message: string };
  /** The signed-in contact changed (name, phone, language). */
  'kp-view-user': { user: PortalUser };
  /** The customer chose another language. */
  'kp-view-locale': { locale: Locale };
  /** The customer pressed "sign out". */
  'kp-view-logout': null;
}

export type ViewEvent<K extends keyof ViewEventDetails> = CustomEvent<ViewEventDetails[K]>;

declare global {
  interface HTMLElementEventMap {
    'kp-ready': PortalEvent<'kp-ready'>;
    'kp-login': PortalEvent<'kp-login'>;
    'kp-logout': PortalEvent<'kp-logout'>;
    'kp-request-created': PortalEvent<'kp-request-created'>;
    'kp-navigate': PortalEvent<'kp-navigate'>;
    'kp-error': PortalEvent<'kp-error'>;
    'kp-view-navigate': ViewEvent<'kp-view-navigate'>;
    'kp-view-request-created': ViewEvent<'kp-view-request-created'>;
    'kp-view-announce': ViewEvent<'kp-view-announce'>;
    'kp-view-user': ViewEvent<'kp-view-user'>;
    'kp-view-locale': ViewEvent<'kp-view-locale'>;
    'kp-view-logout': ViewEvent<'kp-view-logout'>;
  }
}

/** Every event bubbles and crosses shadow roots, so the page (or the shell) can listen anywhere above its source. */
export function composedEvent<K extends keyof PortalEventDetails>(type: K, detail: PortalEventDetails[K]): PortalEvent<K>;
export function composedEvent<K extends keyof ViewEventDetails>(type: K, detail: ViewEventDetails[K]): ViewEvent<K>;
export function composedEvent(type: string, detail: unknown): CustomEvent {
  return new CustomEvent(type, { detail, bubbles: true, composed: true });
}
