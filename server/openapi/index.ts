// GET /openapi.json: both APIs, described from the definitions their routes validate with.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/env.js';
import { defineRoute, routeGroup, z } from '../http/openapi.js';
import { buildOpenApiDocument } from './document.js';
import { accountRouteDocs } from './paths/accounts.js';
import { customerDataRouteDocs } from './paths/customer-data.js';
import { operationRouteDocs } from './paths/operations.js';
import { requestRouteDocs } from './paths/requests.js';
import type { RouteDoc } from './registry.js';

export const legacyRouteDocs: RouteDoc[] = [...operationRouteDocs, ...accountRouteDocs, ...customerDataRouteDocs, ...requestRouteDocs];

export const apiVersion = '1.0.0';

const openApiDocument = defineRoute('public', {
  method: 'get',
  path: '/openapi.json',
  tags: ['Operations'],
  summary: 'This document: OpenAPI 3.1',
  responses: { 200: { description: 'The document', content: { 'application/json': { schema: z.object({ openapi: z.string() }).catchall(z.unknown()) } } } },
});

/** The document of `root`, the whole app: built on first use, as the routes never change while the process runs. */
export function openApiRoutes(root: OpenAPIHono<AppEnv>) {
  let document: string | undefined;
  return routeGroup().openapi(openApiDocument, (c) => {
    document ??= JSON.stringify(buildOpenApiDocument(root, legacyRouteDocs, { serverUrl: c.var.deps.config.publicUrl, version: apiVersion }));
    c.header('Content-Type', 'application/json; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=300');
    // A public description: API tools on any site may read it.
    c.header('Access-Control-Allow-Origin', '*');
    return c.body(document) as never;
  });
}

interface RegisteredRoute {
  method: RouteDoc['method'];
  path: string;
  tags?: string[];
  summary?: string;
  description?: string;
  security?: Record<string, string[]>[];
  request?: { query?: z.ZodType; headers?: z.ZodType; body?: { content: Record<string, { schema: unknown }> } };
  responses: Record<string, { description: string; content?: Record<string, unknown> }>;
}

function callerOf(security: RegisteredRoute['security']): RouteDoc['caller'] {
  const schemes = (security ?? []).flatMap((requirement) => Object.keys(requirement));
  if (schemes.includes('portalToken')) return 'portal';
  if (schemes.includes('apiKey')) return 'admin';
  return 'public';
}

/** The request headers a route reads, by name, as its definition's header schema states them. */
function headerDocs(schema: z.ZodType): NonNullable<RouteDoc['headers']> {
  const object = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, { description?: string }>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, property]) => ({ name, required: object.required?.includes(name) ?? false, description: property.description ?? '' }));
}

/**
 * Every route of `root` with what it takes, as the route walk and the document tests read them: the routes'
 * own definitions, then those still described in server/openapi/paths.
 */
export function describedRoutes(root: OpenAPIHono<AppEnv>): RouteDoc[] {
  const routes: RouteDoc[] = [];
  for (const definition of root.openAPIRegistry.definitions) {
    if (definition.type !== 'route') continue;
    const route = definition.route as unknown as RegisteredRoute;
    const content = route.request?.body?.content ?? {};
    const jsonSchema = content['application/json']?.schema as z.ZodType | undefined;
    const mediaTypes = Object.keys(content);
    routes.push({
      method: route.method,
      path: route.path.replace(/\{([A-Za-z0-9_]+)\}/g, ':$1'),
      tag: route.tags?.[0] ?? '',
      summary: route.summary ?? '',
      caller: callerOf(route.security),
      ...(route.request?.query ? { query: route.request.query } : {}),
      ...(route.request?.headers ? { headers: headerDocs(route.request.headers) } : {}),
      ...(jsonSchema ? { body: jsonSchema } : {}),
      ...(mediaTypes.includes('multipart/form-data')
        ? { upload: { kind: 'multipart' as const, field: 'file', description: '' } }
        : mediaTypes.length > 0 && !jsonSchema
          ? { upload: { kind: 'raw' as const, description: '' } }
          : {}),
      responses: Object.fromEntries(
        Object.entries(route.responses).map(([status, response]) => {
          const media = Object.keys(response.content ?? {}).find((mediaType) => !mediaType.endsWith('json'));
          const schema = (response.content?.['application/json'] as { schema?: z.ZodType } | undefined)?.schema;
          return [Number(status), { description: response.description, ...(media ? { media } : {}), ...(schema ? { schema } : {}) }];
        }),
      ),
    });
  }
  const seen = new Set(routes.map((route) => `${route.method} ${route.path}`));
  return [...routes, ...legacyRouteDocs.filter((route) => !seen.has(`${route.method} ${route.path}`))];
}
