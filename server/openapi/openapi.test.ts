import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { describedRoutes } from './index.js';
import { openApiPath } from './document.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe(`GET /openapi.json on ${dialectUnderTest}`, () => {
  const documentedRoutes = () => describedRoutes(t.app);
  it('describes every route the app registers, and no route it does not', () => {
    const registered = new Set(t.app.routes.filter((route) => route.method !== 'ALL').map((route) => `${route.method} ${route.path}`));
    const documented = new Set(documentedRoutes().map((route) => `${route.method.toUpperCase()} ${route.path}`));
    const undocumented = [...registered].filter((route) => !documented.has(route));
    const stale = [...documented].filter((route) => !registered.has(route));
    expect(undocumented, 'routes missing from server/openapi/paths').toEqual([]);
    expect(stale, 'described routes the app does not have').toEqual([]);
    expect(documentedRoutes().length).toBe(documented.size);
  });

  it('is OpenAPI 3.1, served without signing in, with each route under its path and method', async () => {
    const response = await t.app.request('/openapi.json');
    expect(response.status).toBe(200);
    const document = await json(response);
    expect(document.openapi).toBe('3.1.0');
    expect(document.servers).toEqual([{ url: 'http://portal.test' }]);
    for (const route of documentedRoutes()) {
      const operation = document.paths[openApiPath(route.path)]?.[route.method];
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
      const pathNames = [...route.path.matchAll(/:([A-Za-z0-9_]+)/g)].map((match) => match[1]);
      for (const name of pathNames) expect(operation.parameters.some((parameter: any) => parameter.in === 'path' && parameter.name === name)).toBe(true);
    }
    expect(new Set(Object.values(document.paths).flatMap((item: any) => Object.values(item).map((operation: any) => operation.operationId))).size).toBe(documentedRoutes().length);
  });

  it('takes request bodies and queries from the schemas the routes validate with', async () => {
    const document = await json(await t.app.request('/openapi.json'));
    const submit = document.paths['/api/v1/portal/{slug}/requests'].post;
    const body = submit.requestBody.content['application/json'].schema;
    expect(body.required).toEqual(['workType', 'description']);
    expect(body.additionalProperties).toBe(false);
    expect(body.properties.preferredPartOfDay.anyOf[0].enum).toEqual(['morning', 'afternoon', 'any']);
    expect(submit.parameters).toContainEqual(expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: true }));
    expect(submit.responses['201'].content['application/json'].schema.properties.reference).toBeDefined();
    expect(submit.security).toEqual([{ portalToken: [] }]);

    const inbox = document.paths['/api/v1/admin/requests'].get;
    expect(inbox.parameters.map((parameter: any) => parameter.name)).toEqual(expect.arrayContaining(['limit', 'cursor', 'status', 'updatedSince']));
    expect(inbox.security).toEqual([{ apiKey: [] }]);

    const upload = document.paths['/api/v1/portal/{slug}/requests/{id}/attachments'].post;
    expect(upload.requestBody.content['multipart/form-data'].schema.required).toEqual(['file']);

    const workOrder = document.paths['/api/v1/admin/work-orders/{externalId}'].put;
    expect(workOrder.requestBody.content['application/json'].schema.properties.customerExternalId).toBeDefined();
    expect(document.paths['/api/v1/portal/{slug}/guest-requests'].post.security).toEqual([]);
  });
});
