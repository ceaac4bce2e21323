// "View as this customer": a 15-minute portal token of the kind preview, which reads the portal as the contact would
// and is refused (403) on every write by the portal middleware. Each one started is kept in the audit trail.
import { z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import { actorFields, recordAudit } from '../audit/audit.js';
import { findContact } from '../customers/contacts.js';
import type { Database } from '../db/schema.js';
import type { AdminCaller } from '../http/env.js';
import { ApiError, notFound } from '../http/errors.js';
import type { PortalSettings } from '../portals/settings.js';
import { findPortalOfTenant } from '../tenants/tenants.js';
import { previewTokenTtlSeconds, signAccessToken } from './access-tokens.js';
import { startSession } from './sessions.js';
import type { SigningKeys } from './signing-keys.js';

export const previewTokenSchema = z
  .strictObject({
    accessToken: z.string().openapi({ description: 'A portal token that reads as the contact; every write with it answers 403' }),
    expiresIn: z.number().int().openapi({ description: 'Seconds until it expires' }),
    portal: z.string().openapi({ description: 'The slug of the portal it reads' }),
    contact: z.strictObject({ id: z.string(), name: z.string(), email: z.string() }),
  })
  .openapi('PreviewToken');
export type PreviewToken = z.output<typeof previewTokenSchema>;

export interface PreviewRequest {
  contactId: string;
  /** The portal to preview, when the business runs several; its first portal otherwise. */
  portalSlug: string | undefined;
  ip: string | null;
  userAgent: string | null;
  /**
   * Settings not saved yet, read instead of the portal's own for as long as the preview lasts: the console's settings
   * form shows their effect on a customer's portal (a part switched on, prices shown) before anything is saved.
   */
  settings?: PortalSettings | undefined;
}

/**
 * 404 for a contact or portal the business does not have, 409 for a contact that is not active, 403 when someone
 * other than an admin asks to preview settings not saved yet.
 */
export async function startPreview(deps: { db: Kysely<Database>; keys: SigningKeys }, admin: AdminCaller, request: PreviewRequest): Promise<PreviewToken> {
  const { db } = deps;
  if (request.settings && admin.role !== 'admin') throw new ApiError('forbidden', 'Only an administrator of the business can preview portal settings.');
  const contact = await findContact(db, admin.tenantId, request.contactId);
  if (!contact) throw notFound('There is no contact with this id.');
  if (contact.status !== 'active') throw new ApiError('conflict', `This contact is ${contact.status}: only an active contact's portal can be previewed.`);
  const portal = await findPortalOfTenant(db, admin.tenantId, request.portalSlug);
  if (!portal) throw notFound(request.portalSlug ? `There is no portal ${request.portalSlug}.` : 'This business has no portal yet.');

  const session = await startSession(db, {
    tenantId: admin.tenantId,
    portalId: portal.id,
    contactId: contact.id,
    kind: 'preview',
    lifetimeMs: previewTokenTtlSeconds * 1000,
    ip: request.ip,
    userAgent: request.userAgent,
    previewSettings: request.settings ? JSON.stringify(request.settings) : null,
  });
  const { token, expiresIn } = await signAccessToken(deps.keys, {
    contactId: contact.id,
    tenantId: admin.tenantId,
    portalId: portal.id,
    sessionId: session.sessionId,
    kind: 'preview',
  });
  await recordAudit(db, {
    tenantId: admin.tenantId,
    portalId: portal.id,
    ...actorFields(admin.actor),
    action: 'preview.started',
    subjectType: 'contact',
    subjectId: contact.id,
    ip: request.ip,
  });
  return { accessToken: token, expiresIn, portal: portal.slug, contact: { id: contact.id, name: contact.name, email: contact.email } };
}
