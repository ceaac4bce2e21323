// GET /api/v1/admin/audit: the business's audit trail, newest first.
import { auditPageSchema, auditQuery, listAuditEvents } from '../audit/trail.js';
import { defineRoute, json, routeGroup } from '../http/openapi.js';

const trail = defineRoute('admin', {
  method: 'get',
  path: '/audit',
  tags: ['Back office: audit'],
  summary: 'The audit trail, newest first',
  request: { query: auditQuery },
  responses: { 200: json(auditPageSchema, 'A page of audit events') },
});

export const adminAuditRoutes = routeGroup().openapi(trail, async (c) => {
  const { action, ...page } = c.req.valid('query');
  return c.json(await listAuditEvents(c.var.deps.db, c.var.admin.tenantId, action, page), 200);
});
