// The business's side of conversations: /api/v1/admin/requests/{id}/messages and /work-orders/{externalId}/messages.
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../http/env.js';
import { notFound } from '../http/errors.js';
import { pageQuerySchema } from '../http/pagination.js';
import { validate } from '../http/validate.js';
import { listMessages, postMessage, type Thread } from '../messages/messages.js';
import { runWithOptionalKey } from '../requests/idempotency.js';
import { notifyBusinessMessage } from '../requests/notifications.js';
import { adminScope, requireRequest } from '../requests/requests.js';
import { businessMessageBody, externalIdParams, idParams } from '../requests/schemas.js';
import { toMessageOutput } from '../requests/views.js';
import { tenantWorkOrderByExternalId } from '../requests/work-orders.js';

async function requestThread(c: Context<AppEnv>, id: string): Promise<Thread> {
  const { deps, admin } = c.var;
  return { kind: 'request', tenantId: admin.tenantId, request: await requireRequest(deps.db, adminScope(admin), id) };
}

async function workOrderThread(c: Context<AppEnv>, externalId: string): Promise<Thread> {
  const { deps, admin } = c.var;
  const workOrder = await tenantWorkOrderByExternalId(deps.db, admin.tenantId, externalId);
  if (!workOrder) throw notFound('There is no work order with this externalId.');
  return { kind: 'work_order', tenantId: admin.tenantId, workOrder };
}

async function postFromBusiness(c: Context<AppEnv>, thread: Thread, operation: string, input: { body: string; authorName?: string | undefined }) {
  const { deps, admin } = c.var;
  const outcome = await runWithOptionalKey(c, `api_key:${admin.tenantId}:${admin.keyId}`, operation, input, async (trx) => {
    const message = await postMessage(trx, thread, { type: 'business', name: input.authorName }, input.body);
    return { status: 201 as const, body: toMessageOutput(message) };
  });
  if (!outcome.replayed) await notifyBusinessMessage(deps, thread, outcome.body);
  return c.json(outcome.body, outcome.status);
}

export const adminMessageRoutes = new Hono<AppEnv>()
  .get('/requests/:id/messages', validate('param', idParams), validate('query', pageQuerySchema), async (c) => {
    const thread = await requestThread(c, c.req.valid('param').id);
    return c.json(await listMessages(c.var.deps.db, thread, c.req.valid('query')));
  })
  .post('/requests/:id/messages', validate('param', idParams), validate('json', businessMessageBody), async (c) => {
    const { id } = c.req.valid('param');
    return postFromBusiness(c, await requestThread(c, id), `POST /requests/${id}/messages`, c.req.valid('json'));
  })
  .get('/work-orders/:externalId/messages', validate('param', externalIdParams), validate('query', pageQuerySchema), async (c) => {
    const thread = await workOrderThread(c, c.req.valid('param').externalId);
    return c.json(await listMessages(c.var.deps.db, thread, c.req.valid('query')));
  })
  .post('/work-orders/:externalId/messages', validate('param', externalIdParams), validate('json', businessMessageBody), async (c) => {
    const { externalId } = c.req.valid('param');
    return postFromBusiness(c, await workOrderThread(c, externalId), `POST /work-orders/${externalId}/messages`, c.req.valid('json'));
  });
