// How an API route is described for /openapi.json: its method and path as registered with Hono, who may call it,
// and the zod schemas it validates with and answers with. The document is generated from these descriptions.
import type { ZodType } from 'zod';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** `portal`: a contact's bearer access token; `admin`: the business's API key; `public`: nobody signs in. */
export type Caller = 'portal' | 'admin' | 'public';

export interface ResponseDoc {
  description: string;
  /** The JSON body; error statuses get the one error shape when left out. */
  schema?: ZodType;
  /** A file or other non-JSON body, by its media type. */
  media?: string;
}

export interface RouteDoc {
  method: HttpMethod;
  /** As Hono registers it: `/api/v1/portal/:slug/requests/:id`, `/widget/*`. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  caller: Caller;
  query?: ZodType;
  headers?: { name: string; required: boolean; description: string }[];
  /** A JSON body. */
  body?: ZodType;
  /** A non-JSON body: multipart with one file field, or the raw bytes of a file. */
  upload?: { kind: 'multipart'; field: string; description: string } | { kind: 'raw'; description: string };
  responses: Record<number, ResponseDoc>;
}

export const idempotencyKeyHeader = {
  name: 'Idempotency-Key',
  required: true,
  description: 'A new random key (a UUID) per submission; the same key when retrying it. The same key with the same body answers the first answer again; with another body 422; while the first is still running 409.',
};

export const optionalIdempotencyKeyHeader = {
  ...idempotencyKeyHeader,
  required: false,
  description: `Optional. ${idempotencyKeyHeader.description}`,
};
