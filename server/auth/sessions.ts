// Sessions: one per sign-in, a family of opaque refresh tokens rotated on every use. Reuse of a rotated token
// means it was stolen (or copied): the whole family is revoked.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { SessionKind } from '../db/tables/accounts.js';
import { newId, newSecret, nowIso, sha256Hex } from '../db/ids.js';

export const sessionLifetimeMs = 30 * 24 * 60 * 60 * 1000;
export const refreshTokenLifetimeMs = 14 * 24 * 60 * 60 * 1000;

export interface NewSession {
  tenantId: string;
  portalId: string;
  contactId: string;
  kind: SessionKind;
  ip?: string | null;
  userAgent?: string | null;
  /** Preview sessions end with their one token; sign-in sessions live up to sessionLifetimeMs. */
  lifetimeMs?: number;
  /** A preview's settings not saved yet, as JSON of PortalSettings. */
  previewSettings?: string | null;
}

export interface StartedSession {
  sessionId: string;
  /** Opaque; only its sha256 is stored. Undefined for preview sessions, which cannot be refreshed. */
  refreshToken?: string;
}

export async function startSession(db: Kysely<Database>, input: NewSession, now = new Date()): Promise<StartedSession> {
  const sessionId = newId('ses');
  const lifetime = input.lifetimeMs ?? sessionLifetimeMs;
  await db
    .insertInto('sessions')
    .values({
      id: sessionId,
      tenant_id: input.tenantId,
      portal_id: input.portalId,
      contact_id: input.contactId,
      kind: input.kind,
      created_at: nowIso(now),
      last_used_at: nowIso(now),
      expires_at: nowIso(new Date(now.getTime() + lifetime)),
      revoked_at: null,
      revoke_reason: null,
      ip: input.ip ?? null,
      user_agent: input.userAgent?.slice(0, 300) ?? null,
      preview_settings: input.kind === 'preview' ? (input.previewSettings ?? null) : null,
    })
    .execute();
  if (input.kind === 'preview') return { sessionId };
  const refreshToken = await issueRefreshToken(db, sessionId, now);
  return { sessionId, refreshToken };
}

async function issueRefreshToken(db: Kysely<Database>, sessionId: string, now: Date): Promise<string> {
  const token = newSecret(32);
  await db
    .insertInto('refresh_tokens')
    .values({
      id: newId('rt'),
      session_id: sessionId,
      token_hash: sha256Hex(token),
      created_at: nowIso(now),
      expires_at: nowIso(new Date(now.getTime() + refreshTokenLifetimeMs)),
      rotated_at: null,
    })
    .execute();
  return token;
}

export type RotateResult =
  | { ok: true; sessionId: string; contactId: string; portalId: string; tenantId: string; refreshToken: string }
  | { ok: false; reason: 'unknown' | 'expired' | 'revoked' | 'reused' };

/** Exchanges a refresh token for a new one, in one transaction. */
export async function rotateRefreshToken(db: Kysely<Database>, portalId: string, token: string, now = new Date()): Promise<RotateResult> {
  const result = await db.transaction().execute(async (trx): Promise<RotateResult> => {
    const row = await trx
      .selectFrom('refresh_tokens')
      .innerJoin('sessions', 'sessions.id', 'refresh_tokens.session_id')
      .select([
        'refresh_tokens.id as tokenId',
        'refresh_tokens.expires_at as tokenExpiresAt',
        'refresh_tokens.rotated_at as rotatedAt',
        'sessions.id as sessionId',
        'sessions.contact_id as contactId',
        'sessions.portal_id as portalId',
        'sessions.tenant_id as tenantId',
        'sessions.expires_at as sessionExpiresAt',
        'sessions.revoked_at as revokedAt',
      ])
      .where('refresh_tokens.token_hash', '=', sha256Hex(token))
      .executeTakeFirst();
    if (!row || row.portalId !== portalId) return { ok: false, reason: 'unknown' };
    if (row.revokedAt) return { ok: false, reason: 'revoked' };
    if (row.rotatedAt) {
      await revokeSessionIn(trx, row.sessionId, 'refresh_token_reused', now);
      return { ok: false, reason: 'reused' };
    }
    const nowText = nowIso(now);
    if (row.tokenExpiresAt <= nowText || row.sessionExpiresAt <= nowText) return { ok: false, reason: 'expired' };
    const rotated = await trx
      .updateTable('refresh_tokens')
      .set({ rotated_at: nowText })
      .where('id', '=', row.tokenId)
      .where('rotated_at', 'is', null)
      .executeTakeFirst();
    if (Number(rotated.numUpdatedRows) !== 1) {
      await revokeSessionIn(trx, row.sessionId, 'refresh_token_reused', now);
      return { ok: false, reason: 'reused' };
    }
    await trx.updateTable('sessions').set({ last_used_at: nowText }).where('id', '=', row.sessionId).execute();
    const refreshToken = await issueRefreshToken(trx, row.sessionId, now);
    return { ok: true, sessionId: row.sessionId, contactId: row.contactId, portalId: row.portalId, tenantId: row.tenantId, refreshToken };
  });
  return result;
}

async function revokeSessionIn(db: Kysely<Database>, sessionId: string, reason: string, now: Date): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revoked_at: nowIso(now), revoke_reason: reason })
    .where('id', '=', sessionId)
    .where('revoked_at', 'is', null)
    .execute();
}

export function revokeSession(db: Kysely<Database>, sessionId: string, reason: string, now = new Date()): Promise<void> {
  return revokeSessionIn(db, sessionId, reason, now);
}

/** Ends every session of a contact (password change or reset, disabled contact), optionally but one. */
export async function revokeContactSessions(
  db: Kysely<Database>,
  contactId: string,
  reason: string,
  exceptSessionId?: string,
  now = new Date(),
): Promise<void> {
  let query = db
    .updateTable('sessions')
    .set({ revoked_at: nowIso(now), revoke_reason: reason })
    .where('contact_id', '=', contactId)
    .where('revoked_at', 'is', null);
  if (exceptSessionId) query = query.where('id', '!=', exceptSessionId);
  await query.execute();
}
