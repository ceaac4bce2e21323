// /api/v1/portal/{slug}/requests: a signed-in customer submits service requests, adds photos, follows and cancels them.
import { every } from 'hono/combine';
import { requireContact } from '../auth/middleware.js';
import { hitOrThrow } from '../auth/throttle.js';
import { requireFeature } from '../customer-data/access.js';
import { recordIdSchema } from '../customer-data/fields.js';
import { fileDownload } from '../files/download.js';
import { clientIp } from '../http/client-ip.js';
import { commonFailures, defineRoute, failure, file, headers, json, jsonBody, multipartFileBody, onPortal, routeGroup } from '../http/openapi.js';
import { addAttachment, attachmentDownloadQuery, attachmentTypes, ensureRoomForFile, maxAttachmentBytes, requestFile } from '../requests/attachments.js';
import { explainIdempotencyKey, markReplay, requiredKeyHeaders, runRetryable } from '../requests/idempotency.js';
import { readMultipartFile } from '../requests/multipart.js';
import { attachmentSchema, portalRequestDetailSchema, portalRequestPageSchema, toAttachment } from '../requests/output.js';
import { cancelRequest, portalScope, requireRequest, submitRequest } from '../requests/requests.js';
import { portalRequestListQuery, submitRequestBody } from '../requests/schemas.js';
import { listPortalRequests, newPortalRequestDetail, portalRequestDetail } from '../requests/views.js';
import { afterRequestBooking, bookWithRequest } from '../bookings/request-booking.js';
import type { BookingRow } from '../db/tables/bookings.js';

const hour = 3_600_000;
/** Generous for a person, tight for a script: both counted per contact. */
export const submissionLimit = { max: 20, windowMs: hour };
export const uploadLimit = { max: 60, windowMs: hour };

const tags = ['Requests'];
const middleware = every(requireContact, requireFeature('requests'));
const readRefused = failure('Requests are switched off for this portal', 'feature_disabled');
const writeRefused = failure('Requests are switched off for this portal, or this is a read-only preview', 'feature_disabled', 'forbidden');
const notFound = commonFailures.notFound('request');
const requestParams = onPortal({ id: recordIdSchema });

const listRequests = defineRoute('portal', {
  method: 'get',
  path: '/requests',
  tags,
  summary: 'The customer’s requests, newest first',
  middleware,
  request: { params: onPortal(), query: portalRequestListQuery },
  responses: { 200: json(portalRequestPageSchema, 'A page of requests'), 403: readRefused },
});

const submit = defineRoute('portal', {
  method: 'post',
  path: '/requests',
  tags,
  summary: 'Submit a service request',
  description:
    'workType must be one of the portal’s work types; locationId and objectId must be the customer’s; acceptTerms must be true when the portal requires it; checklist holds ids of the portal’s checklist items; booking takes a window from GET /availability in the same step (GET /bookings?requestId= shows it). Photos follow through /requests/{id}/attachments.',
  middleware,
  request: { params: onPortal(), headers: requiredKeyHeaders, body: jsonBody(submitRequestBody) },
  responses: {
    201: json(portalRequestDetailSchema, 'The request, with its timeline; a retry with the same key answers this again', headers.idempotentReplayed),
    403: writeRefused,
    409: failure('A request with this Idempotency-Key is still being processed (retry in a moment), or the booked window has no place left (nothing was kept)', 'conflict'),
    422: failure('This Idempotency-Key was used for another body', 'idempotency_mismatch'),
    429: failure('Too many requests from this contact in the last hour', 'rate_limited'),
  },
});

const getRequest = defineRoute('portal', {
  method: 'get',
  path: '/requests/{id}',
  tags,
  summary: 'One request with its attachments, messages, status timeline and linked work order',
  middleware,
  request: { params: requestParams },
  responses: { 200: json(portalRequestDetailSchema, 'The request'), 403: readRefused, 404: notFound },
});

const cancel = defineRoute('portal', {
  method: 'post',
  path: '/requests/{id}/cancel',
  tags,
  summary: 'Cancel a request while it is still submitted',
  middleware,
  request: { params: requestParams },
  responses: {
    200: json(portalRequestDetailSchema, 'The cancelled request'),
    403: writeRefused,
    404: notFound,
    409: failure('The request is no longer submitted, or changed meanwhile', 'conflict'),
  },
});

const upload = defineRoute('portal', {
  method: 'post',
  path: '/requests/{id}/attachments',
  tags,
  summary: 'Add a photo or PDF to a request',
  middleware,
  request: {
    params: requestParams,
    body: multipartFileBody('file', 'One file in the field `file`: JPEG, PNG, WebP, HEIC or PDF (decided from its bytes), at most 10 MB; at most 5 a request.'),
  },
  responses: {
    201: json(attachmentSchema, 'The stored attachment'),
    403: writeRefused,
    404: notFound,
    409: failure('The request holds 5 files already, or is no longer submitted or in review', 'conflict'),
    413: failure('The file is larger than 10 MB', 'payload_too_large'),
    415: failure('Not a photo or PDF judged by its bytes, or not sent as multipart/form-data', 'unsupported_media_type'),
    429: failure('Too many uploads from this contact in the last hour', 'rate_limited'),
  },
});

const download = defineRoute('portal', {
  method: 'get',
  path: '/requests/{id}/attachments/{attachmentId}',
  tags,
  summary: 'Download an attachment',
  middleware,
  request: { params: onPortal({ id: recordIdSchema, attachmentId: recordIdSchema }), query: attachmentDownloadQuery },
  responses: {
    200: file('The file, as an attachment (nosniff, sandboxed)', attachmentTypes),
    403: readRefused,
    404: commonFailures.notFound('request, file on it, or thumbnail of a PDF or HEIC'),
  },
});

export const requestRoutes = routeGroup()
  .openapi(listRequests, async (c) => {
    const { status, ...page } = c.req.valid('query');
    const { caller } = c.var;
    return c.json(await listPortalRequests(c.var.deps.db, { tenantId: caller.tenantId, customerId: caller.customerId }, status, page), 200);
  })

  .openapi(
    submit,
    async (c) => {
      const body = c.req.valid('json');
      const { deps, portal, caller } = c.var;
      const write = { scope: `contact:${caller.tenantId}:${caller.contactId}`, key: c.req.valid('header')['Idempotency-Key'], operation: 'POST /requests', body };
      let booked: BookingRow | undefined;
      const outcome = await runRetryable(deps.db, write, async (trx) => {
        await hitOrThrow(trx, [{ key: `request:contact:${caller.contactId}`, limit: submissionLimit }]);
        const row = await submitRequest(trx, portal, caller, body, clientIp(c));
        if (body.booking) {
          const booking = { tenantId: caller.tenantId, portalId: portal.id, customerId: caller.customerId, contactId: caller.contactId, requestId: row.id, workType: row.work_type };
          booked = await bookWithRequest(trx, deps.dialect, { ...booking, choice: body.booking });
        }
        return { status: 201 as const, body: newPortalRequestDetail(row) };
      });
      if (!outcome.replayed) await afterRequestBooking(deps, booked);
      markReplay(c, outcome);
      return c.json(outcome.body, outcome.status);
    },
    explainIdempotencyKey,
  )

  .openapi(getRequest, async (c) => {
    const { deps, caller } = c.var;
    const request = await requireRequest(deps.db, portalScope(caller), c.req.valid('param').id);
    return c.json(await portalRequestDetail(deps.db, request), 200);
  })

  .openapi(cancel, async (c) => {
    const { deps, caller } = c.var;
    const cancelled = await cancelRequest(deps.db, caller, c.req.valid('param').id, clientIp(c));
    return c.json(await portalRequestDetail(deps.db, cancelled), 200);
  })

  .openapi(upload, async (c) => {
    const { deps, caller } = c.var;
    const request = await requireRequest(deps.db, portalScope(caller), c.req.valid('param').id);
    // Refuse before reading a byte of a body that could not be kept anyway.
    await ensureRoomForFile(deps.db, request);
    await hitOrThrow(deps.db, [{ key: `upload:contact:${caller.contactId}`, limit: uploadLimit }]);
    const file = await readMultipartFile(c.req.raw, 'file', maxAttachmentBytes);
    return c.json(toAttachment(await addAttachment(deps.db, request, file, caller.contactId)), 201);
  })

  .openapi(download, async (c) => {
    const { deps, caller } = c.var;
    const { id, attachmentId } = c.req.valid('param');
    return fileDownload(c, await requestFile(deps.db, portalScope(caller), id, attachmentId, c.req.valid('query').size)) as never;
  });
