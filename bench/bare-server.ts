// The yardstick: a bare Hono app on the same Node HTTP server, answering with the same bytes as the real routes
// (captured from them) and doing nothing else. What the portal costs on top of it is what the ratios show.
import { readFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const list = readFileSync(process.env.BENCH_LIST_BODY!, 'utf8');
const created = readFileSync(process.env.BENCH_CREATED_BODY!, 'utf8');

const app = new Hono()
  .get('/healthz', (c) => c.json({ status: 'ok' }))
  .get('/list', (c) => {
    c.header('Content-Type', 'application/json; charset=UTF-8');
    return c.body(list);
  })
  .post('/requests', async (c) => {
    await c.req.json();
    c.header('Content-Type', 'application/json; charset=UTF-8');
    return c.body(created, 201);
  });

serve({ fetch: app.fetch, hostname: '127.0.0.1', port: Number(process.env.PORT) });
process.once('SIGTERM', () => process.exit(0));
