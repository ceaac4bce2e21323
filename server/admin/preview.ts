// POST /api/v1/admin/preview-token: "view as this customer", a read-only portal token (server/auth/preview.ts).
import { previewTokenSchema, startPreview } from '../auth/preview.js';
import { recordIdSchema } from '../customer-data/fields.js';
import { clientIp } from '../http/client-ip.js';
import { portalSettingsSchema } from '../portals/settings.js';
import { defineRoute, failure, json, jsonBody, routeGroup, z } from '../http/openapi.js';

const previewTokenBody = z.strictObject({
  contactId: recordIdSchema.openapi({ description: 'The contact whose portal to see' }),
  settings: portalSettingsSchema.optional().openapi({
    description: 'Admins only: settings not saved yet, which the preview reads instead of the portal’s own (what parts it shows, which statuses, prices)',
  }),
});
const previewTokenQuery = z.strictObject({
  portal: z.string().min(1).max(40).optional().openapi({ description: 'The slug of the portal to preview, when the business runs several; its first portal otherwise' }),
});

const preview = defineRoute('admin', {
  method: 'post',
  path: '/preview-token',
  tags: ['Back office: portals'],
  summary: 'A 15-minute read-only portal token: see the portal as this contact does',
  request: { query: previewTokenQuery, body: jsonBody(previewTokenBody) },
  responses: {
    200: json(previewTokenSchema, 'The token; every write with it answers 403'),
    403: failure('Settings to preview, asked by someone other than an admin', 'forbidden'),
    404: failure('The business has no such contact, no portal by that slug, or no portal yet', 'not_found'),
    409: failure('The contact is invited or disabled, not active', 'conflict'),
  },
});

export const adminPreviewRoutes = routeGroup().openapi(preview, async (c) => {
  const { deps, admin } = c.var;
  const { contactId, settings } = c.req.valid('json');
  const token = await startPreview({ db: deps.db, keys: deps.auth.keys }, admin, {
    contactId,
    settings,
    portalSlug: c.req.valid('query').portal,
    ip: clientIp(c),
    userAgent: c.req.header('User-Agent') ?? null,
  });
  return c.json(token, 200);
});
