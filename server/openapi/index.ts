// GET /openapi.json: both APIs, described from the definitions their routes validate with.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/env.js';
import { defineRoute, routeGroup, z } from '../http/openapi.js';
import { buildOpenApiDocument } from './document.js';

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
    document ??= JSON.stringify(buildOpenApiDocument(root, { serverUrl: c.var.deps.config.publicUrl, version: apiVersion }));
    c.header('Content-Type', 'application/json; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=300');
    // A public description: API tools on any site may read it.
    c.header('Access-Control-Allow-Origin', '*');
    return c.body(document) as never;
  });
}

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** `portal`: a contact's access token; `admin`: an API key or a staff session; `public`: nobody signs in. */
export type Caller = 'portal' | 'admin' | 'public';

export interface ResponseDoc {
  description: string;
  /** The JSON body. */
  schema?: z.ZodType;
  /** A file or other non-JSON body, by its media type. */
  media?: string;
}

/** A route as the security walk and the document tests read it, taken from its definition. */
export interface RouteDoc {
  method: HttpMethod;
  /** As Hono registers it: `/api/v1/portal/:slug/requests/:id`, `/widget/*`. */
  path: string;
  tag: string;
  summary: string;
  caller: Caller;
  query?: z.ZodType;
  headers?: { name: string; required: boolean; description: string }[];
  /** A JSON body. */
  body?: z.ZodType;
  /** A non-JSON body: multipart with one file field, or the raw bytes of a file. */
  upload?: { kind: 'multipart'; field: string; description: string } | { kind: 'raw'; description: string };
  responses: Record<number, ResponseDoc>;
}

/** `/requests/:id` → `/requests/{id}`; a trailing `*` is the parameter `{path}`. */
export function openApiPath(honoPath: string): string {
  return honoPath.replace(/:([A-Za-z0-9_]+)/g, '{$1}').replace(/\/\*$/, '/{path}');
}

/** The inverse of openApiPath: `/widget/{path}` is the wildcard route `/widget/*`. */
function honoPath(openApiPath: string): string {
  return openApiPath.replace(/\/\{path\}$/, '/*').replace(/\{([A-Za-z0-9_]+)\}/g, ':$1');
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

/** Every route of `root` with what it takes, from the routes' own definitions. */
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
      path: honoPath(route.path),
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
  return routes;
}
