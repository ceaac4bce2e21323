// The business's portals: /api/v1/admin/portals (list) and PUT /portals/{slug} (create or replace the settings of §6).
import type { Portal } from '../db/tables/foundation.js';
import { ApiError } from '../http/errors.js';
import { commonFailures, dateTimeSchema, defineRoute, json, jsonBody, pageSchema, routeGroup, z } from '../http/openapi.js';
import { portalSettingsSchema, readPortalSettings, storedPortalSettingsSchema } from '../portals/settings.js';
import { portalSlugPattern, portalsOfTenant, savePortalSettings } from '../tenants/tenants.js';

const portalSchema = z
  .object({ slug: z.string(), settings: storedPortalSettingsSchema, createdAt: dateTimeSchema, updatedAt: dateTimeSchema })
  .openapi('Portal');

const savedPortalSchema = portalSchema
  .extend({
    ssoSecret: z
      .string()
      .optional()
      .openapi({ description: 'The secret for SSO identity tokens: only in the answer that made it (SSO switched on, or ?rotateSsoSecret=1). Keep it; it is not shown again.' }),
  })
  .openapi('SavedPortal');

function toPortalOutput(row: Pick<Portal, 'slug' | 'settings' | 'created_at' | 'updated_at'>): z.output<typeof portalSchema> {
  return { slug: row.slug, settings: readPortalSettings(row.settings), createdAt: row.created_at, updatedAt: row.updated_at };
}

const tags = ['Back office: portals'];

const listPortals = defineRoute('admin', {
  method: 'get',
  path: '/portals',
  tags,
  summary: 'The business’s portals with their settings',
  responses: { 200: json(pageSchema(portalSchema), 'Every portal of the business, oldest first, on one page') },
});

const putPortal = defineRoute('admin', {
  method: 'put',
  path: '/portals/{slug}',
  tags,
  summary: 'Create a portal, or replace its settings (the whole settings object)',
  request: {
    params: z.object({ slug: z.string().regex(portalSlugPattern, { message: 'use 1 to 40 lowercase letters, digits and dashes' }) }),
    query: z.strictObject({
      rotateSsoSecret: z
        .enum(['1', 'true', '0', 'false'])
        .optional()
        .openapi({ description: '1 or true: replace the SSO secret with a new one, shown once in this answer. Needs auth.sso.enabled: true.' }),
    }),
    body: jsonBody(portalSettingsSchema),
  },
  responses: {
    200: json(savedPortalSchema, 'The portal, replaced or unchanged'),
    201: json(savedPortalSchema, 'The portal, created'),
    404: commonFailures.notFound('portal: the slug is another business’s'),
  },
});

export const portalRoutes = routeGroup()
  .openapi(listPortals, async (c) => {
    const rows = await portalsOfTenant(c.var.deps.db, c.var.admin.tenantId);
    // A business has a handful of portals: one page, in the shape of every other list.
    return c.json({ items: rows.map(toPortalOutput), nextCursor: null }, 200);
  })

  .openapi(putPortal, async (c) => {
    const { slug } = c.req.valid('param');
    const settings = c.req.valid('json');
    const rotate = ['1', 'true'].includes(c.req.valid('query').rotateSsoSecret ?? '0');
    if (rotate && !settings.auth.sso.enabled) {
      throw new ApiError('validation_failed', 'There is no SSO secret to rotate while SSO is off.', [
        { path: 'rotateSsoSecret', message: 'needs auth.sso.enabled: true' },
      ]);
    }
    const saved = await savePortalSettings(c.var.deps.db, c.var.admin, slug, settings, rotate);
    // The SSO secret is shown once, when it is made; afterwards only a new one can be had (rotateSsoSecret=1).
    const answer = { ...toPortalOutput(saved.portal), ...(saved.ssoSecret ? { ssoSecret: saved.ssoSecret } : {}) };
    return saved.created ? c.json(answer, 201) : c.json(answer, 200);
  });
