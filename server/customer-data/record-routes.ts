// The back office's routes for one kind of record, built from its resource: GET / (the list), PUT, GET and DELETE
// /{externalId}, and PUT /{externalId}/pdf|file for its file. The body, record and noun of the resource give every
// definition, so six resources are defined once and documented alike.
import { commonFailures, defineRoute, empty, failure, fileBody, json, jsonBody, pageSchema, routeGroup, z, $ } from '../http/openapi.js';
import { acceptedFiles, attachRecordFile, maxRecordFileBytes, uploadQuery, type FileSlot } from './attached-files.js';
import { externalIdSchema } from './fields.js';
import { deleteRecord, findOrFail, listRecords, recordListQuery, toRecord, upsertRecord, type RecordResource, type StoredRecord } from './upsert.js';

const tags = ['Back office: customer data'];

function externalIdParams(noun: string) {
  return z.object({ externalId: externalIdSchema.openapi({ description: `The back office’s own id of the ${noun}.` }) });
}

/** A staff session's write to what the back office keeps: read-only in the console. */
function readOnlyFailure(noun: string) {
  return failure(`A staff session on a ${noun} the back office keeps (details[].reason read_only_record): change it there`, 'conflict');
}

/** The routes of one resource, with the upload of its file when it has one. */
export function recordRoutes<Body, Found extends StoredRecord, Answer>(resource: RecordResource<Body, Found, Answer>, file?: FileSlot<Found>) {
  const { noun, record } = resource;
  const params = externalIdParams(noun);
  const missing = commonFailures.notFound(noun);
  const readOnly = readOnlyFailure(noun);

  const list = defineRoute('admin', {
    method: 'get',
    path: '/',
    tags,
    summary: `The ${noun}s, newest first`,
    request: { query: recordListQuery },
    responses: { 200: json(pageSchema(record), `A page of ${noun}s`) },
  });

  const upsert = defineRoute('admin', {
    method: 'put',
    path: '/{externalId}',
    tags,
    summary: `Create or update a ${noun}`,
    description: 'An upsert by the back office’s own id: send the same record again and again. When nothing in it changed, nothing is written, not even updatedAt.',
    request: { params, body: jsonBody(resource.body) },
    responses: {
      200: json(record, 'Updated, or unchanged: the record as stored'),
      201: json(record, 'Created: the record as stored'),
      400: failure('Not valid, or it refers to records this business does not have: each is named in details', 'validation_failed'),
      409: readOnly,
    },
  });

  const read = defineRoute('admin', {
    method: 'get',
    path: '/{externalId}',
    tags,
    summary: `One ${noun}`,
    request: { params },
    responses: { 200: json(record, `The ${noun}`), 404: missing },
  });

  const remove = defineRoute('admin', {
    method: 'delete',
    path: '/{externalId}',
    tags,
    summary: `Remove a ${noun}`,
    description: 'Its file goes with it; records that referred to it stay, unlinked.',
    request: { params },
    responses: { 204: empty('Removed'), 404: missing, 409: readOnly },
  });

  const routes = $(routeGroup())
    .openapi(list, async (c) => c.json(await listRecords(c.var.deps.db, resource, c.var.admin.tenantId, c.req.valid('query')), 200))
    .openapi(upsert, async (c) => {
      const { created, found } = await upsertRecord(c.var.deps, resource, c.var.admin, c.req.valid('param').externalId, c.req.valid('json'));
      const answer: Answer = await toRecord(c.var.deps.db, resource, found);
      return created ? c.json(answer, 201) : c.json(answer, 200);
    })
    .openapi(read, async (c) => {
      const found = await findOrFail(c.var.deps.db, resource, c.var.admin.tenantId, c.req.valid('param').externalId);
      const answer: Answer = await toRecord(c.var.deps.db, resource, found);
      return c.json(answer, 200);
    })
    .openapi(remove, async (c) => {
      await deleteRecord(c.var.deps.db, resource, c.var.admin, c.req.valid('param').externalId);
      return c.body(null, 204);
    });
  return file ? routes.route('/', fileUploadRoutes(resource, file)) : routes;
}

/** PUT /{externalId}/{segment}: the raw file as the body; 200 with the record, and the same file again changes nothing. */
export function fileUploadRoutes<Found extends StoredRecord, Answer>(resource: RecordResource<any, Found, Answer>, slot: FileSlot<Found>) {
  const { noun, record } = resource;
  const accepted = acceptedFiles(slot.allowed);
  const upload = defineRoute('admin', {
    method: 'put',
    path: `/{externalId}/${slot.segment}`,
    tags,
    summary: `Store the ${noun}’s file`,
    description: `The file itself as the body: ${accepted}, judged by its contents whatever its Content-Type says.${slot.takesFilename ? ' ?filename= names it.' : ''}`,
    request: {
      params: externalIdParams(noun),
      query: slot.takesFilename ? uploadQuery : uploadQuery.pick({}),
      body: fileBody(`The file, at most ${maxRecordFileBytes / 1024 / 1024} MB`, slot.allowed),
    },
    responses: {
      200: json(record, `Stored, or unchanged when it is the same file again: the ${noun} with its file`),
      400: failure('A photo of more than 100 million pixels, or the query is not valid', 'validation_failed'),
      404: commonFailures.notFound(noun),
      409: readOnlyFailure(noun),
      413: failure(`Larger than ${maxRecordFileBytes / 1024 / 1024} MB`, 'payload_too_large'),
      415: failure(`Not ${accepted}, judged by its contents`, 'unsupported_media_type'),
    },
  });
  return $(routeGroup()).openapi(upload, async (c) => {
    const { deps, admin } = c.var;
    const { filename }: { filename?: string | undefined } = c.req.valid('query');
    const found = await attachRecordFile(deps, resource, slot, admin, c.req.valid('param').externalId, { body: c.req.raw, filename });
    const answer: Answer = await toRecord(deps.db, resource, found);
    return c.json(answer, 200);
  });
}
