// GET /openapi.json: both APIs described from the schemas their routes validate with.
import { Hono } from 'hono';
import type { AppEnv } from '../http/env.js';
import { buildOpenApiDocument } from './document.js';
import { accountRouteDocs } from './paths/accounts.js';
import { customerDataRouteDocs } from './paths/customer-data.js';
import { operationRouteDocs } from './paths/operations.js';
import { requestRouteDocs } from './paths/requests.js';
import type { RouteDoc } from './registry.js';

export const documentedRoutes: RouteDoc[] = [...operationRouteDocs, ...accountRouteDocs, ...customerDataRouteDocs, ...requestRouteDocs];

export const apiVersion = '1.0.0';

export function openApiRoutes(): Hono<AppEnv> {
  let document: string | undefined;
  return new Hono<AppEnv>().get('/openapi.json', (c) => {
    // Built on first use: the schemas never change while the process runs.
    document ??= JSON.stringify(buildOpenApiDocument(documentedRoutes, { serverUrl: c.var.deps.config.publicUrl, version: apiVersion }));
    c.header('Content-Type', 'application/json; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=300');
    // A public description: API tools on any site may read it.
    c.header('Access-Control-Allow-Origin', '*');
    return c.body(document);
  });
}
