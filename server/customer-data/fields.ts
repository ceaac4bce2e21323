// The field types of the back office's upsert bodies (design §4.2) and of the answers built from them, shared by every
// resource so that a date, an amount or an optional text means the same thing everywhere.
import { z } from '@hono/zod-openapi';
import { dateTimeSchema } from '../http/openapi.js';

/** The back office's own id of a record, as it appears in the URL. */
export const externalIdSchema = z
  .string()
  .min(1)
  .max(100)
  // The C0 and C1 control characters (Unicode's Cc), written without the u flag so JSON Schema reads the same pattern.
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  .regex(/^[^\x00-\x1F\x7F-\x9F]+$/, { message: 'must not contain control characters' });

/** A record's opaque id, as it appears in the URL. */
export const recordIdSchema = z.string().min(1).max(100);
export const idParam = z.object({ id: recordIdSchema });

export const requiredText = (max: number) => z.string().trim().min(1).max(max);

/** Optional text: absent, null and "" all mean "no value", which is what sync jobs send for an empty field. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => (value ? value : null));

/** Sync jobs send "" for an empty field: it means the same as leaving the field out. */
export function blankAsNull<Schema extends z.ZodType>(schema: Schema) {
  return z.preprocess((value) => (value === '' ? null : value), schema.nullish()).transform((value) => value ?? null);
}

export const optionalReference = blankAsNull(externalIdSchema);

/** A calendar date, `YYYY-MM-DD`. */
export const dateSchema = z.iso.date({ message: 'must be a date, YYYY-MM-DD' });
export const optionalDate = blankAsNull(dateSchema);

/** A moment with its offset; stored as UTC so moments sort and compare as text on both databases. */
export const timestampSchema = z.iso
  .datetime({ offset: true, message: 'must be an ISO-8601 time with offset, such as 2026-03-02T08:00:00+01:00' })
  .transform((value) => new Date(value).toISOString());
export const optionalTimestamp = blankAsNull(timestampSchema);

/** Money is integer cents; a thousand million euros is more than any one record of a trade business holds. */
export const centsSchema = z.number().int({ message: 'must be a whole number of cents' }).min(-100_000_000_000).max(100_000_000_000);
export const optionalCents = centsSchema.nullish().transform((value) => value ?? null);

export const currencySchema = z.string().regex(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 code such as EUR' });

/** A quantity on a line: hours or pieces, fractions allowed, negative for returns and corrections. */
export const quantitySchema = z.number().finite().min(-1_000_000).max(1_000_000);

// ── In answers ──────────────────────────────────────────────────────────────────────────────────────────────────

/** A calendar date in an answer, `YYYY-MM-DD`. */
export const isoDate = z.string().openapi({ format: 'date' });
/**
 * A named answer schema, or null. `.nullable()` on a schema with a component name would document the component itself
 * as nullable, wherever else it is used.
 */
export function orNull<Schema extends z.ZodType>(schema: Schema) {
  return z.union([schema, z.null()]);
}

/** Who keeps a record: the back office (`api`) or a person in the console (`console`), who may change only their own. */
export const recordSource = {
  source: z.enum(['api', 'console']).openapi({ description: 'api: pushed by the back office, read-only in the console; console: made in the console.' }),
};

/** Every record in an answer says when it was created and last changed. */
export const timestamps = { createdAt: dateTimeSchema, updatedAt: dateTimeSchema };

const businessDateFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * Today's date where the businesses work. Due dates and validity dates are calendar dates: an invoice due today is
 * not overdue until the day is over there, whatever the server's clock zone.
 */
export function businessToday(now: Date = new Date()): string {
  return businessDateFormat.format(now);
}

/** `?objectId=` and the like: only what belongs to one of the customer's own records, by its portal id. */
export function idFilter(description: string) {
  return z.string().max(100).optional().openapi({ description });
}

/** `?status=planned,in_progress`: one or more of `values`, comma-separated. */
export function statusFilter<const Values extends readonly [string, ...string[]]>(values: Values) {
  return z
    .string()
    .max(200)
    .transform((value) => value.split(',').map((part) => part.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values)).min(1))
    .optional()
    .openapi({ description: `One or more of ${values.join(', ')}, separated by commas.`, example: values[0] });
}
