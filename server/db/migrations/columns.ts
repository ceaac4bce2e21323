// Column types that differ between SQLite and PostgreSQL; everything else is spelled the same on both.
import type { Dialect } from '../schema.js';

export function columnTypes(dialect: Dialect) {
  return {
    blob: dialect === 'sqlite' ? 'blob' : 'bytea',
    /** Integer counters and sizes that may exceed 2^31 (bytes, cents on large totals). */
    bigint: dialect === 'sqlite' ? 'integer' : 'bigint',
  } as const;
}
