// The yardstick: a bare Hono app on the same Node HTTP server, answering with the same bytes as the real routes
// (captured from them) and doing nothing else. What the portal costs on top of it is what the ratios show.
// BENCH_BODIES names a directory of captured answers: GET /body/<name> answers <name>.json, POST /created/<name> reads
// the JSON sent and answers <name>.json with 201.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const directory = process.env.BENCH_BODIES!;
const bodies = new Map(
  readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .map((name) => [name.slice(0, -'.json'.length), readFileSync(join(directory, name), 'utf8')]),
);

const app = new Hono()
  .get('/healthz', (c) => c.json({ status: 'ok' }))
  .get('/body/:name', (c) => {
    const body = bodies.get(c.req.param('name'));
    if (body === undefined) return c.notFound();
    c.header('Content-Type', 'application/json; charset=UTF-8');
    return c.body(body);
  })
  .post('/created/:name', async (c) => {
    await c.req.json();
    const body = bodies.get(c.req.param('name'));
    if (body === undefined) return c.notFound();
    c.header('Content-Type', 'application/json; charset=UTF-8');
    return c.body(body, 201);
  });

serve({ fetch: app.fetch, hostname: '127.0.0.1', port: Number(process.env.PORT) });
process.once('SIGTERM', () => process.exit(0));
