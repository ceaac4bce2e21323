// The one-time links of staff mails (design §8.1): `<KP_PUBLIC_URL>/console#kp-staff-invite=<token>` and
// `#kp-staff-reset=<token>`.

export interface StaffLink {
  kind: 'invite' | 'reset';
  token: string;
}

const fragment = /^#kp-staff-(invite|reset)=(.*)$/;

/**
 * Reads a staff link from the address bar and removes it at once, so the token is neither left in the history, nor
 * copied along with the address, nor sent on as a referrer. It is held in memory only and sent on a button press.
 */
export function takeStaffLink(): StaffLink | null {
  const match = fragment.exec(window.location.hash);
  if (!match) return null;
  history.replaceState(null, '', window.location.pathname + window.location.search);
  let token: string;
  try {
    token = decodeURIComponent(match[2]!).trim();
  } catch {
    token = '';
  }
  // A mangled token still gets its screen: the server then says the link does not work, which the person can act on.
  return { kind: match[1] as StaffLink['kind'], token: token.slice(0, 1024) };
}
