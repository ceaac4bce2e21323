// Another portal for a business: its own slug and name, every other setting at its default.
import type { Kysely } from 'kysely';
import { actorFields, recordAudit, type BackOfficeActor } from '../audit/audit.js';
import type { Database } from '../db/schema.js';
import type { Portal } from '../db/tables/foundation.js';
import { newId, nowIso } from '../db/ids.js';
import { ApiError } from '../http/errors.js';
import { defaultPortalSettings } from './settings.js';

/** Creates the portal, or 409 when any business's portal has the slug already (slugs are unique across businesses). */
export async function createPortal(
  db: Kysely<Database>,
  admin: { tenantId: string; actor: BackOfficeActor },
  input: { slug: string; name: string },
): Promise<Portal> {
  const now = nowIso();
  const row: Portal = {
    id: newId('por'),
    tenant_id: admin.tenantId,
    slug: input.slug,
    settings: JSON.stringify(defaultPortalSettings(input.name)),
    sso_secret: null,
    created_at: now,
    updated_at: now,
  };
  return db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('portals')
      .values(row)
      .onConflict((conflict) => conflict.column('slug').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) {
      throw new ApiError('conflict', `The address "${input.slug}" is taken by another portal: choose another.`, [{ path: 'slug', message: 'taken' }]);
    }
    await recordAudit(trx, {
      tenantId: admin.tenantId,
      portalId: row.id,
      ...actorFields(admin.actor),
      action: 'portal.created',
      subjectType: 'portal',
      subjectId: row.id,
    });
    return row;
  });
}
