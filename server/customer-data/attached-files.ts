// The file of a record (a quote's or invoice's PDF, a document's file): uploaded by the back office as the raw
// request body, checked by size while it streams in and by type from its bytes, stored apart from the record.
import type { Context } from 'hono';
import { z } from '@hono/zod-openapi';
import { sha256Hex, nowIso } from '../db/ids.js';
import { fileDownload, safeFilename } from '../files/download.js';
import { checkFileContent } from '../files/contents.js';
import { extensionFor, type FileType } from '../files/sniff.js';
import { deleteFile, fileContent, fileInfo, storeFile, type FileInfo } from '../files/store.js';
import { readBodyWithin } from '../files/upload.js';
import { ApiError, notFound } from '../http/errors.js';
import type { AppEnv, Deps } from '../http/env.js';
import { dateTimeSchema } from '../http/openapi.js';
import { assertMayChange } from './source.js';
import { findOrFail, lockRecord, type RecordCaller, type RecordResource, type StoredRecord } from './upsert.js';

export const maxRecordFileBytes = 20 * 1024 * 1024;

/** Where a resource keeps its file, and what it accepts there. */
export interface FileSlot<Found extends StoredRecord> {
  /** The path after the record's own: PUT …/{externalId}/pdf. */
  segment: 'pdf' | 'file';
  column: 'pdf_file_id' | 'file_id';
  allowed: readonly FileType[];
  /** Whether `?filename=` names the file; otherwise the name comes from the record. */
  takesFilename: boolean;
  /** The name the file is stored and later downloaded under. */
  filename(found: Found, type: FileType, requested: string | undefined): string;
}

/** What the back office reads of a record's PDF. */
export const storedPdfSchema = z
  .object({ contentType: z.string(), size: z.number().int(), sha256: z.string().openapi({ description: 'Of the contents, hex.' }), uploadedAt: dateTimeSchema })
  .openapi('StoredPdf');

/** What the back office reads of a document's file. */
export const storedFileSchema = z.object({ filename: z.string(), ...storedPdfSchema.shape }).openapi('StoredFile');

export function toStoredPdf(info: FileInfo | undefined): z.output<typeof storedPdfSchema> | null {
  return info ? { contentType: info.contentType, size: info.size, sha256: info.sha256, uploadedAt: info.uploadedAt } : null;
}

export function toStoredFile(info: FileInfo | undefined): z.output<typeof storedFileSchema> | null {
  return info ? { filename: info.filename, contentType: info.contentType, size: info.size, sha256: info.sha256, uploadedAt: info.uploadedAt } : null;
}

const typeNames: Record<string, string> = { 'application/pdf': 'a PDF' };

/** How a refusal names what a slot accepts: "a PDF". */
export function acceptedFiles(allowed: readonly FileType[]): string {
  return allowed.length === 1 ? (typeNames[allowed[0]!] ?? allowed[0]!) : 'a PDF, a photo (JPEG, PNG, WebP, HEIC) or an Office document';
}

/** Ensures a name ends in the extension of the type its bytes really are, so the saved file opens in the right program. */
export function withExtension(name: string, type: FileType): string {
  const extension = extensionFor(type);
  const synonyms = extension === 'jpg' ? ['jpg', 'jpeg'] : extension === 'heif' ? ['heif', 'heic'] : [extension];
  const lower = name.toLowerCase();
  if (synonyms.some((synonym) => lower.endsWith(`.${synonym}`))) return name;
  return `${name}.${extension}`;
}

export const uploadQuery = z.object({ filename: z.string().max(255).optional().openapi({ description: 'The name the customer downloads the file under; the title when left out.' }) });

/**
 * Stores the request's body as the record's file, in place of the one it had; the same file again changes nothing.
 * Answers the record as it is now.
 */
export async function attachRecordFile<Found extends StoredRecord>(
  deps: Deps,
  resource: RecordResource<any, Found, unknown>,
  slot: FileSlot<Found>,
  caller: RecordCaller,
  externalId: string,
  upload: { body: Request; filename: string | undefined },
): Promise<Found> {
  const { tenantId } = caller;
  // An upload for a record that does not exist, or that this caller may not change, is refused before its bytes are read.
  assertMayChange(caller, await findOrFail(deps.db, resource, tenantId, externalId), resource.noun, externalId);
  const wanted = acceptedFiles(slot.allowed);
  // A photo is kept as encoded again (pixels only, no metadata), a PDF only when it is built like one.
  const { type, data } = await checkFileContent(await readBodyWithin(upload.body, maxRecordFileBytes), {
    allowed: slot.allowed,
    path: 'body',
    notAllowed: () => new ApiError('unsupported_media_type', `This file is not ${wanted}, judged by its contents.`, [{ path: 'body', message: `expected ${wanted}` }]),
  });
  const sha256 = sha256Hex(data);
  await deps.db.transaction().execute(async (trx) => {
    await lockRecord(deps, trx, resource.table, tenantId, externalId);
    const found = await findOrFail(trx, resource, tenantId, externalId);
    assertMayChange(caller, found, resource.noun, externalId);
    const filename = safeFilename(withExtension(slot.filename(found, type, upload.filename), type));
    const currentId = (found as unknown as Record<string, string | null>)[slot.column] ?? null;
    const current = await fileInfo(trx, tenantId, currentId);
    if (current && current.sha256 === sha256 && current.filename === filename && current.contentType === type) return;
    const now = nowIso();
    const stored = await storeFile(trx, { tenantId, customerId: found.customer_id, filename, contentType: type, data }, now);
    await trx
      .updateTable(resource.table)
      .set({ [slot.column]: stored.id, updated_at: now })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', found.id)
      .execute();
    await deleteFile(trx, tenantId, currentId);
  });
  return findOrFail(deps.db, resource, tenantId, externalId);
}

/** Sends a record's stored file to its owner under `filename`; 404 when the record has none yet. */
export async function sendRecordFile(c: Context<AppEnv>, fileId: string | null, filename: string): Promise<Response> {
  const file = fileId === null ? undefined : await fileContent(c.var.deps.db, c.var.caller.tenantId, fileId);
  if (!file) throw notFound('There is no file for this yet.');
  return fileDownload(c, { data: file.data, contentType: file.contentType, filename });
}
