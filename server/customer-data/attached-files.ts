// The file of a record (a quote's or invoice's PDF, a document's file): uploaded by the back office as the raw
// request body, checked by size while it streams in and by type from its bytes, stored apart from the record.
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { sha256Hex, nowIso } from '../db/ids.js';
import { fileDownload, safeFilename } from '../files/download.js';
import { extensionFor, sniffFileType, type FileType } from '../files/sniff.js';
import { deleteFile, fileContent, fileInfo, storeFile } from '../files/store.js';
import { readBodyWithin } from '../files/upload.js';
import { ApiError, notFound } from '../http/errors.js';
import { imageDimensions, tooManyPixels } from '../files/image-size.js';
import type { AppEnv } from '../http/env.js';
import { validate } from '../http/validate.js';
import { externalIdParam } from './fields.js';
import { findOrFail, lockRecord, type RecordResource, type StoredRecord } from './upsert.js';

export const maxRecordFileBytes = 20 * 1024 * 1024;

export interface FileSlot<Found extends StoredRecord> {
  resource: RecordResource<any, Found>;
  column: 'pdf_file_id' | 'file_id';
  allowed: readonly FileType[];
  /** The name the file is stored and later downloaded under. */
  filename(found: Found, type: FileType, requested: string | undefined): string;
}

const typeNames: Record<string, string> = { 'application/pdf': 'a PDF' };

/** Ensures a name ends in the extension of the type its bytes really are, so the saved file opens in the right program. */
export function withExtension(name: string, type: FileType): string {
  const extension = extensionFor(type);
  const synonyms = extension === 'jpg' ? ['jpg', 'jpeg'] : extension === 'heif' ? ['heif', 'heic'] : [extension];
  const lower = name.toLowerCase();
  if (synonyms.some((synonym) => lower.endsWith(`.${synonym}`))) return name;
  return `${name}.${extension}`;
}

export const uploadQuery = z.object({ filename: z.string().max(255).optional() });

/** PUT /{externalId}/{segment}: 200 with the record; the same file again changes nothing. */
export function fileUploadRoutes<Found extends StoredRecord>(segment: 'pdf' | 'file', slot: FileSlot<Found>): Hono<AppEnv> {
  return new Hono<AppEnv>().put(`/:externalId/${segment}`, validate('param', externalIdParam), validate('query', uploadQuery), async (c) => {
    const { deps, admin } = c.var;
    const { externalId } = c.req.valid('param');
    const { filename: requested } = c.req.valid('query');
    // An upload for a record that does not exist is refused before its bytes are read.
    await findOrFail(deps.db, slot.resource, admin.tenantId, externalId);
    const data = await readBodyWithin(c.req.raw, maxRecordFileBytes);
    const type = sniffFileType(data, slot.allowed);
    if (type === undefined) {
      const wanted = slot.allowed.length === 1 ? (typeNames[slot.allowed[0]!] ?? slot.allowed[0]!) : 'a PDF, a photo (JPEG, PNG, WebP, HEIC) or an Office document';
      throw new ApiError('unsupported_media_type', `This file is not ${wanted}, judged by its contents.`, [{ path: 'body', message: `expected ${wanted}` }]);
    }
    // The customer's browser would decode a photo to show it: a header claiming billions of pixels is a bomb, not a photo.
    const size = imageDimensions(data, type);
    if (size && tooManyPixels(size)) {
      throw new ApiError('validation_failed', `This image is ${size.width} × ${size.height} pixels: photos may have at most 100 million pixels.`, [
        { path: 'body', message: 'too many pixels' },
      ]);
    }
    const sha256 = sha256Hex(data);
    await deps.db.transaction().execute(async (trx) => {
      await lockRecord(deps, trx, slot.resource.table, admin.tenantId, externalId);
      const found = await findOrFail(trx, slot.resource, admin.tenantId, externalId);
      const filename = safeFilename(withExtension(slot.filename(found, type, requested), type));
      const currentId = (found as unknown as Record<string, string | null>)[slot.column] ?? null;
      const current = await fileInfo(trx, admin.tenantId, currentId);
      if (current && current.sha256 === sha256 && current.filename === filename && current.contentType === type) return;
      const now = nowIso();
      const stored = await storeFile(trx, { tenantId: admin.tenantId, customerId: found.customer_id, filename, contentType: type, data }, now);
      await trx
        .updateTable(slot.resource.table)
        .set({ [slot.column]: stored.id, updated_at: now })
        .where('tenant_id', '=', admin.tenantId)
        .where('id', '=', found.id)
        .execute();
      await deleteFile(trx, admin.tenantId, currentId);
    });
    const found = await findOrFail(deps.db, slot.resource, admin.tenantId, externalId);
    return c.json(await slot.resource.toRecord(deps.db, found));
  });
}

/** Sends a record's stored file to its owner under `filename`; 404 when the record has none yet. */
export async function sendRecordFile(c: Context<AppEnv>, fileId: string | null, filename: string): Promise<Response> {
  const file = fileId === null ? undefined : await fileContent(c.var.deps.db, c.var.caller.tenantId, fileId);
  if (!file) throw notFound('There is no file for this yet.');
  return fileDownload(c, { data: file.data, contentType: file.contentType, filename });
}
