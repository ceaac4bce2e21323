// POST /api/v1/portal/{slug}/guest-requests: a request from someone without an account, when the portal allows it.
import { hitOrThrow } from '../auth/throttle.js';
import { requireFeature } from '../customer-data/access.js';
import { sha256Hex } from '../db/ids.js';
import { clientIp } from '../http/client-ip.js';
import { defineRoute, failure, headers, json, jsonBody, onPortal, routeGroup } from '../http/openapi.js';
import { explainIdempotencyKey, markReplay, optionalKeyHeaders, runRetryable } from '../requests/idempotency.js';
import { guestRequestAcceptedSchema } from '../requests/output.js';
import { randomReference } from '../requests/reference.js';
import { submitGuestRequest } from '../requests/requests.js';
import { guestRequestBody } from '../requests/schemas.js';

const hour = 3_600_000;
/** A household or office behind one address may send a few; a script may not. */
export const guestLimits = {
  perIp: { max: 10, windowMs: hour },
  perEmail: { max: 3, windowMs: hour },
};

const submitAsGuest = defineRoute('public', {
  method: 'post',
  path: '/guest-requests',
  tags: ['Requests'],
  summary: 'Submit a request without an account (when the portal allows guest requests)',
  description: 'Leave `website` empty: it is a honeypot. Throttled per address and per email address.',
  middleware: requireFeature('guestRequests'),
  request: { params: onPortal(), headers: optionalKeyHeaders, body: jsonBody(guestRequestBody) },
  responses: {
    202: json(guestRequestAcceptedSchema, 'Received; the reference to quote (a retry with the same key answers it again)', headers.idempotentReplayed),
    403: failure('The portal takes no guest requests', 'feature_disabled'),
    409: failure('A request with this Idempotency-Key is still being processed: retry in a moment', 'conflict'),
    422: failure('This Idempotency-Key was used for another body', 'idempotency_mismatch'),
    429: failure('Too many guest requests from this address, or for this email address, in the last hour', 'rate_limited'),
  },
});

export const guestRequestRoutes = routeGroup().openapi(
  submitAsGuest,
  async (c) => {
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
    const write = { scope: `guest:${portal.id}:${email}`, key: c.req.valid('header')['Idempotency-Key'], operation: 'POST /guest-requests', body };
    const outcome = await runRetryable(deps.db, write, async (trx) => {
      const request = await submitGuestRequest(trx, portal, body, ip);
      return { status: 202 as const, body: { reference: request.reference } };
    });
    markReplay(c, outcome);
    return c.json(outcome.body, outcome.status);
  },
  explainIdempotencyKey,
);
