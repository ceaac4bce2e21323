// The business's side of conversations: /api/v1/admin/requests/{id}/messages and /work-orders/{externalId}/messages.
import type { Context } from 'hono';
import { idParam, recordIdSchema } from '../customer-data/fields.js';
import type { AppEnv } from '../http/env.js';
import { commonFailures, defineRoute, failure, headers, json, jsonBody, routeGroup, z } from '../http/openapi.js';
import { pageQuerySchema } from '../http/pagination.js';
import { businessWorkOrderThread, listMessages, postMessage, requestThread, type Thread } from '../messages/messages.js';
import { messagePosted } from '../messages/notifications.js';
import { messagePageSchema, messageSchema, toMessage } from '../messages/output.js';
import { businessMessageBody } from '../messages/schemas.js';
import { explainIdempotencyKey, markReplay, optionalKeyHeaders, runRetryable } from '../requests/idempotency.js';
import { adminScope } from '../requests/requests.js';

const tags = ['Back office: messages'];
const externalIdParams = z.object({ externalId: recordIdSchema.openapi({ description: 'The back office’s own id of the work order' }) });

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
      201: json(messageSchema, 'The message; a retry with the same key answers it again', headers.idempotentReplayed),
      404: commonFailures.notFound(noun),
      409: failure(`A message with this Idempotency-Key is still being processed${conflict}`, 'conflict'),
      422: failure('This Idempotency-Key was used for another message', 'idempotency_mismatch'),
    },
  });
}

async function postFromBusiness(c: Context<AppEnv>, thread: Thread, operation: string, input: { body: string; authorName?: string | undefined }, key: string | undefined) {
  const { deps, admin } = c.var;
  const outcome = await runRetryable(deps.db, { scope: `api_key:${admin.tenantId}:${admin.keyId}`, key, operation, body: input }, async (trx) => {
    const message = await postMessage(trx, thread, { type: 'business', name: input.authorName }, input.body);
    return { status: 201 as const, body: toMessage(message) };
  });
  if (!outcome.replayed) await messagePosted(deps, thread, outcome.body);
  markReplay(c, outcome);
  return outcome;
}

export const adminMessageRoutes = routeGroup()
  .openapi(readRoute('/requests/{id}/messages', 'request', idParam), async (c) => {
    const thread = await requestThread(c.var.deps.db, adminScope(c.var.admin), c.req.valid('param').id);
    return c.json(await listMessages(c.var.deps.db, thread, c.req.valid('query')), 200);
  })
  .openapi(
    writeRoute('/requests/{id}/messages', 'Answer the customer on a request', 'request', idParam, ', or the request is a guest’s: answer by mail or phone'),
    async (c) => {
      const { id } = c.req.valid('param');
      const thread = await requestThread(c.var.deps.db, adminScope(c.var.admin), id);
      const outcome = await postFromBusiness(c, thread, `POST /requests/${id}/messages`, c.req.valid('json'), c.req.valid('header')['Idempotency-Key']);
      return c.json(outcome.body, outcome.status);
    },
    explainIdempotencyKey,
  )
  .openapi(readRoute('/work-orders/{externalId}/messages', 'work order', externalIdParams), async (c) => {
    const thread = await businessWorkOrderThread(c.var.deps.db, c.var.admin.tenantId, c.req.valid('param').externalId);
    return c.json(await listMessages(c.var.deps.db, thread, c.req.valid('query')), 200);
  })
  .openapi(
    writeRoute('/work-orders/{externalId}/messages', 'Write to the customer about a work order', 'work order', externalIdParams),
    async (c) => {
      const { externalId } = c.req.valid('param');
      const thread = await businessWorkOrderThread(c.var.deps.db, c.var.admin.tenantId, externalId);
      const outcome = await postFromBusiness(c, thread, `POST /work-orders/${externalId}/messages`, c.req.valid('json'), c.req.valid('header')['Idempotency-Key']);
      return c.json(outcome.body, outcome.status);
    },
    explainIdempotencyKey,
  );
