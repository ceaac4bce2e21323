import type { Kysely } from 'kysely';
import type { Dialect } from '../schema.js';

/** Indexes that fit the portal and admin list routes' filters and cursors. */
export async function up(_db: Kysely<any>, _dialect: Dialect): Promise<void> {}
