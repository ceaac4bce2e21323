// Photos and PDFs on messages: each uploaded first, checked like a request's files, and waiting (seen only by its
// uploader) until the message that names it is posted. A message and its files are then written in one transaction.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { MessageFile } from '../db/tables/requests.js';
import { newId, nowIso, sha256Hex } from '../db/ids.js';
import { safeFilename, type DownloadableFile } from '../files/download.js';
import { extensionFor, type FileType } from '../files/sniff.js';
import { ApiError, notFound } from '../http/errors.js';
import { checkAttachmentContent } from '../requests/attachments.js';
import type { UploadedFile } from '../requests/multipart.js';
import { refOf, threadCustomer, uploaderOf, type MessageAuthor, type Thread } from './messages.js';
import { countWaitingFiles, dropWaitingFiles, findMessageFile, insertMessageFile } from './repository.js';

/** Enough for a message's three and a few spares (a photo swapped after an upload), never a store of files. */
export const maxWaitingFiles = 10;
const waitingMs = 24 * 60 * 60 * 1000;

/** Refuses (409) before a byte is read when the uploader has too many files waiting, or the thread takes no messages. */
export async function ensureRoomForMessageFile(db: Kysely<Database>, thread: Thread, author: MessageAuthor, now = new Date()): Promise<void> {
  threadCustomer(thread);
  const uploadedBy = uploaderOf(author);
  await dropWaitingFiles(db, thread.tenantId, uploadedBy, nowIso(new Date(now.getTime() - waitingMs)));
  if ((await countWaitingFiles(db, refOf(thread), uploadedBy)) >= maxWaitingFiles) {
    throw new ApiError('conflict', `At most ${maxWaitingFiles} files can wait for a message: send the message that names them first.`);
  }
}

function messageFilename(given: string, type: FileType): string {
  const stem = safeFilename(given.replace(/^.*[\\/]/, ''), '').replace(/\.[A-Za-z0-9]{1,5}$/, '');
  return `${(stem || 'bijlage').slice(0, 140)}.${extensionFor(type)}`;
}

/** Stores the file to wait for its message; 415 when it is not a photo or PDF judged by its bytes. */
export async function uploadMessageFile(db: Kysely<Database>, thread: Thread, author: MessageAuthor, file: UploadedFile, now = new Date()): Promise<MessageFile> {
  // Photos come back encoded again: what is kept and served is pixels only.
  const { type, data } = await checkAttachmentContent(file.bytes);
  await ensureRoomForMessageFile(db, thread, author, now);
  const ref = refOf(thread);
  const row: MessageFile = {
    id: newId('mfl'),
    tenant_id: thread.tenantId,
    customer_id: threadCustomer(thread),
    request_id: 'requestId' in ref ? ref.requestId : null,
    work_order_id: 'workOrderId' in ref ? ref.workOrderId : null,
    message_id: null,
    uploaded_by: uploaderOf(author),
    content_type: type,
    size_bytes: data.length,
    filename: messageFilename(file.filename, type),
    sha256: sha256Hex(data),
    content: data,
    created_at: nowIso(now),
  };
  await insertMessageFile(db, row);
  return row;
}

/** A file of a message in a thread the caller may read, ready to download; 404 for any other. */
export async function messageFile(db: Kysely<Database>, thread: Thread, messageId: string, fileId: string): Promise<DownloadableFile> {
  const row = await findMessageFile(db, refOf(thread), messageId, fileId);
  if (!row) throw notFound('No such file on this message.');
  return { data: row.content, contentType: row.content_type, filename: row.filename };
}
