// The address bar as the place a view is named, for the portal's router and the console's: the view after a prefix in
// the hash (`#kp/invoices`, `#/inbox`), and a listener for Back, Forward and an edited address while the host is on the
// page. Each router writes its own history entries: the portal's carry its view in their state, the console's do not.
import type { ReactiveControllerHost } from 'lit';

/**
 * Calls `onChange` when Back, Forward or an edited address changes the address while `host` is connected, unless
 * `claimAddress` took it first (a sign-in link in the hash is the host's, not a view).
 */
export function listenToAddress(host: ReactiveControllerHost, claimAddress: () => boolean, onChange: (event: PopStateEvent | HashChangeEvent) => void): void {
  const heard = (event: PopStateEvent | HashChangeEvent) => {
    if (!claimAddress()) onChange(event);
  };
  host.addController({
    hostConnected() {
      window.addEventListener('popstate', heard);
      window.addEventListener('hashchange', heard);
    },
    hostDisconnected() {
      window.removeEventListener('popstate', heard);
      window.removeEventListener('hashchange', heard);
    },
  });
}

/** The view the hash names after `prefix`, decoded; null when it names none (another hash, or a mangled one). */
export function viewInHash(prefix: string): string | null {
  const { hash } = location;
  if (!hash.startsWith(prefix)) return null;
  try {
    return decodeURI(hash.slice(prefix.length));
  } catch {
    return null;
  }
}
