import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { describedRoutes, openApiPath } from './index.js';

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
    expect(undocumented, 'routes registered without a definition (defineRoute + routeGroup().openapi)').toEqual([]);
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
    expect(body.properties.preferredPartOfDay.enum).toEqual(['morning', 'afternoon', 'any', null]);
    expect(submit.parameters).toContainEqual(expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: true }));
    const created = submit.responses['201'].content['application/json'].schema.$ref.replace('#/components/schemas/', '');
    expect(document.components.schemas[created].properties.reference).toBeDefined();
    expect(submit.security).toEqual([{ portalToken: [] }]);

    const inbox = document.paths['/api/v1/admin/requests'].get;
    expect(inbox.parameters.map((parameter: any) => parameter.name)).toEqual(expect.arrayContaining(['limit', 'cursor', 'status', 'updatedSince']));
    expect(inbox.security).toEqual([{ apiKey: [] }, { staffSession: [] }]);

    const upload = document.paths['/api/v1/portal/{slug}/requests/{id}/attachments'].post;
    expect(upload.requestBody.content['multipart/form-data'].schema.required).toEqual(['file']);

    const workOrder = document.paths['/api/v1/admin/work-orders/{externalId}'].put;
    expect(workOrder.requestBody.content['application/json'].schema.properties.customerExternalId).toBeDefined();
    expect(document.paths['/api/v1/portal/{slug}/guest-requests'].post.security).toEqual([]);
  });
});

type Operation = { parameters?: { name: string; in: string; required?: boolean }[]; responses: Record<string, { headers?: Record<string, unknown>; content?: Record<string, { schema?: unknown }> }> };

/** The document's operations as `method path` → operation. */
async function operations(t: TestApp): Promise<Map<string, Operation>> {
  const document = await json(await t.app.request('/openapi.json'));
  const result = new Map<string, Operation>();
  for (const [path, item] of Object.entries(document.paths as Record<string, Record<string, Operation>>)) {
    for (const [method, operation] of Object.entries(item)) result.set(`${method} ${path}`, operation);
  }
  return result;
}

const apiPrefix = /^\/api\/v1\/(portal\/\{slug\}|admin)/;

/**
 * The rows of the README's HTTP API table: the paths of the first column (`…/x` continues the first path's API) and
 * the query parameters (`?name=`) and headers (`Name-With-Dashes`) the row names.
 */
function readmeApiRows() {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const table = readme.slice(readme.indexOf('## HTTP API'), readme.indexOf('\n## ', readme.indexOf('## HTTP API') + 1));
  return table
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const [pathsCell = ''] = line.split(/(?<!\\)\|/).slice(1);
      const items = [...pathsCell.matchAll(/`([^`]+)`/g)].map((match) => match[1]!.replace(/^[A-Z\\|]+ /, '').replace(/^PATCH /, ''));
      const base = items[0]?.match(apiPrefix)?.[0] ?? '';
      const paths = items.map((item) => item.replace(/^…/, base).replace(/\?.*$/, ''));
      const query = [...line.matchAll(/[?&]([A-Za-z]+)=/g)].map((match) => match[1]!);
      const headers = [...line.matchAll(/`([A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)+)(?::[^`]*)?`/g)].map((match) => match[1]!).filter((name) => name !== 'Authorization');
      return { paths, query: [...new Set(query)], headers: [...new Set(headers)] };
    });
}

/** Parameters the README names in its prose rather than its table. */
const documentedInProse = [
  { operation: 'put /api/v1/admin/portals/{slug}', in: 'query', name: 'rotateSsoSecret', where: 'SSO' },
  ...[
    'post /api/v1/portal/{slug}/requests',
    'post /api/v1/portal/{slug}/requests/{id}/messages',
    'post /api/v1/portal/{slug}/work-orders/{id}/messages',
    'post /api/v1/portal/{slug}/guest-requests',
    'post /api/v1/admin/requests/{id}/messages',
    'post /api/v1/admin/work-orders/{externalId}/messages',
  ].map((operation) => ({ operation, in: 'header', name: 'Idempotency-Key', where: 'Retries' })),
];

describe(`what /openapi.json promises a generated client, on ${dialectUnderTest}`, () => {
  it('a body schema for every operation’s success answer: 204 and 202 may have none, files count', async () => {
    const missing: string[] = [];
    for (const [key, operation] of await operations(t)) {
      const successes = Object.entries(operation.responses).filter(([status]) => status.startsWith('2'));
      if (successes.length === 0) missing.push(`${key}: no 2xx answer`);
      for (const [status, response] of successes) {
        if (status === '204' || status === '202') continue;
        const schemas = Object.values(response.content ?? {}).filter((media) => media.schema !== undefined);
        if (schemas.length === 0) missing.push(`${key} ${status}`);
      }
    }
    expect(missing, 'success answers a generated client types as never').toEqual([]);
  });

  it('every query parameter and header the README names, on the routes it names them for', async () => {
    const documented = await operations(t);
    const missing: string[] = [];
    const has = (keys: string[], place: string, name: string) =>
      keys.some((key) => documented.get(key)?.parameters?.some((parameter) => parameter.in === place && parameter.name.toLowerCase() === name.toLowerCase()));
    for (const row of readmeApiRows()) {
      const keys = [...documented.keys()].filter((key) => row.paths.includes(key.slice(key.indexOf(' ') + 1)));
      if (keys.length === 0) continue;
      for (const name of row.query) if (!has(keys, 'query', name)) missing.push(`?${name}= on ${row.paths.join(', ')}`);
      for (const name of row.headers) if (!has(keys, 'header', name)) missing.push(`${name} header on ${row.paths.join(', ')}`);
    }
    for (const parameter of documentedInProse) {
      if (!has([parameter.operation], parameter.in, parameter.name)) missing.push(`${parameter.in} ${parameter.name} on ${parameter.operation} (README: ${parameter.where})`);
    }
    expect(missing).toEqual([]);
  });

  it('the answer headers a client relies on: Retry-After on 429, Content-Disposition on downloads, Idempotent-Replayed on retried submissions', async () => {
    const missing: string[] = [];
    for (const [key, operation] of await operations(t)) {
      const takesKey = operation.parameters?.some((parameter) => parameter.in === 'header' && parameter.name === 'Idempotency-Key');
      for (const [status, response] of Object.entries(operation.responses)) {
        const headers = Object.keys(response.headers ?? {});
        // Downloads from the APIs; the widget's and the console's own files are served to load, not to save, and a
        // live-update stream is read as it comes.
        const isDownload = key.includes(' /api/') && status.startsWith('2') && Object.keys(response.content ?? {}).some((media) => !media.endsWith('json') && media !== 'text/event-stream');
        if (status === '429' && !headers.includes('Retry-After')) missing.push(`${key} 429: Retry-After`);
        if (isDownload && !headers.includes('Content-Disposition')) missing.push(`${key} ${status}: Content-Disposition`);
        if (takesKey && status.startsWith('2') && !headers.includes('Idempotent-Replayed')) missing.push(`${key} ${status}: Idempotent-Replayed`);
      }
    }
    expect(missing).toEqual([]);
  });
});
