// GET /api/v1/admin/audit: the business's audit trail, newest first.
import { Hono } from 'hono';
import { z } from 'zod';
import type { AuditEvent } from '../db/tables/accounts.js';
import type { AppEnv } from '../http/env.js';
import { keysetPage, pageOf, pageQuerySchema } from '../http/pagination.js';
import { validate } from '../http/validate.js';
import { pageOutput, timestampOutput } from '../requests/schemas.js';

export const auditQuery = pageQuerySchema.extend({
  action: z.string().min(1).max(100).optional(),
});

export const auditEventOutput = z.strictObject({
  id: z.string(),
  action: z.string(),
  actor: z.strictObject({ type: z.enum(['contact', 'api_key', 'system', 'anonymous']), id: z.string().nullable() }),
  subject: z.strictObject({ type: z.string(), id: z.string() }).nullable(),
  portalId: z.string().nullable(),
  ip: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
  createdAt: timestampOutput,
});
export const auditPage = pageOutput(auditEventOutput);
type AuditEventOutput = z.output<typeof auditEventOutput>;

function toAuditEventOutput(row: AuditEvent): AuditEventOutput {
  return {
    id: row.id,
    action: row.action,
    actor: { type: row.actor_type, id: row.actor_id },
    subject: row.subject_type && row.subject_id ? { type: row.subject_type, id: row.subject_id } : null,
    portalId: row.portal_id,
    ip: row.ip,
    details: row.details ? (JSON.parse(row.details) as Record<string, unknown>) : null,
    createdAt: row.created_at,
  };
}

export const adminAuditRoutes = new Hono<AppEnv>().get('/audit', validate('query', auditQuery), async (c) => {
  const query = c.req.valid('query');
  let rows = c.var.deps.db.selectFrom('audit_events').selectAll().where('tenant_id', '=', c.var.admin.tenantId);
  if (query.action) rows = rows.where('action', '=', query.action);
  return c.json(pageOf(await keysetPage(rows, 'audit_events', query).execute(), query, toAuditEventOutput));
});
