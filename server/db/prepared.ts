// Statements that run on every request are compiled once per shape (server/customer-data/compiled.ts); on PostgreSQL
// they run as named prepared statements, so each connection parses and plans one of them once instead of every time.

const names = new Map<string, string>();

// Shapes are bounded where they are compiled; this bound keeps a mistake there from filling every connection.
const maxStatements = 2_000;

/** Marks `sql` as run again and again with new values: from now on it is prepared under a name of its own. */
export function prepareEachTime(sql: string): void {
  if (!names.has(sql) && names.size < maxStatements) names.set(sql, `kp_${names.size + 1}`);
}

/** The name `sql` is prepared under, or undefined for a statement that is not marked. */
export function preparedName(sql: string): string | undefined {
  return names.get(sql);
}
