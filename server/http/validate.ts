// zod validation at the edge, failing in the one JSON error shape.
import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { ZodType } from 'zod';
import { ApiError } from './errors.js';

export function validate<Target extends keyof ValidationTargets, Schema extends ZodType>(target: Target, schema: Schema) {
  return zValidator(target, schema, (result) => {
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
