// Importing customers from a spreadsheet: each row upserts a customer, its first work address and a contact through
// the back office's own upserts, in one transaction. A dry run is the same run rolled back, so what it reports is
// exactly what the real run would do. Invites are mailed after the commit, never from inside the transaction.
import type { Kysely } from 'kysely';
import { mailAccountLink, requireHomeUrl, type LinkPortal } from '../accounts/contacts.js';
import { actorFields, recordAudit } from '../audit/audit.js';
import { issueOneTimeToken } from '../auth/one-time-tokens.js';
import { assertMayChange, sourceOf } from '../customer-data/source.js';
import { findContactByEmail, insertContact, updateContact } from '../customers/contacts.js';
import { customerExternalIdSchema } from '../customers/fields.js';
import { findCustomerByExternalId, locationsOfCustomer, saveCustomer, saveLocation, type CustomerFields, type LocationFields } from '../customers/repository.js';
import type { Database } from '../db/schema.js';
import type { Contact, Customer } from '../db/tables/accounts.js';
import { ApiError } from '../http/errors.js';
import type { AdminCaller, Deps } from '../http/env.js';
import { readPortalSettings } from '../portals/settings.js';
import { findPortalOfTenant } from '../tenants/tenants.js';
import { readCsv } from './csv.js';
import { checkRow, mapColumns, type ImportRow, type RowProblem } from './customer-rows.js';
import { findCustomerByDebtorNumber, hasLiveInvite } from './repository.js';

export const maxImportBytes = 2 * 1024 * 1024;
export const maxImportRows = 5000;

/** The external id of the work address an import keeps when the customer has none yet. */
export const importedLocationExternalId = 'main';

export type RowStatus = 'created' | 'updated' | 'unchanged' | 'error';

export interface RowResult {
  line: number;
  status: RowStatus;
  externalId?: string;
  /** A contact of this row got (or, in a dry run, would get) an invite mail. */
  invited?: boolean;
  errors?: RowProblem[];
}

export interface ImportSummary {
  created: number;
  updated: number;
  unchanged: number;
  errors: number;
  invited: number;
  unknownColumns: string[];
}

export interface ImportResult {
  dryRun: boolean;
  rows: RowResult[];
  summary: ImportSummary;
}

export interface ImportOptions {
  dryRun: boolean;
  invite: boolean;
  portalSlug: string | undefined;
}

class DryRun extends Error {}

interface PendingInvite {
  contact: Contact;
  token: string;
  expiresAt: string;
}

export async function importCustomers(deps: Deps, caller: AdminCaller, csv: Uint8Array, options: ImportOptions): Promise<ImportResult> {
  const table = readCsv(csv, maxImportRows);
  const columns = mapColumns(table.header);
  if (columns.missing.length > 0) {
    throw new ApiError(
      'validation_failed',
      `The first line must name the columns; it lacks ${columns.missing.join(' and ')}.`,
      columns.missing.map((column) => ({ path: column, message: 'column is missing', reason: 'missing_column' })),
    );
  }
  const portal = options.invite ? await invitePortal(deps.db, caller.tenantId, options.portalSlug) : undefined;

  const rows: RowResult[] = [];
  const invites: PendingInvite[] = [];
  const run = async (trx: Kysely<Database>) => {
    const seen = new Set<string>();
    for (const record of table.records) {
      const checked = checkRow(record, columns, table.header.length);
      if (!checked) continue;
      if (!checked.ok) {
        rows.push({ line: checked.line, status: 'error', ...(checked.externalId ? { externalId: checked.externalId } : {}), errors: checked.problems });
        continue;
      }
      rows.push(await importRow(trx, caller, checked.row, seen, portal, invites));
    }
    const summary = summarise(rows, columns.unknown);
    if (options.dryRun) throw new DryRun();
    await recordAudit(trx, {
      tenantId: caller.tenantId,
      portalId: portal?.id ?? null,
      ...actorFields(caller.actor),
      action: 'customers.imported',
      subjectType: 'import',
      details: { created: summary.created, updated: summary.updated, unchanged: summary.unchanged, errors: summary.errors, invited: summary.invited },
    });
    for (const invite of invites) {
      await recordAudit(trx, {
        tenantId: caller.tenantId,
        portalId: portal!.id,
        ...actorFields(caller.actor),
        action: 'contact.invited',
        subjectType: 'contact',
        subjectId: invite.contact.id,
        details: { role: invite.contact.role, mailed: true, via: 'import' },
      });
    }
  };
  try {
    await deps.db.transaction().execute(run);
  } catch (error) {
    if (!(error instanceof DryRun)) throw error;
  }
  if (!options.dryRun && portal) {
    for (const invite of invites) mailAccountLink(deps, { portal, contact: invite.contact, kind: 'invite', token: invite.token, expiresAt: invite.expiresAt });
  }
  return { dryRun: options.dryRun, rows, summary: summarise(rows, columns.unknown) };
}

async function invitePortal(db: Kysely<Database>, tenantId: string, slug: string | undefined): Promise<LinkPortal> {
  const row = await findPortalOfTenant(db, tenantId, slug);
  if (!row) throw new ApiError('not_found', 'No such portal');
  const portal = { id: row.id, tenantId: row.tenant_id, settings: readPortalSettings(row.settings) };
  requireHomeUrl(portal);
  return portal;
}

function summarise(rows: RowResult[], unknownColumns: string[]): ImportSummary {
  const count = (status: RowStatus) => rows.filter((row) => row.status === status).length;
  return {
    created: count('created'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    errors: count('error'),
    invited: rows.filter((row) => row.invited).length,
    unknownColumns,
  };
}

const refused = (row: { line: number }, externalId: string | undefined, problem: RowProblem): RowResult => ({
  line: row.line,
  status: 'error',
  ...(externalId ? { externalId } : {}),
  errors: [problem],
});

/** The customer a row means: by its external id, else by its debtor number, else a new one named by that number. */
async function resolveCustomer(trx: Kysely<Database>, tenantId: string, row: ImportRow): Promise<{ externalId: string; existing: Customer | undefined } | RowProblem> {
  if (row.externalId) return { externalId: row.externalId, existing: await findCustomerByExternalId(trx, tenantId, row.externalId) };
  const byDebtor = await findCustomerByDebtorNumber(trx, tenantId, row.debtorNumber!);
  if (byDebtor) return { externalId: byDebtor.external_id, existing: byDebtor };
  if (!customerExternalIdSchema.safeParse(row.debtorNumber).success) {
    return { column: 'debtorNumber', message: 'cannot serve as the external id: give the row an externalId', reason: 'invalid_external_id' };
  }
  return { externalId: row.debtorNumber!, existing: undefined };
}

async function importRow(
  trx: Kysely<Database>,
  caller: AdminCaller,
  row: ImportRow,
  seen: Set<string>,
  portal: LinkPortal | undefined,
  invites: PendingInvite[],
): Promise<RowResult> {
  const { tenantId } = caller;
  const resolved = await resolveCustomer(trx, tenantId, row);
  if ('reason' in resolved) return refused(row, undefined, resolved);
  const { externalId, existing } = resolved;
  if (seen.has(externalId)) return refused(row, externalId, { column: 'externalId', message: 'appears on an earlier line of this file', reason: 'duplicate_in_file' });
  seen.add(externalId);
  try {
    assertMayChange(caller, existing, 'customer', externalId);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return refused(row, externalId, { message: error.message, reason: 'read_only_record' });
  }
  const existingContact = row.contact ? await findContactByEmail(trx, tenantId, row.contact.email) : undefined;
  if (existingContact && existingContact.customer_id !== existing?.id) {
    return refused(row, externalId, { column: 'contactEmail', message: 'is the sign-in of a contact of another customer', reason: 'email_in_use' });
  }

  const writer = { source: sourceOf(caller) };
  const fields: Required<CustomerFields> = {
    name: row.name,
    debtor_number: row.debtorNumber === undefined ? (existing?.debtor_number ?? null) : row.debtorNumber,
    email: row.email === undefined ? (existing?.email ?? null) : row.email,
    phone: row.phone === undefined ? (existing?.phone ?? null) : row.phone,
    address: row.address === undefined ? (existing?.address ?? null) : row.address && JSON.stringify(row.address),
  };
  const saved = await saveCustomer(trx, tenantId, externalId, fields, writer);
  const customer = saved.row;
  let changed = !saved.created && customer.updated_at !== existing?.updated_at;

  if (row.address) {
    const [first] = await locationsOfCustomer(trx, tenantId, customer.id);
    const location: Required<LocationFields> = {
      name: first?.name ?? null,
      street: row.address.street,
      house_number: row.address.houseNumber,
      postal_code: row.address.postalCode,
      city: row.address.city,
      country: row.address.country,
    };
    const savedLocation = await saveLocation(trx, tenantId, customer.id, first?.external_id ?? importedLocationExternalId, location, writer);
    changed ||= savedLocation.created || savedLocation.row.updated_at !== first?.updated_at;
  }

  let contact = existingContact;
  if (row.contact && !contact) {
    contact = await insertContact(trx, { tenantId, customerId: customer.id, email: row.contact.email, name: row.contact.name, role: 'admin', status: 'invited' });
    if (!contact) throw new Error('The contact’s email address was taken within the import');
    changed = true;
  } else if (row.contact && contact && contact.name !== row.contact.name) {
    await updateContact(trx, tenantId, contact.id, { name: row.contact.name });
    contact = { ...contact, name: row.contact.name };
    changed = true;
  }

  let invited = false;
  if (portal && contact && contact.status === 'invited' && !(await hasLiveInvite(trx, contact.id))) {
    const { token, expiresAt } = await issueOneTimeToken(trx, { tenantId, portalId: portal.id, contactId: contact.id, purpose: 'invite' });
    invites.push({ contact, token, expiresAt });
    invited = true;
  }
  return { line: row.line, status: saved.created ? 'created' : changed ? 'updated' : 'unchanged', externalId, ...(invited ? { invited } : {}) };
}
