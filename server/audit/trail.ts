// Reading the audit trail: a business's events, newest first, as the back office sees them.
import { z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { AuditEvent } from '../db/tables/accounts.js';
import { dateTimeSchema, pageSchema } from '../http/openapi.js';
import { keysetPage, pageOf, pageQuerySchema, type Page, type PageQuery } from '../http/pagination.js';

export const auditQuery = pageQuerySchema.extend({
  action: z.string().min(1).max(100).optional().openapi({ description: 'Only events of this action, such as request.status_changed' }),
});

export const auditEventSchema = z
  .strictObject({
    id: z.string(),
    action: z.string().openapi({ description: 'A dotted verb: contact.login, invoice.viewed, request.status_changed, …' }),
    actor: z.strictObject({
      type: z.enum(['contact', 'api_key', 'staff', 'system', 'anonymous']),
      id: z.string().nullable(),
      name: z.string().nullable().openapi({ description: 'The API key’s or staff member’s name as it was then; null for contacts, guests and the system' }),
    }),
    subject: z.strictObject({ type: z.string(), id: z.string() }).nullable(),
    portalId: z.string().nullable(),
    ip: z.string().nullable(),
    details: z.record(z.string(), z.unknown()).nullable(),
    createdAt: dateTimeSchema,
  })
  .openapi('AuditEvent');
export type AuditEventOutput = z.output<typeof auditEventSchema>;
export const auditPageSchema = pageSchema(auditEventSchema);

function toAuditEvent(row: AuditEvent): AuditEventOutput {
  return {
    id: row.id,
    action: row.action,
    actor: { type: row.actor_type, id: row.actor_id, name: row.actor_name },
    subject: row.subject_type && row.subject_id ? { type: row.subject_type, id: row.subject_id } : null,
    portalId: row.portal_id,
    ip: row.ip,
    details: row.details ? (JSON.parse(row.details) as Record<string, unknown>) : null,
    createdAt: row.created_at,
  };
}

/** One page of the business's trail, newest first, optionally of one action only. */
export async function listAuditEvents(db: Kysely<Database>, tenantId: string, action: string | undefined, page: PageQuery): Promise<Page<AuditEventOutput>> {
  let query = db.selectFrom('audit_events').selectAll().where('tenant_id', '=', tenantId);
  if (action) query = query.where('action', '=', action);
  return pageOf(await keysetPage(query, 'audit_events', page).execute(), page, toAuditEvent);
}
