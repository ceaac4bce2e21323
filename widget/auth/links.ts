// The one-time links of sign-in mails: `#kp-invite=`, `#kp-magic=`, `#kp-reset=` on the business's portal page.

export type AuthLinkKind = 'invite' | 'magic' | 'reset';

export interface AuthLink {
  kind: AuthLinkKind;
  token: string;
}

const fragment = /^#kp-(invite|magic|reset)=(.*)$/;

/**
 * Reads a sign-in link from the address bar and removes it at once, so the token is neither left in the history, nor
 * copied along with the address, nor sent on as a referrer. The token is only held in memory from here on.
 */
export function takeAuthLink(): AuthLink | null {
  const match = fragment.exec(window.location.hash);
  if (!match) return null;
  history.replaceState(history.state, '', window.location.pathname + window.location.search);
  let token: string;
  try {
    token = decodeURIComponent(match[2]!).trim();
  } catch {
    token = '';
  }
  // A mangled token still gets its screen: the server then says the link does not work, which the customer can act on.
  return { kind: match[1] as AuthLinkKind, token: token.slice(0, 1024) };
}
