// The business's portals: /api/v1/admin/portals (list, create), PUT /portals/{slug} (create or replace the settings
// of §6), the portal's logo, and a check of how its page embeds it.
import type { Portal } from '../db/tables/foundation.js';
import { ApiError, notFound } from '../http/errors.js';
import { commonFailures, dateTimeSchema, defineRoute, failure, fileBody, json, jsonBody, pageSchema, routeGroup, z } from '../http/openapi.js';
import { checkEmbed } from '../portals/embed-check.js';
import { logoTypes, maxLogoBytes, readLogo, removePortalLogo, replacePortalLogo } from '../portals/logo.js';
import { createPortal } from '../portals/new-portal.js';
import { portalSettingsSchema, readPortalSettings, storedPortalSettingsSchema } from '../portals/settings.js';
import { systemResolver } from '../webhooks/addresses.js';
import { findPortalOfTenant, portalSlugPattern, portalsOfTenant, savePortalSettings } from '../tenants/tenants.js';

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

const slugParam = z.string().regex(portalSlugPattern, { message: 'use 1 to 40 lowercase letters, digits and dashes' });
const slugParams = z.object({ slug: slugParam });

const postPortal = defineRoute('admin', {
  method: 'post',
  path: '/portals',
  tags,
  summary: 'Create another portal with its own settings, every one but the name at its default',
  request: {
    body: jsonBody(
      z.strictObject({
        slug: slugParam.openapi({ description: 'The portal’s address in <klant-portaal portal="…"> and in its URLs; cannot be changed later.' }),
        name: z.string().trim().min(1).max(120),
      }),
    ),
  },
  responses: {
    201: json(portalSchema, 'The portal, created'),
    409: failure('A portal (of this or another business) has this slug already', 'conflict'),
  },
});

const putPortal = defineRoute('admin', {
  method: 'put',
  path: '/portals/{slug}',
  tags,
  summary: 'Create a portal, or replace its settings (the whole settings object)',
  request: {
    params: slugParams,
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

const putLogo = defineRoute('admin', {
  method: 'put',
  path: '/portals/{slug}/logo',
  tags,
  summary: 'Store the portal’s logo',
  description:
    'The image itself as the body: PNG, JPEG or WebP, judged by its contents whatever its Content-Type says (SVG is refused). Served to anyone at /api/v1/portal/{slug}/logo; branding.logoUrl names it with a version, so a new logo shows at once.',
  request: { params: slugParams, body: fileBody(`The image, at most ${maxLogoBytes / 1024 / 1024} MB`, logoTypes) },
  responses: {
    200: json(portalSchema, 'Stored: the portal, its branding.logoUrl naming the new logo'),
    400: failure('No image in the body, a damaged image, or one of more than 100 million pixels', 'validation_failed'),
    404: commonFailures.notFound('portal'),
    413: failure(`Larger than ${maxLogoBytes / 1024 / 1024} MB`, 'payload_too_large'),
    415: failure('Not a PNG, JPEG or WebP image, judged by its contents', 'unsupported_media_type'),
  },
});

const deleteLogo = defineRoute('admin', {
  method: 'delete',
  path: '/portals/{slug}/logo',
  tags,
  summary: 'Remove the portal’s uploaded logo',
  request: { params: slugParams },
  responses: {
    200: json(portalSchema, 'Removed, or there was none: the portal, its branding.logoUrl cleared when it named the uploaded logo'),
    404: commonFailures.notFound('portal'),
  },
});

const reachSchema = z.object({
  outcome: z
    .enum(['not_checked', 'answered', 'refused', 'unreachable', 'timeout', 'too_many_redirects'])
    .openapi({ description: 'answered: the page sent an HTTP answer (see httpStatus); refused: its address is not one the server will fetch (only public http(s) addresses are); not_checked: no home URL is set.' }),
  finalUrl: z.string().nullable().openapi({ description: 'The URL that answered, after any redirects (at most 3, each checked like the first).' }),
  httpStatus: z.number().int().nullable(),
  redirects: z.number().int(),
  widgetFound: z.boolean().nullable().openapi({ description: 'Whether the HTML the page sent holds <klant-portaal portal="{slug}">; null when no HTML was read. A page that adds the element by script reads as false.' }),
  detail: z.string().nullable().openapi({ description: 'Why it was refused or failed, for people.' }),
});

const embedCheckSchema = z
  .object({
    slug: z.string(),
    homeUrl: z.string().nullable(),
    homeOrigin: z.string().nullable(),
    originAllowed: z.boolean().nullable().openapi({ description: 'Whether the home URL’s origin is in allowedOrigins (the widget there may call the API); null without a home URL.' }),
    allowedOrigins: z.array(z.string()),
    reach: reachSchema,
    checkedAt: dateTimeSchema,
  })
  .openapi('EmbedCheck');

const getEmbedCheck = defineRoute('admin', {
  method: 'get',
  path: '/portals/{slug}/embed-check',
  tags,
  summary: 'Check whether the business’s page can show the portal: home URL set, its origin allowed, and it answers',
  description: 'Judges the saved settings. The home URL is fetched by the server with the rules of webhook deliveries: public http(s) addresses only, a 5 second limit, at most 3 redirects.',
  request: { params: slugParams },
  responses: {
    200: json(embedCheckSchema, 'What was checked, and what came of it'),
    404: commonFailures.notFound('portal'),
  },
});

export const portalRoutes = routeGroup()
  .openapi(listPortals, async (c) => {
    const rows = await portalsOfTenant(c.var.deps.db, c.var.admin.tenantId);
    // A business has a handful of portals: one page, in the shape of every other list.
    return c.json({ items: rows.map(toPortalOutput), nextCursor: null }, 200);
  })

  .openapi(postPortal, async (c) => {
    const created = await createPortal(c.var.deps.db, c.var.admin, c.req.valid('json'));
    return c.json(toPortalOutput(created), 201);
  })

  .openapi(putLogo, async (c) => {
    const { deps, admin } = c.var;
    const { slug } = c.req.valid('param');
    // Another business's portal is refused before its bytes are read.
    if (!(await findPortalOfTenant(deps.db, admin.tenantId, slug))) throw notFound('No such portal');
    const logo = await readLogo(c.req.raw);
    return c.json(toPortalOutput(await replacePortalLogo(deps.db, admin, slug, logo, deps.config.publicUrl)), 200);
  })

  .openapi(deleteLogo, async (c) => {
    const { deps, admin } = c.var;
    return c.json(toPortalOutput(await removePortalLogo(deps.db, admin, c.req.valid('param').slug, deps.config.publicUrl)), 200);
  })

  .openapi(getEmbedCheck, async (c) => {
    const { deps, admin } = c.var;
    const { slug } = c.req.valid('param');
    const portal = await findPortalOfTenant(deps.db, admin.tenantId, slug);
    if (!portal) throw notFound('No such portal');
    const check = await checkEmbed(slug, readPortalSettings(portal.settings), { resolve: systemResolver, allowPrivate: deps.config.webhookAllowPrivate });
    return c.json({ slug, ...check, checkedAt: new Date().toISOString() }, 200);
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
