// POST /api/v1/portal/{slug}/guest-requests: a request from someone without an account, when the portal allows it.
import { hitOrThrow } from '../auth/throttle.js';
import { requireFeature } from '../customer-data/access.js';
import { recordIdSchema } from '../customer-data/fields.js';
import { newId, sha256Hex } from '../db/ids.js';
import { clientIp } from '../http/client-ip.js';
import { ApiError } from '../http/errors.js';
import { commonFailures, defineRoute, failure, headers, json, jsonBody, multipartFileBody, onPortal, routeGroup } from '../http/openapi.js';
import { addAttachment, ensureRoomForFile, maxAttachmentBytes } from '../requests/attachments.js';
import { explainIdempotencyKey, markReplay, optionalKeyHeaders, runRetryable } from '../requests/idempotency.js';
import { readMultipartFile } from '../requests/multipart.js';
import { attachmentSchema, guestRequestAcceptedSchema, toAttachment } from '../requests/output.js';
import { randomReference } from '../requests/reference.js';
import { newGuestUpload, requireGuestUploadTarget, submitGuestRequest } from '../requests/requests.js';
import { guestRequestBody } from '../requests/schemas.js';

const hour = 3_600_000;
/** A household or office behind one address may send a few; a script may not. */
export const guestLimits = {
  perIp: { max: 10, windowMs: hour },
  perEmail: { max: 3, windowMs: hour },
  /** Five photos for each of a few requests. */
  uploadsPerIp: { max: 30, windowMs: hour },
};

const submitAsGuest = defineRoute('public', {
  method: 'post',
  path: '/guest-requests',
  tags: ['Requests'],
  summary: 'Submit a request without an account (when the portal allows guest requests)',
  description:
    'Leave `website` empty: it is a honeypot. Throttled per address and per email address. The answer holds a token to add photos to this request with (POST /guest-requests/{id}/attachments), for 30 minutes.',
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

const uploadAsGuest = defineRoute('public', {
  method: 'post',
  path: '/guest-requests/{id}/attachments',
  tags: ['Requests'],
  summary: 'Add a photo or PDF to the guest request just sent, with the upload token its answer gave',
  description: 'Send `Authorization: Bearer <upload.token>`. The token opens only its own request, and only until its expiresAt.',
  middleware: requireFeature('guestRequests'),
  request: {
    params: onPortal({ id: recordIdSchema }),
    body: multipartFileBody('file', 'One file in the field `file`: JPEG, PNG, WebP, HEIC or PDF (decided from its bytes), at most 10 MB; at most 5 a request.'),
  },
  responses: {
    201: json(attachmentSchema, 'The stored attachment'),
    401: failure('No upload token, or its time is up', 'unauthorized'),
    403: failure('The portal takes no guest requests', 'feature_disabled'),
    404: commonFailures.notFound('request (or the token is another request’s)'),
    409: failure('The request holds 5 files already, or is no longer submitted or in review', 'conflict'),
    413: failure('The file is larger than 10 MB', 'payload_too_large'),
    415: failure('Not a photo or PDF judged by its bytes, or not sent as multipart/form-data', 'unsupported_media_type'),
    429: failure('Too many uploads from this address in the last hour', 'rate_limited'),
  },
});

function uploadToken(authorization: string | undefined): string {
  const match = /^Bearer\s+(kp_up_[A-Za-z0-9_-]{20,100})\s*$/.exec(authorization ?? '');
  if (!match) throw new ApiError('unauthorized', 'Send the upload token of the request as Authorization: Bearer <token>.');
  return match[1]!;
}

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
    if (body.website) {
      const { token, expiresAt } = newGuestUpload(new Date());
      return c.json({ reference: randomReference(), id: newId('req'), upload: { token, expiresAt } }, 202);
    }
    const write = { scope: `guest:${portal.id}:${email}`, key: c.req.valid('header')['Idempotency-Key'], operation: 'POST /guest-requests', body };
    const outcome = await runRetryable(deps.db, write, async (trx) => {
      const { request, upload } = await submitGuestRequest(trx, portal, body, ip);
      return { status: 202 as const, body: { reference: request.reference, id: request.id, upload } };
    });
    markReplay(c, outcome);
    return c.json(outcome.body, outcome.status);
  },
  explainIdempotencyKey,
).openapi(uploadAsGuest, async (c) => {
  const { deps, portal } = c.var;
  const token = uploadToken(c.req.header('Authorization'));
  const request = await requireGuestUploadTarget(deps.db, portal, c.req.valid('param').id, token);
  // Refuse before reading a byte of a body that could not be kept anyway.
  await ensureRoomForFile(deps.db, request);
  await hitOrThrow(deps.db, [{ key: `upload:guest:ip:${portal.id}:${clientIp(c)}`, limit: guestLimits.uploadsPerIp }]);
  const file = await readMultipartFile(c.req.raw, 'file', maxAttachmentBytes);
  return c.json(toAttachment(await addAttachment(deps.db, request, file, null)), 201);
});
