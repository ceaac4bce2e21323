// The submissions bench's yardstick: bare Hono on the same Node HTTP server, reading the JSON body of POST /requests
// and answering the bytes the real route answered (BENCH_CREATED_BODY names the file), doing nothing else.
import { readFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const created = readFileSync(process.env.BENCH_CREATED_BODY!, 'utf8');

const app = new Hono()
  .get('/healthz', (c) => c.json({ status: 'ok' }))
  .post('/requests', async (c) => {
    await c.req.json();
    c.header('Content-Type', 'application/json; charset=UTF-8');
    return c.body(created, 201);
  });

serve({ fetch: app.fetch, hostname: '127.0.0.1', port: Number(process.env.PORT) });
process.once('SIGTERM', () => process.exit(0));
