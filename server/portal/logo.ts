// GET /api/v1/portal/{slug}/logo: the portal's uploaded logo, for anyone (the widget shows it before sign-in).
import { defineRoute, failure, onPortal, routeGroup, z } from '../http/openapi.js';
import { notFound } from '../http/errors.js';
import { extensionFor, type FileType } from '../files/sniff.js';
import { logoTypes, portalLogoFile } from '../portals/logo.js';

const image: Record<string, { schema: z.ZodString }> = {};
for (const type of logoTypes) image[type] = { schema: z.string().openapi({ format: 'binary' }) };

const getLogo = defineRoute('public', {
  method: 'get',
  path: '/logo',
  tags: ['Portal'],
  summary: 'The portal’s logo',
  description: 'Revalidated on every use (ETag); branding.logoUrl adds a version, so a new logo is a new address.',
  request: {
    params: onPortal(),
    headers: z.object({ 'if-none-match': z.string().max(200).optional() }),
  },
  responses: {
    200: {
      description: 'The image, of the type its bytes are',
      headers: {
        ETag: { description: 'Of the image’s contents', schema: { type: 'string' } },
        'Content-Disposition': { description: 'inline, with a file name: an image to show, saved under that name if someone saves it.', schema: { type: 'string' }, required: true },
      },
      content: image,
    },
    304: { description: 'Not modified: the copy named in If-None-Match is current' },
    404: failure('No portal has this slug, it is switched off, or it has no uploaded logo', 'not_found'),
  },
});

export const logoRoutes = routeGroup().openapi(getLogo, async (c) => {
  const logo = await portalLogoFile(c.var.deps.db, c.var.portal);
  if (!logo) throw notFound('This portal has no logo.');
  const etag = `"${logo.sha256}"`;
  c.header('ETag', etag);
  c.header('Cache-Control', 'public, no-cache');
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Cross-Origin-Resource-Policy', 'cross-origin');
  c.header('Content-Security-Policy', "sandbox; default-src 'none'; frame-ancestors 'none'");
  const wanted = c.req.valid('header')['if-none-match'];
  if (wanted?.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')) return c.body(null, 304);
  c.header('Content-Type', logo.contentType);
  c.header('Content-Length', String(logo.data.byteLength));
  c.header('Content-Disposition', `inline; filename="logo-${c.var.portal.slug}.${extensionFor(logo.contentType as FileType)}"`);
  return c.body(logo.data as Uint8Array<ArrayBuffer>, 200);
});
