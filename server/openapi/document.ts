// Builds the OpenAPI 3.1 document from the route descriptions, turning their zod schemas into JSON Schema with
// zod's own converter, so the document says what the routes actually check.
import { z, type ZodType } from 'zod';
import { errorStatus } from '../http/errors.js';
import type { RouteDoc } from './registry.js';

const errorBody = z.strictObject({
  error: z.strictObject({
    code: z.enum(Object.keys(errorStatus) as [keyof typeof errorStatus, ...(keyof typeof errorStatus)[]]),
    message: z.string(),
    details: z.array(z.object({ path: z.string().optional(), message: z.string() })).optional(),
  }),
});

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

/** `/requests/:id` → `/requests/{id}`; a trailing `*` becomes `{path}`. */
export function openApiPath(honoPath: string): string {
  return honoPath.replace(/:([A-Za-z0-9_]+)/g, '{$1}').replace(/\/\*$/, '/{path}');
}

function pathParameters(honoPath: string) {
  const names = [...honoPath.matchAll(/:([A-Za-z0-9_]+)/g)].map((match) => match[1]!);
  if (honoPath.endsWith('/*')) names.push('path');
  return names.map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
}

function queryParameters(schema: ZodType | undefined) {
  if (!schema) return [];
  const object = jsonSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: object.required?.includes(name) ?? false,
    ...(typeof property.description === 'string' ? { description: property.description } : {}),
    schema: property,
  }));
}

function operation(route: RouteDoc) {
  const security = route.caller === 'portal' ? [{ portalToken: [] }] : route.caller === 'admin' ? [{ apiKey: [] }] : [];
  const responses: Record<string, unknown> = {};
  for (const [status, response] of Object.entries(route.responses)) {
    const schema = response.schema ?? (Number(status) >= 400 ? errorBody : undefined);
    responses[status] = {
      description: response.description,
      ...(schema ? { content: { 'application/json': { schema: jsonSchema(schema, 'output') } } } : {}),
      ...(response.media ? { content: { [response.media]: { schema: { type: 'string', contentMediaType: response.media } } } } : {}),
    };
  }
  responses.default = { description: 'An error, in the one error shape', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
  let requestBody: unknown;
  if (route.body) {
    requestBody = { required: true, content: { 'application/json': { schema: jsonSchema(route.body, 'input') } } };
  } else if (route.upload?.kind === 'multipart') {
    requestBody = {
      required: true,
      description: route.upload.description,
      content: {
        'multipart/form-data': {
          schema: { type: 'object', required: [route.upload.field], properties: { [route.upload.field]: { type: 'string', contentMediaType: 'application/octet-stream' } } },
        },
      },
    };
  } else if (route.upload?.kind === 'raw') {
    requestBody = { required: true, description: route.upload.description, content: { '*/*': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } } } };
  }
  return {
    tags: [route.tag],
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    operationId: `${route.method}${openApiPath(route.path).replace(/[{}]/g, '').replace(/\/api\/v1\//, '/').split(/[/-]/).filter(Boolean).map((part) => part[0]!.toUpperCase() + part.slice(1)).join('')}`,
    security,
    parameters: [
      ...pathParameters(route.path),
      ...queryParameters(route.query),
      ...(route.headers ?? []).map((header) => ({ name: header.name, in: 'header', required: header.required, description: header.description, schema: { type: 'string' } })),
    ],
    ...(requestBody ? { requestBody } : {}),
    responses,
  };
}

export interface DocumentOptions {
  serverUrl: string;
  version: string;
}

export function buildOpenApiDocument(routes: RouteDoc[], options: DocumentOptions) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = openApiPath(route.path);
    paths[path] ??= {};
    paths[path]![route.method] = operation(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Klantportaal API',
      version: options.version,
      description:
        'The customer API (/api/v1/portal/{slug}, used by the <klant-portaal> widget) and the back-office API (/api/v1/admin). ' +
        'Every error has the shape {"error": {"code", "message", "details"?}}. Lists take ?limit= (default 20, at most 100) and ?cursor= ' +
        'and answer {items, nextCursor}, newest first.',
    },
    servers: [{ url: options.serverUrl }],
    tags: [...new Set(routes.map((route) => route.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: { Error: jsonSchema(errorBody, 'output') },
      securitySchemes: {
        portalToken: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'A contact’s access token from a portal sign-in (10 minutes), or a preview token.' },
        apiKey: { type: 'http', scheme: 'bearer', description: 'The business’s API key: kp_live_…' },
      },
    },
  };
}
