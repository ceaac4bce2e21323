import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

function problemsOf(environment: Record<string, string>): string[] {
  try {
    loadConfig(environment);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('configuration from the environment', () => {
  it('starts with the documented defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 8787,
      host: '127.0.0.1',
      databaseUrl: 'file:./data/klantportaal.db',
      publicUrl: 'http://127.0.0.1:8787',
      smtpUrl: undefined,
      demo: false,
    });
  });

  it('names DATABASE_URL and the accepted forms when it is wrong', () => {
    expect(problemsOf({ DATABASE_URL: 'mysql://localhost/db' })).toEqual(['DATABASE_URL must be file:… or postgres://…']);
  });

  it('names every wrong variable at once, without a stack trace in the message', () => {
    const problems = problemsOf({ PORT: 'eighty', KP_PUBLIC_URL: 'portal.example.com', SMTP_URL: 'mail.example.com', KP_DEMO: 'yes' });
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/PORT must be a number from 1 to 65535/);
    expect(problems.join('\n')).toMatch(/KP_PUBLIC_URL must be an absolute http\(s\) URL/);
    expect(problems.join('\n')).toMatch(/SMTP_URL must be smtp:\/\/… or smtps:\/\/…/);
    expect(problems.join('\n')).toMatch(/^KP_DEMO/m);
    expect(problems.join('\n')).not.toMatch(/at .*\.ts:\d+/);
  });

  it('refuses a port out of range', () => {
    expect(problemsOf({ PORT: '70000' })).toEqual(['PORT must be a number from 1 to 65535']);
  });

  it('accepts PostgreSQL, SMTP and a public URL, and trims the trailing slash of the public URL', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://kp:secret@db.internal:5432/klantportaal',
      SMTP_URL: 'smtp://mail.internal:25',
      KP_PUBLIC_URL: 'https://portal.example.com/',
      KP_DEMO: '1',
      PORT: '9000',
    });
    expect(config).toMatchObject({
      databaseUrl: 'postgres://kp:secret@db.internal:5432/klantportaal',
      smtpUrl: 'smtp://mail.internal:25',
      publicUrl: 'https://portal.example.com',
      demo: true,
      port: 9000,
    });
  });
});
