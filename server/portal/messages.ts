// /api/v1/portal/{slug}/requests/{id}/messages and /work-orders/{id}/messages: the customer's side of a conversation.
import { Hono, type Context } from 'hono';
import { every } from 'hono/combine';
import { requireContact } from '../auth/middleware.js';
import { requireFeature } from '../customer-data/access.js';
import { notFound } from '../http/errors.js';
import type { AppEnv } from '../http/env.js';
import { pageQuerySchema } from '../http/pagination.js';
import { validate } from '../http/validate.js';
import { listMessages, postMessage, type Thread } from '../messages/messages.js';
import { runWithOptionalKey } from '../requests/idempotency.js';
import { portalScope, requireRequest } from '../requests/requests.js';
import { idParams, messageBody } from '../requests/schemas.js';
import { toMessageOutput } from '../requests/views.js';
import { customerWorkOrder } from '../requests/work-orders.js';

const onRequests = every(requireContact, requireFeature('requests'), requireFeature('messages'));
const onWorkOrders = every(requireContact, requireFeature('workOrders'), requireFeature('messages'));

async function requestThread(c: Context<AppEnv>, id: string): Promise<Thread> {
  const { deps, caller } = c.var;
  return { kind: 'request', tenantId: caller.tenantId, request: await requireRequest(deps.db, portalScope(caller), id) };
}

/** The customer's own work order, and only in a status the portal shows. */
async function workOrderThread(c: Context<AppEnv>, id: string): Promise<Thread> {
  const { deps, caller, portal } = c.var;
  const workOrder = await customerWorkOrder(deps.db, caller.tenantId, caller.customerId, id);
  if (!workOrder || !(portal.settings.workOrders.visibleStatuses as readonly string[]).includes(workOrder.status)) {
    throw notFound('There is no work order with this id.');
  }
  return { kind: 'work_order', tenantId: caller.tenantId, workOrder };
}

async function postFromContact(c: Context<AppEnv>, thread: Thread, operation: string, body: string) {
  const { caller } = c.var;
  const outcome = await runWithOptionalKey(c, `contact:${caller.tenantId}:${caller.contactId}`, operation, { body }, async (trx) => {
    const message = await postMessage(trx, thread, { type: 'contact', contactId: caller.contactId }, body);
    return { status: 201 as const, body: toMessageOutput(message) };
  });
  return c.json(outcome.body, outcome.status);
}

export const messageRoutes = new Hono<AppEnv>()
  .get('/requests/:id/messages', onRequests, validate('param', idParams), validate('query', pageQuerySchema), async (c) => {
    const thread = await requestThread(c, c.req.valid('param').id);
    return c.json(await listMessages(c.var.deps.db, thread, c.req.valid('query')));
  })
  .post('/requests/:id/messages', onRequests, validate('param', idParams), validate('json', messageBody), async (c) => {
    const { id } = c.req.valid('param');
    return postFromContact(c, await requestThread(c, id), `POST /requests/${id}/messages`, c.req.valid('json').body);
  })
  .get('/work-orders/:id/messages', onWorkOrders, validate('param', idParams), validate('query', pageQuerySchema), async (c) => {
    const thread = await workOrderThread(c, c.req.valid('param').id);
    return c.json(await listMessages(c.var.deps.db, thread, c.req.valid('query')));
  })
  .post('/work-orders/:id/messages', onWorkOrders, validate('param', idParams), validate('json', messageBody), async (c) => {
    const { id } = c.req.valid('param');
    return postFromContact(c, await workOrderThread(c, id), `POST /work-orders/${id}/messages`, c.req.valid('json').body);
  });
