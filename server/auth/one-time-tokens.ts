// One-time tokens for invites, magic links and password resets: random, stored as sha256 only, bound to one portal,
// used up by one atomic update so two clicks (or a racing attacker) can never both succeed.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { ContactStatus, OneTimeTokenPurpose } from '../db/tables/accounts.js';
import { newId, newSecret, nowIso, sha256Hex } from '../db/ids.js';

export const oneTimeTokenLifetimeMs: Record<OneTimeTokenPurpose, number> = {
  invite: 7 * 24 * 60 * 60 * 1000,
  magic: 15 * 60 * 1000,
  reset: 30 * 60 * 1000,
};

/** The fragment key the widget looks for on the portal's home page. */
export const linkFragmentKey: Record<OneTimeTokenPurpose, string> = {
  invite: 'kp-invite',
  magic: 'kp-magic',
  reset: 'kp-reset',
};

export interface IssuedToken {
  /** 256 random bits, base64url; shown to the contact once, in the link. */
  token: string;
  expiresAt: string;
}

export interface TokenBinding {
  tenantId: string;
  portalId: string;
  purpose: OneTimeTokenPurpose;
}

export async function issueOneTimeToken(
  db: Kysely<Database>,
  input: TokenBinding & { contactId: string },
  now = new Date(),
): Promise<IssuedToken> {
  const token = newSecret(32);
  const expiresAt = nowIso(new Date(now.getTime() + oneTimeTokenLifetimeMs[input.purpose]));
  await db
    .insertInto('one_time_tokens')
    .values({
      id: newId('ott'),
      tenant_id: input.tenantId,
      portal_id: input.portalId,
      contact_id: input.contactId,
      purpose: input.purpose,
      token_hash: sha256Hex(token),
      created_at: nowIso(now),
      expires_at: expiresAt,
      used_at: null,
    })
    .execute();
  return { token, expiresAt };
}

/**
 * Uses the token up and answers its contact, or undefined when it is unknown, used, expired, for another purpose or
 * another portal. `contactStatuses` limits whose tokens count: a disabled contact's token stays unused and refused.
 */
export async function consumeOneTimeToken(
  db: Kysely<Database>,
  binding: TokenBinding & { token: string; contactStatuses: readonly ('invited' | 'active')[] },
  now = new Date(),
): Promise<string | undefined> {
  const nowText = nowIso(now);
  const row = await db
    .updateTable('one_time_tokens')
    .set({ used_at: nowText })
    .where('token_hash', '=', sha256Hex(binding.token))
    .where('purpose', '=', binding.purpose)
    .where('portal_id', '=', binding.portalId)
    .where('tenant_id', '=', binding.tenantId)
    .where('used_at', 'is', null)
    .where('expires_at', '>', nowText)
    .where('contact_id', 'in', (eb) =>
      eb
        .selectFrom('contacts')
        .select('contacts.id')
        .where('contacts.tenant_id', '=', binding.tenantId)
        .where('contacts.status', 'in', [...binding.contactStatuses]),
    )
    .returning('contact_id')
    .executeTakeFirst();
  return row?.contact_id;
}

/**
 * The contact a still-usable token is for, without using it up: to judge a new password against their name and email,
 * and to tell a disabled contact why their link does nothing.
 */
export async function pendingTokenContact(
  db: Kysely<Database>,
  binding: TokenBinding & { token: string },
  now = new Date(),
): Promise<{ id: string; email: string; name: string; status: ContactStatus } | undefined> {
  return db
    .selectFrom('one_time_tokens')
    .innerJoin('contacts', 'contacts.id', 'one_time_tokens.contact_id')
    .select(['contacts.id', 'contacts.email', 'contacts.name', 'contacts.status'])
    .where('one_time_tokens.token_hash', '=', sha256Hex(binding.token))
    .where('one_time_tokens.purpose', '=', binding.purpose)
    .where('one_time_tokens.portal_id', '=', binding.portalId)
    .where('one_time_tokens.tenant_id', '=', binding.tenantId)
    .where('one_time_tokens.used_at', 'is', null)
    .where('one_time_tokens.expires_at', '>', nowIso(now))
    .executeTakeFirst();
}

/** Voids every unused token of a contact (after a reset, or when the contact is disabled). */
export async function voidOneTimeTokens(
  db: Kysely<Database>,
  contactId: string,
  purposes: readonly OneTimeTokenPurpose[] = ['invite', 'magic', 'reset'],
  now = new Date(),
): Promise<void> {
  await db
    .updateTable('one_time_tokens')
    .set({ used_at: nowIso(now) })
    .where('contact_id', '=', contactId)
    .where('purpose', 'in', [...purposes])
    .where('used_at', 'is', null)
    .execute();
}

/** The link a contact follows: the portal's home page with the token in the fragment, which never reaches a server. */
export function oneTimeLink(homeUrl: string, purpose: OneTimeTokenPurpose, token: string): string {
  const url = new URL(homeUrl);
  url.hash = `${linkFragmentKey[purpose]}=${token}`;
  return url.toString();
}
