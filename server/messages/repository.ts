// Messages in the database: the one place each lookup and write of them is written, scoped by tenant.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Message, MessageFile } from '../db/tables/requests.js';
import { keysetPage, type PageQuery } from '../http/pagination.js';

/** A conversation: the one of a request or the one of a work order. */
export type ThreadRef = { tenantId: string; requestId: string } | { tenantId: string; workOrderId: string };

/** One page of a conversation, newest first, with the one row more that tells pageOf whether another follows. */
export function pageOfThread(db: Kysely<Database>, thread: ThreadRef, page: PageQuery): Promise<Message[]> {
  const query = db.selectFrom('messages').selectAll().where('tenant_id', '=', thread.tenantId);
  const inThread = 'requestId' in thread ? query.where('request_id', '=', thread.requestId) : query.where('work_order_id', '=', thread.workOrderId);
  return keysetPage(inThread, 'messages', page).execute();
}

/** The latest `limit` messages about a request, newest first. */
export function latestAboutRequest(db: Kysely<Database>, requestId: string, limit: number): Promise<Message[]> {
  return db.selectFrom('messages').selectAll().where('request_id', '=', requestId).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

export async function insertMessage(trx: Kysely<Database>, row: Message): Promise<void> {
  await trx.insertInto('messages').values(row).execute();
}

/** The name the business's messages are signed with when no employee is named. */
export async function businessName(db: Kysely<Database>, tenantId: string): Promise<string> {
  return (await db.selectFrom('tenants').select('name').where('id', '=', tenantId).executeTakeFirstOrThrow()).name;
}

/** A message file's description, without its bytes. */
export type MessageFileInfo = Pick<MessageFile, 'id' | 'message_id' | 'filename' | 'content_type' | 'size_bytes' | 'created_at'>;

const fileInfoColumns = ['id', 'message_id', 'filename', 'content_type', 'size_bytes', 'created_at'] as const;

function inThreadFiles(db: Kysely<Database>, thread: ThreadRef) {
  const query = db.selectFrom('message_files').where('tenant_id', '=', thread.tenantId);
  return 'requestId' in thread ? query.where('request_id', '=', thread.requestId) : query.where('work_order_id', '=', thread.workOrderId);
}

export async function insertMessageFile(db: Kysely<Database>, row: MessageFile): Promise<void> {
  await db.insertInto('message_files').values(row).execute();
}

/** How many files one uploader has waiting in a conversation for a message to name them. */
export async function countWaitingFiles(db: Kysely<Database>, thread: ThreadRef, uploadedBy: string): Promise<number> {
  const row = await inThreadFiles(db, thread)
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('uploaded_by', '=', uploadedBy)
    .where('message_id', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Files uploaded but never named by a message before `before`: nobody sees them, so nothing keeps them. */
export async function dropWaitingFiles(db: Kysely<Database>, tenantId: string, uploadedBy: string, before: string): Promise<void> {
  await db
    .deleteFrom('message_files')
    .where('tenant_id', '=', tenantId)
    .where('uploaded_by', '=', uploadedBy)
    .where('message_id', 'is', null)
    .where('created_at', '<', before)
    .execute();
}

/** Hands the uploader's waiting files to the message; answers how many it took (fewer when an id was not theirs). */
export async function claimWaitingFiles(trx: Kysely<Database>, thread: ThreadRef, uploadedBy: string, messageId: string, ids: readonly string[]): Promise<number> {
  let update = trx
    .updateTable('message_files')
    .set({ message_id: messageId })
    .where('tenant_id', '=', thread.tenantId)
    .where('id', 'in', [...ids])
    .where('uploaded_by', '=', uploadedBy)
    .where('message_id', 'is', null);
  update = 'requestId' in thread ? update.where('request_id', '=', thread.requestId) : update.where('work_order_id', '=', thread.workOrderId);
  const result = await update.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The files of these messages, oldest first, without their bytes. */
export async function filesOfMessages(db: Kysely<Database>, tenantId: string, messageIds: readonly string[]): Promise<MessageFileInfo[]> {
  if (messageIds.length === 0) return [];
  return db
    .selectFrom('message_files')
    .select(fileInfoColumns)
    .where('tenant_id', '=', tenantId)
    .where('message_id', 'in', [...messageIds])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** One file of one message in the conversation, with its bytes; undefined for any other. */
export function findMessageFile(db: Kysely<Database>, thread: ThreadRef, messageId: string, fileId: string): Promise<MessageFile | undefined> {
  return inThreadFiles(db, thread).selectAll().where('message_id', '=', messageId).where('id', '=', fileId).executeTakeFirst();
}
