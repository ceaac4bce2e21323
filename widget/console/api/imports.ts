// The back-office routes of the customer import and of a customer's privacy rights (export, erasure), as the console
// calls them; types named from the generated API types.
import type { components } from '../../api/schema.js';
import type { ConsoleClient } from './console-client.js';

export type CustomerImport = components['schemas']['CustomerImport'];
export type ImportRow = CustomerImport['rows'][number];
export type ImportProblem = NonNullable<ImportRow['errors']>[number];

export interface ImportOptions {
  dryRun: boolean;
  /** The portal whose invite the contacts get; none: nobody is invited. */
  invitePortal: string | null;
}

const segment = encodeURIComponent;

/** Sends the file as CSV whatever type the browser gave it (Excel's own files often come as application/vnd.ms-excel). */
export function importCustomers(client: ConsoleClient, file: Blob, options: ImportOptions): Promise<CustomerImport> {
  const query = new URLSearchParams();
  if (options.dryRun) query.set('dryRun', '1');
  if (options.invitePortal) {
    query.set('invite', '1');
    query.set('portal', options.invitePortal);
  }
  const text = query.toString();
  const suffix = text ? `?${text}` : '';
  return client.send('POST', `/admin/imports/customers${suffix}`, new Blob([file], { type: 'text/csv' }));
}

/** Where the zip with everything about the customer downloads from: a plain link, the session cookie goes along. */
export function customerExportUrl(client: ConsoleClient, externalId: string): string {
  return client.url(`/admin/customers/${segment(externalId)}/export`);
}

/** Erases the customer with all their records, files and contacts; the audit trail keeps an anonymised trace. */
export function eraseCustomer(client: ConsoleClient, externalId: string): Promise<void> {
  return client.request('DELETE', `/admin/customers/${segment(externalId)}?confirm=${segment(externalId)}`);
}

/** Erases one portal user; the customer and its records stay. */
export function eraseContact(client: ConsoleClient, contactId: string): Promise<void> {
  return client.request('DELETE', `/admin/contacts/${segment(contactId)}?confirm=${segment(contactId)}`);
}

export const importColumnNames = [
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

/** An example file in Excel's Dutch form (; separated), to start from. */
export const exampleCsv = [
  importColumnNames.join(';'),
  'K-1001;Familie Jansen;1001;jansen@example.nl;030-1234567;Dorpsstraat;12;1234 AB;Utrecht;NL;Jan Jansen;jan@example.nl',
  'K-1002;Bakkerij De Vries;1002;info@bakkerijdevries.example;;Markt;3a;5611 AA;Eindhoven;NL;;',
].join('\r\n');
