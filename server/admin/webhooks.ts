// /api/v1/admin/webhooks: where the business wants its events delivered, and what became of each delivery. The
// signing secret is shown once.
import { idParam, recordIdSchema } from '../customer-data/fields.js';
import { clientIp } from '../http/client-ip.js';
import { commonFailures, defineRoute, empty, failure, json, jsonBody, routeGroup } from '../http/openapi.js';
import { pageQuerySchema } from '../http/pagination.js';
import { createdWebhookSchema, listWebhooks, registerWebhook, removeWebhook, webhookPageSchema } from '../webhooks/endpoints.js';
import { listDeliveries, retryDelivery, webhookDeliveryPageSchema, webhookDeliverySchema } from '../webhooks/deliveries.js';
import { createWebhookBody } from '../webhooks/schemas.js';

const tags = ['Back office: webhooks'];

const register = defineRoute('admin', {
  method: 'post',
  path: '/webhooks',
  tags,
  summary: 'Register an endpoint for events',
  description:
    'Deliveries are POST {id, type, createdAt, data} with Klantportaal-Signature: t=<unix>,v1=<hex HMAC-SHA256 of "t.body" keyed with the secret>. Retried with growing delays for a day; the event id stays the same.',
  request: { body: jsonBody(createWebhookBody) },
  responses: { 201: json(createdWebhookSchema, 'The endpoint and its secret, shown only here') },
});

const list = defineRoute('admin', {
  method: 'get',
  path: '/webhooks',
  tags,
  summary: 'The registered endpoints',
  request: { query: pageQuerySchema },
  responses: { 200: json(webhookPageSchema, 'A page of endpoints') },
});

const remove = defineRoute('admin', {
  method: 'delete',
  path: '/webhooks/{id}',
  tags,
  summary: 'Remove an endpoint and what was still queued for it',
  request: { params: idParam },
  responses: { 204: empty('Removed'), 404: commonFailures.notFound('webhook') },
});

const deliveries = defineRoute('admin', {
  method: 'get',
  path: '/webhooks/{id}/deliveries',
  tags,
  summary: 'An endpoint’s deliveries, newest first: event, status, attempts, last error, next attempt',
  description: 'Delivered events are kept for 7 days, given-up ones for 30.',
  request: { params: idParam, query: pageQuerySchema },
  responses: { 200: json(webhookDeliveryPageSchema, 'A page of deliveries'), 404: commonFailures.notFound('webhook') },
});

const retry = defineRoute('admin', {
  method: 'post',
  path: '/webhooks/{id}/deliveries/{deliveryId}/retry',
  tags,
  summary: 'Send a pending or given-up delivery again now',
  description: 'It is due at once and sent within a second or so, signed afresh, with the same event id. Should that attempt fail too, it waits as any retry does; a delivery more than a day old is given up again.',
  request: { params: idParam.extend({ deliveryId: recordIdSchema }) },
  responses: {
    200: json(webhookDeliverySchema, 'The delivery, due now'),
    404: commonFailures.notFound('webhook or delivery'),
    409: failure('The event was delivered already (reason already_delivered)', 'conflict'),
  },
});

export const adminWebhookRoutes = routeGroup()
  .openapi(register, async (c) => {
    const { deps, admin } = c.var;
    const created = await registerWebhook(deps.db, admin, c.req.valid('json'), { allowPrivate: deps.config.webhookAllowPrivate, ip: clientIp(c) });
    return c.json(created, 201);
  })
  .openapi(list, async (c) => {
    return c.json(await listWebhooks(c.var.deps.db, c.var.admin.tenantId, c.req.valid('query')), 200);
  })
  .openapi(remove, async (c) => {
    const { deps, admin } = c.var;
    await removeWebhook(deps.db, admin, c.req.valid('param').id, clientIp(c));
    return c.body(null, 204);
  })
  .openapi(deliveries, async (c) => {
    return c.json(await listDeliveries(c.var.deps.db, c.var.admin.tenantId, c.req.valid('param').id, c.req.valid('query')), 200);
  })
  .openapi(retry, async (c) => {
    const { deps, admin } = c.var;
    const { id, deliveryId } = c.req.valid('param');
    return c.json(await retryDelivery(deps.db, admin, { webhookId: id, deliveryId }, clientIp(c)), 200);
  });
