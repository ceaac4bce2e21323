// /api/v1/portal/{slug}/requests/{id}/messages and /work-orders/{id}/messages: the customer's side of a conversation,
// with its photos and PDFs (uploaded first to …/messages/files, then named by the message).
import type { Context } from 'hono';
import { every } from 'hono/combine';
import { requireContact } from '../auth/middleware.js';
import { hitOrThrow } from '../auth/throttle.js';
import { requireFeature } from '../customer-data/access.js';
import { recordIdSchema } from '../customer-data/fields.js';
import { fileDownload } from '../files/download.js';
import type { AppEnv } from '../http/env.js';
import { commonFailures, defineRoute, failure, file, headers, json, jsonBody, multipartFileBody, onPortal, routeGroup } from '../http/openapi.js';
import { pageQuerySchema } from '../http/pagination.js';
import { messageFile, uploadMessageFile, ensureRoomForMessageFile } from '../messages/files.js';
import { customerWorkOrderThread, listMessages, postMessage, requestThread, type MessageAuthor, type MessageInput, type Thread } from '../messages/messages.js';
import { messagePosted } from '../messages/notifications.js';
import { messageFileSchema, messagePageSchema, messageSchema, toMessageFile } from '../messages/output.js';
import { messageBody } from '../messages/schemas.js';
import { attachmentTypes, maxAttachmentBytes } from '../requests/attachments.js';
import { explainIdempotencyKey, markReplay, optionalKeyHeaders, runRetryable } from '../requests/idempotency.js';
import { readMultipartFile } from '../requests/multipart.js';
import { portalScope } from '../requests/requests.js';
import { uploadLimit } from './requests.js';

const tags = ['Messages'];
const onRequests = every(requireContact, requireFeature('requests'), requireFeature('messages'));
const onWorkOrders = every(requireContact, requireFeature('workOrders'), requireFeature('messages'));
const params = onPortal({ id: recordIdSchema });
const fileParams = onPortal({ id: recordIdSchema, messageId: recordIdSchema, fileId: recordIdSchema });

type Middleware = typeof onRequests;

/** Reading a conversation: the same on a request and on a work order. */
function readRoute<const Path extends string>(path: Path, noun: string, feature: string, middleware: Middleware) {
  return defineRoute('portal', {
    method: 'get',
    path,
    tags,
    summary: `The conversation on a ${noun}, newest first`,
    middleware,
    request: { params, query: pageQuerySchema },
    responses: {
      200: json(messagePageSchema, 'A page of messages'),
      403: failure(`${feature} or messages are switched off for this portal`, 'feature_disabled'),
      404: commonFailures.notFound(noun),
    },
  });
}

/** Writing in a conversation: the same on a request and on a work order. */
function writeRoute<const Path extends string>(path: Path, noun: string, feature: string, middleware: Middleware) {
  return defineRoute('portal', {
    method: 'post',
    path,
    tags,
    summary: `Write to the business about a ${noun}`,
    middleware,
    request: { params, headers: optionalKeyHeaders, body: jsonBody(messageBody) },
    responses: {
      201: json(messageSchema, 'The message with its files; a retry with the same key answers it again', headers.idempotentReplayed),
      400: failure('The body is not valid, or a file named is not one this contact uploaded to this conversation and still waiting', 'validation_failed'),
      403: failure(`${feature} or messages are switched off for this portal, or this is a read-only preview`, 'feature_disabled', 'forbidden'),
      404: commonFailures.notFound(noun),
      409: failure('A message with this Idempotency-Key is still being processed: retry in a moment', 'conflict'),
      422: failure('This Idempotency-Key was used for another message', 'idempotency_mismatch'),
    },
  });
}

/** Uploading a file for a message yet to be written: the same on a request and on a work order. */
function uploadRoute<const Path extends string>(path: Path, noun: string, feature: string, middleware: Middleware) {
  return defineRoute('portal', {
    method: 'post',
    path,
    tags,
    summary: `Upload a photo or PDF for a message about a ${noun}`,
    description: 'The file waits, seen by nobody else, until a message names it in `fileIds` (within a day).',
    middleware,
    request: {
      params,
      body: multipartFileBody('file', 'One file in the field `file`: JPEG, PNG, WebP, HEIC or PDF (decided from its bytes), at most 10 MB; at most 3 a message.'),
    },
    responses: {
      201: json(messageFileSchema, 'The file, waiting for its message'),
      403: failure(`${feature} or messages are switched off for this portal, or this is a read-only preview`, 'feature_disabled', 'forbidden'),
      404: commonFailures.notFound(noun),
      409: failure('Ten files are waiting for a message already', 'conflict'),
      413: failure('The file is larger than 10 MB', 'payload_too_large'),
      415: failure('Not a photo or PDF judged by its bytes, or not sent as multipart/form-data', 'unsupported_media_type'),
      429: failure('Too many uploads from this contact in the last hour', 'rate_limited'),
    },
  });
}

/** Downloading a file of a message: the same on a request and on a work order. */
function downloadRoute<const Path extends string>(path: Path, noun: string, feature: string, middleware: Middleware) {
  return defineRoute('portal', {
    method: 'get',
    path,
    tags,
    summary: `Download a photo or PDF of a message about a ${noun}`,
    middleware,
    request: { params: fileParams },
    responses: {
      200: file('The file, as an attachment (nosniff, sandboxed)', attachmentTypes),
      403: failure(`${feature} or messages are switched off for this portal`, 'feature_disabled'),
      404: commonFailures.notFound(`${noun}, message or file`),
    },
  });
}

const authorOf = (c: Context<AppEnv>): MessageAuthor => ({ type: 'contact', contactId: c.var.caller.contactId });

async function postFromContact(c: Context<AppEnv>, thread: Thread, operation: string, input: MessageInput, key: string | undefined) {
  const { deps, caller } = c.var;
  const write = { scope: `contact:${caller.tenantId}:${caller.contactId}`, key, operation, body: input };
  const outcome = await runRetryable(deps.db, write, async (trx) => ({ status: 201 as const, body: await postMessage(trx, thread, authorOf(c), input) }));
  if (!outcome.replayed) await messagePosted(deps, thread, outcome.body);
  markReplay(c, outcome);
  return outcome;
}

async function uploadFromContact(c: Context<AppEnv>, thread: Thread) {
  const { deps, caller } = c.var;
  // Refuse before reading a byte of a body that could not be kept anyway.
  await ensureRoomForMessageFile(deps.db, thread, authorOf(c));
  await hitOrThrow(deps.db, [{ key: `upload:contact:${caller.contactId}`, limit: uploadLimit }]);
  const upload = await readMultipartFile(c.req.raw, 'file', maxAttachmentBytes);
  return toMessageFile(await uploadMessageFile(deps.db, thread, authorOf(c), upload));
}

const ownRequestThread = (c: Context<AppEnv>, id: string) => requestThread(c.var.deps.db, portalScope(c.var.caller), id);
const workOrderThread = (c: Context<AppEnv>, id: string) =>
  customerWorkOrderThread(c.var.deps.db, c.var.caller, c.var.portal.settings.workOrders.visibleStatuses, id);

export const messageRoutes = routeGroup()
  .openapi(readRoute('/requests/{id}/messages', 'request', 'Requests', onRequests), async (c) => {
    const thread = await ownRequestThread(c, c.req.valid('param').id);
    return c.json(await listMessages(c.var.deps.db, thread, c.req.valid('query')), 200);
  })
  .openapi(
    writeRoute('/requests/{id}/messages', 'request', 'Requests', onRequests),
    async (c) => {
      const { id } = c.req.valid('param');
      const thread = await ownRequestThread(c, id);
      const outcome = await postFromContact(c, thread, `POST /requests/${id}/messages`, c.req.valid('json'), c.req.valid('header')['Idempotency-Key']);
      return c.json(outcome.body, outcome.status);
    },
    explainIdempotencyKey,
  )
  .openapi(uploadRoute('/requests/{id}/messages/files', 'request', 'Requests', onRequests), async (c) =>
    c.json(await uploadFromContact(c, await ownRequestThread(c, c.req.valid('param').id)), 201),
  )
  .openapi(downloadRoute('/requests/{id}/messages/{messageId}/files/{fileId}', 'request', 'Requests', onRequests), async (c) => {
    const { id, messageId, fileId } = c.req.valid('param');
    return fileDownload(c, await messageFile(c.var.deps.db, await ownRequestThread(c, id), messageId, fileId)) as never;
  })
  .openapi(readRoute('/work-orders/{id}/messages', 'work order', 'Work orders', onWorkOrders), async (c) => {
    const thread = await workOrderThread(c, c.req.valid('param').id);
    return c.json(await listMessages(c.var.deps.db, thread, c.req.valid('query')), 200);
  })
  .openapi(
    writeRoute('/work-orders/{id}/messages', 'work order', 'Work orders', onWorkOrders),
    async (c) => {
      const { id } = c.req.valid('param');
      const outcome = await postFromContact(c, await workOrderThread(c, id), `POST /work-orders/${id}/messages`, c.req.valid('json'), c.req.valid('header')['Idempotency-Key']);
      return c.json(outcome.body, outcome.status);
    },
    explainIdempotencyKey,
  )
  .openapi(uploadRoute('/work-orders/{id}/messages/files', 'work order', 'Work orders', onWorkOrders), async (c) =>
    c.json(await uploadFromContact(c, await workOrderThread(c, c.req.valid('param').id)), 201),
  )
  .openapi(downloadRoute('/work-orders/{id}/messages/{messageId}/files/{fileId}', 'work order', 'Work orders', onWorkOrders), async (c) => {
    const { id, messageId, fileId } = c.req.valid('param');
    return fileDownload(c, await messageFile(c.var.deps.db, await workOrderThread(c, id), messageId, fileId)) as never;
  });
