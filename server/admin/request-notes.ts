// /api/v1/admin/requests/{id}/notes: the business's internal notes on a request, which no customer ever sees.
import { idParam } from '../customer-data/fields.js';
import { clientIp } from '../http/client-ip.js';
import { commonFailures, defineRoute, json, jsonBody, routeGroup } from '../http/openapi.js';
import { pageQuerySchema } from '../http/pagination.js';
import { addRequestNote, listRequestNotes, requestNoteBody, requestNotePageSchema, requestNoteSchema, toRequestNote } from '../requests/notes.js';
import { adminScope, requireRequest } from '../requests/requests.js';

const tags = ['Back office: requests'];
const notFound = commonFailures.notFound('request');

const listNotes = defineRoute('admin', {
  method: 'get',
  path: '/requests/{id}/notes',
  tags,
  summary: 'The internal notes on a request, newest first',
  description: 'Notes are the business’s own: they are never in a portal answer, a webhook or a customer’s live updates.',
  request: { params: idParam, query: pageQuerySchema },
  responses: { 200: json(requestNotePageSchema, 'A page of notes'), 404: notFound },
});

const addNote = defineRoute('admin', {
  method: 'post',
  path: '/requests/{id}/notes',
  tags,
  summary: 'Keep an internal note on a request',
  description: 'Signed with the staff member’s or the API key’s name. Staff streams hear of it as request.updated; customers never do.',
  request: { params: idParam, body: jsonBody(requestNoteBody) },
  responses: { 201: json(requestNoteSchema, 'The note'), 404: notFound },
});

export const adminRequestNoteRoutes = routeGroup()
  .openapi(listNotes, async (c) => {
    const { deps, admin } = c.var;
    const request = await requireRequest(deps.db, adminScope(admin), c.req.valid('param').id);
    return c.json(await listRequestNotes(deps.db, request, c.req.valid('query')), 200);
  })
  .openapi(addNote, async (c) => {
    const { deps, admin } = c.var;
    const request = await requireRequest(deps.db, adminScope(admin), c.req.valid('param').id);
    const note = await addRequestNote(deps.db, request, admin.actor, c.req.valid('json').body, clientIp(c));
    return c.json(toRequestNote(note), 201);
  });
