// /api/v1/portal/{slug}/requests/{id}/messages and /work-orders/{id}/messages: the customer's side of a conversation.
import type { Context } from 'hono';
import { every } from 'hono/combine';
import { requireContact } from '../auth/middleware.js';
import { requireFeature } from '../customer-data/access.js';
import { recordIdSchema } from '../customer-data/fields.js';
import type { AppEnv } from '../http/env.js';
import { commonFailures, defineRoute, failure, headers, json, jsonBody, onPortal, routeGroup } from '../http/openapi.js';
import { pageQuerySchema } from '../http/pagination.js';
import { customerWorkOrderThread, listMessages, postMessage, requestThread, type Thread } from '../messages/messages.js';
import { messagePosted } from '../messages/notifications.js';
import { messagePageSchema, messageSchema, toMessage } from '../messages/output.js';
import { messageBody } from '../messages/schemas.js';
import { explainIdempotencyKey, markReplay, optionalKeyHeaders, runRetryable } from '../requests/idempotency.js';
import { portalScope } from '../requests/requests.js';

const tags = ['Messages'];
const onRequests = every(requireContact, requireFeature('requests'), requireFeature('messages'));
const onWorkOrders = every(requireContact, requireFeature('workOrders'), requireFeature('messages'));
const params = onPortal({ id: recordIdSchema });

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
      201: json(messageSchema, 'The message; a retry with the same key answers it again', headers.idempotentReplayed),
      403: failure(`${feature} or messages are switched off for this portal, or this is a read-only preview`, 'feature_disabled', 'forbidden'),
      404: commonFailures.notFound(noun),
      409: failure('A message with this Idempotency-Key is still being processed: retry in a moment', 'conflict'),
      422: failure('This Idempotency-Key was used for another message', 'idempotency_mismatch'),
    },
  });
}

async function postFromContact(c: Context<AppEnv>, thread: Thread, operation: string, body: string, key: string | undefined) {
  const { deps, caller } = c.var;
  const write = { scope: `contact:${caller.tenantId}:${caller.contactId}`, key, operation, body: { body } };
  const outcome = await runRetryable(deps.db, write, async (trx) => {
    const message = await postMessage(trx, thread, { type: 'contact', contactId: caller.contactId }, body);
    return { status: 201 as const, body: toMessage(message) };
  });
  if (!outcome.replayed) await messagePosted(deps, thread, outcome.body);
  markReplay(c, outcome);
  return outcome;
}

const workOrderThread = (c: Context<AppEnv>, id: string) =>
  customerWorkOrderThread(c.var.deps.db, c.var.caller, c.var.portal.settings.workOrders.visibleStatuses, id);

export const messageRoutes = routeGroup()
  .openapi(readRoute('/requests/{id}/messages', 'request', 'Requests', onRequests), async (c) => {
    const thread = await requestThread(c.var.deps.db, portalScope(c.var.caller), c.req.valid('param').id);
    return c.json(await listMessages(c.var.deps.db, thread, c.req.valid('query')), 200);
  })
  .openapi(
    writeRoute('/requests/{id}/messages', 'request', 'Requests', onRequests),
    async (c) => {
      const { id } = c.req.valid('param');
      const thread = await requestThread(c.var.deps.db, portalScope(c.var.caller), id);
      const outcome = await postFromContact(c, thread, `POST /requests/${id}/messages`, c.req.valid('json').body, c.req.valid('header')['Idempotency-Key']);
      return c.json(outcome.body, outcome.status);
    },
    explainIdempotencyKey,
  )
  .openapi(readRoute('/work-orders/{id}/messages', 'work order', 'Work orders', onWorkOrders), async (c) => {
    const thread = await workOrderThread(c, c.req.valid('param').id);
    return c.json(await listMessages(c.var.deps.db, thread, c.req.valid('query')), 200);
  })
  .openapi(
    writeRoute('/work-orders/{id}/messages', 'work order', 'Work orders', onWorkOrders),
    async (c) => {
      const { id } = c.req.valid('param');
      const outcome = await postFromContact(c, await workOrderThread(c, id), `POST /work-orders/${id}/messages`, c.req.valid('json').body, c.req.valid('header')['Idempotency-Key']);
      return c.json(outcome.body, outcome.status);
    },
    explainIdempotencyKey,
  );
