// Photos and PDFs on a request: at most 10 MB each and 5 per request, the type decided from the bytes (never SVG or
// HTML), images no larger than a camera makes, stored in the database so every server process serves them alike.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Attachment, ServiceRequest } from '../db/tables/requests.js';
import { newId, nowIso, sha256Hex } from '../db/ids.js';
import { refuseImageBomb } from '../files/image-size.js';
import { extensionFor, sniffFileType, type FileType } from '../files/sniff.js';
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

/** The file's real type; 415 for anything that is not a photo or PDF (or only claims to be one). */
export function checkAttachmentContent(bytes: Buffer): FileType {
  const type = sniffFileType(bytes, attachmentTypes);
  if (!type) {
    throw new ApiError('unsupported_media_type', 'Only photos (JPEG, PNG, WebP, HEIC) and PDF files can be attached.');
  }
  refuseImageBomb(bytes, type, 'file');
  return type;
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
  const type = checkAttachmentContent(file.bytes);
  return db.transaction().execute(async (trx) => {
    // Touching the request first locks it, so two uploads at once cannot both be the fifth.
    await touchRequest(trx, request.id, now);
    ensureRequestTakesFiles(await rereadRequest(trx, request.id), await countAttachments(trx, request.id));
    const row: Attachment = {
      id: newId('att'),
      tenant_id: request.tenant_id,
      request_id: request.id,
      content_type: type,
      size_bytes: file.bytes.length,
      filename: attachmentFilename(file.filename, type),
      sha256: sha256Hex(file.bytes),
      content: file.bytes,
      uploaded_by_contact_id: contactId,
      created_at: nowIso(now),
    };
    await insertAttachment(trx, row);
    return row;
  });
}

/** A file of a request within scope, ready to download; 404 for anyone else's request or file. */
export async function requestFile(db: Kysely<Database>, scope: RequestScope, requestId: string, attachmentId: string): Promise<DownloadableFile> {
  const request = await requireRequest(db, scope, requestId);
  const row = await findAttachment(db, request, attachmentId);
  if (!row) throw notFound('No such file on this request.');
  return { data: row.content, contentType: row.content_type, filename: row.filename };
}
