// Photos and PDFs on a request: at most 10 MB each and 5 per request, the type decided from the bytes (never SVG or
// HTML), images no larger than a camera makes, stored in the database so every server process serves them alike.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Attachment, ServiceRequest } from '../db/tables/requests.js';
import { newId, nowIso, sha256Hex } from '../db/ids.js';
import { refuseImageBomb } from '../files/image-size.js';
import { extensionFor, sniffFileType, type FileType } from '../files/sniff.js';
import { safeFilename } from '../files/download.js';
import { ApiError, notFound } from '../http/errors.js';
import { touchRequest } from './requests.js';
import type { UploadedFile } from './multipart.js';

export const maxAttachmentBytes = 10 * 1024 * 1024;
export const maxAttachmentsPerRequest = 5;
export const attachmentTypes: readonly FileType[] = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif', 'application/pdf'];

/** Photos and PDFs may be added while the business has not decided yet. */
const statusesTakingFiles = new Set(['submitted', 'in_review']);

export function ensureRequestTakesFiles(request: ServiceRequest, count: number): void {
  if (!statusesTakingFiles.has(request.status)) {
    throw new ApiError('conflict', `Files can no longer be added: the request is ${request.status.replace('_', ' ')}.`);
  }
  if (count >= maxAttachmentsPerRequest) {
    throw new ApiError('conflict', `A request holds at most ${maxAttachmentsPerRequest} files, and this one has ${count}.`);
  }
}

export async function countAttachments(db: Kysely<Database>, requestId: string): Promise<number> {
  const row = await db.selectFrom('attachments').select((eb) => eb.fn.countAll<number>().as('count')).where('request_id', '=', requestId).executeTakeFirstOrThrow();
  return Number(row.count);
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
    const current = await trx.selectFrom('requests').selectAll().where('id', '=', request.id).executeTakeFirstOrThrow();
    ensureRequestTakesFiles(current, await countAttachments(trx, request.id));
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
    await trx.insertInto('attachments').values(row).execute();
    return row;
  });
}

export async function requireAttachment(db: Kysely<Database>, request: ServiceRequest, attachmentId: string): Promise<Attachment> {
  const row = await db
    .selectFrom('attachments')
    .selectAll()
    .where('id', '=', attachmentId)
    .where('request_id', '=', request.id)
    .where('tenant_id', '=', request.tenant_id)
    .executeTakeFirst();
  if (!row) throw notFound('No such file on this request.');
  return row;
}
