// POST /api/v1/admin/preview-token: "view as this customer". A 15-minute token that reads the portal as the contact
// would, and is refused (403) on every write by the portal middleware.
import { Hono } from 'hono';
import { z } from 'zod';
import { signAccessToken, previewTokenTtlSeconds } from '../auth/access-tokens.js';
import { startSession } from '../auth/sessions.js';
import { recordAudit } from '../audit/audit.js';
import { clientIp } from '../http/client-ip.js';
import { ApiError, notFound } from '../http/errors.js';
import type { AppEnv } from '../http/env.js';
import { validate } from '../http/validate.js';
import { recordIdSchema } from '../customer-data/fields.js';

export const previewTokenBody = z.strictObject({ contactId: recordIdSchema });
/** The portal to preview, when the business runs several; its first portal otherwise. */
export const previewTokenQuery = z.strictObject({ portal: z.string().min(1).max(40).optional() });
export const previewTokenOutput = z.strictObject({
  accessToken: z.string(),
  expiresIn: z.number().int(),
  portal: z.string(),
  contact: z.strictObject({ id: z.string(), name: z.string(), email: z.string() }),
});

export const adminPreviewRoutes = new Hono<AppEnv>().post('/preview-token', validate('query', previewTokenQuery), validate('json', previewTokenBody), async (c) => {
  const { deps, admin } = c.var;
  const { contactId } = c.req.valid('json');
  const slug = c.req.valid('query').portal;
  const contact = await deps.db
    .selectFrom('contacts')
    .select(['id', 'name', 'email', 'status'])
    .where('id', '=', contactId)
    .where('tenant_id', '=', admin.tenantId)
    .executeTakeFirst();
  if (!contact) throw notFound('There is no contact with this id.');
  if (contact.status !== 'active') throw new ApiError('conflict', `This contact is ${contact.status}: only an active contact's portal can be previewed.`);
  let portals = deps.db.selectFrom('portals').select(['id', 'slug']).where('tenant_id', '=', admin.tenantId);
  portals = slug ? portals.where('slug', '=', slug) : portals.orderBy('created_at').orderBy('id');
  const portal = await portals.executeTakeFirst();
  if (!portal) throw notFound(slug ? `There is no portal ${slug}.` : 'This business has no portal yet.');

  const session = await startSession(deps.db, {
    tenantId: admin.tenantId,
    portalId: portal.id,
    contactId: contact.id,
    kind: 'preview',
    lifetimeMs: previewTokenTtlSeconds * 1000,
    ip: clientIp(c),
    userAgent: c.req.header('User-Agent') ?? null,
  });
  const { token, expiresIn } = await signAccessToken(deps.auth.keys, {
    contactId: contact.id,
    tenantId: admin.tenantId,
    portalId: portal.id,
    sessionId: session.sessionId,
    kind: 'preview',
  });
  await recordAudit(deps.db, {
    tenantId: admin.tenantId,
    portalId: portal.id,
    actorType: 'api_key',
    actorId: admin.keyId,
    action: 'preview.started',
    subjectType: 'contact',
    subjectId: contact.id,
    ip: clientIp(c),
  });
  return c.json({ accessToken: token, expiresIn, portal: portal.slug, contact: { id: contact.id, name: contact.name, email: contact.email } });
});
