// GET /api/v1/admin/audit: the business's audit trail, newest first, filtered by actor, action and period; and the
// same trail as a CSV file.
import { auditCsv } from '../audit/csv.js';
import { auditEventsForExport, auditExportLimit, auditFilterQuery, auditPageSchema, auditQuery, listAuditEvents } from '../audit/trail.js';
import { fileDownload } from '../files/download.js';
import { defineRoute, file, json, routeGroup } from '../http/openapi.js';

const tags = ['Back office: audit'];

const trail = defineRoute('admin', {
  method: 'get',
  path: '/audit',
  tags,
  summary: 'The audit trail, newest first',
  request: { query: auditQuery },
  responses: { 200: json(auditPageSchema, 'A page of audit events') },
});

const exportCsv = defineRoute('admin', {
  method: 'get',
  path: '/audit/export.csv',
  tags,
  summary: 'The filtered audit trail as a CSV file, newest first',
  description: `UTF-8 with a byte-order mark, comma-separated, every cell quoted, a header row first; a cell that would start with =, +, - or @ starts with ' instead, so a spreadsheet never runs it. At most ${auditExportLimit} events: the newest.`,
  request: { query: auditFilterQuery },
  responses: { 200: file('The CSV file, as an attachment', ['text/csv']) },
});

export const adminAuditRoutes = routeGroup()
  .openapi(trail, async (c) => {
    const { limit, cursor, ...filters } = c.req.valid('query');
    return c.json(await listAuditEvents(c.var.deps.db, c.var.admin.tenantId, filters, { limit, cursor }), 200);
  })
  .openapi(exportCsv, async (c) => {
    const events = await auditEventsForExport(c.var.deps.db, c.var.admin.tenantId, c.req.valid('query'));
    const day = new Date().toISOString().slice(0, 10);
    return fileDownload(c, { data: new TextEncoder().encode(auditCsv(events)), contentType: 'text/csv; charset=utf-8', filename: `audit-${day}.csv` });
  });
