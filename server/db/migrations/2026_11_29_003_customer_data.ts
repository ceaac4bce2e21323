import type { Kysely } from 'kysely';
import type { Dialect } from '../schema.js';

// The customer data tables; filled in with that feature.
export async function up(_db: Kysely<any>, _dialect: Dialect): Promise<void> {}
