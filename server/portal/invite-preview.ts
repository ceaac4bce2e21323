// POST /api/v1/portal/{slug}/auth/invite/preview: whom an invite is for, so the person accepting it sees the address
// being activated and the name the inviter typed. Only the holder of the token can ask, so nothing is masked; the
// token is read, never used up (mail scanners and a second look must leave it working).
import { pendingTokenContact } from '../auth/one-time-tokens.js';
import { hitOrThrow } from '../auth/throttle.js';
import { clientIp } from '../http/client-ip.js';
import { ApiError, notFound } from '../http/errors.js';
import { defineRoute, failure, json, jsonBody, onPortal, routeGroup, z } from '../http/openapi.js';

const previewLimit = { max: 60, windowMs: 3_600_000 };

const previewBody = z.strictObject({ token: z.string().min(20).max(200).regex(/^[A-Za-z0-9_-]+$/, { message: 'is not a link token' }) });

const invitePreviewSchema = z
  .strictObject({
    email: z.string().openapi({ description: 'The address the account is for' }),
    name: z.string().openapi({ description: 'The name the inviter typed; the invitee may change it on accepting' }),
  })
  .openapi('InvitePreview');

const previewInvite = defineRoute('public', {
  method: 'post',
  path: '/auth/invite/preview',
  tags: ['Sign-in'],
  summary: 'Whom an invite is for, without accepting it',
  request: { params: onPortal(), body: jsonBody(previewBody) },
  responses: {
    200: json(invitePreviewSchema, 'The invited address and name'),
    403: failure('The account has been disabled', 'forbidden'),
    404: failure('The invite has expired or was used already', 'not_found'),
    429: failure('Too many look-ups from this address in the last hour', 'rate_limited'),
  },
});

export const invitePreviewRoutes = routeGroup().openapi(previewInvite, async (c) => {
  const { deps, portal } = c.var;
  await hitOrThrow(deps.db, [{ key: `invite-preview:ip:${portal.id}:${clientIp(c)}`, limit: previewLimit }]);
  const holder = await pendingTokenContact(deps.db, { tenantId: portal.tenantId, portalId: portal.id, purpose: 'invite', token: c.req.valid('json').token });
  if (!holder) throw notFound('This invite has expired or was used already.');
  if (holder.status === 'disabled') throw new ApiError('forbidden', 'This account has been disabled. Please contact the business.');
  return c.json({ email: holder.email, name: holder.name }, 200);
});
