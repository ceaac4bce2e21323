// The audit trail as a CSV file for a spreadsheet: RFC 4180 with every cell quoted, and no cell a spreadsheet could
// run as a formula.
import type { AuditEventOutput } from './trail.js';

// A cell that starts with one of these is read as a formula by Excel, LibreOffice and Google Sheets (OWASP "CSV
// injection"); a leading apostrophe makes it text. Tab and carriage return start one too in some of them.
const formulaStart = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const safe = formulaStart.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

const columns = ['createdAt', 'action', 'actorType', 'actorId', 'actorName', 'subjectType', 'subjectId', 'portalId', 'ip', 'details'] as const;

function cellsOf(event: AuditEventOutput): (string | null)[] {
  return [
    event.createdAt,
    event.action,
    event.actor.type,
    event.actor.id,
    event.actor.name,
    event.subject?.type ?? null,
    event.subject?.id ?? null,
    event.portalId,
    event.ip,
    event.details ? JSON.stringify(event.details) : null,
  ];
}

/** The header row and one row per event, CRLF-separated; a byte-order mark first, so Excel reads it as UTF-8. */
export function auditCsv(events: readonly AuditEventOutput[]): string {
  const lines = [columns.map(csvCell).join(','), ...events.map((event) => cellsOf(event).map(csvCell).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
