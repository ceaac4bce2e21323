// Whether the caller behind an open stream may still read it: asked again and again while the stream is open, so a
// logout, a revoked key, a disabled contact or an ended staff session ends the stream too.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { nowIso } from '../db/ids.js';
import type { AdminCaller, PortalCaller } from '../http/env.js';
import { readPortalSettings, type PortalSettings } from '../portals/settings.js';
import { staffSessionIdleMs } from '../staff/sessions.js';

/** The portal's settings as they are now while the contact's session lives; undefined once it has ended. */
export async function liveContactSettings(db: Kysely<Database>, caller: PortalCaller, now = new Date()): Promise<PortalSettings | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('contacts', 'contacts.id', 'sessions.contact_id')
    .innerJoin('portals', 'portals.id', 'sessions.portal_id')
    .select('portals.settings')
    .where('sessions.id', '=', caller.sessionId)
    .where('sessions.contact_id', '=', caller.contactId)
    .where('sessions.portal_id', '=', caller.portalId)
    .where('sessions.revoked_at', 'is', null)
    .where('sessions.expires_at', '>', nowIso(now))
    .where('contacts.status', '=', 'active')
    .where('contacts.tenant_id', '=', caller.tenantId)
    .where('contacts.customer_id', '=', caller.customerId)
    .executeTakeFirst();
  const settings = row ? readPortalSettings(row.settings) : undefined;
  return settings?.enabled ? settings : undefined;
}

/** Whether the API key is unrevoked, or the staff member's session still live, as the admin middleware found it. */
export async function backOfficeCallerLive(db: Kysely<Database>, admin: AdminCaller, now = new Date()): Promise<boolean> {
  if (admin.staffSessionId !== undefined) {
    const session = await db
      .selectFrom('staff_sessions')
      .innerJoin('staff', 'staff.id', 'staff_sessions.staff_id')
      .select('staff_sessions.id')
      .where('staff_sessions.id', '=', admin.staffSessionId)
      .where('staff_sessions.tenant_id', '=', admin.tenantId)
      .where('staff_sessions.revoked_at', 'is', null)
      .where('staff_sessions.expires_at', '>', nowIso(now))
      .where('staff_sessions.last_used_at', '>', nowIso(new Date(now.getTime() - staffSessionIdleMs)))
      .where('staff.status', '=', 'active')
      .executeTakeFirst();
    return session !== undefined;
  }
  const key = await db
    .selectFrom('api_keys')
    .select('id')
    .where('id', '=', admin.keyId)
    .where('tenant_id', '=', admin.tenantId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return key !== undefined;
}
