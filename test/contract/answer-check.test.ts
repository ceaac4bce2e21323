import { OpenAPIHono } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../server/http/errors.js';
import { defineRoute, failure, json, routeGroup, z } from '../../server/http/openapi.js';
import { buildOpenApiDocument } from '../../server/openapi/document.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { AnswerContractError, answerContract, checkAnswers } from './answer-check.js';

const thing = z.object({ id: z.string(), note: z.string().nullable() }).openapi('Thing');

const getThing = defineRoute('public', {
  method: 'get',
  path: '/things/{id}',
  summary: 'One thing',
  request: { params: z.object({ id: z.string() }) },
  responses: { 200: json(thing, 'The thing'), 404: failure('No such thing', 'not_found') },
});

const listThings = defineRoute('public', {
  method: 'get',
  path: '/things',
  summary: 'Things, in an object the document leaves open',
  responses: { 200: json(z.object({ items: z.array(thing) }).catchall(z.unknown()), 'The things') },
});

/** Answers as the handlers are told to, right or wrong, so the check has something to judge. */
function thingsApp(answers: { body: unknown; status: number }) {
  const routes = routeGroup()
    .openapi(getThing, (c) => {
      if (c.req.valid('param').id === 'missing') throw new ApiError('not_found', 'No such thing.');
      return c.json(answers.body as never, answers.status as never);
    })
    .openapi(listThings, (c) => c.json(answers.body as never, answers.status as never));
  const app = new OpenAPIHono();
  app.route('/', routes);
  app.get('/undescribed', (c) => c.json(answers.body as never, answers.status as never));
  app.onError((error, c) => (error instanceof ApiError ? c.json(error.toBody(), error.status) : c.json({ error: { code: 'internal', message: 'boom' } }, 500)));
  app.notFound((c) => c.json(new ApiError('not_found', 'No route').toBody(), 404));
  const document = JSON.parse(JSON.stringify(buildOpenApiDocument(app, { serverUrl: 'https://portal.example', version: '1' })));
  return { app: checkAnswers(app, answerContract(document)) };
}

describe('the answer check of the test apps', () => {
  it('lets a documented answer through', async () => {
    const { app } = thingsApp({ body: { id: 't1', note: null }, status: 200 });
    expect((await app.request('/things/t1')).status).toBe(200);
    expect((await app.request('/things/missing')).status).toBe(404);
    expect((await app.request('/no-such-route')).status).toBe(404);
  });

  it('fails on a field the schema does not have, also where the document leaves the object open', async () => {
    const { app } = thingsApp({ body: { id: 't1', note: null, secret: 'x' }, status: 200 });
    await expect(app.request('/things/t1')).rejects.toThrow(AnswerContractError);
    await expect(app.request('/things/t1')).rejects.toThrow(/"secret" is not in the documented schema/);

    const open = thingsApp({ body: { items: [], total: 3 }, status: 200 });
    await expect(open.app.request('/things')).rejects.toThrow(/"total" is not in the documented schema/);
  });

  it('fails on a status the operation does not document, and on a body of the wrong type', async () => {
    const { app } = thingsApp({ body: { id: 't1', note: null }, status: 202 });
    await expect(app.request('/things/t1')).rejects.toThrow(/does not document 202; it documents 200, 400, 404/);

    const wrong = thingsApp({ body: { id: 1, note: null }, status: 200 });
    await expect(wrong.app.request('/things/t1')).rejects.toThrow(/\/id: must be string/);
  });

  it('fails a success answer of a route the document does not have', async () => {
    const { app } = thingsApp({ body: { anything: true }, status: 200 });
    await expect(app.request('/undescribed')).rejects.toThrow(/no operation of \/openapi.json has this method and path/);
  });
});

describe('the apps the suites use', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    // A route the document does not have, as one added without its definition would be.
    t.app.post('/healthz', (c) => c.json({ status: 'ok' }, 200));
  });
  afterAll(async () => {
    await t.close();
  });

  it('check their answers against /openapi.json', async () => {
    const response = await t.app.request('/api/v1/portal/no-such-portal/invoices');
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('not_found');
    await expect(t.app.request('/healthz', { method: 'POST' })).rejects.toThrow(/POST \/healthz answered 200: no operation of \/openapi.json has this method and path/);
  });
});
