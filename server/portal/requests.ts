// /api/v1/portal/{slug}/requests: a signed-in customer submits service requests, adds photos, follows and cancels them.
import { Hono } from 'hono';
import { every } from 'hono/combine';
import { requireContact } from '../auth/middleware.js';
import { hitOrThrow } from '../auth/throttle.js';
import { requireFeature } from '../customer-data/access.js';
import { fileDownload } from '../files/download.js';
import { clientIp } from '../http/client-ip.js';
import type { AppEnv } from '../http/env.js';
import { validate } from '../http/validate.js';
import {
  addAttachment,
  countAttachments,
  ensureRequestTakesFiles,
  maxAttachmentBytes,
  requireAttachment,
} from '../requests/attachments.js';
import { requestFingerprint, requireIdempotencyKey, runIdempotent } from '../requests/idempotency.js';
import { readMultipartFile } from '../requests/multipart.js';
import { cancelRequest, closedStatuses, openStatuses, portalScope, requireRequest, submitRequest } from '../requests/requests.js';
import { attachmentParams, idParams, portalRequestListQuery, submitRequestBody } from '../requests/schemas.js';
import { listPortalRequests, portalRequestDetail, toAttachmentOutput } from '../requests/views.js';

const hour = 3_600_000;
/** Generous for a person, tight for a script: both counted per contact. */
export const submissionLimit = { max: 20, windowMs: hour };
export const uploadLimit = { max: 60, windowMs: hour };

const contactWithRequests = every(requireContact, requireFeature('requests'));

export const requestRoutes = new Hono<AppEnv>()
  .get('/requests', contactWithRequests, validate('query', portalRequestListQuery), async (c) => {
    const query = c.req.valid('query');
    const statuses = query.status === 'open' ? openStatuses : query.status === 'closed' ? closedStatuses : undefined;
    const { caller } = c.var;
    return c.json(await listPortalRequests(c.var.deps.db, { tenantId: caller.tenantId, customerId: caller.customerId }, statuses, query));
  })

  .post('/requests', contactWithRequests, validate('json', submitRequestBody), async (c) => {
    const key = requireIdempotencyKey(c);
    const body = c.req.valid('json');
    const { deps, portal, caller } = c.var;
    const outcome = await runIdempotent(
      deps.db,
      { scope: `contact:${caller.tenantId}:${caller.contactId}`, key, fingerprint: requestFingerprint('POST /requests', body) },
      async (trx) => {
        await hitOrThrow(trx, [{ key: `request:contact:${caller.contactId}`, limit: submissionLimit }]);
        const row = await submitRequest(trx, portal, caller, body, clientIp(c));
        return { status: 201 as const, body: await portalRequestDetail(trx, row) };
      },
    );
    if (outcome.replayed) c.header('Idempotent-Replayed', 'true');
    return c.json(outcome.body, outcome.status);
  })

  .get('/requests/:id', contactWithRequests, validate('param', idParams), async (c) => {
    const { deps, caller } = c.var;
    const request = await requireRequest(deps.db, portalScope(caller), c.req.valid('param').id);
    return c.json(await portalRequestDetail(deps.db, request));
  })

  .post('/requests/:id/cancel', contactWithRequests, validate('param', idParams), async (c) => {
    const { deps, caller } = c.var;
    const cancelled = await cancelRequest(deps.db, caller, c.req.valid('param').id, clientIp(c));
    return c.json(await portalRequestDetail(deps.db, cancelled));
  })

  .post('/requests/:id/attachments', contactWithRequests, validate('param', idParams), async (c) => {
    const { deps, caller } = c.var;
    const request = await requireRequest(deps.db, portalScope(caller), c.req.valid('param').id);
    // Refuse before reading a byte of a body that could not be kept anyway.
    ensureRequestTakesFiles(request, await countAttachments(deps.db, request.id));
    await hitOrThrow(deps.db, [{ key: `upload:contact:${caller.contactId}`, limit: uploadLimit }]);
    const file = await readMultipartFile(c.req.raw, 'file', maxAttachmentBytes);
    const attachment = await addAttachment(deps.db, request, file, caller.contactId);
    return c.json(toAttachmentOutput(attachment), 201);
  })

  .get('/requests/:id/attachments/:attachmentId', contactWithRequests, validate('param', attachmentParams), async (c) => {
    const { deps, caller } = c.var;
    const params = c.req.valid('param');
    const request = await requireRequest(deps.db, portalScope(caller), params.id);
    const attachment = await requireAttachment(deps.db, request, params.attachmentId);
    return fileDownload(c, { data: attachment.content, contentType: attachment.content_type, filename: attachment.filename });
  });
