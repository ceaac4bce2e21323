// The one way a route is written: createRoute() states its method, path, inputs and every answer beside its handler,
// and both the validation and /openapi.json come from that definition. This file holds the shared pieces: route
// groups that fail validation in the one error shape, the answers every route repeats, and the callers' security.
import { $, OpenAPIHono, createRoute, z, type RouteConfig } from '@hono/zod-openapi';
import type { Hook } from '@hono/zod-openapi';
import type { Env, MiddlewareHandler } from 'hono';
import { ApiError, errorStatus, type ErrorCode } from './errors.js';
import type { AppEnv } from './env.js';

export { $, createRoute, z };

const nulMessage = 'must not contain the character U+0000';

/** The dotted paths of the strings in `value` that hold U+0000 ('' for `value` itself). */
function pathsWithNul(value: unknown, path: string[] = [], found: string[] = []): string[] {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) found.push(path.join('.'));
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => pathsWithNul(item, [...path, String(index)], found));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) pathsWithNul(item, [...path, key], found);
  }
  return found;
}

/**
 * A validation failure, in the one error shape: which field, and what is wrong with it. A valid input with U+0000 in
 * a text is refused too: PostgreSQL cannot store it in text, and SQLite answers the same so both databases agree.
 */
export const failValidation: Hook<unknown, Env, string, undefined> = (result) => {
  const target = result.target;
  if (result.success) {
    const paths = pathsWithNul(result.data);
    if (paths.length === 0) return;
    throw new ApiError(
      'validation_failed',
      target === 'json' ? 'The request body is not valid.' : `The request ${target} is not valid.`,
      paths.map((path) => ({ path: path || target, message: nulMessage })),
    );
  }
  throw new ApiError(
    'validation_failed',
    target === 'json' ? 'The request body is not valid.' : `The request ${target} is not valid.`,
    result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.') || target, message: issue.message })),
  );
};

/**
 * U+0000 in the path (%00) is refused before any middleware looks the path's parts up (a portal by its slug): it
 * answers as a validation failure of the path, whichever route the path would have reached.
 */
export const refuseNulInPath: MiddlewareHandler = async (c, next) => {
  if (/%00/.test(new URL(c.req.url).pathname) || c.req.path.includes('\u0000')) {
    throw new ApiError('validation_failed', 'The request path is not valid.', [{ path: 'path', message: nulMessage }]);
  }
  await next();
};

/** A sub-app of routes; mounted with app.route(), its definitions join the parent's document. */
export function routeGroup<E extends Env = AppEnv>(): OpenAPIHono<E> {
  return new OpenAPIHono<E>({ defaultHook: failValidation as never });
}

// ── Who calls ─────────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * `portal`: a contact's access token; `admin`: the business's API key; `public`: nobody signs in.
 * The document's security schemes are named here and declared in server/openapi/document.ts.
 */
export type Caller = 'portal' | 'admin' | 'public';

export const securityOf: Record<Caller, RouteConfig['security']> = {
  portal: [{ portalToken: [] }],
  admin: [{ apiKey: [] }, { staffSession: [] }],
  public: [],
};

// ── Inputs ────────────────────────────────────────────────────────────────────────────────────────────────────────

/** The portal's slug, part of every customer route's path. */
export const slugSchema = z.string().min(1).max(100).openapi({ description: 'The portal’s slug, as in <klant-portaal portal="…">' });

/** Path parameters of a customer route: the portal's slug and the route's own. */
export function onPortal<Shape extends z.ZodRawShape = Record<never, z.ZodType>>(shape?: Shape) {
  return z.object({ slug: slugSchema, ...(shape ?? ({} as Shape)) });
}

/** A JSON request body, required, rejected with 415 when sent as anything but JSON. */
export function jsonBody<Schema extends z.ZodType>(schema: Schema, description?: string) {
  return { required: true, ...(description ? { description } : {}), content: { 'application/json': { schema } } } as const;
}

/** Raw bytes of a file as the body; read and checked by the handler while streaming, so no validator reads it first. */
export function fileBody(description: string, mediaTypes: readonly string[]) {
  const content: Record<string, { schema: { type: 'string'; contentMediaType: string } }> = {};
  for (const mediaType of mediaTypes) content[mediaType] = { schema: { type: 'string', contentMediaType: mediaType } };
  return { required: true, description, content };
}

/** One file in a multipart form field, streamed by the handler. */
export function multipartFileBody(field: string, description: string) {
  return {
    required: true,
    description,
    content: {
      'multipart/form-data': {
        schema: { type: 'object' as const, required: [field], properties: { [field]: { type: 'string' as const, contentMediaType: 'application/octet-stream' } } },
      },
    },
  };
}

export const idempotencyKeyHeaderSchema = z
  .string({ error: 'required' })
  .regex(/^[\x21-\x7e]{8,255}$/, { message: 'must be 8 to 255 printable ASCII characters' })
  .openapi({
    description:
      'A new random key (a UUID) per submission; the same key when retrying it. The same key with the same body answers the first answer again; with another body 422; while the first is still running 409.',
  });

// ── Answers ───────────────────────────────────────────────────────────────────────────────────────────────────────

type ResponseConfig = Exclude<RouteConfig['responses'][string], { $ref: string }>;
type HeaderDocs = NonNullable<ResponseConfig['headers']>;

interface HeaderDoc {
  description: string;
  schema: { type: 'string' | 'integer'; enum?: string[] };
  required?: boolean;
}

export const headers = {
  idempotentReplayed: {
    'Idempotent-Replayed': { description: 'Present, as "true", when this is the stored answer to an earlier submission with the same Idempotency-Key.', schema: { type: 'string', enum: ['true'] } },
  },
  retryAfter: {
    'Retry-After': { description: 'Seconds to wait before trying again.', schema: { type: 'integer' }, required: true },
  },
  attachment: {
    'Content-Disposition': { description: 'attachment, with the file’s name.', schema: { type: 'string' }, required: true },
  },
} satisfies Record<string, Record<string, HeaderDoc>>;

/** A JSON answer with its schema. */
export function json<Schema extends z.ZodType>(schema: Schema, description: string, answerHeaders?: Record<string, HeaderDoc>) {
  return { description, ...(answerHeaders ? { headers: answerHeaders as HeaderDocs } : {}), content: { 'application/json': { schema } } };
}

/** An answer without a body (204). */
export function empty(description: string) {
  return { description };
}

/** A file, sent as an attachment. */
export function file(description: string, mediaTypes: readonly string[] = ['application/octet-stream']) {
  const content: Record<string, { schema: z.ZodString }> = {};
  for (const mediaType of mediaTypes) content[mediaType] = { schema: z.string().openapi({ format: 'binary' }) };
  return { description, headers: headers.attachment as HeaderDocs, content };
}

export const errorDetail = z.object({
  path: z.string().optional().openapi({ description: 'The field, dotted for nested ones (lines.0.quantity).' }),
  message: z.string(),
  reason: z
    .string()
    .optional()
    .openapi({ description: 'A code for the problem a client can translate: too_short, too_long, too_common, too_weak (a refused password), required, wrong_password, link_invalid.' }),
});

/** The one error shape (design §4), with the codes this answer can carry. */
export function errorSchema(codes: readonly [ErrorCode, ...ErrorCode[]]) {
  return z.object({
    error: z.object({
      code: z.enum(codes),
      message: z.string().openapi({ description: 'For people; the code is for programs.' }),
      details: z.array(errorDetail).optional().openapi({ description: 'Per field: where, and what is wrong.' }),
    }),
  });
}

/** An error answer: what it means on this route, and its codes (all of one status). */
export function failure(description: string, ...codes: [ErrorCode, ...ErrorCode[]]) {
  const statuses = new Set(codes.map((code) => errorStatus[code]));
  if (statuses.size !== 1) throw new Error(`failure(): ${codes.join(', ')} have different statuses`);
  return {
    description: `${description} (${codes.join(', ')})`,
    ...(codes.includes('rate_limited') ? { headers: headers.retryAfter as HeaderDocs } : {}),
    content: { 'application/json': { schema: errorSchema(codes) } },
  };
}

/** The answers every route of a kind of caller can give, added to each of its routes. */
export const commonFailures = {
  invalid: failure('The request is not valid: each field’s problem is in details', 'validation_failed'),
  unauthorized: failure('Not signed in, or the credentials are not valid (any more)', 'unauthorized'),
  unsupported: failure('The body is not sent as JSON', 'unsupported_media_type'),
  tooLarge: failure('The body is larger than allowed', 'payload_too_large'),
  notFound: (what: string) => failure(`No such ${what} for this caller: another customer’s or business’s records are not found either`, 'not_found'),
  noPortal: failure('No portal has this slug', 'not_found'),
  /** Any back-office route: what a staff session's role or state, or a forged cookie request, is refused with. */
  staffRefused: failure(
    'Not for this caller: the staff role may not do this, a write with the staff session cookie came without X-Requested-With: klantportaal-console or from another site, or two-step sign-in must be set up first',
    'forbidden',
  ),
};

/** A moment in an answer: ISO-8601 in UTC, as every timestamp is stored. */
export const dateTimeSchema = z.string().openapi({ format: 'date-time', description: 'ISO-8601 date and time, in UTC' });

/** A list answer: a page of items, newest first, and the cursor of the next page. */
export function pageSchema<Item extends z.ZodType>(item: Item) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().openapi({ description: 'Pass as ?cursor= for the next page; null on the last page.' }),
  });
}


// ── Routes ────────────────────────────────────────────────────────────────────────────────────────────────────────

function hasJsonBody(config: RouteConfig): boolean {
  return Object.keys(config.request?.body?.content ?? {}).some((mediaType) => mediaType.endsWith('json'));
}

/** A route under /api/v1/portal/{slug}: its path parameters come from onPortal(). */
function onAPortal(config: RouteConfig): boolean {
  const params = config.request?.params as { shape?: Record<string, unknown> } | undefined;
  return params?.shape?.slug === slugSchema;
}

/**
 * createRoute() for a kind of caller: its security, and the failures every such route can give (400 when it takes
 * input, 401 when someone must sign in, 404 for a portal slug that does not exist, 413 and 415 for JSON bodies) beside
 * the route's own answers; a route's own answer for one of those statuses replaces the common one.
 */
export function defineRoute<const R extends RouteConfig>(caller: Caller, config: R): R {
  const request = config.request;
  const takesInput = Boolean(request?.params || request?.query || request?.body || request?.headers);
  const responses = {
    ...(takesInput ? { 400: commonFailures.invalid } : {}),
    ...(caller === 'public' ? {} : { 401: commonFailures.unauthorized }),
    ...(caller === 'admin' ? { 403: commonFailures.staffRefused } : {}),
    ...(onAPortal(config) ? { 404: commonFailures.noPortal } : {}),
    ...(hasJsonBody(config) ? { 413: commonFailures.tooLarge, 415: commonFailures.unsupported } : {}),
    ...config.responses,
  };
  return createRoute({ ...config, security: config.security ?? securityOf[caller], responses }) as unknown as R;
}
