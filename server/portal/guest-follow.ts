// POST /api/v1/portal/{slug}/guest-follow: what a guest's follow link shows of their one request, read-only. The
// token travels in the body, never in a URL, so it stays out of logs; reading does not use it up.
import { hitOrThrow } from '../auth/throttle.js';
import { clientIp } from '../http/client-ip.js';
import { notFound } from '../http/errors.js';
import { defineRoute, failure, json, jsonBody, onPortal, routeGroup, z } from '../http/openapi.js';
import { findFollowedRequest, followedRequestSchema, toFollowedRequest } from '../requests/guest-follow.js';

/** Far more than a person reloading the page; a guesser gets nowhere against 256 random bits anyway. */
const followLimit = { max: 120, windowMs: 3_600_000 };

const followBody = z.strictObject({ token: z.string().min(20).max(200).regex(/^[A-Za-z0-9_-]+$/, { message: 'is not a link token' }) });

const followRequest = defineRoute('public', {
  method: 'post',
  path: '/guest-follow',
  tags: ['Requests'],
  summary: 'Follow a request without an account, with the token of the link in the guest’s mail',
  description:
    'Shows the status, the timeline and the business’s messages of that one request, nothing else. A link works for 90 days after it was mailed, and at most 30 days after the request was closed.',
  request: { params: onPortal(), body: jsonBody(followBody) },
  responses: {
    200: json(followedRequestSchema, 'The request, as far as its requester may follow it'),
    404: failure('The link is not known, has expired, or belongs to another portal', 'not_found'),
    429: failure('Too many look-ups from this address in the last hour', 'rate_limited'),
  },
});

export const guestFollowRoutes = routeGroup().openapi(followRequest, async (c) => {
  const { deps, portal } = c.var;
  await hitOrThrow(deps.db, [{ key: `guest-follow:ip:${portal.id}:${clientIp(c)}`, limit: followLimit }]);
  const found = await findFollowedRequest(deps.db, portal, c.req.valid('json').token);
  if (!found) throw notFound('This link does not work (any more).');
  return c.json(await toFollowedRequest(deps.db, portal.settings, found.request, found.expiresAt), 200);
});
