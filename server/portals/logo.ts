// A portal's logo: uploaded by the business as the raw body, judged by its bytes, kept in `files`, served to anyone
// at /api/v1/portal/{slug}/logo and named by the settings' branding.logoUrl with a version, so a new logo shows at once.
import type { Kysely } from 'kysely';
import { actorFields, recordAudit, type BackOfficeActor } from '../audit/audit.js';
import type { Database } from '../db/schema.js';
import type { Portal } from '../db/tables/foundation.js';
import { nowIso, sha256Hex } from '../db/ids.js';
import { checkFileContent } from '../files/contents.js';
import { imageDimensions } from '../files/image-size.js';
import { sniffFileType, type FileType } from '../files/sniff.js';
import { deleteFile, storeFile } from '../files/store.js';
import { readBodyWithin } from '../files/upload.js';
import { ApiError, notFound } from '../http/errors.js';
import { readPortalSettings } from './settings.js';

export const maxLogoBytes = 1024 * 1024;
/** Pixels a browser decodes without trouble; SVG is never among them (it can carry script). */
export const logoTypes: readonly FileType[] = ['image/png', 'image/jpeg', 'image/webp'];

interface LogoCaller {
  tenantId: string;
  actor: BackOfficeActor;
}

/** The path a portal's logo is served at, below the server's public URL. */
export function logoPath(slug: string): string {
  return `/api/v1/portal/${slug}/logo`;
}

async function ownPortal(db: Kysely<Database>, tenantId: string, slug: string): Promise<Portal> {
  const portal = await db.selectFrom('portals').selectAll().where('tenant_id', '=', tenantId).where('slug', '=', slug).executeTakeFirst();
  if (!portal) throw notFound('No such portal');
  return portal;
}

const notALogo = () =>
  new ApiError('unsupported_media_type', 'This file is not a PNG, JPEG or WebP image, judged by its contents.', [{ path: 'body', message: 'expected a PNG, JPEG or WebP image' }]);

/**
 * The image in the body as it is kept: encoded again, so only its pixels are served to every visitor of the portal.
 * Or the reason it is refused; nothing is stored until it passes.
 */
export async function readLogo(body: Request): Promise<{ data: Buffer; type: FileType }> {
  const sent = await readBodyWithin(body, maxLogoBytes);
  const type = sniffFileType(sent, logoTypes);
  if (type === undefined) throw notALogo();
  if (!imageDimensions(sent, type)) {
    throw new ApiError('validation_failed', 'This image cannot be read: its header is damaged or cut off.', [{ path: 'body', message: 'unreadable image' }]);
  }
  const { data } = await checkFileContent(sent, { allowed: logoTypes, path: 'body', notAllowed: notALogo });
  return { data, type };
}

function withLogoUrl(settingsJson: string, logoUrl: string | null): string {
  const settings = readPortalSettings(settingsJson);
  return JSON.stringify({ ...settings, branding: { ...settings.branding, logoUrl } });
}

/** Stores the logo in place of the one the portal had and points branding.logoUrl at it. Answers the portal as it is now. */
export async function replacePortalLogo(
  db: Kysely<Database>,
  admin: LogoCaller,
  slug: string,
  logo: { data: Buffer; type: FileType },
  publicUrl: string,
): Promise<Portal> {
  const portal = await ownPortal(db, admin.tenantId, slug);
  const sha256 = sha256Hex(logo.data);
  const logoUrl = `${publicUrl}${logoPath(slug)}?v=${sha256.slice(0, 16)}`;
  return db.transaction().execute(async (trx) => {
    const now = nowIso();
    // Writes first: on SQLite the transaction then holds the write lock before it reads anything.
    const stored = await storeFile(trx, { tenantId: admin.tenantId, customerId: null, filename: `logo-${slug}`, contentType: logo.type, data: logo.data }, now);
    const previous = await trx.deleteFrom('portal_logos').where('portal_id', '=', portal.id).returning('file_id').executeTakeFirst();
    await trx.insertInto('portal_logos').values({ portal_id: portal.id, tenant_id: admin.tenantId, file_id: stored.id, created_at: now }).execute();
    if (previous) await deleteFile(trx, admin.tenantId, previous.file_id);
    const current = await ownPortal(trx, admin.tenantId, slug);
    const settings = withLogoUrl(current.settings, logoUrl);
    await trx.updateTable('portals').set({ settings, updated_at: now }).where('id', '=', portal.id).execute();
    await recordAudit(trx, {
      tenantId: admin.tenantId,
      portalId: portal.id,
      ...actorFields(admin.actor),
      action: 'portal.logo_changed',
      subjectType: 'portal',
      subjectId: portal.id,
      details: { contentType: logo.type, size: logo.data.byteLength },
    });
    return { ...current, settings, updated_at: now };
  });
}

/**
 * Removes the uploaded logo; branding.logoUrl is cleared when it named that logo (a logo elsewhere the business set
 * by URL stays). Answers the portal as it is now.
 */
export async function removePortalLogo(db: Kysely<Database>, admin: LogoCaller, slug: string, publicUrl: string): Promise<Portal> {
  const portal = await ownPortal(db, admin.tenantId, slug);
  return db.transaction().execute(async (trx) => {
    const removed = await trx.deleteFrom('portal_logos').where('portal_id', '=', portal.id).returning('file_id').executeTakeFirst();
    if (!removed) return portal;
    await deleteFile(trx, admin.tenantId, removed.file_id);
    const current = await ownPortal(trx, admin.tenantId, slug);
    const ours = readPortalSettings(current.settings).branding.logoUrl?.startsWith(`${publicUrl}${logoPath(slug)}`) ?? false;
    const now = nowIso();
    const settings = ours ? withLogoUrl(current.settings, null) : current.settings;
    await trx.updateTable('portals').set({ settings, updated_at: now }).where('id', '=', portal.id).execute();
    await recordAudit(trx, {
      tenantId: admin.tenantId,
      portalId: portal.id,
      ...actorFields(admin.actor),
      action: 'portal.logo_removed',
      subjectType: 'portal',
      subjectId: portal.id,
    });
    return { ...current, settings, updated_at: now };
  });
}

/** The portal's logo as stored, for anyone to see; undefined when it has none. */
export async function portalLogoFile(
  db: Kysely<Database>,
  portal: { id: string; tenantId: string },
): Promise<{ data: Buffer; contentType: string; sha256: string } | undefined> {
  const row = await db
    .selectFrom('portal_logos')
    .innerJoin('files', 'files.id', 'portal_logos.file_id')
    .select(['files.data as data', 'files.content_type as contentType', 'files.sha256 as sha256'])
    .where('portal_logos.portal_id', '=', portal.id)
    .where('portal_logos.tenant_id', '=', portal.tenantId)
    .where('files.tenant_id', '=', portal.tenantId)
    .executeTakeFirst();
  return row && { data: Buffer.from(row.data), contentType: row.contentType, sha256: row.sha256 };
}
