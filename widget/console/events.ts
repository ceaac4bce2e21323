// What a console view tells the shell around it: bubbling, composed events the shell stops and acts on.
import type { Locale, StaffSession } from './api/types.js';

export interface ConsoleEventDetails {
  /** Someone signed in (password, code, invite), or two-step sign-in was set up where it is required. */
  'kp-console-signed-in': { session: StaffSession };
  /** Another view, by its path: `inbox`, `requests/req_1`, `account`. */
  'kp-console-navigate': { path: string };
  /** Words for the shell's live region, for screen-reader users. */
  'kp-console-announce': { message: string };
  /** The signed-in staff member changed (name, language, two-step sign-in). */
  'kp-console-session': { session: StaffSession };
  /** The staff member chose another language. */
  'kp-console-locale': { locale: Locale };
  /** The session ended by the staff member's own doing (a new password): sign in again, with this notice. */
  'kp-console-signed-out': { notice: string };
  /** Recovery codes are on screen: a session that ends meanwhile must not take them away before they are saved. */
  'kp-console-hold': { hold: boolean };
}

export type ConsoleEvent<K extends keyof ConsoleEventDetails> = CustomEvent<ConsoleEventDetails[K]>;

export function consoleEvent<K extends keyof ConsoleEventDetails>(type: K, detail: ConsoleEventDetails[K]): ConsoleEvent<K> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true });
}
