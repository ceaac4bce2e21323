// Operator commands: npm run --silent cli -- <command>. Each prints one JSON object as its last stdout line.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import SqliteDatabase from 'better-sqlite3';
import { SigningKeys } from './auth/signing-keys.js';
import { ConfigError, loadConfig } from './config.js';
import { connect, sqlitePath } from './db/connect.js';
import { migrateToLatest } from './db/migrations/index.js';
import { createApp } from './app.js';
import { seedDemo } from './demo/seed.js';
import { openRuntime } from './runtime.js';
import { serveFromConfig } from './main.js';
import { createApiKey, createTenant, TenantError } from './tenants/tenants.js';

const usage = `Usage: npm run --silent cli -- <command>

Commands:
  serve                                   migrate, then listen on HOST:PORT
  migrate                                 bring the database schema up to date
  tenant create --name <name> --portal <slug> [--origin <url>]… [--home-url <url>]
                                          create a business with a portal and a first API key
  apikey create --tenant <tenantId>       create another API key for a business
  seed-demo                               create the demo portal (idempotent)
  signing-key rotate                      sign new access tokens with a new key; old tokens stay valid until they expire
  backup <file>                           a consistent copy of the SQLite database, taken while the server runs
`;

class UsageError extends Error {}
class BackupError extends Error {}

/** SQLite's online backup: a copy of one consistent moment, taken while the server writes, checked before it is reported. */
async function backupSqlite(databaseUrl: string, file: string): Promise<{ backup: string; bytes: number; integrityCheck: string }> {
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new BackupError(
      'backup copies a SQLite database. For PostgreSQL use its own tool, pg_dump, which takes a consistent copy while the server runs: ' +
        'pg_dump --format=custom --file=klantportaal.dump "$DATABASE_URL" (restore with pg_restore).',
    );
  }
  const source = sqlitePath(databaseUrl);
  if (source === ':memory:' || !existsSync(source)) throw new BackupError(`There is no database at ${source} to back up.`);
  if (existsSync(file)) throw new BackupError(`${file} already exists: a backup never overwrites a file. Choose a new name.`);
  mkdirSync(dirname(file), { recursive: true });
  const database = connect(databaseUrl);
  try {
    // All pages in one step: a step reads one snapshot (in WAL mode it does not hold up the server's writes), while
    // small steps start over each time the server writes in between, and under steady load might never finish.
    await database.sqlite!.backup(file, { progress: () => 0x7fffffff });
  } finally {
    await database.close();
  }
  const copy = new SqliteDatabase(file);
  let integrityCheck: string;
  try {
    integrityCheck = String(copy.pragma('integrity_check', { simple: true }));
    // The copy stands alone: no write-ahead log beside it.
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  if (integrityCheck !== 'ok') throw new BackupError(`The copy at ${file} failed its integrity check: ${integrityCheck}`);
  return { backup: file, bytes: statSync(file).size, integrityCheck };
}

function print(result: unknown): void {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

async function withDatabase<T>(run: (database: ReturnType<typeof connect>) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = connect(config.databaseUrl);
  try {
    await migrateToLatest(database.db, database.dialect, database.schema);
    return await run(database);
  } finally {
    await database.close();
  }
}

async function main(argv: string[]): Promise<void> {
  const [command, subcommand, ...rest] = argv;
  switch (command) {
    case 'serve':
      await serveFromConfig(loadConfig());
      return;
    case 'migrate': {
      const applied = await withDatabase(({ db, dialect, schema }) => migrateToLatest(db, dialect, schema));
      print({ migrated: applied });
      return;
    }
    case 'tenant': {
      if (subcommand !== 'create') throw new UsageError(`Unknown command: tenant ${subcommand ?? ''}`);
      const { values } = parseArgs({
        args: rest,
        options: {
          name: { type: 'string' },
          portal: { type: 'string' },
          origin: { type: 'string', multiple: true },
          'home-url': { type: 'string' },
        },
        strict: true,
      });
      if (!values.name || !values.portal) throw new UsageError('tenant create needs --name and --portal');
      const name = values.name;
      const portalSlug = values.portal;
      const created = await withDatabase(({ db }) =>
        createTenant(db, {
          name,
          portalSlug,
          allowedOrigins: values.origin ?? [],
          homeUrl: values['home-url'] ?? null,
        }),
      );
      print({ tenantId: created.tenantId, portal: created.portal, apiKey: created.apiKey });
      return;
    }
    case 'apikey': {
      if (subcommand !== 'create') throw new UsageError(`Unknown command: apikey ${subcommand ?? ''}`);
      const { values } = parseArgs({ args: rest, options: { tenant: { type: 'string' } }, strict: true });
      if (!values.tenant) throw new UsageError('apikey create needs --tenant');
      const tenantId = values.tenant;
      const { apiKey } = await withDatabase(({ db }) => createApiKey(db, tenantId));
      print({ apiKey });
      return;
    }
    case 'signing-key': {
      if (subcommand !== 'rotate') throw new UsageError(`Unknown command: signing-key ${subcommand ?? ''}`);
      const kid = await withDatabase(({ db }) => new SigningKeys(db).rotate());
      print({ kid });
      return;
    }
    case 'seed-demo': {
      const config = loadConfig();
      const { deps, database } = await openRuntime({ ...config, log: 'silent' });
      try {
        const result = await seedDemo(createApp(deps), deps.db, { publicUrl: config.publicUrl });
        print({ portal: result.portal, created: result.created, tenantId: result.tenantId });
      } finally {
        await database.close();
      }
      return;
    }
    case 'backup': {
      if (!subcommand || rest.length > 0) throw new UsageError('backup needs one argument: the file to write the copy to');
      print(await backupSqlite(loadConfig().databaseUrl, resolve(subcommand)));
      return;
    }
    default:
      throw new UsageError(command ? `Unknown command: ${command}` : 'No command given');
  }
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n\n${usage}`);
  } else if (error instanceof ConfigError || error instanceof TenantError || error instanceof BackupError) {
    process.stderr.write(`${error.message}\n`);
  } else if (error instanceof Error && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(`${error.message}\n\n${usage}`);
  } else {
    process.stderr.write(`Failed: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
}
