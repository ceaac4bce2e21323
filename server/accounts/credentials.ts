// How a contact proves who they are, and changes it: the password (sign-in, reset, change), sign-in and reset links
// by mail, and accepting an invite. Each answers the contact it proved, or throws the error the route answers with.
import type { Kysely } from 'kysely';
import { recordAudit } from '../audit/audit.js';
import { consumeOneTimeToken, issueOneTimeToken, pendingTokenContact, voidOneTimeTokens } from '../auth/one-time-tokens.js';
import { PasswordHasherBusyError, requireAcceptablePassword, type PasswordHasher } from '../auth/passwords.js';
import { revokeContactSessions } from '../auth/sessions.js';
import { clear, hitOrThrow, rateLimited, rateLimits, refund, throttleKeys } from '../auth/throttle.js';
import { findContact, findContactByEmail, updateContact, upgradePasswordHash } from '../customers/contacts.js';
import { announceActivation } from '../customers/portal-users.js';
import type { Database } from '../db/schema.js';
import { ApiError } from '../http/errors.js';
import type { Deps, PortalCaller, PortalContext } from '../http/env.js';
import { mailAccountLink, requireNameWithoutLink } from './contacts.js';

// The same words, whether the email is unknown or the password wrong: the answer must not tell which.
const wrongCredentials = () => new ApiError('unauthorized', 'The email address or password is not correct.');

export const linkNotValid = () =>
  new ApiError('validation_failed', 'This link has expired or has already been used. Ask for a new one.', [
    { path: 'token', message: 'has expired or has already been used', reason: 'link_invalid' },
  ]);

/** Hashing refused because too many wait already: a flood; the client may try again shortly. */
async function withHasher<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof PasswordHasherBusyError) throw rateLimited(5);
    throw error;
  }
}

async function newPasswordHash(hasher: PasswordHasher, password: string, context: string[]): Promise<string> {
  await requireAcceptablePassword(password, context);
  return withHasher(() => hasher.hash(password));
}

async function activeContactByEmail(db: Kysely<Database>, tenantId: string, email: string) {
  const contact = await findContactByEmail(db, tenantId, email);
  return contact?.status === 'active' ? contact : undefined;
}

/** Checks an email address and password: answers the contact, or throws 401 (the same for both mistakes) or 429. */
export async function checkPassword(deps: Deps, portal: PortalContext, email: string, password: string, ip: string): Promise<string> {
  // Counted before the hash, so a flood of parallel guesses cannot all slip in before the first failure is counted.
  const [ipHit, accountHit] = await hitOrThrow(deps.db, [
    { key: throttleKeys.loginIp(ip), limit: rateLimits.loginPerIp },
    { key: throttleKeys.loginAccount(portal.tenantId, email), limit: rateLimits.loginPerAccount },
  ]);
  const contact = await activeContactByEmail(deps.db, portal.tenantId, email);
  const storedHash = contact?.password_hash ?? null;
  const matches = await withHasher(() => deps.auth.passwords.verify(password, storedHash));
  if (!contact || !storedHash || !matches) {
    await recordAudit(deps.db, {
      tenantId: portal.tenantId,
      portalId: portal.id,
      actorType: 'anonymous',
      action: 'contact.login_failed',
      subjectType: contact ? 'contact' : null,
      subjectId: contact?.id ?? null,
      ip,
      // Never the email itself: a mistyped address is sometimes the password.
      details: { method: 'password', reason: contact ? 'wrong_password' : 'unknown_account' },
    });
    throw wrongCredentials();
  }
  await clear(deps.db, accountHit!.key);
  await refund(deps.db, ipHit!);
  if (deps.auth.passwords.needsRehash(storedHash)) {
    const upgraded = await withHasher(() => deps.auth.passwords.hash(password));
    await upgradePasswordHash(deps.db, contact.id, storedHash, upgraded);
  }
  return contact.id;
}

/**
 * Magic-link and reset requests: resolves once the request is counted against its limits, the same whether or not
 * the address has an account. Looking the address up, the token, the audit entry and the mail all follow the answer.
 */
export async function mailLinkIfKnown(deps: Deps, portal: PortalContext, purpose: 'magic' | 'reset', email: string, ip: string): Promise<void> {
  await hitOrThrow(deps.db, [
    { key: throttleKeys.mailIp(ip), limit: rateLimits.mailPerIp },
    { key: throttleKeys.mailAddress(portal.tenantId, purpose, email), limit: rateLimits.mailPerAddress },
  ]);
  deps.mailer.afterAnswer(purpose, () => mailLinkToContact(deps, portal, purpose, email, ip));
}

async function mailLinkToContact(deps: Deps, portal: PortalContext, purpose: 'magic' | 'reset', email: string, ip: string): Promise<void> {
  const contact = await activeContactByEmail(deps.db, portal.tenantId, email);
  if (!contact) return;
  if (!portal.settings.homeUrl) {
    deps.logger.warn('no link mailed: the portal has no homeUrl', { portal: portal.slug, kind: purpose });
    return;
  }
  const { token, expiresAt } = await issueOneTimeToken(deps.db, { tenantId: portal.tenantId, portalId: portal.id, contactId: contact.id, purpose });
  mailAccountLink(deps, { portal, contact, kind: purpose, token, expiresAt });
  await recordAudit(deps.db, {
    tenantId: portal.tenantId,
    portalId: portal.id,
    actorType: 'anonymous',
    action: purpose === 'magic' ? 'contact.magic_link_requested' : 'contact.password_reset_requested',
    subjectType: 'contact',
    subjectId: contact.id,
    ip,
  });
}

/** Sets a new password with the token of a reset link; every session of the contact ends. */
export async function resetPassword(deps: Deps, portal: PortalContext, token: string, password: string, ip: string): Promise<void> {
  const binding = { tenantId: portal.tenantId, portalId: portal.id, purpose: 'reset' as const, token };
  const holder = await pendingTokenContact(deps.db, binding);
  if (!holder || holder.status !== 'active') throw linkNotValid();
  const hash = await newPasswordHash(deps.auth.passwords, password, [holder.email, holder.name, portal.settings.name]);
  const contactId = await deps.db.transaction().execute(async (trx) => {
    const consumed = await consumeOneTimeToken(trx, { ...binding, contactStatuses: ['active'] });
    if (!consumed) return undefined;
    await updateContact(trx, portal.tenantId, consumed, { password_hash: hash });
    // Whoever knew the old password is out, on every device.
    await revokeContactSessions(trx, consumed, 'password_reset');
    await voidOneTimeTokens(trx, consumed, ['reset', 'magic']);
    await recordAudit(trx, {
      tenantId: portal.tenantId,
      portalId: portal.id,
      actorType: 'contact',
      actorId: consumed,
      action: 'contact.password_reset',
      subjectType: 'contact',
      subjectId: consumed,
      ip,
    });
    return consumed;
  });
  if (!contactId) throw linkNotValid();
  await clear(deps.db, throttleKeys.loginAccount(portal.tenantId, holder.email));
}

export interface InviteAcceptance {
  token: string;
  password?: string | undefined;
  name?: string | undefined;
}

/**
 * Accepts an invite: the password (on portals that sign in with one) and the name are set, the contact is active,
 * and sessions from before end. Answers the contact, to sign in.
 */
export async function acceptInvite(deps: Deps, portal: PortalContext, input: InviteAcceptance, ip: string): Promise<string> {
  requireNameWithoutLink(input.name);
  const binding = { tenantId: portal.tenantId, portalId: portal.id, purpose: 'invite' as const, token: input.token };
  const holder = await pendingTokenContact(deps.db, binding);
  if (!holder) throw linkNotValid();
  if (holder.status === 'disabled') throw new ApiError('forbidden', 'This account has been disabled. Please contact the business.');
  let hash: string | undefined;
  if (portal.settings.auth.password) {
    if (input.password === undefined) {
      throw new ApiError('validation_failed', 'Choose a password.', [{ path: 'password', message: 'is required', reason: 'required' }]);
    }
    hash = await newPasswordHash(deps.auth.passwords, input.password, [holder.email, input.name ?? holder.name, portal.settings.name]);
  } else if (input.password !== undefined) {
    throw new ApiError('validation_failed', 'This portal signs in without passwords.', [{ path: 'password', message: 'is not used on this portal' }]);
  }
  const contactId = await deps.db.transaction().execute(async (trx) => {
    const consumed = await consumeOneTimeToken(trx, { ...binding, contactStatuses: ['invited', 'active'] });
    if (!consumed) return undefined;
    const wasInvited = (await findContact(trx, portal.tenantId, consumed))?.status === 'invited';
    await updateContact(trx, portal.tenantId, consumed, {
      status: 'active',
      ...(hash ? { password_hash: hash } : {}),
      ...(input.name ? { name: input.name } : {}),
    });
    await revokeContactSessions(trx, consumed, 'invite_accepted');
    await voidOneTimeTokens(trx, consumed, ['invite']);
    await recordAudit(trx, {
      tenantId: portal.tenantId,
      portalId: portal.id,
      actorType: 'contact',
      actorId: consumed,
      action: wasInvited ? 'contact.activated' : 'contact.invite_accepted',
      subjectType: 'contact',
      subjectId: consumed,
      ip,
      details: { via: 'invite' },
    });
    if (wasInvited) await announceActivation(trx, consumed, 'invite');
    return consumed;
  });
  if (!contactId) throw linkNotValid();
  return contactId;
}

/**
 * The signed-in contact changes their password, proving the current one (throttled like sign-in, so a stolen access
 * token is no way to guess it). Every other device is signed out; this one stays.
 */
export async function changePassword(
  deps: Deps,
  portal: PortalContext,
  caller: PortalCaller,
  passwords: { current: string; next: string },
  ip: string,
): Promise<void> {
  const contact = await findContact(deps.db, caller.tenantId, caller.contactId);
  if (!contact) throw new Error('The signed-in contact is gone');
  if (!contact.password_hash) {
    throw new ApiError('conflict', 'Your account has no password yet. Use “forgot password” to set one.', [
      { path: 'currentPassword', message: 'there is no current password', reason: 'no_password' },
    ]);
  }
  await requireAcceptablePassword(passwords.next, [contact.email, contact.name, portal.settings.name], 'newPassword');
  const accountKey = throttleKeys.loginAccount(caller.tenantId, contact.email);
  await hitOrThrow(deps.db, [{ key: accountKey, limit: rateLimits.loginPerAccount }]);
  const storedHash = contact.password_hash;
  const matches = await withHasher(() => deps.auth.passwords.verify(passwords.current, storedHash));
  if (!matches) {
    throw new ApiError('validation_failed', 'The current password is not correct.', [
      { path: 'currentPassword', message: 'is not correct', reason: 'wrong_password' },
    ]);
  }
  const hash = await withHasher(() => deps.auth.passwords.hash(passwords.next));
  await clear(deps.db, accountKey);
  await deps.db.transaction().execute(async (trx) => {
    await updateContact(trx, caller.tenantId, caller.contactId, { password_hash: hash });
    await revokeContactSessions(trx, caller.contactId, 'password_changed', caller.sessionId);
    await voidOneTimeTokens(trx, caller.contactId, ['reset', 'magic']);
    await recordAudit(trx, {
      tenantId: caller.tenantId,
      portalId: portal.id,
      actorType: 'contact',
      actorId: caller.contactId,
      action: 'contact.password_changed',
      subjectType: 'contact',
      subjectId: caller.contactId,
      ip,
    });
  });
}
