// /api/v1/admin/webhooks: where the business wants its events delivered. The signing secret is shown once.
import { Hono } from 'hono';
import { recordAudit } from '../audit/audit.js';
import { clientIp } from '../http/client-ip.js';
import { ApiError, notFound } from '../http/errors.js';
import type { AppEnv } from '../http/env.js';
import { pageQuerySchema } from '../http/pagination.js';
import { validate } from '../http/validate.js';
import { idParams } from '../requests/schemas.js';
import { forbiddenHostReason } from '../webhooks/addresses.js';
import { createWebhook, deleteWebhook, listWebhooks } from '../webhooks/endpoints.js';
import { createWebhookBody } from '../webhooks/schemas.js';

export const adminWebhookRoutes = new Hono<AppEnv>()
  .post('/webhooks', validate('json', createWebhookBody), async (c) => {
    const { deps, admin } = c.var;
    const input = c.req.valid('json');
    // Names are checked again at every delivery, against what they resolve to then; an address can be refused now.
    const forbidden = deps.config.webhookAllowPrivate ? undefined : forbiddenHostReason(new URL(input.url));
    if (forbidden) throw new ApiError('validation_failed', 'The request body is not valid.', [{ path: 'url', message: forbidden }]);
    const created = await deps.db.transaction().execute(async (trx) => {
      const result = await createWebhook(trx, admin.tenantId, input);
      await recordAudit(trx, {
        tenantId: admin.tenantId,
        actorType: 'api_key',
        actorId: admin.keyId,
        action: 'webhook.created',
        subjectType: 'webhook',
        subjectId: result.endpoint.id,
        ip: clientIp(c),
        details: { url: result.endpoint.url, events: result.endpoint.events },
      });
      return result;
    });
    return c.json({ ...created.endpoint, secret: created.secret }, 201);
  })

  .get('/webhooks', validate('query', pageQuerySchema), async (c) => {
    return c.json(await listWebhooks(c.var.deps.db, c.var.admin.tenantId, c.req.valid('query')));
  })

  .delete('/webhooks/:id', validate('param', idParams), async (c) => {
    const { deps, admin } = c.var;
    const { id } = c.req.valid('param');
    await deps.db.transaction().execute(async (trx) => {
      if (!(await deleteWebhook(trx, admin.tenantId, id))) throw notFound('There is no webhook with this id.');
      await recordAudit(trx, { tenantId: admin.tenantId, actorType: 'api_key', actorId: admin.keyId, action: 'webhook.deleted', subjectType: 'webhook', subjectId: id, ip: clientIp(c) });
    });
    return c.body(null, 204);
  });
