// POST /api/v1/portal/{slug}/guest-requests: a request from someone without an account, when the portal allows it.
import { Hono } from 'hono';
import { hitOrThrow } from '../auth/throttle.js';
import { requireFeature } from '../customer-data/access.js';
import { sha256Hex } from '../db/ids.js';
import { clientIp } from '../http/client-ip.js';
import type { AppEnv } from '../http/env.js';
import { validate } from '../http/validate.js';
import { runWithOptionalKey } from '../requests/idempotency.js';
import { randomReference } from '../requests/reference.js';
import { submitGuestRequest } from '../requests/requests.js';
import { guestRequestBody } from '../requests/schemas.js';

const hour = 3_600_000;
/** A household or office behind one address may send a few; a script may not. */
export const guestLimits = {
  perIp: { max: 10, windowMs: hour },
  perEmail: { max: 3, windowMs: hour },
};

export const guestRequestRoutes = new Hono<AppEnv>().post('/guest-requests', requireFeature('guestRequests'), validate('json', guestRequestBody), async (c) => {
  const body = c.req.valid('json');
  const { deps, portal } = c.var;
  const ip = clientIp(c);
  const email = sha256Hex(body.email.toLowerCase());
  await hitOrThrow(deps.db, [
    { key: `guest-request:ip:${portal.id}:${ip}`, limit: guestLimits.perIp },
    { key: `guest-request:email:${portal.id}:${email}`, limit: guestLimits.perEmail },
  ]);
  // A bot that fills in the hidden field is told it succeeded, so it learns nothing; nothing is kept.
  if (body.website) return c.json({ reference: randomReference() }, 202);
  const outcome = await runWithOptionalKey(c, `guest:${portal.id}:${email}`, 'POST /guest-requests', body, async (trx) => {
    const request = await submitGuestRequest(trx, portal, body, ip);
    return { status: 202 as const, body: { reference: request.reference } };
  });
  return c.json(outcome.body, outcome.status);
});
