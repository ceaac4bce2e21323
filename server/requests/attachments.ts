// Photos and PDFs on a request: at most 10 MB each and 5 per request, the type decided from the bytes (never SVG or
// HTML), images no larger than a camera makes, photos encoded again with a thumbnail beside them, stored in the
// database so every server process serves them alike.
import type { Kysely } from 'kysely';
import { z } from '@hono/zod-openapi';
import type { Database } from '../db/schema.js';
import type { Attachment, ServiceRequest } from '../db/tables/requests.js';
import { newId, nowIso, sha256Hex } from '../db/ids.js';
import { checkFileContent, type CheckedFile } from '../files/contents.js';
import { isReencoded, thumbnailSide, thumbnailType } from '../files/photos.js';
import { extensionFor, type FileType } from '../files/sniff.js';
import { safeFilename, type DownloadableFile } from '../files/download.js';
import { ApiError, notFound } from '../http/errors.js';
import type { UploadedFile } from './multipart.js';
import { countAttachments, findAttachment, insertAttachment, rereadRequest, touchRequest, type RequestScope } from './repository.js';
import { requireRequest } from './requests.js';

export const maxAttachmentBytes = 10 * 1024 * 1024;
export const maxAttachmentsPerRequest = 5;
export const attachmentTypes: readonly FileType[] = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif', 'application/pdf'];

/** Photos and PDFs may be added while the business has not decided yet. */
const statusesTakingFiles = new Set(['submitted', 'in_review']);

function ensureRequestTakesFiles(request: ServiceRequest, count: number): void {
  if (!statusesTakingFiles.has(request.status)) {
    throw new ApiError('conflict', `Files can no longer be added: the request is ${request.status.replace('_', ' ')}.`);
  }
  if (count >= maxAttachmentsPerRequest) {
    throw new ApiError('conflict', `A request holds at most ${maxAttachmentsPerRequest} files, and this one has ${count}.`);
  }
}

/** Refuses (409) before a byte of the upload is read when the request could not keep the file anyway. */
export async function ensureRoomForFile(db: Kysely<Database>, request: ServiceRequest): Promise<void> {
  ensureRequestTakesFiles(request, await countAttachments(db, request.id));
}

/**
 * The file as a request or message keeps it: its real type, a JPEG, PNG or WebP encoded again (pixels only, upright,
 * no metadata) with its thumbnail, a PDF or HEIC as sent. 415 for anything that is not a photo or PDF (or only claims
 * to be one, or cannot be read as one), 400 for an image of more than 100 million pixels.
 */
export function checkAttachmentContent(bytes: Buffer): Promise<CheckedFile> {
  return checkFileContent(bytes, {
    allowed: attachmentTypes,
    path: 'file',
    withThumbnail: true,
    notAllowed: () => new ApiError('unsupported_media_type', 'Only photos (JPEG, PNG, WebP, HEIC) and PDF files can be attached.', [{ path: 'file', message: 'not a photo or PDF' }]),
  });
}

/** A name for the saved file: the client's, cleaned, with the extension of the real type. */
function attachmentFilename(given: string, type: FileType): string {
  const extension = extensionFor(type);
  const base = safeFilename(given.replace(/^.*[\\/]/, ''), '').replace(/\.[A-Za-z0-9]{1,5}$/, '');
  return `${(base || 'bijlage').slice(0, 140)}.${extension}`;
}

/** Stores the file on the request, unless it already holds five or no longer takes files (409). */
export async function addAttachment(
  db: Kysely<Database>,
  request: ServiceRequest,
  file: UploadedFile,
  contactId: string | null,
  now = new Date(),
): Promise<Attachment> {
  const { type, data, thumbnail } = await checkAttachmentContent(file.bytes);
  return db.transaction().execute(async (trx) => {
    // Touching the request first locks it, so two uploads at once cannot both be the fifth.
    await touchRequest(trx, request.id, now);
    ensureRequestTakesFiles(await rereadRequest(trx, request.id), await countAttachments(trx, request.id));
    const row: Attachment = {
      id: newId('att'),
      tenant_id: request.tenant_id,
      request_id: request.id,
      content_type: type,
      size_bytes: data.length,
      filename: attachmentFilename(file.filename, type),
      sha256: sha256Hex(data),
      content: data,
      thumbnail,
      uploaded_by_contact_id: contactId,
      created_at: nowIso(now),
    };
    await insertAttachment(trx, row);
    return row;
  });
}

export const attachmentDownloadQuery = z.object({
  size: z
    .enum(['original', 'thumb'])
    .default('original')
    .openapi({
      description: `\`thumb\`: a JPEG of at most ${thumbnailSide} px on its long side, for lists (a photo stored before thumbnails existed comes whole); PDF and HEIC files have none (404).`,
    }),
});

export type AttachmentSize = z.output<typeof attachmentDownloadQuery>['size'];

/**
 * A file of a request within scope, ready to download; 404 for anyone else's request or file. `thumb` is the photo's
 * thumbnail (a JPEG), or the photo itself when it was stored before thumbnails were made; a PDF or HEIC has none: 404.
 */
export async function requestFile(
  db: Kysely<Database>,
  scope: RequestScope,
  requestId: string,
  attachmentId: string,
  size: AttachmentSize = 'original',
): Promise<DownloadableFile> {
  const request = await requireRequest(db, scope, requestId);
  const row = await findAttachment(db, request, attachmentId);
  if (!row) throw notFound('No such file on this request.');
  if (size === 'thumb' && row.thumbnail !== null) {
    return { data: Buffer.from(row.thumbnail), contentType: thumbnailType, filename: row.filename.replace(/\.[A-Za-z0-9]{1,5}$/, '') + '-klein.jpg' };
  }
  // A photo stored before thumbnails were made stands in for its own; a PDF or HEIC has nothing to show in a list.
  if (size === 'thumb' && !isReencoded(row.content_type as FileType)) {
    throw new ApiError('not_found', 'This file has no thumbnail: PDF and HEIC files are only downloaded whole.', [{ path: 'size', message: 'no thumbnail' }]);
  }
  return { data: row.content, contentType: row.content_type, filename: row.filename };
}
