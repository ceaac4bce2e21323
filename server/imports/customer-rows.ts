// The columns of a customer import and what one row of it says: a customer, its first work address and a contact,
// checked with the same field rules as the back office's bodies. A row's problems are collected, never thrown, so
// one broken row does not stop the others.
import { z } from '@hono/zod-openapi';
import { contactNameSchema, customerExternalIdSchema, emailSchema, phoneSchema } from '../customers/fields.js';
import type { CsvRecord } from './csv.js';

export const importColumns = [
  'externalId',
  'name',
  'debtorNumber',
  'email',
  'phone',
  'street',
  'houseNumber',
  'postalCode',
  'city',
  'country',
  'contactName',
  'contactEmail',
] as const;
export type ImportColumn = (typeof importColumns)[number];

/** Header names a Dutch spreadsheet uses for the same columns, lower-cased without spaces, dashes or underscores. */
const aliases: Record<string, ImportColumn> = {
  klantnummer: 'externalId',
  klantid: 'externalId',
  id: 'externalId',
  naam: 'name',
  bedrijfsnaam: 'name',
  klantnaam: 'name',
  debiteurnummer: 'debtorNumber',
  debiteur: 'debtorNumber',
  emailadres: 'email',
  telefoon: 'phone',
  telefoonnummer: 'phone',
  straat: 'street',
  huisnummer: 'houseNumber',
  postcode: 'postalCode',
  plaats: 'city',
  woonplaats: 'city',
  land: 'country',
  contactpersoon: 'contactName',
  contactnaam: 'contactName',
  contactemail: 'contactEmail',
  emailcontactpersoon: 'contactEmail',
};

const canonical = (name: string) => name.toLowerCase().replace(/[\s_\-.]/g, '');
const byCanonical = new Map<string, ImportColumn>([...importColumns.map((column) => [canonical(column), column] as const), ...Object.entries(aliases)]);

export interface ColumnMap {
  /** Which column of the file holds each known field. */
  positions: Partial<Record<ImportColumn, number>>;
  /** Header names that are no known column: reported, and their cells left alone. */
  unknown: string[];
  /** What the header lacks to import anything. */
  missing: string[];
}

export function mapColumns(header: string[]): ColumnMap {
  const positions: Partial<Record<ImportColumn, number>> = {};
  const unknown: string[] = [];
  header.forEach((name, index) => {
    const column = byCanonical.get(canonical(name));
    if (column && positions[column] === undefined) positions[column] = index;
    else if (name !== '') unknown.push(name);
  });
  const missing: string[] = [];
  if (positions.name === undefined) missing.push('name');
  if (positions.externalId === undefined && positions.debtorNumber === undefined) missing.push('externalId');
  return { positions, unknown, missing };
}

export interface RowProblem {
  column?: string;
  message: string;
  reason: string;
}

export interface ImportAddress {
  street: string;
  houseNumber: string;
  postalCode: string;
  city: string;
  country: string;
}

/** A row that passed its checks. A field is undefined when the file has no such column: the stored value stays. */
export interface ImportRow {
  line: number;
  externalId: string | undefined;
  name: string;
  debtorNumber: string | null | undefined;
  email: string | null | undefined;
  phone: string | null | undefined;
  address: ImportAddress | null | undefined;
  contact: { name: string; email: string } | undefined;
}

export type CheckedRow = { ok: true; row: ImportRow } | { ok: false; line: number; externalId?: string; problems: RowProblem[] };

const countryNames: Record<string, string> = {
  nederland: 'NL',
  netherlands: 'NL',
  belgie: 'BE',
  belgië: 'BE',
  belgium: 'BE',
  duitsland: 'DE',
  deutschland: 'DE',
  germany: 'DE',
  luxemburg: 'LU',
};

/** Dutch postcodes as the post office writes them (1234 AB); Belgian and German ones by their digits. */
const postalCodes: Record<string, { pattern: RegExp; format(code: string): string }> = {
  NL: { pattern: /^[1-9][0-9]{3} ?[A-Z]{2}$/, format: (code) => `${code.slice(0, 4)} ${code.slice(-2)}` },
  BE: { pattern: /^[1-9][0-9]{3}$/, format: (code) => code },
  DE: { pattern: /^[0-9]{5}$/, format: (code) => code },
};

const debtorNumberSchema = z.string().max(50);
const customerNameSchema = z.string().min(1).max(200);
const addressPartLimits: Record<keyof Omit<ImportAddress, 'country'>, number> = { street: 200, houseNumber: 20, postalCode: 20, city: 100 };

function firstMessage(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'is not valid';
}

/** Checks one record against the columns; an all-empty record (a blank spreadsheet row) answers undefined. */
export function checkRow(record: CsvRecord, columns: ColumnMap, headerLength: number): CheckedRow | undefined {
  if (record.fields.every((field) => field === '')) return undefined;
  const problems: RowProblem[] = [];
  const has = (column: ImportColumn) => columns.positions[column] !== undefined;
  const cell = (column: ImportColumn): string => {
    const index = columns.positions[column];
    return index === undefined ? '' : (record.fields[index] ?? '');
  };
  const optional = (column: ImportColumn): string | null | undefined => (has(column) ? cell(column) || null : undefined);

  const rawExternalId = cell('externalId') || undefined;
  if (record.fields.length !== headerLength) {
    problems.push({
      message: `has ${record.fields.length} fields where the header has ${headerLength}: a separator or quote is missing or too many`,
      reason: 'field_count',
    });
  }

  let externalId = rawExternalId;
  if (externalId !== undefined && !customerExternalIdSchema.safeParse(externalId).success) {
    problems.push({ column: 'externalId', message: firstMessage(customerExternalIdSchema.safeParse(externalId).error!), reason: 'invalid_external_id' });
    externalId = undefined;
  }
  const debtorNumber = optional('debtorNumber');
  if (debtorNumber && !debtorNumberSchema.safeParse(debtorNumber).success) problems.push({ column: 'debtorNumber', message: 'is too long', reason: 'too_long' });
  if (rawExternalId === undefined && !debtorNumber) {
    problems.push({ column: 'externalId', message: 'is required (or a debtor number to find or make the customer by)', reason: 'required' });
  }

  const name = cell('name');
  if (!name) problems.push({ column: 'name', message: 'is required', reason: 'required' });
  else if (!customerNameSchema.safeParse(name).success) problems.push({ column: 'name', message: 'is too long', reason: 'too_long' });

  let email = optional('email');
  if (email) {
    const parsed = emailSchema.safeParse(email);
    if (parsed.success) email = parsed.data;
    else problems.push({ column: 'email', message: 'must be an email address', reason: 'invalid_email' });
  }
  let phone = optional('phone');
  if (phone) {
    const parsed = phoneSchema.safeParse(phone);
    if (parsed.success) phone = parsed.data;
    else problems.push({ column: 'phone', message: 'must be a phone number', reason: 'invalid_phone' });
  }

  const address = checkAddress(has, cell, problems);

  let contact: ImportRow['contact'];
  const contactEmail = cell('contactEmail');
  if (contactEmail) {
    const parsedEmail = emailSchema.safeParse(contactEmail);
    const parsedName = contactNameSchema.safeParse(cell('contactName') || name);
    if (!parsedEmail.success) problems.push({ column: 'contactEmail', message: 'must be an email address', reason: 'invalid_email' });
    else if (!parsedName.success) problems.push({ column: 'contactName', message: 'is too long', reason: 'too_long' });
    else contact = { email: parsedEmail.data, name: parsedName.data };
  } else if (cell('contactName')) {
    problems.push({ column: 'contactEmail', message: 'is required with a contact name: the contact signs in with it', reason: 'required' });
  }

  if (problems.length > 0) return { ok: false, line: record.line, ...(rawExternalId ? { externalId: rawExternalId } : {}), problems };
  return { ok: true, row: { line: record.line, externalId, name, debtorNumber, email, phone, address, contact } };
}

function checkAddress(has: (column: ImportColumn) => boolean, cell: (column: ImportColumn) => string, problems: RowProblem[]): ImportAddress | null | undefined {
  const parts = ['street', 'houseNumber', 'postalCode', 'city'] as const;
  if (!parts.some(has)) return undefined;
  const given = parts.filter((part) => cell(part) !== '');
  if (given.length === 0) return null;
  for (const part of parts) {
    if (cell(part) === '') problems.push({ column: part, message: 'is required for an address', reason: 'incomplete_address' });
    else if (cell(part).length > addressPartLimits[part]) problems.push({ column: part, message: 'is too long', reason: 'too_long' });
  }
  const rawCountry = cell('country');
  const country = rawCountry === '' ? 'NL' : /^[A-Za-z]{2}$/.test(rawCountry) ? rawCountry.toUpperCase() : countryNames[rawCountry.toLowerCase()];
  if (!country) {
    problems.push({ column: 'country', message: 'must be a two-letter country code such as NL', reason: 'invalid_country' });
    return null;
  }
  let postalCode = cell('postalCode').toUpperCase().replace(/\s+/g, ' ');
  const rule = postalCodes[country];
  if (postalCode && rule) {
    if (rule.pattern.test(postalCode)) postalCode = rule.format(postalCode.replace(' ', ''));
    else problems.push({ column: 'postalCode', message: `is not a postcode of ${country}`, reason: 'invalid_postal_code' });
  }
  return { street: cell('street'), houseNumber: cell('houseNumber'), postalCode, city: cell('city'), country };
}
