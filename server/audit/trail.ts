// Reading the audit trail: a business's events, newest first, as the back office sees them, filtered by who, what
// and when.
import { z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { AuditEvent } from '../db/tables/accounts.js';
import { dateTimeSchema, pageSchema } from '../http/openapi.js';
import { keysetPage, pageOf, pageQuerySchema, type Page, type PageQuery } from '../http/pagination.js';

export const actorKinds = ['contact', 'api_key', 'staff', 'system', 'anonymous'] as const;
const actorPattern = new RegExp(`^(${actorKinds.join('|')})(?::([A-Za-z0-9_-]{1,100}))?$`);

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const moment = z
  .string()
  .max(40)
  .refine((value) => (isoDate.test(value) || value.includes('T')) && !Number.isNaN(Date.parse(value)), { message: 'must be a date (YYYY-MM-DD) or an ISO-8601 date and time' });

/** The filters of the trail, shared by its pages and its CSV export. */
export const auditFilterQuery = z.object({
  action: z.string().min(1).max(100).optional().openapi({ description: 'Only events of this action, such as request.status_changed' }),
  actor: z
    .string()
    .regex(actorPattern, { message: `must be a kind (${actorKinds.join(', ')}), optionally followed by :id` })
    .optional()
    .openapi({ description: 'Only events of this actor: a kind (staff, api_key, contact, system, anonymous), or kind:id for one actor, such as staff:stf_…' }),
  from: moment.optional().openapi({ description: 'From this moment on (ISO-8601), or from the start of this day (YYYY-MM-DD, UTC).' }),
  to: moment.optional().openapi({ description: 'Up to this moment (ISO-8601), or to the end of this day (YYYY-MM-DD, UTC).' }),
});
export type AuditFilters = z.output<typeof auditFilterQuery>;

export const auditQuery = pageQuerySchema.extend(auditFilterQuery.shape);

export const auditEventSchema = z
  .strictObject({
    id: z.string(),
    action: z.string().openapi({ description: 'A dotted verb: contact.login, invoice.viewed, request.status_changed, …' }),
    actor: z.strictObject({
      type: z.enum(actorKinds),
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

const dayMs = 24 * 3_600_000;

/** The business's events that pass the filters; timestamps are stored as ISO-8601 UTC text, so they compare as text. */
function filteredTrail(db: Kysely<Database>, tenantId: string, filters: AuditFilters) {
  let query = db.selectFrom('audit_events').selectAll().where('tenant_id', '=', tenantId);
  if (filters.action) query = query.where('action', '=', filters.action);
  if (filters.actor) {
    const [, kind, id] = actorPattern.exec(filters.actor)!;
    query = query.where('actor_type', '=', kind as (typeof actorKinds)[number]);
    if (id) query = query.where('actor_id', '=', id);
  }
  if (filters.from) query = query.where('created_at', '>=', new Date(filters.from).toISOString());
  if (filters.to) {
    query = isoDate.test(filters.to)
      ? query.where('created_at', '<', new Date(Date.parse(filters.to) + dayMs).toISOString())
      : query.where('created_at', '<=', new Date(filters.to).toISOString());
  }
  return query;
}

/** One page of the business's trail, newest first. */
export async function listAuditEvents(db: Kysely<Database>, tenantId: string, filters: AuditFilters, page: PageQuery): Promise<Page<AuditEventOutput>> {
  return pageOf(await keysetPage(filteredTrail(db, tenantId, filters), 'audit_events', page).execute(), page, toAuditEvent);
}

/** The most events one export holds: the newest ones; a narrower period gets the rest. */
export const auditExportLimit = 50_000;

/** The filtered trail for an export, newest first, at most auditExportLimit events. */
export async function auditEventsForExport(db: Kysely<Database>, tenantId: string, filters: AuditFilters): Promise<AuditEventOutput[]> {
  const rows = await filteredTrail(db, tenantId, filters).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(auditExportLimit).execute();
  return rows.map(toAuditEvent);
}
