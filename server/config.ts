// The process environment, validated once at start-up into a typed config.
import { z } from 'zod';

const databaseUrl = z
  .string()
  .refine((value) => /^file:.+/.test(value) || /^postgres(ql)?:\/\/.+/.test(value) || value === ':memory:', {
    message: 'DATABASE_URL must be file:… or postgres://…',
  });

const demoFlag = z
  .enum(['0', '1', 'true', 'false', ''], { message: 'KP_DEMO must be 1 or 0' })
  .transform((value) => value === '1' || value === 'true');

const environmentSchema = z.object({
  PORT: z.coerce
    .number({ message: 'PORT must be a number from 1 to 65535' })
    .int({ message: 'PORT must be a number from 1 to 65535' })
    .min(1, { message: 'PORT must be a number from 1 to 65535' })
    .max(65535, { message: 'PORT must be a number from 1 to 65535' })
    .default(8787),
  HOST: z.string().min(1, { message: 'HOST must not be empty' }).default('127.0.0.1'),
  DATABASE_URL: databaseUrl.default('file:./data/klantportaal.db'),
  KP_PUBLIC_URL: z
    .url({ message: 'KP_PUBLIC_URL must be an absolute http(s) URL, such as https://portal.example.com' })
    .refine((value) => /^https?:\/\//.test(value), {
      message: 'KP_PUBLIC_URL must be an absolute http(s) URL, such as https://portal.example.com',
    })
    .optional(),
  SMTP_URL: z
    .string()
    .refine((value) => /^smtps?:\/\/.+/.test(value), { message: 'SMTP_URL must be smtp://… or smtps://…' })
    .optional(),
  KP_DEMO: demoFlag.default(false),
  KP_TRUST_PROXY: z
    .string()
    .regex(/^(true|false|\d{1,2})$/, { message: 'KP_TRUST_PROXY must be 0, 1 (or true), or the number of proxies in front' })
    .transform((value) => (value === 'true' ? 1 : value === 'false' ? 0 : Number(value)))
    .default(0),
  KP_WEBHOOK_ALLOW_PRIVATE: z.enum(['0', '1'], { message: 'KP_WEBHOOK_ALLOW_PRIVATE must be 1 or 0' }).default('0'),
  KP_LOG: z.enum(['json', 'silent'], { message: 'KP_LOG must be json or silent' }).default('json'),
  KP_SHUTDOWN_TIMEOUT_MS: z.coerce
    .number({ message: 'KP_SHUTDOWN_TIMEOUT_MS must be a number of milliseconds' })
    .int()
    .positive({ message: 'KP_SHUTDOWN_TIMEOUT_MS must be a positive number of milliseconds' })
    .default(10_000),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  /** The address customers and mail links reach this server on. */
  publicUrl: string;
  smtpUrl: string | undefined;
  demo: boolean;
  log: 'json' | 'silent';
  shutdownTimeoutMs: number;
  /** How many reverse proxies stand in front (0: none): the client address is the X-Forwarded-For entry the outermost one appended. */
  trustProxy: number;
  /** Webhooks may go to loopback, private and other internal addresses: for local development and tests only. */
  webhookAllowPrivate: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads the environment; throws ConfigError naming every wrong variable. Empty strings count as unset. */
export function loadConfig(environment: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(
    Object.keys(environmentSchema.shape)
      .map((key) => [key, environment[key]])
      .filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'environment');
      return issue.message.startsWith(name) ? issue.message : `${name}: ${issue.message}`;
    });
    throw new ConfigError([...new Set(problems)]);
  }
  const env = parsed.data;
  return {
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL,
    publicUrl: (env.KP_PUBLIC_URL ?? `http://${env.HOST === '0.0.0.0' ? '127.0.0.1' : env.HOST}:${env.PORT}`).replace(/\/$/, ''),
    smtpUrl: env.SMTP_URL,
    demo: env.KP_DEMO,
    log: env.KP_LOG,
    shutdownTimeoutMs: env.KP_SHUTDOWN_TIMEOUT_MS,
    trustProxy: env.KP_TRUST_PROXY,
    webhookAllowPrivate: env.KP_WEBHOOK_ALLOW_PRIVATE === '1',
  };
}
