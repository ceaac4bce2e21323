// The audit trail: who did what, when, from where. Written in the same transaction as the change it records.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { AuditEventsTable } from '../db/tables/accounts.js';
import { newId, nowIso } from '../db/ids.js';

export type ActorKind = AuditEventsTable['actor_type'];

export interface AuditInput {
  tenantId: string;
  portalId?: string | null;
  actorType: ActorKind;
  actorId?: string | null;
  /**
   * An API key's or a staff member's name; looked up from the id when left out. Contacts are named by id only, so
   * erasing a customer's personal data never has to rewrite the trail.
   */
  actorName?: string | null;
  /** Dotted verb: `contact.login`, `contact.login_failed`, `invoice.viewed`, `quote.accepted`, … */
  action: string;
  subjectType?: string | null;
  subjectId?: string | null;
  ip?: string | null;
  /** Extra facts; never a password, token or secret. */
  details?: Record<string, unknown>;
}

/** Who acts on the back-office API: an API key (a machine) or a signed-in staff member (a person). */
export interface BackOfficeActor {
  kind: 'api_key' | 'staff';
  id: string;
  name: string;
}

/** The audit fields for an event a back-office caller caused. */
export function actorFields(actor: BackOfficeActor): Pick<AuditInput, 'actorType' | 'actorId' | 'actorName'> {
  return { actorType: actor.kind, actorId: actor.id, actorName: actor.name };
}

// Staff ids are made with this prefix (server/staff/accounts.ts); the back office's callers pass either kind as a key id.
const staffIdPrefix = 'stf_';

/** The kind and name of a back-office actor given by id alone. */
async function backOfficeActor(db: Kysely<Database>, input: AuditInput): Promise<{ kind: ActorKind; name: string | null }> {
  if (input.actorName !== undefined || !input.actorId || (input.actorType !== 'api_key' && input.actorType !== 'staff')) {
    return { kind: input.actorType, name: input.actorName ?? null };
  }
  if (input.actorId.startsWith(staffIdPrefix)) {
    const staff = await db.selectFrom('staff').select('name').where('id', '=', input.actorId).executeTakeFirst();
    return { kind: 'staff', name: staff?.name ?? null };
  }
  const key = await db.selectFrom('api_keys').select('name').where('id', '=', input.actorId).executeTakeFirst();
  return { kind: 'api_key', name: key?.name ?? null };
}

export async function recordAudit(db: Kysely<Database>, input: AuditInput, now = new Date()): Promise<void> {
  const actor = await backOfficeActor(db, input);
  await db
    .insertInto('audit_events')
    .values({
      id: newId('aud'),
      tenant_id: input.tenantId,
      portal_id: input.portalId ?? null,
      actor_type: actor.kind,
      actor_id: input.actorId ?? null,
      actor_name: actor.name,
      action: input.action,
      subject_type: input.subjectType ?? null,
      subject_id: input.subjectId ?? null,
      ip: input.ip ?? null,
      details: input.details ? JSON.stringify(input.details) : null,
      created_at: nowIso(now),
    })
    .execute();
}
