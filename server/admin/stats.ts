// GET /api/v1/admin/stats: the business's figures for the dashboard. Open to role staff as well: it shows counts of
// what the inbox already shows them, and no settings, keys or people.
import { defineRoute, json, routeGroup } from '../http/openapi.js';
import { businessStats, statsQuery, statsSchema } from '../stats/stats.js';

const stats = defineRoute('admin', {
  method: 'get',
  path: '/stats',
  tags: ['Back office: stats'],
  summary: 'Requests per week, time to the first answer, share accepted, quotes and portal users, for a period of whole weeks',
  request: { query: statsQuery },
  responses: { 200: json(statsSchema, 'The business’s figures') },
});

export const adminStatsRoutes = routeGroup().openapi(stats, async (c) => {
  const { db, dialect } = c.var.deps;
  return c.json(await businessStats(db, dialect, c.var.admin.tenantId, c.req.valid('query')), 200);
});
