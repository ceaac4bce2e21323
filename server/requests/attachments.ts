// Photos and PDFs on a request: at most 10 MB each and 5 per request, the type decided from the bytes (never SVG or
// HTML), images no larger than a camera makes, stored in the database so every server process serves them alike.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Attachment, ServiceRequest } from '../db/tables/requests.js';
import { newId, nowIso, sha256Hex } from '../db/ids.js';
import { extensionFor, sniffFileType, type FileType } from '../files/sniff.js';
import { safeFilename } from '../files/download.js';
import { ApiError, notFound } from '../http/errors.js';
import { touchRequest } from './requests.js';
import type { UploadedFile } from './multipart.js';

export const maxAttachmentBytes = 10 * 1024 * 1024;
export const maxAttachmentsPerRequest = 5;
export const attachmentTypes: readonly FileType[] = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif', 'application/pdf'];
/** More than any phone camera (48 MP): beyond this an image is a decompression bomb, not a photo. */
export const maxImagePixels = 100_000_000;
export const maxImageSide = 30_000;

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

function jpegDimensions(bytes: Buffer): { width: number; height: number } | undefined {
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return undefined;
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    const length = bytes.readUInt16BE(offset + 2);
    // SOF0…SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but are not frames.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: bytes.readUInt16BE(offset + 5), width: bytes.readUInt16BE(offset + 7) };
    }
    offset += 2 + length;
  }
  return undefined;
}

function webpDimensions(bytes: Buffer): { width: number; height: number } | undefined {
  const chunk = bytes.subarray(12, 16).toString('latin1');
  if (chunk === 'VP8X' && bytes.length >= 30) return { width: bytes.readUIntLE(24, 3) + 1, height: bytes.readUIntLE(27, 3) + 1 };
  if (chunk === 'VP8L' && bytes.length >= 25) {
    const bits = bytes.readUInt32LE(21);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8 ' && bytes.length >= 30) return { width: bytes.readUInt16LE(26) & 0x3fff, height: bytes.readUInt16LE(28) & 0x3fff };
  return undefined;
}

interface Box {
  type: string;
  /** Where the box's content starts and ends, its header excluded. */
  start: number;
  end: number;
}

/** The ISO base media boxes laid end to end in bytes[start, end); a box whose size runs past the end is cut off there. */
function* boxesIn(bytes: Buffer, start: number, end: number): Generator<Box> {
  let offset = start;
  while (offset + 8 <= end) {
    let size = bytes.readUInt32BE(offset);
    let header = 8;
    if (size === 1) {
      if (offset + 16 > end) return;
      size = Number(bytes.readBigUInt64BE(offset + 8));
      header = 16;
    } else if (size === 0) {
      size = end - offset;
    }
    if (size < header) return;
    const boxEnd = Math.min(offset + size, end);
    yield { type: bytes.toString('latin1', offset + 4, offset + 8), start: offset + header, end: boxEnd };
    offset = boxEnd;
  }
}

function childBox(bytes: Buffer, parent: Box, type: string, fullBox = false): Box | undefined {
  for (const box of boxesIn(bytes, parent.start + (fullBox ? 4 : 0), parent.end)) if (box.type === type) return box;
  return undefined;
}

/** Whether an image this size is a decompression bomb rather than a photo. */
export function tooManyPixels(size: { width: number; height: number }): boolean {
  return size.width * size.height > maxImagePixels || size.width > maxImageSide || size.height > maxImageSide;
}

/**
 * HEIC/HEIF: the image spatial extents (`ispe`, meta → iprp → ipco) of its items. A file holds one for the primary
 * image and more for its grid tiles and thumbnail, and a viewer may decode any of them: the one over the limit wins,
 * else the largest.
 */
function heifDimensions(bytes: Buffer): { width: number; height: number } | undefined {
  const file: Box = { type: '', start: 0, end: bytes.length };
  const meta = childBox(bytes, file, 'meta');
  const iprp = meta && childBox(bytes, meta, 'iprp', true);
  const ipco = iprp && childBox(bytes, iprp, 'ipco');
  if (!ipco) return undefined;
  const extents: { width: number; height: number }[] = [];
  for (const box of boxesIn(bytes, ipco.start, ipco.end)) {
    // A full box: version and flags, then width and height.
    if (box.type === 'ispe' && box.end - box.start >= 12) extents.push({ width: bytes.readUInt32BE(box.start + 4), height: bytes.readUInt32BE(box.start + 8) });
  }
  return extents.find(tooManyPixels) ?? extents.sort((a, b) => b.width * b.height - a.width * a.height)[0];
}

/** Width and height from the image header, without decoding a pixel. */
export function imageDimensions(bytes: Buffer, type: FileType): { width: number; height: number } | undefined {
  if (type === 'image/png' && bytes.length >= 24) return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  if (type === 'image/jpeg') return jpegDimensions(bytes);
  if (type === 'image/webp') return webpDimensions(bytes);
  if (type === 'image/heic' || type === 'image/heif') return heifDimensions(bytes);
  return undefined;
}

/** The file's real type; 415 for anything that is not a photo or PDF (or only claims to be one). */
export function checkAttachmentContent(bytes: Buffer): FileType {
  const type = sniffFileType(bytes, attachmentTypes);
  if (!type) {
    throw new ApiError('unsupported_media_type', 'Only photos (JPEG, PNG, WebP, HEIC) and PDF files can be attached.');
  }
  const size = imageDimensions(bytes, type);
  if (size && tooManyPixels(size)) {
    throw new ApiError('validation_failed', `This image is ${size.width} × ${size.height} pixels: photos may have at most 100 million pixels.`, [
      { path: 'file', message: 'too many pixels' },
    ]);
  }
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
