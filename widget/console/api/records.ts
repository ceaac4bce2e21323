// The back office's record routes as the record editors call them: read, upsert, remove, and the file of a quote,
// invoice or document; typed from the generated API types.
import type { Body } from '../../api/types.js';
import type { ConsoleClient } from './console-client.js';
import type { CustomerRecords, RecordKind } from './customers.js';

export type { CustomerRecords, RecordKind } from './customers.js';
export { recordKinds } from './customers.js';

/** What PUT /admin/{kind}/{externalId} takes, per kind. */
export interface RecordBodies {
  'work-orders': Body<'putAdminWorkOrdersExternalId'>;
  quotes: Body<'putAdminQuotesExternalId'>;
  invoices: Body<'putAdminInvoicesExternalId'>;
  documents: Body<'putAdminDocumentsExternalId'>;
  objects: Body<'putAdminObjectsExternalId'>;
  orders: Body<'putAdminOrdersExternalId'>;
}

export type AnyRecord = CustomerRecords[RecordKind];

/** Where a kind keeps its file: PUT …/{externalId}/pdf or …/file. */
export const fileSegments: Partial<Record<RecordKind, 'pdf' | 'file'>> = { quotes: 'pdf', invoices: 'pdf', documents: 'file' };

const segment = encodeURIComponent;

/** The prefix of the externalId the console makes for a new record of each kind. */
export const externalIdPrefixes = { 'work-orders': 'wo', quotes: 'quo', invoices: 'inv', documents: 'doc', objects: 'obj', orders: 'ord' } as const satisfies Record<
  RecordKind,
  string
>;

export function getRecord<K extends RecordKind>(client: ConsoleClient, kind: K, externalId: string, signal?: AbortSignal): Promise<CustomerRecords[K]> {
  return client.request('GET', `/admin/${kind}/${segment(externalId)}`, undefined, { signal });
}

export function putRecord<K extends RecordKind>(client: ConsoleClient, kind: K, externalId: string, body: RecordBodies[K]): Promise<CustomerRecords[K]> {
  return client.request('PUT', `/admin/${kind}/${segment(externalId)}`, body);
}

export function deleteRecord(client: ConsoleClient, kind: RecordKind, externalId: string): Promise<void> {
  return client.request('DELETE', `/admin/${kind}/${segment(externalId)}`);
}

/** Stores the file of a quote or invoice (its PDF) or a document (under the file's own name). */
export function uploadRecordFile<K extends RecordKind>(client: ConsoleClient, kind: K, externalId: string, file: File): Promise<CustomerRecords[K]> {
  const name = fileSegments[kind]!;
  const query = name === 'file' ? `?filename=${segment(file.name.slice(0, 255))}` : '';
  return client.send('PUT', `/admin/${kind}/${segment(externalId)}/${name}${query}`, file);
}
