// Internal notes on a request: what staff and the back office keep for themselves about it. They live in a table of
// their own that no portal answer, webhook or portal event reads, so a customer never sees them.
import type { Kysely } from 'kysely';
import { z } from '@hono/zod-openapi';
import { actorFields, recordAudit, type BackOfficeActor } from '../audit/audit.js';
import type { Database } from '../db/schema.js';
import type { RequestNote } from '../db/tables/events.js';
import type { ServiceRequest } from '../db/tables/requests.js';
import { newId, nowIso } from '../db/ids.js';
import { publishRequestEvent } from '../events/publish.js';
import { dateTimeSchema, pageSchema } from '../http/openapi.js';
import { keysetPage, pageOf, type Page, type PageQuery } from '../http/pagination.js';

export const requestNoteBody = z.strictObject({ body: z.string().trim().min(1).max(5000).openapi({ description: 'The note; only the business reads it' }) });

export const requestNoteSchema = z
  .strictObject({
    id: z.string(),
    requestId: z.string(),
    author: z.strictObject({ kind: z.enum(['api_key', 'staff']), id: z.string(), name: z.string() }).openapi({ description: 'The staff member or API key that wrote it' }),
    body: z.string(),
    createdAt: dateTimeSchema,
  })
  .openapi('RequestNote', { description: 'An internal note on a request: never shown to the customer, never in a webhook.' });
export type RequestNoteOutput = z.output<typeof requestNoteSchema>;
export const requestNotePageSchema = pageSchema(requestNoteSchema);

export function toRequestNote(row: RequestNote): RequestNoteOutput {
  return { id: row.id, requestId: row.request_id, author: { kind: row.author_kind, id: row.author_id, name: row.author_name }, body: row.body, createdAt: row.created_at };
}

/** The notes on a request, newest first. */
export async function listRequestNotes(db: Kysely<Database>, request: ServiceRequest, page: PageQuery): Promise<Page<RequestNoteOutput>> {
  const query = db.selectFrom('request_notes').selectAll().where('tenant_id', '=', request.tenant_id).where('request_id', '=', request.id);
  return pageOf(await keysetPage(query, 'request_notes', page).execute(), page, toRequestNote);
}

/** Writes the note, its audit entry and a business-only `request.updated` event, all in one transaction. */
export async function addRequestNote(db: Kysely<Database>, request: ServiceRequest, actor: BackOfficeActor, body: string, ip: string | null, now = new Date()): Promise<RequestNote> {
  const row: RequestNote = {
    id: newId('rnt'),
    tenant_id: request.tenant_id,
    request_id: request.id,
    author_kind: actor.kind,
    author_id: actor.id,
    author_name: actor.name,
    body,
    created_at: nowIso(now),
  };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('request_notes').values(row).execute();
    await recordAudit(
      trx,
      { tenantId: request.tenant_id, portalId: request.portal_id, ...actorFields(actor), action: 'request.note_added', subjectType: 'request', subjectId: request.id, ip },
      now,
    );
    await publishRequestEvent(trx, 'request.updated', request.tenant_id, request.id, { businessOnly: true });
  });
  return row;
}
