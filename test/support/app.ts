// An app on a fresh test database, driven through app.request() like a client would.
import type { Hono } from 'hono';
import { createApp } from '../../server/app.js';
import { AccessTokenVerifier } from '../../server/auth/access-tokens.js';
import { SigningKeys } from '../../server/auth/signing-keys.js';
import { loadConfig, type Config } from '../../server/config.js';
import type { AppEnv, Deps } from '../../server/http/env.js';
import { memoryLogger } from '../../server/http/logger.js';
import { defaultWidgetDir } from '../../server/runtime.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export interface TestApp {
  app: Hono<AppEnv>;
  deps: Deps;
  database: TestDatabase;
  logs: ReturnType<typeof memoryLogger>['lines'];
  close(): Promise<void>;
}

export async function createTestApp(overrides: Partial<Deps> & { config?: Partial<Config> } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const logger = memoryLogger();
  const { config: configOverrides, ...depOverrides } = overrides;
  const keys = new SigningKeys(database.db);
  const deps: Deps = {
    auth: { keys, verifier: new AccessTokenVerifier(keys) },
    db: database.db,
    dialect: database.dialect,
    config: { ...loadConfig({ KP_PUBLIC_URL: 'http://portal.test' }), ...configOverrides },
    logger,
    lifecycle: { draining: false },
    widgetDir: defaultWidgetDir,
    ...depOverrides,
  };
  return { app: createApp(deps), deps, database, logs: logger.lines, close: () => database.close() };
}

export async function json<T = any>(response: Response): Promise<T> {
  return (await response.json()) as T;
}
