import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/support/app.js';
import { createTestDatabase, dialectUnderTest } from '../test/support/database.js';
import { startServerProcess } from '../test/support/processes.js';
import { listen } from './server.js';
import { silentLogger } from './http/logger.js';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { agent: false }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    req.once('error', reject);
    req.end();
  });
}

describe(`shutdown on ${dialectUnderTest}`, () => {
  it('lets a slow in-flight request finish, refuses new connections, and reports draining', async () => {
    t = await createTestApp();
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let entered!: () => void;
    const enteredSlow = new Promise<void>((resolve) => (entered = resolve));
    t.app.get('/test/slow', async (c) => {
      entered();
      await released;
      return c.json({ finished: true });
    });
    let closed = false;
    const running = await listen(t.app, {
      host: '127.0.0.1',
      port: 0,
      lifecycle: t.deps.lifecycle,
      logger: silentLogger,
      shutdownTimeoutMs: 10_000,
      onClosed: async () => {
        closed = true;
      },
    });
    const base = `http://127.0.0.1:${running.port}`;
    const slow = get(`${base}/test/slow`);
    await enteredSlow;

    const shutdown = running.shutdown();
    expect(t.deps.lifecycle.draining).toBe(true);
    expect((await t.app.request('/readyz')).status).toBe(503);
    await expect(get(`${base}/healthz`)).rejects.toThrow(/ECONNREFUSED/);
    expect(closed).toBe(false);

    release();
    expect(await slow).toEqual({ status: 200, body: JSON.stringify({ finished: true }) });
    await shutdown;
    expect(closed).toBe(true);
  });

  it('cuts a request that outlives the deadline, so the process can still exit', async () => {
    t = await createTestApp();
    t.app.get('/test/hang', () => new Promise<Response>(() => {}));
    const running = await listen(t.app, {
      host: '127.0.0.1',
      port: 0,
      lifecycle: t.deps.lifecycle,
      logger: silentLogger,
      shutdownTimeoutMs: 300,
    });
    const hanging = get(`http://127.0.0.1:${running.port}/test/hang`).catch((error: Error) => error);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    await running.shutdown();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await hanging).toBeInstanceOf(Error);
  });

  it('a real server process exits 0 on SIGTERM', async () => {
    const database = await createTestDatabase();
    try {
      const server = await startServerProcess({ DATABASE_URL: database.url, ...database.env, KP_LOG: 'json' });
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      expect(server.output()).toMatch(/"msg":"shutting down"/);
    } finally {
      await database.close();
    }
  });
});

function post(url: string, body: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: 'POST', agent: false, headers }, (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
    });
    // The server may answer and close before the whole body is sent.
    req.once('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' || error.code === 'EPIPE' ? undefined : reject(error)));
    req.end(body);
  });
}

describe(`JSON bodies over a real connection on ${dialectUnderTest}`, () => {
  it('refuses one over 256 KB with 413, whether its length is declared or it comes in chunks, and reads one within', async () => {
    t = await createTestApp();
    const running = await listen(t.app, { host: '127.0.0.1', port: 0, lifecycle: t.deps.lifecycle, logger: silentLogger, shutdownTimeoutMs: 1_000 });
    try {
      const url = `http://127.0.0.1:${running.port}/api/v1/admin/portals`;
      const large = JSON.stringify({ padding: 'x'.repeat(300 * 1024) });
      const declared = await post(url, large, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(large)) });
      const chunked = await post(url, large, { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' });
      for (const answer of [declared, chunked]) {
        expect(answer.status).toBe(413);
        expect(JSON.parse(answer.body).error.code).toBe('payload_too_large');
      }
      // Within the limit the body is read and judged: without an API key the answer is 401, not a body error.
      const small = JSON.stringify({ name: 'Jansen' });
      const within = await post(url, small, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(small)) });
      expect(within.status).toBe(401);
    } finally {
      await running.shutdown();
    }
  });
});
