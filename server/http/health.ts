// GET /healthz and /readyz: for the process supervisor and the load balancer.
import { sql } from 'kysely';
import { defineRoute, json, routeGroup, z } from './openapi.js';

const tags = ['Operations'];

const healthz = defineRoute('public', {
  method: 'get',
  path: '/healthz',
  tags,
  summary: 'The process is alive',
  responses: { 200: json(z.object({ status: z.literal('ok') }), 'Alive') },
});

const notReady = z.object({ status: z.enum(['draining', 'database_unreachable']) });

const readyz = defineRoute('public', {
  method: 'get',
  path: '/readyz',
  tags,
  summary: 'The database is reachable and the server is not shutting down',
  responses: {
    200: json(z.object({ status: z.literal('ready') }), 'Ready for traffic'),
    503: json(notReady, 'Draining after SIGTERM, or the database is unreachable: send traffic elsewhere'),
  },
});

export const healthRoutes = routeGroup()
  .openapi(healthz, (c) => c.json({ status: 'ok' as const }, 200))
  .openapi(readyz, async (c) => {
    if (c.var.deps.lifecycle.draining) return c.json({ status: 'draining' as const }, 503);
    try {
      await sql`select 1`.execute(c.var.deps.db);
    } catch {
      return c.json({ status: 'database_unreachable' as const }, 503);
    }
    return c.json({ status: 'ready' as const }, 200);
  });
