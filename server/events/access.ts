// Whether the callers behind the open streams may still read them: asked for all of a process's streams at once, a
// round every few seconds, so a logout, a revoked key, a disabled contact, an ended staff session or a portal part
// switched off ends the streams too, at the cost of a few queries per round however many streams are open.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { nowIso } from '../db/ids.js';
import type { AdminCaller, PortalCaller } from '../http/env.js';
import type { FeatureName, PortalSettings } from '../portals/settings.js';
import { staffSessionIdleMs } from '../staff/sessions.js';

/** The parts of a portal that have live updates: with all of them off, there is nothing to stream. */
export const liveFeatures: readonly FeatureName[] = ['requests', 'messages', 'workOrders', 'quotes', 'invoices'];

/** Whether a portal with these settings has live updates for its contacts. */
export function portalStreams(settings: PortalSettings): boolean {
  return settings.enabled && liveFeatures.some((feature) => settings.features[feature]);
}

/** The session behind a stream, as its route's middleware established it. */
export type StreamSession =
  | { kind: 'contact'; sessionId: string; contactId: string; customerId: string; tenantId: string; portalId: string; preview: boolean }
  | { kind: 'staff'; sessionId: string; tenantId: string }
  | { kind: 'api_key'; keyId: string; tenantId: string };

export function contactSession(caller: PortalCaller): StreamSession {
  const { sessionId, contactId, customerId, tenantId, portalId, readOnly } = caller;
  return { kind: 'contact', sessionId, contactId, customerId, tenantId, portalId, preview: readOnly };
}

export function backOfficeSession(admin: AdminCaller): StreamSession {
  return admin.staffSessionId !== undefined
    ? { kind: 'staff', sessionId: admin.staffSessionId, tenantId: admin.tenantId }
    : { kind: 'api_key', keyId: admin.keyId, tenantId: admin.tenantId };
}

/** One key per session and everything its check compares, so streams of one session share one entry. */
export function sessionKey(session: StreamSession): string {
  switch (session.kind) {
    case 'contact':
      return `contact:${session.sessionId}:${session.contactId}:${session.customerId}:${session.portalId}:${session.tenantId}`;
    case 'staff':
      return `staff:${session.sessionId}:${session.tenantId}`;
    case 'api_key':
      return `api_key:${session.keyId}:${session.tenantId}`;
  }
}

/** A session that is still live; a preview session may carry settings of its own, not saved yet. */
export interface LiveSession {
  previewSettings: string | null;
}

// Well below SQLite's and PostgreSQL's limits on bound parameters.
const idsPerQuery = 500;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += idsPerQuery) out.push(items.slice(start, start + idsPerQuery));
  return out;
}

/** Which of `sessions` are still live: a query per kind and 500 sessions, each compared on every field it names. */
export async function liveSessions(db: Kysely<Database>, sessions: readonly StreamSession[], now = new Date()): Promise<Map<StreamSession, LiveSession>> {
  const live = new Map<StreamSession, LiveSession>();
  const contacts = sessions.filter((session) => session.kind === 'contact');
  const staff = sessions.filter((session) => session.kind === 'staff');
  const keys = sessions.filter((session) => session.kind === 'api_key');

  for (const batch of chunks(contacts)) {
    const rows = await db
      .selectFrom('sessions')
      .innerJoin('contacts', 'contacts.id', 'sessions.contact_id')
      .select(['sessions.id as id', 'sessions.contact_id as contactId', 'sessions.portal_id as portalId', 'sessions.kind as kind', 'sessions.preview_settings as previewSettings', 'contacts.customer_id as customerId', 'contacts.tenant_id as tenantId'])
      .where('sessions.id', 'in', [...new Set(batch.map((session) => session.sessionId))])
      .where('sessions.revoked_at', 'is', null)
      .where('sessions.expires_at', '>', nowIso(now))
      .where('contacts.status', '=', 'active')
      .execute();
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const session of batch) {
      const row = byId.get(session.sessionId);
      if (
        row &&
        row.contactId === session.contactId &&
        row.portalId === session.portalId &&
        row.customerId === session.customerId &&
        row.tenantId === session.tenantId &&
        (row.kind === 'preview') === session.preview
      ) {
        live.set(session, { previewSettings: row.previewSettings });
      }
    }
  }

  for (const batch of chunks(staff)) {
    const rows = await db
      .selectFrom('staff_sessions')
      .innerJoin('staff', 'staff.id', 'staff_sessions.staff_id')
      .select(['staff_sessions.id as id', 'staff_sessions.tenant_id as tenantId'])
      .where('staff_sessions.id', 'in', [...new Set(batch.map((session) => session.sessionId))])
      .where('staff_sessions.revoked_at', 'is', null)
      .where('staff_sessions.expires_at', '>', nowIso(now))
      .where('staff_sessions.last_used_at', '>', nowIso(new Date(now.getTime() - staffSessionIdleMs)))
      .where('staff.status', '=', 'active')
      .execute();
    const tenantOf = new Map(rows.map((row) => [row.id, row.tenantId]));
    for (const session of batch) if (tenantOf.get(session.sessionId) === session.tenantId) live.set(session, { previewSettings: null });
  }

  for (const batch of chunks(keys)) {
    const rows = await db
      .selectFrom('api_keys')
      .select(['id', 'tenant_id as tenantId'])
      .where('id', 'in', [...new Set(batch.map((session) => session.keyId))])
      .where('revoked_at', 'is', null)
      .execute();
    const tenantOf = new Map(rows.map((row) => [row.id, row.tenantId]));
    for (const session of batch) if (tenantOf.get(session.keyId) === session.tenantId) live.set(session, { previewSettings: null });
  }
  return live;
}

/** The stored settings (as JSON) of those of `portalIds` that still exist. */
export async function storedPortalSettings(db: Kysely<Database>, portalIds: readonly string[]): Promise<Map<string, string>> {
  const settings = new Map<string, string>();
  for (const batch of chunks([...portalIds])) {
    const rows = await db.selectFrom('portals').select(['id', 'settings']).where('id', 'in', batch).execute();
    for (const row of rows) settings.set(row.id, row.settings);
  }
  return settings;
}
