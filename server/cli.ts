// Operator commands: npm run --silent cli -- <command>. Each prints one JSON object as its last stdout line.
import { parseArgs } from 'node:util';
import { SigningKeys } from './auth/signing-keys.js';
import { ConfigError, loadConfig } from './config.js';
import { connect } from './db/connect.js';
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
`;

class UsageError extends Error {}

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
    default:
      throw new UsageError(command ? `Unknown command: ${command}` : 'No command given');
  }
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n\n${usage}`);
  } else if (error instanceof ConfigError || error instanceof TenantError) {
    process.stderr.write(`${error.message}\n`);
  } else if (error instanceof Error && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(`${error.message}\n\n${usage}`);
  } else {
    process.stderr.write(`Failed: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
}
