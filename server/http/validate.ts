// zod validation at the edge, failing in the one JSON error shape.
import { zValidator } from '@hono/zod-validator';
import type { Context, ValidationTargets } from 'hono';
import type { ZodType } from 'zod';
import { ApiError } from './errors.js';

// The media types Hono's validator parses as JSON. It checks any other body as if it were empty, so a form post
// (which no CORS preflight stops) would pass for a bodiless request wherever every field is optional.
const jsonMediaType = /^application\/([\w.-]+\+)?json$/i;

function bodyIsJsonOrAbsent(c: Context): boolean {
  const contentType = c.req.header('Content-Type');
  if (contentType) return jsonMediaType.test(contentType.split(';')[0]!.trim());
  const length = c.req.header('Content-Length');
  return (length === undefined || length === '0') && c.req.header('Transfer-Encoding') === undefined;
}

export function validate<Target extends keyof ValidationTargets, Schema extends ZodType>(target: Target, schema: Schema) {
  return zValidator(target, schema, (result, c) => {
    if (target === 'json' && !bodyIsJsonOrAbsent(c)) {
      throw new ApiError('unsupported_media_type', 'Send the body as JSON, with Content-Type: application/json.');
    }
    if (!result.success) {
      throw new ApiError(
        'validation_failed',
        target === 'json' ? 'The request body is not valid.' : `The request ${target} is not valid.`,
        result.error.issues.map((issue) => ({
          path: issue.path.map(String).join('.') || target,
          message: issue.message,
        })),
      );
    }
  });
}
