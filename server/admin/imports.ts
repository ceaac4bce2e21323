// Customers from a spreadsheet: POST /imports/customers with the CSV file as the body.
import { importColumns } from '../imports/customer-rows.js';
import { importCustomers, maxImportBytes, maxImportRows, type ImportResult } from '../imports/customers.js';
import { readBodyWithin } from '../files/upload.js';
import { ApiError } from '../http/errors.js';
import { defineRoute, failure, fileBody, json, routeGroup, z } from '../http/openapi.js';
import { portalSlugPattern } from '../tenants/tenants.js';

const flag = z
  .enum(['0', '1', 'true', 'false'])
  .optional()
  .transform((value) => value === '1' || value === 'true');

const importQuery = z.strictObject({
  dryRun: flag.openapi({ description: '1: check every row and answer what the import would do, changing nothing.' }),
  invite: flag.openapi({
    description: '1: mail an invite to each contact of the file who has not accepted one and holds no working invite link; so the same file again with invite=1 invites the contacts imported without.',
  }),
  portal: z
    .string()
    .regex(portalSlugPattern, { message: 'is not a portal slug' })
    .optional()
    .openapi({ description: 'The portal the invites are for, when the business runs several; else its first portal.' }),
});

const problemSchema = z.object({
  column: z.string().optional().openapi({ description: 'The column the problem is in, by its English name.' }),
  message: z.string(),
  reason: z.string().openapi({
    description:
      'required, too_long, invalid_email, invalid_phone, invalid_postal_code, invalid_country, invalid_external_id, incomplete_address, field_count, duplicate_in_file, email_in_use, read_only_record',
  }),
});

const importResultSchema = z
  .object({
    dryRun: z.boolean(),
    rows: z.array(
      z.object({
        line: z.number().int().openapi({ description: 'The line of the file the row starts on; the header is line 1.' }),
        status: z.enum(['created', 'updated', 'unchanged', 'error']),
        externalId: z.string().optional(),
        invited: z.boolean().optional().openapi({ description: 'The row’s contact was mailed an invite (in a dry run: would be).' }),
        errors: z.array(problemSchema).optional(),
      }),
    ),
    summary: z.object({
      created: z.number().int(),
      updated: z.number().int(),
      unchanged: z.number().int(),
      errors: z.number().int(),
      invited: z.number().int(),
      unknownColumns: z.array(z.string()).openapi({ description: 'Header names that are no known column: their cells were left alone.' }),
    }),
  })
  .openapi('CustomerImport');

const importRoute = defineRoute('admin', {
  method: 'post',
  path: '/imports/customers',
  tags: ['Back office: customers'],
  summary: 'Import customers from a CSV file',
  description: `The CSV file itself as the body (UTF-8 with or without BOM; separated by ; as a Dutch Excel writes it, or by ,), at most ${maxImportBytes / 1024 / 1024} MB and ${maxImportRows} rows. The first line names the columns, in any order: ${importColumns.join(', ')} (Dutch names such as Naam, Debiteurnummer, Postcode, Plaats are understood too). Only name and externalId are required; a row without externalId is the customer with its debtorNumber, or a new one with the debtor number as its external id. Each row creates or updates the customer, its first work address and a contact; the same file again changes nothing. A broken row is reported with its line and does not stop the others. From a staff session, customers the back office keeps are refused, not overwritten.`,
  request: { query: importQuery, body: fileBody('The CSV file', ['text/csv']) },
  responses: {
    200: json(importResultSchema, 'What each row did (or, in a dry run, would do)'),
    400: failure('The file is empty, not CSV, or lacks the name or externalId column; or the query is not valid', 'validation_failed'),
    404: failure('No such portal for the invites', 'not_found'),
    409: failure('Invites were asked for, but the portal has no homeUrl for their link to open', 'conflict'),
    413: failure(`Larger than ${maxImportBytes / 1024 / 1024} MB or more than ${maxImportRows} rows`, 'payload_too_large'),
    415: failure('A spreadsheet workbook or other binary file, not CSV text', 'unsupported_media_type'),
  },
});

/** A workbook (zip) or any file with NUL bytes is no CSV, whatever its Content-Type says. */
function assertCsvText(bytes: Buffer): void {
  const workbook = bytes.subarray(0, 2).toString('latin1') === 'PK' || bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
  if (workbook || bytes.includes(0)) {
    throw new ApiError('unsupported_media_type', 'This is not a CSV file. In Excel choose Save as, then “CSV UTF-8 (comma delimited)” or “CSV (semicolon delimited)”.', [
      { path: 'body', message: 'expected CSV text' },
    ]);
  }
}

export const adminImportRoutes = routeGroup().openapi(importRoute, async (c) => {
  const { deps, admin } = c.var;
  const { dryRun, invite, portal } = c.req.valid('query');
  const bytes = await readBodyWithin(c.req.raw, maxImportBytes);
  assertCsvText(bytes);
  const result: ImportResult = await importCustomers(deps, admin, bytes, { dryRun, invite, portalSlug: portal });
  return c.json(result, 200);
});
