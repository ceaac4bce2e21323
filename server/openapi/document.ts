// Builds the OpenAPI 3.1 document from the routes' own definitions (createRoute beside each handler), with the
// security schemes and an operationId for every operation.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { errorStatus, type ErrorCode } from '../http/errors.js';
import { errorSchema } from '../http/openapi.js';
import type { RouteDoc } from './registry.js';

/** Any error the app answers; the routes still described in server/openapi/paths refer to it. */
const errorBody = errorSchema(Object.keys(errorStatus) as [ErrorCode, ...ErrorCode[]]);
const errorRef = { $ref: '#/components/schemas/Error' };

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

/** `/requests/:id` → `/requests/{id}`; a trailing `*` becomes `{path}`. */
export function openApiPath(honoPath: string): string {
  return honoPath.replace(/:([A-Za-z0-9_]+)/g, '{$1}').replace(/\/\*$/, '/{path}');
}

/** `get /api/v1/portal/{slug}/requests/{id}/messages` → `getPortalSlugRequestsIdMessages`. */
function operationId(method: string, path: string): string {
  const words = path.replace(/[{}]/g, '').replace(/^\/api\/v1\//, '/').split(/[/-]/).filter(Boolean);
  return `${method}${words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('')}`;
}

function pathParameters(honoPath: string) {
  const names = [...honoPath.matchAll(/:([A-Za-z0-9_]+)/g)].map((match) => match[1]!);
  if (honoPath.endsWith('/*')) names.push('path');
  return names.map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
}

function queryParameters(schema: z.ZodType | undefined) {
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

/** A route still described by hand in server/openapi/paths; each moves to a createRoute() beside its handler. */
function legacyOperation(route: RouteDoc) {
  const security = route.caller === 'portal' ? [{ portalToken: [] }] : route.caller === 'admin' ? [{ apiKey: [] }] : [];
  const responses: Record<string, unknown> = {};
  for (const [status, response] of Object.entries(route.responses)) {
    const schema = response.schema ? jsonSchema(response.schema, 'output') : Number(status) >= 400 ? errorRef : undefined;
    responses[status] = {
      description: response.description,
      ...(schema ? { content: { 'application/json': { schema } } } : {}),
      ...(response.media ? { content: { [response.media]: { schema: { type: 'string', contentMediaType: response.media } } } } : {}),
    };
  }
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

const tagDescriptions: Record<string, string> = {
  Operations: 'Health, readiness, the widget’s files and this document.',
  Portal: 'What the widget reads before anyone signs in: the portal’s name, branding, features and sign-in methods.',
  'Sign-in': 'How a contact signs in to a portal: password, sign-in link, invite, reset, SSO. Each success answers an access token and sets the refresh cookie.',
  Account: 'The signed-in contact: profile, password, colleagues.',
  'Customer data': 'What a signed-in customer reads of its own records.',
  Requests: 'Service requests (werkbon-aanvragen) and their photos; guest requests without an account.',
  Messages: 'The customer’s conversation with the business about a request or a work order.',
  'Live updates': 'A signed-in customer’s changes as they happen, as a text/event-stream.',
  'Back office: portals': 'Portal settings: what customers see.',
  'Back office: customers': 'Customers, their work addresses and their portal users.',
  'Back office: customer data': 'Records pushed by the back office with its own ids, as idempotent upserts.',
  'Back office: requests': 'The inbox of incoming requests, and moving them on.',
  'Back office: messages': 'Reading and answering the customers’ conversations.',
  'Back office: webhooks': 'Signed webhooks to the back office.',
  'Back office: audit': 'Who did what, and when.',
  'Back office: business': 'The business itself: its name, and whether all staff must sign in in two steps.',
  'Back office: staff': 'The people of the business who work in the console: invites, roles, status.',
  'Back office: API keys': 'The keys back-office systems call this API with: made, listed, revoked.',
  'Staff sign-in': 'How staff sign in to the console: password, two-step code or recovery code, invite and reset links; the session is a cookie.',
  'Back office: live updates': 'The business’s changes as they happen, as a text/event-stream.',
};

export function buildOpenApiDocument(app: OpenAPIHono<any>, legacyRoutes: RouteDoc[], options: DocumentOptions) {
  const generated = app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Klantportaal API',
      version: options.version,
      license: { name: 'MIT', url: 'https://opensource.org/license/mit' },
      description:
        'The customer API (/api/v1/portal/{slug}, used by the <klant-portaal> widget) and the back-office API (/api/v1/admin). ' +
        'Every error has the shape {"error": {"code", "message", "details"?}}. Lists take ?limit= (default 20, at most 100) and ?cursor= ' +
        'and answer {items, nextCursor}, newest first.',
    },
    servers: [{ url: options.serverUrl }],
  }) as unknown as { paths: Record<string, Record<string, any>>; components?: Record<string, any> };
  const paths = generated.paths ?? {};
  for (const route of legacyRoutes) {
    const path = openApiPath(route.path);
    paths[path] ??= {};
    paths[path]![route.method] ??= legacyOperation(route);
  }
  const tags = new Set<string>();
  for (const [path, item] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(item)) {
      operation.operationId ??= operationId(method, path);
      for (const tag of operation.tags ?? []) tags.add(tag);
    }
  }
  const refersToError = JSON.stringify(paths).includes(JSON.stringify(errorRef.$ref));
  return {
    ...generated,
    tags: [...tags].sort().map((name) => ({ name, ...(tagDescriptions[name] ? { description: tagDescriptions[name] } : {}) })),
    paths: Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b))),
    components: {
      ...generated.components,
      schemas: { ...generated.components?.schemas, ...(refersToError ? { Error: jsonSchema(errorBody, 'output') } : {}) },
      securitySchemes: {
        portalToken: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'A contact’s access token from a portal sign-in (10 minutes), or a preview token.' },
        apiKey: { type: 'http', scheme: 'bearer', description: 'The business’s API key: kp_live_…' },
        staffSession: { type: 'apiKey', in: 'cookie', name: 'kp_staff', description: 'A staff member’s console session (POST /api/v1/console/auth/login). Every write with it needs the header X-Requested-With: klantportaal-console and, when an Origin is sent, this server’s own.' },
      },
    },
  };
}
