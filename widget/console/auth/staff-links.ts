// The one-time links of staff mails (design §8.1): `<KP_PUBLIC_URL>/console#kp-staff-invite=<token>` and
// `#kp-staff-reset=<token>`.
import { takeLink } from '../../auth/links.js';

export interface StaffLink {
  kind: 'invite' | 'reset';
  token: string;
}

/** A staff link, taken from the address bar as the portal's sign-in links are: held in memory, sent on a button press. */
export function takeStaffLink(): StaffLink | null {
  return takeLink(/^#kp-staff-(invite|reset)=(.*)$/);
}
