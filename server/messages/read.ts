// Messages as both sides read them: each row with its files, for a thread's pages and a request's detail alike.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Message } from '../db/tables/requests.js';
import { toMessage, type MessageOutput } from './output.js';
import { filesOfMessages, type MessageFileInfo } from './repository.js';

/** The messages (of one business) as both sides read them, each with its files. */
export async function withFiles(db: Kysely<Database>, rows: readonly Message[]): Promise<MessageOutput[]> {
  if (rows.length === 0) return [];
  const files = await filesOfMessages(db, rows[0]!.tenant_id, rows.map((row) => row.id));
  const byMessage = new Map<string, MessageFileInfo[]>();
  for (const file of files) byMessage.set(file.message_id!, [...(byMessage.get(file.message_id!) ?? []), file]);
  return rows.map((row) => toMessage(row, byMessage.get(row.id) ?? []));
}
