// Access tokens: short-lived JWTs (jose, HS256, kid) naming the contact, tenant, portal and session.
import { SignJWT, decodeProtectedHeader, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import type { SigningKeys } from './signing-keys.js';

export const accessTokenTtlSeconds = 10 * 60;
export const previewTokenTtlSeconds = 15 * 60;
export const tokenIssuer = 'klantportaal';
const headerType = 'at+jwt';

export type AccessTokenKind = 'access' | 'preview';

export interface AccessClaims {
  contactId: string;
  tenantId: string;
  portalId: string;
  sessionId: string;
  kind: AccessTokenKind;
  /** Seconds since the epoch. */
  expiresAt: number;
}

/** Each portal is its own audience: a token of one portal is worthless on another. */
export const portalAudience = (portalId: string) => `portal:${portalId}`;

export class InvalidTokenError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'InvalidTokenError';
  }
}

export async function signAccessToken(
  keys: SigningKeys,
  claims: Omit<AccessClaims, 'expiresAt'>,
  now = Date.now(),
): Promise<{ token: string; expiresIn: number }> {
  const expiresIn = claims.kind === 'preview' ? previewTokenTtlSeconds : accessTokenTtlSeconds;
  const { kid, key } = await keys.current(now);
  const issuedAt = Math.floor(now / 1000);
  const token = await new SignJWT({ tid: claims.tenantId, pid: claims.portalId, sid: claims.sessionId, typ: claims.kind })
    .setProtectedHeader({ alg: 'HS256', kid, typ: headerType })
    .setSubject(claims.contactId)
    .setIssuer(tokenIssuer)
    .setAudience(portalAudience(claims.portalId))
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + expiresIn)
    .sign(key);
  return { token, expiresIn };
}

interface CachedClaims {
  claims: AccessClaims;
  portalId: string;
}

/**
 * Verifies access tokens with a pinned algorithm, issuer, audience, type and required claims. A verified token is
 * cached until it expires, since signature checks cost more than the query that follows; the cache only skips the
 * cryptography: the caller still checks on every request that the session is live.
 */
export class AccessTokenVerifier {
  readonly #keys: SigningKeys;
  readonly #cache = new Map<string, CachedClaims>();
  readonly #maxCached: number;

  constructor(keys: SigningKeys, maxCached = 10_000) {
    this.#keys = keys;
    this.#maxCached = maxCached;
  }

  async verify(token: string, portalId: string, now = Date.now()): Promise<AccessClaims> {
    const cached = this.#cache.get(token);
    if (cached) {
      if (cached.claims.expiresAt * 1000 > now && cached.portalId === portalId) return cached.claims;
      if (cached.claims.expiresAt * 1000 <= now) this.#cache.delete(token);
    }
    const claims = await this.#verifyUncached(token, portalId, now);
    if (this.#cache.size >= this.#maxCached) {
      // Drop the oldest entries; Maps iterate in insertion order.
      for (const key of [...this.#cache.keys()].slice(0, Math.ceil(this.#maxCached / 10))) this.#cache.delete(key);
    }
    this.#cache.set(token, { claims, portalId });
    return claims;
  }

  async #verifyUncached(token: string, portalId: string, now: number): Promise<AccessClaims> {
    let header: ReturnType<typeof decodeProtectedHeader>;
    try {
      header = decodeProtectedHeader(token);
    } catch {
      throw new InvalidTokenError('malformed token');
    }
    if (header.alg !== 'HS256') throw new InvalidTokenError('algorithm not allowed');
    if (header.jku !== undefined || header.jwk !== undefined || header.x5u !== undefined || header.x5c !== undefined || header.crit !== undefined) {
      throw new InvalidTokenError('key-carrying headers are not accepted');
    }
    if (typeof header.kid !== 'string') throw new InvalidTokenError('no kid');
    const key = await this.#keys.forVerification(header.kid, now);
    if (!key) throw new InvalidTokenError('unknown kid');
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key, {
        algorithms: ['HS256'],
        issuer: tokenIssuer,
        audience: portalAudience(portalId),
        typ: headerType,
        requiredClaims: ['exp', 'iat', 'sub', 'tid', 'pid', 'sid', 'typ'],
        currentDate: new Date(now),
        clockTolerance: 5,
      }));
    } catch (error) {
      throw new InvalidTokenError(error instanceof joseErrors.JOSEError ? error.code : 'invalid token');
    }
    const kind = payload.typ;
    if ((kind !== 'access' && kind !== 'preview') || payload.pid !== portalId) throw new InvalidTokenError('wrong token type');
    if (typeof payload.tid !== 'string' || typeof payload.sid !== 'string' || typeof payload.sub !== 'string') {
      throw new InvalidTokenError('malformed claims');
    }
    return {
      contactId: payload.sub,
      tenantId: payload.tid,
      portalId,
      sessionId: payload.sid,
      kind,
      expiresAt: payload.exp!,
    };
  }
}
