// Everything a running server needs, built from the config: database (migrated), logger, lifecycle.
import { fileURLToPath } from 'node:url';
import { AccessTokenVerifier } from './auth/access-tokens.js';
import { SigningKeys } from './auth/signing-keys.js';
import type { Config } from './config.js';
import { connect, type DatabaseHandle } from './db/connect.js';
import { migrateToLatest } from './db/migrations/index.js';
import type { Deps } from './http/env.js';
import { jsonLogger, silentLogger } from './http/logger.js';

export const defaultWidgetDir = fileURLToPath(new URL('../dist/widget', import.meta.url));

export interface Runtime {
  deps: Deps;
  database: DatabaseHandle;
}

export async function openRuntime(config: Config): Promise<Runtime> {
  const database = connect(config.databaseUrl);
  await migrateToLatest(database.db, database.dialect, database.schema);
  const keys = new SigningKeys(database.db);
  const deps: Deps = {
    auth: { keys, verifier: new AccessTokenVerifier(keys) },
    db: database.db,
    dialect: database.dialect,
    config,
    logger: config.log === 'silent' ? silentLogger : jsonLogger(),
    lifecycle: { draining: false },
    widgetDir: defaultWidgetDir,
  };
  return { deps, database };
}
