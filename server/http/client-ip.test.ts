import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.js';
import { callPortal, seedTenant } from '../../test/support/fixtures.js';
import { ConfigError, loadConfig } from '../config.js';
import { forwardedClientAddress } from './client-ip.js';

describe('the client address behind trusted proxies', () => {
  it('takes the entry the one trusted proxy appended, not the one the client wrote', () => {
    expect(forwardedClientAddress('203.0.113.7, 127.0.0.1', 1)).toBe('127.0.0.1');
    expect(forwardedClientAddress('198.51.100.4', 1)).toBe('198.51.100.4');
  });

  it('with n trusted proxies takes the n-th entry from the right', () => {
    expect(forwardedClientAddress('1.1.1.1, 203.0.113.7, 10.0.0.2', 2)).toBe('203.0.113.7');
    expect(forwardedClientAddress('1.1.1.1, 203.0.113.7, 10.0.0.2, 10.0.0.3', 3)).toBe('203.0.113.7');
  });

  it('trusts nothing without proxies configured, or when the request passed fewer proxies than configured', () => {
    expect(forwardedClientAddress('203.0.113.7', 0)).toBeUndefined();
    expect(forwardedClientAddress('203.0.113.7', 2)).toBeUndefined();
    expect(forwardedClientAddress(undefined, 1)).toBeUndefined();
  });

  it('never falls back to an entry the client wrote when the trusted one is malformed', () => {
    for (const header of ['203.0.113.7, ', '203.0.113.7, not-an-ip', '203.0.113.7,', '203.0.113.7, 1.2.3.4.5', '203.0.113.7, <script>']) {
      expect(forwardedClientAddress(header, 1), header).toBeUndefined();
    }
  });

  it('reads addresses with the port some proxies add, and IPv6', () => {
    expect(forwardedClientAddress('203.0.113.7:5123', 1)).toBe('203.0.113.7');
    expect(forwardedClientAddress('[2001:DB8::1]:443', 1)).toBe('2001:db8::1');
    expect(forwardedClientAddress('2001:db8::2', 1)).toBe('2001:db8::2');
  });
});

describe('KP_TRUST_PROXY', () => {
  it('takes 1 or true as one proxy, a number as that many, 0 or false or unset as none', () => {
    expect(loadConfig({ KP_TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ KP_TRUST_PROXY: 'true' }).trustProxy).toBe(1);
    expect(loadConfig({ KP_TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ KP_TRUST_PROXY: '0' }).trustProxy).toBe(0);
    expect(loadConfig({ KP_TRUST_PROXY: 'false' }).trustProxy).toBe(0);
    expect(loadConfig({}).trustProxy).toBe(0);
  });

  it('names the accepted forms when it is wrong', () => {
    for (const value of ['yes', '-1', '1.5', '100']) {
      expect(() => loadConfig({ KP_TRUST_PROXY: value }), value).toThrow(ConfigError);
    }
  });
});

describe('sign-in throttling behind a proxy (KP_TRUST_PROXY=1)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ config: { trustProxy: 1 } });
    await seedTenant(t.deps.db, 'proxied');
  });
  afterAll(async () => {
    await t.close();
  });

  it('counts wrong logins against the address the proxy appended, whatever the client puts in front', async () => {
    const statuses: number[] = [];
    for (let i = 1; i <= 60; i += 1) {
      const response = await callPortal(t.app, 'proxied', '/auth/login', {
        body: { email: `guess${i}@example.nl`, password: 'Niet het goede wachtwoord' },
        ip: '10.0.0.5',
        headers: { 'X-Forwarded-For': `203.0.113.${i}, 127.0.0.1` },
      });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 50).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(50).every((status) => status === 429)).toBe(true);
  });
});
