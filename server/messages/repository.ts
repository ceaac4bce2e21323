// Messages in the database: the one place each lookup and write of them is written, scoped by tenant.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Message } from '../db/tables/requests.js';
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
