// The calls of the screens a mail's link opens (auth/link-screens.ts): they come with those screens, so the entry
// carries only the calls of the first sign-in form.
import { csrfHeader, type PortalClient, type PortalUser } from './client.js';

export function verifyMagicLink(client: PortalClient, token: string): Promise<PortalUser> {
  return client.signIn('/auth/magic-link/verify', { token });
}

export function acceptInvite(client: PortalClient, token: string, password: string, name?: string): Promise<PortalUser> {
  return client.signIn('/auth/invite/accept', name ? { token, password, name } : { token, password });
}

export async function confirmPasswordReset(client: PortalClient, token: string, password: string): Promise<void> {
  await client.request('POST', '/auth/password-reset/confirm', { token, password }, { headers: csrfHeader });
}
