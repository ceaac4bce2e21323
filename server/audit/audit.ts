// The audit trail: who did what, when, from where. Written in the same transaction as the change it records.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { AuditEventsTable } from '../db/tables/accounts.js';
import { newId, nowIso } from '../db/ids.js';

export interface AuditInput {
  tenantId: string;
  portalId?: string | null;
  actorType: AuditEventsTable['actor_type'];
  actorId?: string | null;
  /** Dotted verb: `contact.login`, `contact.login_failed`, `invoice.viewed`, `quote.accepted`, … */
  action: string;
  subjectType?: string | null;
  subjectId?: string | null;
  ip?: string | null;
  /** Extra facts; never a password, token or secret. */
  details?: Record<string, unknown>;
}

export async function recordAudit(db: Kysely<Database>, input: AuditInput, now = new Date()): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      id: newId('aud'),
      tenant_id: input.tenantId,
      portal_id: input.portalId ?? null,
      actor_type: input.actorType,
      actor_id: input.actorId ?? null,
      action: input.action,
      subject_type: input.subjectType ?? null,
      subject_id: input.subjectId ?? null,
      ip: input.ip ?? null,
      details: input.details ? JSON.stringify(input.details) : null,
      created_at: nowIso(now),
    })
    .execute();
}
