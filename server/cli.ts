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
import { emailSchema } from './customers/fields.js';
import { staffRoles, type StaffRole } from './db/tables/staff.js';
import { ApiError } from './http/errors.js';
import { createInvitedStaff } from './staff/accounts.js';
import { staffLink } from './staff/tokens.js';

const usage = `Usage: npm run --silent cli -- <command>

Commands:
  serve                                   migrate, then listen on HOST:PORT
  migrate                                 bring the database schema up to date
  tenant create --name <name> --portal <slug> [--origin <url>]… [--home-url <url>]
                [--owner-email <email> [--owner-name <name>]]
                                          create a business with a portal and a first API key, and invite
                                          its first console admin
  staff create --tenant <tenantId> --email <email> --name <name> [--role admin|staff]
                                          invite a staff member to the business console
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

function staffEmail(value: string, option: string): string {
  const parsed = emailSchema.safeParse(value);
  if (!parsed.success) throw new UsageError(`${option} must be an email address`);
  return parsed.data;
}

/** Invites a staff member and answers the link to the console that accepts the invite (nothing is mailed). */
async function inviteStaff(
  db: ReturnType<typeof connect>['db'],
  publicUrl: string,
  input: { tenantId: string; email: string; name: string; role: StaffRole },
): Promise<{ staffId: string; inviteUrl: string }> {
  const tenant = await db.selectFrom('tenants').select('id').where('id', '=', input.tenantId).executeTakeFirst();
  if (!tenant) throw new TenantError(`No tenant with id ${input.tenantId}`);
  const { staff, invite } = await createInvitedStaff(db, input, { actorType: 'system', actorId: null, actorName: 'cli' });
  return { staffId: staff.id, inviteUrl: staffLink(publicUrl, 'invite', invite.token) };
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
          'owner-email': { type: 'string' },
          'owner-name': { type: 'string' },
        },
        strict: true,
      });
      if (!values.name || !values.portal) throw new UsageError('tenant create needs --name and --portal');
      if (values['owner-name'] && !values['owner-email']) throw new UsageError('--owner-name goes with --owner-email');
      const name = values.name;
      const portalSlug = values.portal;
      const ownerEmail = values['owner-email'] === undefined ? undefined : staffEmail(values['owner-email'], '--owner-email');
      const publicUrl = loadConfig().publicUrl;
      const { created, owner } = await withDatabase(async ({ db }) => {
        const tenant = await createTenant(db, {
          name,
          portalSlug,
          allowedOrigins: values.origin ?? [],
          homeUrl: values['home-url'] ?? null,
        });
        const invited = ownerEmail
          ? await inviteStaff(db, publicUrl, { tenantId: tenant.tenantId, email: ownerEmail, name: values['owner-name'] ?? ownerEmail.split('@')[0]!, role: 'admin' })
          : undefined;
        return { created: tenant, owner: invited };
      });
      print({ tenantId: created.tenantId, portal: created.portal, apiKey: created.apiKey, ...(owner ? { ownerInviteUrl: owner.inviteUrl } : {}) });
      return;
    }
    case 'staff': {
      if (subcommand !== 'create') throw new UsageError(`Unknown command: staff ${subcommand ?? ''}`);
      const { values } = parseArgs({
        args: rest,
        options: { tenant: { type: 'string' }, email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string', default: 'staff' } },
        strict: true,
      });
      if (!values.tenant || !values.email || !values.name) throw new UsageError('staff create needs --tenant, --email and --name');
      const role = values.role as StaffRole;
      if (!staffRoles.includes(role)) throw new UsageError('--role must be admin or staff');
      const input = { tenantId: values.tenant, email: staffEmail(values.email, '--email'), name: values.name.trim(), role };
      if (!input.name) throw new UsageError('--name must not be empty');
      const publicUrl = loadConfig().publicUrl;
      print(await withDatabase(({ db }) => inviteStaff(db, publicUrl, input)));
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
  } else if (error instanceof ConfigError || error instanceof TenantError || error instanceof BackupError || error instanceof ApiError) {
    process.stderr.write(`${error.message}\n`);
  } else if (error instanceof Error && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(`${error.message}\n\n${usage}`);
  } else {
    process.stderr.write(`Failed: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
}
