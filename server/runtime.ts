// Everything a running server needs, built from the config: database (migrated), logger, lifecycle.
import { fileURLToPath } from 'node:url';
import { AccessTokenVerifier } from './auth/access-tokens.js';
import { PasswordHasher } from './auth/passwords.js';
import { SigningKeys } from './auth/signing-keys.js';
import type { Config } from './config.js';
import { connect, type DatabaseHandle } from './db/connect.js';
import { migrateToLatest } from './db/migrations/index.js';
import type { Deps } from './http/env.js';
import { jsonLogger, silentLogger } from './http/logger.js';
import { createMailer } from './mail/mailer.js';

export const defaultWidgetDir = fileURLToPath(new URL('../dist/widget', import.meta.url));

export interface Runtime {
  deps: Deps;
  database: DatabaseHandle;
}

export async function openRuntime(config: Config): Promise<Runtime> {
  const database = connect(config.databaseUrl);
  await migrateToLatest(database.db, database.dialect, database.schema);
  const keys = new SigningKeys(database.db);
  const logger = config.log === 'silent' ? silentLogger : jsonLogger();
  const mailer = createMailer({ db: database.db, logger, smtpUrl: config.smtpUrl, publicUrl: config.publicUrl });
  const deps: Deps = {
    auth: { keys, verifier: new AccessTokenVerifier(keys), passwords: new PasswordHasher() },
    mailer,
    db: database.db,
    dialect: database.dialect,
    config,
    logger,
    lifecycle: { draining: false },
    widgetDir: defaultWidgetDir,
  };
  // Mail still going out in the background is recorded before the database closes.
  const close = async () => {
    await mailer.idle();
    await database.close();
  };
  return { deps, database: { ...database, close } };
}
