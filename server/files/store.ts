// Files live in their own table so that list queries never read blobs; records point to them by id.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { newId, nowIso, sha256Hex } from '../db/ids.js';

export interface NewFile {
  tenantId: string;
  customerId: string | null;
  filename: string;
  contentType: string;
  data: Buffer;
}

export interface FileInfo {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
}

export async function storeFile(db: Kysely<Database>, file: NewFile, now = nowIso()): Promise<FileInfo> {
  const info: FileInfo = {
    id: newId('fil'),
    filename: file.filename,
    contentType: file.contentType,
    size: file.data.byteLength,
    sha256: sha256Hex(file.data),
    uploadedAt: now,
  };
  await db
    .insertInto('files')
    .values({
      id: info.id,
      tenant_id: file.tenantId,
      customer_id: file.customerId,
      filename: info.filename,
      content_type: info.contentType,
      size: info.size,
      sha256: info.sha256,
      data: file.data,
      created_at: now,
    })
    .execute();
  return info;
}

/** What is known about a file without reading its contents. */
export async function fileInfo(db: Kysely<Database>, tenantId: string, id: string | null): Promise<FileInfo | undefined> {
  return id === null ? undefined : (await fileInfos(db, tenantId, [id])).get(id);
}

/** What is known about each of the business's files among `ids` (nulls skipped), by id, in one query. */
export async function fileInfos(db: Kysely<Database>, tenantId: string, ids: readonly (string | null)[]): Promise<Map<string, FileInfo>> {
  const wanted = [...new Set(ids.filter((id) => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .selectFrom('files')
    .select(['id', 'filename', 'content_type', 'size', 'sha256', 'created_at'])
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', wanted)
    .execute();
  return new Map(
    rows.map((row) => [row.id, { id: row.id, filename: row.filename, contentType: row.content_type, size: row.size, sha256: row.sha256, uploadedAt: row.created_at }]),
  );
}

export async function fileContent(
  db: Kysely<Database>,
  tenantId: string,
  id: string,
): Promise<{ data: Buffer; contentType: string; filename: string } | undefined> {
  const row = await db
    .selectFrom('files')
    .select(['data', 'content_type', 'filename'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && { data: Buffer.from(row.data), contentType: row.content_type, filename: row.filename };
}

export async function deleteFile(db: Kysely<Database>, tenantId: string, id: string | null): Promise<void> {
  if (id === null) return;
  await db.deleteFrom('files').where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}
