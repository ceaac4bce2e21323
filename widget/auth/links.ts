// The links of the portal's mails: the one-time `#kp-invite=`, `#kp-magic=`, `#kp-reset=` and a guest's `#kp-follow=`
// on the business's portal page, and how such a link is taken from the address bar (the console's staff links too).

/** `follow`: a guest follows their request without an account; the others sign in. */
export type AuthLinkKind = 'invite' | 'magic' | 'reset' | 'follow';

export interface AuthLink {
  kind: AuthLinkKind;
  token: string;
}

/**
 * Reads a one-time link of a mail from the address bar (`fragment` matches the hash: the kind, then the token) and
 * removes it at once, so the token is neither left in the history, nor copied along with the address, nor sent on as a
 * referrer. The token is only held in memory from here on.
 */
export function takeLink<Kind extends string>(fragment: RegExp): { kind: Kind; token: string } | null {
  const match = fragment.exec(window.location.hash);
  if (!match) return null;
  history.replaceState(history.state, '', window.location.pathname + window.location.search);
  let token: string;
  try {
    token = decodeURIComponent(match[2]!).trim();
  } catch {
    token = '';
  }
  // A mangled token still gets its screen: the server then says the link does not work, which the person can act on.
  return { kind: match[1] as Kind, token: token.slice(0, 1024) };
}

/** A link of the portal's mails, taken from the address bar. */
export function takeAuthLink(): AuthLink | null {
  return takeLink(/^#kp-(invite|magic|reset|follow)=(.*)$/);
}
