// Portal authentication: a bearer access token for this portal, and a live session behind it, on every request.
import { createMiddleware } from 'hono/factory';
import type { Kysely } from 'kysely';
import { reusedQuery } from '../customer-data/compiled.js';
import type { Database } from '../db/schema.js';
import { ApiError } from '../http/errors.js';
import type { AppEnv } from '../http/env.js';
import { readPortalSettings } from '../portals/settings.js';
import { InvalidTokenError } from './access-tokens.js';

/** The session behind a token, if it is still live and its contact still active: asked on every request. */
const liveSession = reusedQuery(
  (db: Kysely<Database>, _shape: null, values: { sessionId: string; contactId: string; portalId: string; tenantId: string; now: string }) =>
    db
      .selectFrom('sessions')
      .innerJoin('contacts', 'contacts.id', 'sessions.contact_id')
      .select(['contacts.customer_id as customerId', 'contacts.role as role', 'sessions.kind as kind', 'sessions.preview_settings as previewSettings'])
      .where('sessions.id', '=', values.sessionId)
      .where('sessions.contact_id', '=', values.contactId)
      .where('sessions.portal_id', '=', values.portalId)
      .where('sessions.revoked_at', 'is', null)
      .where('sessions.expires_at', '>', values.now)
      .where('contacts.status', '=', 'active')
      .where('contacts.tenant_id', '=', values.tenantId),
  () => '',
);

const unauthorized = () => new ApiError('unauthorized', 'Please sign in again.', undefined, { 'WWW-Authenticate': 'Bearer realm="klantportaal"' });

/** Sets c.var.caller; requires the portal middleware to have run. Preview tokens may only read. */
export const requireContact = createMiddleware<AppEnv>(async (c, next) => {
  const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec(c.req.header('Authorization') ?? '');
  if (!match) throw unauthorized();
  const { deps, portal } = c.var;
  let claims;
  try {
    claims = await deps.auth.verifier.verify(match[1]!, portal.id);
  } catch (error) {
    if (error instanceof InvalidTokenError) throw unauthorized();
    throw error;
  }
  if (claims.tenantId !== portal.tenantId) throw unauthorized();
  // Logout, a password change and a disabled contact must end access at once, whatever the token says.
  const live = await liveSession.first(deps.db, null, {
    sessionId: claims.sessionId,
    contactId: claims.contactId,
    portalId: portal.id,
    tenantId: portal.tenantId,
    now: new Date().toISOString(),
  });
  if (!live || (live.kind === 'preview') !== (claims.kind === 'preview')) throw unauthorized();
  const readOnly = claims.kind === 'preview';
  if (readOnly && c.req.method !== 'GET' && c.req.method !== 'HEAD') {
    throw new ApiError('forbidden', 'This is a read-only preview of the portal.');
  }
  // A preview of settings not saved yet reads the portal as if they were saved, in every route after this one.
  if (readOnly && live.previewSettings) c.set('portal', { ...portal, settings: readPortalSettings(live.previewSettings) });
  c.set('caller', {
    contactId: claims.contactId,
    customerId: live.customerId,
    tenantId: portal.tenantId,
    portalId: portal.id,
    sessionId: claims.sessionId,
    role: live.role,
    readOnly,
  });
  await next();
});

/** For routes only a customer admin may use (managing colleagues). */
export const requireCustomerAdmin = createMiddleware<AppEnv>(async (c, next) => {
  if (c.var.caller.role !== 'admin') throw new ApiError('forbidden', 'Only an administrator of your organisation can do this.');
  await next();
});
