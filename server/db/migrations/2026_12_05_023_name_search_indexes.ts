import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../schema.js';

/**
 * The searches by name on PostgreSQL. Trigram indexes for the inbox's guests (server/requests/repository.ts,
 * searchBranches) and the customers and contacts a search starts from (there and in server/customers/repository.ts).
 * Each search is `lower(name) like lower('%text%')`, which no b-tree can answer: without these PostgreSQL reads the
 * name of every guest request of the business, fifteen thousand in the bench's inbox of 100,000, to find a page.
 * They need the pg_trgm extension, which ships with PostgreSQL and which a database's owner may install. Where it
 * cannot be installed the searches work as before, only slower; nothing else depends on it. SQLite has no such index
 * and needs none: its LIKE folds case by itself, and it reads the guests' index in order.
 */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  if (dialect !== 'postgres') return;
  // A search by name reads a page of requests for each customer (or contact) it matched, from the customer's index.
  // With the tenant and the contact in that index, the page is read from the index alone instead of from the table
  // request by request; the customer's own list of requests reads the same index as before.
  await db.schema.dropIndex('requests_customer_created').execute();
  await sql`create index requests_customer_created on requests (customer_id, created_at, id) include (tenant_id, contact_id)`.execute(db);
  const schema = await trigramSchema(db);
  if (schema === undefined) return;
  const trigrams = sql`${sql.id(schema)}.gin_trgm_ops`;
  await sql`create index requests_guest_name_trigrams on requests using gin (lower(guest_name) ${trigrams}) where customer_id is null`.execute(db);
  await sql`create index customers_name_trigrams on customers using gin (lower(name) ${trigrams})`.execute(db);
  await sql`create index contacts_name_trigrams on contacts using gin (lower(name) ${trigrams})`.execute(db);
}

/** The schema pg_trgm is installed in, installing it if this role may; undefined where it is not to be had. */
async function trigramSchema(db: Kysely<any>): Promise<string | undefined> {
  const installed = async () =>
    (await sql<{ schema: string }>`select extnamespace::regnamespace::text as schema from pg_extension where extname = 'pg_trgm'`.execute(db)).rows[0]?.schema;
  const found = await installed();
  if (found !== undefined) return found;
  const available = await sql`select 1 from pg_available_extensions where name = 'pg_trgm'`.execute(db);
  if (available.rows.length === 0) return undefined;
  // A refusal (no right to create it, or another migration creating it at this moment) must not undo the migration.
  await sql`savepoint pg_trgm`.execute(db);
  try {
    await sql`create extension if not exists pg_trgm`.execute(db);
    await sql`release savepoint pg_trgm`.execute(db);
  } catch {
    await sql`rollback to savepoint pg_trgm`.execute(db);
  }
  return installed();
}
