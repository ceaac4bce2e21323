// For the import and privacy suites: a CSV sent as the console and the back office send it, and the database's own
// list of its tables, read from the database itself so that a table added later is counted and searched too.
import type { Hono } from 'hono';
import { sql, type Kysely } from 'kysely';
import type { Database, Dialect } from '../db/schema.js';
import type { AppEnv } from '../http/env.js';

export type ImportCaller = { apiKey: string } | { staffCookie: string };

export function postCsv(app: Hono<AppEnv>, caller: ImportCaller, csv: string | Uint8Array, query = ''): Promise<Response> {
  const headers: Record<string, string> = { 'Content-Type': 'text/csv' };
  if ('apiKey' in caller) headers.Authorization = `Bearer ${caller.apiKey}`;
  else {
    headers.Cookie = `kp_staff=${caller.staffCookie}`;
    headers['X-Requested-With'] = 'klantportaal-console';
  }
  return Promise.resolve(app.request(`/api/v1/admin/imports/customers${query ? `?${query}` : ''}`, { method: 'POST', headers, body: csv as BodyInit }));
}

export async function tableNames(db: Kysely<Database>, dialect: Dialect): Promise<string[]> {
  const rows =
    dialect === 'sqlite'
      ? await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db)
      : await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(db);
  return rows.rows.map((row) => row.name).sort();
}

export async function rowCounts(db: Kysely<Database>, dialect: Dialect): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await tableNames(db, dialect)) {
    const result = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(db);
    counts[table] = Number(result.rows[0]!.n);
  }
  return counts;
}

/** Every row of every table as text (blobs read as Latin-1), to search for what must be gone. */
export async function everyRowAsText(db: Kysely<Database>, dialect: Dialect): Promise<{ table: string; text: string }[]> {
  const found: { table: string; text: string }[] = [];
  for (const table of await tableNames(db, dialect)) {
    const result = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db);
    for (const row of result.rows) {
      const text = Object.values(row)
        .map((value) => (value instanceof Uint8Array ? Buffer.from(value).toString('latin1') : String(value)))
        .join('\u0001');
      found.push({ table, text });
    }
  }
  return found;
}
