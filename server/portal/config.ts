// GET /api/v1/portal/{slug}/config: what the widget needs before anyone signs in. Public.
import { defineRoute, failure, json, onPortal, routeGroup } from '../http/openapi.js';
import { publicPortalConfig, publicPortalConfigSchema } from '../portals/public-config.js';

const getConfig = defineRoute('public', {
  method: 'get',
  path: '/config',
  tags: ['Portal'],
  summary: 'What the widget needs before anyone signs in: name, locale, branding, features, request form, sign-in methods',
  request: { params: onPortal() },
  responses: {
    200: json(publicPortalConfigSchema, 'The public portal configuration; revalidated on every use (Cache-Control: no-cache)'),
    404: failure('No portal has this slug, or the business switched it off', 'not_found'),
  },
});

export const configRoutes = routeGroup().openapi(getConfig, (c) => {
  c.header('Cache-Control', 'no-cache');
  return c.json(publicPortalConfig(c.var.portal.slug, c.var.portal.settings), 200);
});
