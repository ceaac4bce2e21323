// The business's side of conversations: /api/v1/admin/requests/{id}/messages and /work-orders/{externalId}/messages,
// with their photos and PDFs (uploaded first to …/messages/files, then named by the message).
import type { Context } from 'hono';
import { idParam, recordIdSchema } from '../customer-data/fields.js';
import { fileDownload } from '../files/download.js';
import type { AppEnv } from '../http/env.js';
import { commonFailures, defineRoute, failure, file, headers, json, jsonBody, multipartFileBody, routeGroup, z } from '../http/openapi.js';
import { pageQuerySchema } from '../http/pagination.js';
import { ensureRoomForMessageFile, messageFile, uploadMessageFile } from '../messages/files.js';
import { businessWorkOrderThread, listMessages, postMessage, requestThread, type MessageAuthor, type Thread } from '../messages/messages.js';
import { messagePosted } from '../messages/notifications.js';
import { messageFileSchema, messagePageSchema, messageSchema, toMessageFile } from '../messages/output.js';
import { businessMessageBody } from '../messages/schemas.js';
import { attachmentTypes, maxAttachmentBytes } from '../requests/attachments.js';
import { explainIdempotencyKey, markReplay, optionalKeyHeaders, runRetryable } from '../requests/idempotency.js';
import { readMultipartFile } from '../requests/multipart.js';
import { adminScope } from '../requests/requests.js';

const tags = ['Back office: messages'];
const externalIdParams = z.object({ externalId: recordIdSchema.openapi({ description: 'The back office’s own id of the work order' }) });
const fileIds = { messageId: recordIdSchema, fileId: recordIdSchema };

/** Reading a conversation: the same on a request (by its id) and on a work order (by the back office's id). */
function readRoute<const Path extends string, Params extends z.ZodObject>(path: Path, noun: string, params: Params) {
  return defineRoute('admin', {
    method: 'get',
    path,
    tags,
    summary: `The conversation on a ${noun}, newest first`,
    request: { params, query: pageQuerySchema },
    responses: { 200: json(messagePageSchema, 'A page of messages'), 404: commonFailures.notFound(noun) },
  });
}

/** Writing in a conversation; `conflict` says what else than a running retry answers 409. */
function writeRoute<const Path extends string, Params extends z.ZodObject>(path: Path, summary: string, noun: string, params: Params, conflict = '') {
  return defineRoute('admin', {
    method: 'post',
    path,
    tags,
    summary,
    request: { params, headers: optionalKeyHeaders, body: jsonBody(businessMessageBody) },
    responses: {
      201: json(messageSchema, 'The message with its files; a retry with the same key answers it again', headers.idempotentReplayed),
      400: failure('The body is not valid, or a file named is not one this caller uploaded to this conversation and still waiting', 'validation_failed'),
      404: commonFailures.notFound(noun),
      409: failure(`A message with this Idempotency-Key is still being processed${conflict}`, 'conflict'),
      422: failure('This Idempotency-Key was used for another message', 'idempotency_mismatch'),
    },
  });
}

/** Uploading a file for a message yet to be written, on a request or a work order. */
function uploadRoute<const Path extends string, Params extends z.ZodObject>(path: Path, noun: string, params: Params, conflict = '') {
  return defineRoute('admin', {
    method: 'post',
    path,
    tags,
    summary: `Upload a photo or PDF for a message about a ${noun}`,
    description: 'The file waits, seen by nobody else, until a message by the same caller names it in `fileIds` (within a day).',
    request: {
      params,
      body: multipartFileBody('file', 'One file in the field `file`: JPEG, PNG, WebP, HEIC or PDF (decided from its bytes), at most 10 MB; at most 3 a message.'),
    },
    responses: {
      201: json(messageFileSchema, 'The file, waiting for its message'),
      404: commonFailures.notFound(noun),
      409: failure(`Ten files are waiting for a message already${conflict}`, 'conflict'),
      413: failure('The file is larger than 10 MB', 'payload_too_large'),
      415: failure('Not a photo or PDF judged by its bytes, or not sent as multipart/form-data', 'unsupported_media_type'),
    },
  });
}

/** Downloading a file of a message, on a request or a work order. */
function downloadRoute<const Path extends string, Params extends z.ZodObject>(path: Path, noun: string, params: Params) {
  return defineRoute('admin', {
    method: 'get',
    path,
    tags,
    summary: `Download a photo or PDF of a message about a ${noun}`,
    request: { params },
    responses: {
      200: file('The file, as an attachment (nosniff, sandboxed)', attachmentTypes),
      404: commonFailures.notFound(`${noun}, message or file`),
    },
  });
}

const authorOf = (c: Context<AppEnv>, name?: string): MessageAuthor => ({ type: 'business', actorId: c.var.admin.keyId, name });

async function postFromBusiness(
  c: Context<AppEnv>,
  thread: Thread,
  operation: string,
  input: { body: string; authorName?: string | undefined; fileIds?: string[] | undefined },
  key: string | undefined,
) {
  const { deps, admin } = c.var;
  const outcome = await runRetryable(deps.db, { scope: `api_key:${admin.tenantId}:${admin.keyId}`, key, operation, body: input }, async (trx) => ({
    status: 201 as const,
    body: await postMessage(trx, thread, authorOf(c, input.authorName), input),
  }));
  if (!outcome.replayed) await messagePosted(deps, thread, outcome.body);
  markReplay(c, outcome);
  return outcome;
}

async function uploadFromBusiness(c: Context<AppEnv>, thread: Thread) {
  const { deps } = c.var;
  await ensureRoomForMessageFile(deps.db, thread, authorOf(c));
  const upload = await readMultipartFile(c.req.raw, 'file', maxAttachmentBytes);
  return toMessageFile(await uploadMessageFile(deps.db, thread, authorOf(c), upload));
}

const tenantRequestThread = (c: Context<AppEnv>, id: string) => requestThread(c.var.deps.db, adminScope(c.var.admin), id);
const tenantWorkOrderThread = (c: Context<AppEnv>, externalId: string) => businessWorkOrderThread(c.var.deps.db, c.var.admin.tenantId, externalId);
const guestConflict = ', or the request is a guest’s: answer by mail or phone';

export const adminMessageRoutes = routeGroup()
  .openapi(readRoute('/requests/{id}/messages', 'request', idParam), async (c) => {
    const thread = await tenantRequestThread(c, c.req.valid('param').id);
    return c.json(await listMessages(c.var.deps.db, thread, c.req.valid('query')), 200);
  })
  .openapi(
    writeRoute('/requests/{id}/messages', 'Answer the customer on a request', 'request', idParam, guestConflict),
    async (c) => {
      const { id } = c.req.valid('param');
      const thread = await tenantRequestThread(c, id);
      const outcome = await postFromBusiness(c, thread, `POST /requests/${id}/messages`, c.req.valid('json'), c.req.valid('header')['Idempotency-Key']);
      return c.json(outcome.body, outcome.status);
    },
    explainIdempotencyKey,
  )
  .openapi(uploadRoute('/requests/{id}/messages/files', 'request', idParam, guestConflict), async (c) =>
    c.json(await uploadFromBusiness(c, await tenantRequestThread(c, c.req.valid('param').id)), 201),
  )
  .openapi(downloadRoute('/requests/{id}/messages/{messageId}/files/{fileId}', 'request', idParam.extend(fileIds)), async (c) => {
    const { id, messageId, fileId } = c.req.valid('param');
    return fileDownload(c, await messageFile(c.var.deps.db, await tenantRequestThread(c, id), messageId, fileId)) as never;
  })
  .openapi(readRoute('/work-orders/{externalId}/messages', 'work order', externalIdParams), async (c) => {
    const thread = await tenantWorkOrderThread(c, c.req.valid('param').externalId);
    return c.json(await listMessages(c.var.deps.db, thread, c.req.valid('query')), 200);
  })
  .openapi(
    writeRoute('/work-orders/{externalId}/messages', 'Write to the customer about a work order', 'work order', externalIdParams),
    async (c) => {
      const { externalId } = c.req.valid('param');
      const thread = await tenantWorkOrderThread(c, externalId);
      const outcome = await postFromBusiness(c, thread, `POST /work-orders/${externalId}/messages`, c.req.valid('json'), c.req.valid('header')['Idempotency-Key']);
      return c.json(outcome.body, outcome.status);
    },
    explainIdempotencyKey,
  )
  .openapi(uploadRoute('/work-orders/{externalId}/messages/files', 'work order', externalIdParams), async (c) =>
    c.json(await uploadFromBusiness(c, await tenantWorkOrderThread(c, c.req.valid('param').externalId)), 201),
  )
  .openapi(downloadRoute('/work-orders/{externalId}/messages/{messageId}/files/{fileId}', 'work order', externalIdParams.extend(fileIds)), async (c) => {
    const { externalId, messageId, fileId } = c.req.valid('param');
    return fileDownload(c, await messageFile(c.var.deps.db, await tenantWorkOrderThread(c, externalId), messageId, fileId)) as never;
  });
