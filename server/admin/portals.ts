// The business's portals: /api/v1/admin/portals (list) and PUT /portals/{slug} (create or replace the settings of §6).
import { Hono } from 'hono';
import { z } from 'zod';
import { recordAudit } from '../audit/audit.js';
import type { Portal } from '../db/tables/foundation.js';
import { newId, newSecret, nowIso } from '../db/ids.js';
import { ApiError, notFound } from '../http/errors.js';
import type { AppEnv } from '../http/env.js';
import { validate } from '../http/validate.js';
import { portalSettingsSchema, readPortalSettings, type PortalSettings } from '../portals/settings.js';
import { portalSlugPattern } from '../tenants/tenants.js';

export interface PortalOutput {
  slug: string;
  settings: PortalSettings;
  createdAt: string;
  updatedAt: string;
}

function toPortalOutput(row: Pick<Portal, 'slug' | 'settings' | 'created_at' | 'updated_at'>): PortalOutput {
  return { slug: row.slug, settings: readPortalSettings(row.settings), createdAt: row.created_at, updatedAt: row.updated_at };
}

const slugParam = z.object({
  slug: z.string().regex(portalSlugPattern, { message: 'use 1 to 40 lowercase letters, digits and dashes' }),
});
const putQuery = z.strictObject({ rotateSsoSecret: z.enum(['1', 'true', '0', 'false']).optional() });

export const portalRoutes = new Hono<AppEnv>()
  .get('/portals', async (c) => {
    const rows = await c.var.deps.db
      .selectFrom('portals')
      .select(['slug', 'settings', 'created_at', 'updated_at'])
      .where('tenant_id', '=', c.var.admin.tenantId)
      .orderBy('created_at', 'asc')
      .orderBy('slug', 'asc')
      .execute();
    // A business has a handful of portals: one page, in the shape of every other list.
    return c.json({ items: rows.map(toPortalOutput), nextCursor: null });
  })

  .put('/portals/:slug', validate('param', slugParam), validate('query', putQuery), validate('json', portalSettingsSchema), async (c) => {
    const { deps, admin } = c.var;
    const { slug } = c.req.valid('param');
    const settings = c.req.valid('json');
    const rotate = ['1', 'true'].includes(c.req.valid('query').rotateSsoSecret ?? '0');
    if (rotate && !settings.auth.sso.enabled) {
      throw new ApiError('validation_failed', 'There is no SSO secret to rotate while SSO is off.', [
        { path: 'rotateSsoSecret', message: 'needs auth.sso.enabled: true' },
      ]);
    }
    const settingsJson = JSON.stringify(settings);
    const now = nowIso();

    let existing = await deps.db.selectFrom('portals').selectAll().where('slug', '=', slug).executeTakeFirst();
    let created = false;
    if (!existing) {
      const row: Portal = {
        id: newId('por'),
        tenant_id: admin.tenantId,
        slug,
        settings: settingsJson,
        sso_secret: settings.auth.sso.enabled ? newSecret(32) : null,
        created_at: now,
        updated_at: now,
      };
      const inserted = await deps.db
        .insertInto('portals')
        .values(row)
        .onConflict((conflict) => conflict.column('slug').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (inserted) {
        created = true;
        existing = row;
      } else {
        existing = await deps.db.selectFrom('portals').selectAll().where('slug', '=', slug).executeTakeFirstOrThrow();
      }
    }
    // Slugs are unique across businesses; another business's portal simply does not exist for this one.
    if (existing.tenant_id !== admin.tenantId) throw notFound('No such portal');

    let ssoSecret: string | null = created ? existing.sso_secret : null;
    let changed = created;
    if (!created) {
      const nextSecret = !settings.auth.sso.enabled ? null : rotate || !existing.sso_secret ? newSecret(32) : existing.sso_secret;
      if (nextSecret !== existing.sso_secret && nextSecret !== null) ssoSecret = nextSecret;
      if (settingsJson !== existing.settings || nextSecret !== existing.sso_secret) {
        await deps.db
          .updateTable('portals')
          .set({ settings: settingsJson, sso_secret: nextSecret, updated_at: now })
          .where('id', '=', existing.id)
          .where('tenant_id', '=', admin.tenantId)
          .execute();
        existing = { ...existing, settings: settingsJson, sso_secret: nextSecret, updated_at: now };
        changed = true;
      }
    }
    if (changed) {
      await recordAudit(deps.db, {
        tenantId: admin.tenantId,
        portalId: existing.id,
        actorType: 'api_key',
        actorId: admin.keyId,
        action: created ? 'portal.created' : 'portal.updated',
        subjectType: 'portal',
        subjectId: existing.id,
        ...(ssoSecret ? { details: { ssoSecret: created || !rotate ? 'created' : 'rotated' } } : {}),
      });
    }
    // The SSO secret is shown once, when it is made; afterwards only a new one can be had (rotateSsoSecret=1).
    return c.json({ ...toPortalOutput(existing), ...(ssoSecret ? { ssoSecret } : {}) }, created ? 201 : 200);
  });
