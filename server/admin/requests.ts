// /api/v1/admin/requests: the business's inbox of requests (guest requests included), their files, and status moves.
import { Hono } from 'hono';
import { fileDownload } from '../files/download.js';
import { clientIp } from '../http/client-ip.js';
import type { AppEnv } from '../http/env.js';
import { validate } from '../http/validate.js';
import { requireAttachment } from '../requests/attachments.js';
import { notifyStatusChange } from '../requests/notifications.js';
import { adminScope, changeRequestStatus, requireRequest } from '../requests/requests.js';
import { attachmentParams, changeRequestBody, idParams, inboxQuery } from '../requests/schemas.js';
import { adminRequestDetail, listAdminRequests } from '../requests/views.js';

export const adminRequestRoutes = new Hono<AppEnv>()
  .get('/requests', validate('query', inboxQuery), async (c) => {
    const query = c.req.valid('query');
    return c.json(await listAdminRequests(c.var.deps.db, c.var.admin.tenantId, { statuses: query.status, updatedSince: query.updatedSince }, query));
  })

  .get('/requests/:id', validate('param', idParams), async (c) => {
    return c.json(await adminRequestDetail(c.var.deps.db, c.var.admin.tenantId, c.req.valid('param').id));
  })

  .get('/requests/:id/attachments/:attachmentId', validate('param', attachmentParams), async (c) => {
    const { deps, admin } = c.var;
    const params = c.req.valid('param');
    const request = await requireRequest(deps.db, adminScope(admin), params.id);
    const attachment = await requireAttachment(deps.db, request, params.attachmentId);
    return fileDownload(c, { data: attachment.content, contentType: attachment.content_type, filename: attachment.filename });
  })

  .patch('/requests/:id', validate('param', idParams), validate('json', changeRequestBody), async (c) => {
    const { deps, admin } = c.var;
    const body = c.req.valid('json');
    const change = await changeRequestStatus(deps.db, admin, c.req.valid('param').id, body, clientIp(c));
    if (change.changed) await notifyStatusChange(deps, change.after, body.note ?? null);
    return c.json(await adminRequestDetail(deps.db, admin.tenantId, change.after.id));
  });
