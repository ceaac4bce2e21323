// An app on a fresh test database, driven through app.request() like a client would. Every JSON answer that comes
// back through app.request() is checked against /openapi.json (test/contract/answer-check.ts).
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createApp } from '../../server/app.js';
import { AccessTokenVerifier } from '../../server/auth/access-tokens.js';
import { PasswordHasher } from '../../server/auth/passwords.js';
import { SigningKeys } from '../../server/auth/signing-keys.js';
import { loadConfig, type Config } from '../../server/config.js';
import type { AppEnv, Deps } from '../../server/http/env.js';
import { memoryLogger } from '../../server/http/logger.js';
import { createMailer } from '../../server/mail/mailer.js';
import { buildOpenApiDocument } from '../../server/openapi/document.js';
import { apiVersion } from '../../server/openapi/index.js';
import { defaultWidgetDir } from '../../server/runtime.js';
import { answerContract, checkAnswers, type AnswerContract } from '../contract/answer-check.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export const testScryptCost = { N: 2 ** 10, r: 8, p: 1 };

// The routes, and so the document, are the same for every app of a run: one contract serves them all.
let contract: AnswerContract | undefined;

function contractOf(app: OpenAPIHono<AppEnv>, publicUrl: string): AnswerContract {
  if (contract) return contract;
  const document = JSON.parse(JSON.stringify(buildOpenApiDocument(app, { serverUrl: publicUrl, version: apiVersion })));
  contract = answerContract(document);
  return contract;
}

export interface TestApp {
  app: OpenAPIHono<AppEnv>;
  deps: Deps;
  database: TestDatabase;
  logs: ReturnType<typeof memoryLogger>['lines'];
  close(): Promise<void>;
}

export async function createTestApp(overrides: Partial<Omit<Deps, 'config'>> & { config?: Partial<Config> } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const logger = memoryLogger();
  const { config: configOverrides, ...depOverrides } = overrides;
  const keys = new SigningKeys(database.db);
  const config = { ...loadConfig({ KP_PUBLIC_URL: 'http://portal.test' }), ...configOverrides };
  const deps: Deps = {
    // Production hashing costs 128 MiB and ~0.4 s a password; suites use a cheap cost (passwords.test.ts covers the real one).
    auth: { keys, verifier: new AccessTokenVerifier(keys), passwords: new PasswordHasher({ cost: testScryptCost }) },
    mailer: createMailer({ db: database.db, logger, smtpUrl: config.smtpUrl, publicUrl: config.publicUrl }),
    db: database.db,
    dialect: database.dialect,
    config,
    logger,
    lifecycle: { draining: false },
    widgetDir: defaultWidgetDir,
    ...depOverrides,
  };
  const app = createApp(deps);
  return {
    app: checkAnswers(app, contractOf(app, config.publicUrl)),
    deps,
    database,
    logs: logger.lines,
    close: async () => {
      await deps.mailer.idle();
      await database.close();
    },
  };
}

export async function json<T = any>(response: Response): Promise<T> {
  return (await response.json()) as T;
}
