// Opens the database named by DATABASE_URL: SQLite (embedded default) or PostgreSQL (scale-out).
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  CompiledQuery,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type SqliteDatabase as KyselySqliteDatabase,
} from 'kysely';
import pg from 'pg';
import { checkpointsInBackground, type Checkpoints } from './checkpoints.js';
import { preparedName } from './prepared.js';
import type { Database, Dialect } from './schema.js';

// count(*) and bigint columns come back from pg as strings; every number we store fits a double.
pg.types.setTypeParser(20, (value) => Number(value));

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: Dialect;
  /** PostgreSQL: the schema this connection works in, when it is not the default. */
  schema?: string;
  /** The raw SQLite connection, for backup and integrity checks; undefined on PostgreSQL. */
  sqlite?: SqliteDatabase.Database;
  close(): Promise<void>;
}

/**
 * Kysely opens SQLite transactions with a plain BEGIN. A read-then-write transaction started that way gets
 * SQLITE_BUSY at once when another connection writes first, whatever busy_timeout says; BEGIN IMMEDIATE takes the
 * write lock up front and waits for it instead.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: ConstructorParameters<typeof SqliteDialect>[0];
  constructor(config: ConstructorParameters<typeof SqliteDialect>[0]) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

/**
 * Kysely prepares each query anew, so SQLite would parse and plan the same few statements on every request (a tenth
 * of a list request's time). better-sqlite3 statements can be run again and again: the most recent ones are kept.
 * Safe because Kysely runs one query at a time on the connection, and a streamed query holds it until done.
 */
function withStatementCache(sqlite: SqliteDatabase.Database, checkpoints?: Checkpoints, size = 500): KyselySqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => sqlite.close(),
    prepare(text: string) {
      let statement = statements.get(text);
      if (statement) {
        statements.delete(text);
      } else {
        const prepared = sqlite.prepare(text);
        statement = prepared.reader || !checkpoints ? withRowsBuilt(prepared) : withWriteSignalled(sqlite, prepared, checkpoints);
        if (statements.size >= size) statements.delete(statements.keys().next().value!);
      }
      statements.set(text, statement);
      return statement;
    },
  };
}

type SqliteStatement = ReturnType<KyselySqliteDatabase['prepare']>;

/**
 * better-sqlite3 builds each row object property by property in native code, the largest single cost of reading a
 * page of records. It reads rows as arrays far faster; a function made once per statement from its column names then
 * builds each row as an object literal of one shape. The rows are the same objects (a later column of the same name
 * wins, as it does in better-sqlite3's own).
 */
function withRowsBuilt(statement: SqliteDatabase.Statement): SqliteStatement {
  if (!statement.reader) return statement as unknown as SqliteStatement;
  const names = statement.columns().map((column) => column.name);
  if (names.some((name) => name === '__proto__')) return statement as unknown as SqliteStatement;
  const build = new Function('row', `return { ${names.map((name, index) => `${JSON.stringify(name)}: row[${index}]`).join(', ')} };`) as (row: unknown[]) => unknown;
  statement.raw(true);
  return {
    reader: true,
    all: (parameters) => (statement.all(parameters) as unknown[][]).map(build),
    run: (parameters) => statement.run(parameters),
    *iterate(parameters) {
      for (const row of statement.iterate(parameters) as IterableIterator<unknown[]>) yield build(row);
    },
  };
}

/** A statement that writes: once its write is committed (outside a transaction, or the commit itself), says so. */
function withWriteSignalled(sqlite: SqliteDatabase.Database, statement: SqliteDatabase.Statement, checkpoints: Checkpoints): SqliteStatement {
  return {
    reader: false,
    all: (parameters) => statement.all(parameters),
    run(parameters) {
      const result = statement.run(parameters);
      if (!sqlite.inTransaction) checkpoints.written();
      return result;
    },
    iterate: (parameters) => statement.iterate(parameters),
  };
}

export function sqlitePath(databaseUrl: string): string {
  if (databaseUrl === ':memory:' || databaseUrl === 'file::memory:') return ':memory:';
  return databaseUrl.replace(/^file:(\/\/)?/, '');
}

export function openSqlite(path: string): SqliteDatabase.Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SqliteDatabase(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  return sqlite;
}

/** A PostgreSQL connection that runs the statements marked in ./prepared.ts as named prepared statements. */
class PreparingClient extends pg.Client {
  override query(...args: unknown[]): never {
    const [text, values] = args;
    const name = typeof text === 'string' && Array.isArray(values) && args.length === 2 ? preparedName(text) : undefined;
    const query = super.query as (...args: unknown[]) => never;
    return name ? query.call(this, { name, text, values }) : query.apply(this, args);
  }
}

export interface ConnectOptions {
  /** PostgreSQL only: the schema to work in (tests give each suite its own). */
  searchPath?: string;
  poolSize?: number;
}

export function connect(databaseUrl: string, options: ConnectOptions = {}): DatabaseHandle {
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    const pool = new pg.Pool({
      connectionString: databaseUrl,
      max: options.poolSize ?? 10,
      Client: PreparingClient,
      ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    const schema = options.searchPath ?? /search_path=([A-Za-z0-9_]+)/.exec(new URL(databaseUrl).searchParams.get('options') ?? '')?.[1];
    return { db, dialect: 'postgres', ...(schema ? { schema } : {}), close: () => db.destroy() };
  }
  const path = sqlitePath(databaseUrl);
  const sqlite = openSqlite(path);
  const checkpoints = path === ':memory:' ? undefined : checkpointsInBackground(sqlite, path);
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: withStatementCache(sqlite, checkpoints) }) });
  return {
    db,
    dialect: 'sqlite',
    sqlite,
    close: async () => {
      await checkpoints?.stop();
      await db.destroy();
    },
  };
}
