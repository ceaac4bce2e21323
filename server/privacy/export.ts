// A customer's own data in one download (AVG/GDPR, the right of access): customer.json with every record the portal
// holds about them, and their files in folders beside it. Rows are written as stored, each under its table's name,
// so nothing the portal keeps is left out; only secrets (password hashes, token hashes) and blobs are.
import { zipSync, strToU8 } from 'fflate';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Customer } from '../db/tables/accounts.js';
import { nowIso } from '../db/ids.js';
import { safeFilename } from '../files/download.js';
import { customerHoldings } from './holdings.js';

export interface CustomerExport {
  filename: string;
  zip: Uint8Array;
}

const parseJson = (text: string | null): unknown => (text === null ? null : (JSON.parse(text) as unknown));

export async function exportCustomer(db: Kysely<Database>, customer: Customer, now = new Date()): Promise<CustomerExport> {
  const held = await customerHoldings(db, customer);
  const tenantId = customer.tenant_id;
  const contactIds = held.contacts.map((row) => row.id);
  const audit = await db
    .selectFrom('audit_events')
    .select(['id', 'actor_type', 'actor_id', 'actor_name', 'action', 'subject_type', 'subject_id', 'ip', 'details', 'created_at'])
    .where('tenant_id', '=', tenantId)
    .where((eb) => eb.or([eb('subject_id', 'in', held.recordIds), ...(contactIds.length > 0 ? [eb.and([eb('actor_type', '=', 'contact'), eb('actor_id', 'in', contactIds)])] : [])]))
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const storedFiles = await db
    .selectFrom('files')
    .select(['id', 'filename', 'content_type', 'data'])
    .where('tenant_id', '=', tenantId)
    .where((eb) => eb.or([eb('customer_id', '=', customer.id), ...(held.fileIds.length > 0 ? [eb('id', 'in', held.fileIds)] : [])]))
    .execute();
  const requestIds = held.requests.map((row) => row.id);
  const attachmentData =
    requestIds.length === 0
      ? []
      : await db.selectFrom('attachments').select(['id', 'request_id', 'filename', 'content']).where('tenant_id', '=', tenantId).where('request_id', 'in', requestIds).execute();
  // Files still waiting for their message were never sent to anyone: only those a message carries are exported.
  const messageFiles = await db
    .selectFrom('message_files')
    .select(['id', 'message_id', 'request_id', 'work_order_id', 'uploaded_by', 'content_type', 'size_bytes', 'filename', 'sha256', 'created_at', 'content'])
    .where('tenant_id', '=', tenantId)
    .where('customer_id', '=', customer.id)
    .where('message_id', 'is not', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();

  const entries: Record<string, Uint8Array> = {};
  const used = new Set<string>();
  /** A path in the zip for a stored file, unique even when two files share a name. */
  const place = (folder: string, id: string, filename: string, data: Uint8Array): string => {
    let path = `${folder}/${safeFilename(filename, id)}`;
    if (used.has(path)) path = `${folder}/${id}-${safeFilename(filename, id)}`;
    used.add(path);
    entries[path] = data;
    return path;
  };
  const folderOfFile = (id: string): string => {
    if (held.invoices.some((row) => row.pdf_file_id === id)) return 'files/invoices';
    if (held.quotes.some((row) => row.pdf_file_id === id)) return 'files/quotes';
    if (held.documents.some((row) => row.file_id === id)) return 'files/documents';
    return 'files/other';
  };
  const filePaths: Record<string, string> = {};
  for (const file of storedFiles) filePaths[file.id] = place(folderOfFile(file.id), file.id, file.filename, new Uint8Array(file.data));
  const referenceOf = new Map(held.requests.map((row) => [row.id, row.reference]));
  const attachmentPaths: Record<string, string> = {};
  for (const attachment of attachmentData) {
    attachmentPaths[attachment.id] = place(`files/requests/${safeFilename(referenceOf.get(attachment.request_id) ?? attachment.request_id)}`, attachment.id, attachment.filename, new Uint8Array(attachment.content));
  }

  const numberOf = new Map(held.workOrders.map((row) => [row.id, row.number]));
  const filesOfMessage = new Map<string, Array<Omit<(typeof messageFiles)[number], 'content'> & { file: string }>>();
  for (const { content, ...file } of messageFiles) {
    const thread = file.request_id !== null ? (referenceOf.get(file.request_id) ?? file.request_id) : (numberOf.get(file.work_order_id ?? '') ?? file.work_order_id ?? 'onbekend');
    const path = place(`files/messages/${safeFilename(thread)}`, file.id, file.filename, new Uint8Array(content));
    const list = filesOfMessage.get(file.message_id!) ?? [];
    list.push({ ...file, file: path });
    filesOfMessage.set(file.message_id!, list);
  }
  const withFiles = (message: (typeof held.messages)[number]) => ({ ...message, files: filesOfMessage.get(message.id) ?? [] });

  const { tenant_id: _tenant, ...customerRow } = customer;
  const document = {
    exportedAt: nowIso(now),
    customer: { ...customerRow, address: parseJson(customer.address) },
    locations: held.locations,
    contacts: held.contacts.map(({ password_hash: _hash, ...contact }) => contact),
    objects: held.objects,
    workOrders: held.workOrders.map((row) => ({ ...row, timeline: held.workOrderEvents.filter((event) => event.work_order_id === row.id) })),
    quotes: held.quotes.map((row) => ({ ...row, lines: parseJson(row.lines), file: row.pdf_file_id ? (filePaths[row.pdf_file_id] ?? null) : null })),
    invoices: held.invoices.map((row) => ({ ...row, file: row.pdf_file_id ? (filePaths[row.pdf_file_id] ?? null) : null })),
    documents: held.documents.map((row) => ({ ...row, file: row.file_id ? (filePaths[row.file_id] ?? null) : null })),
    orders: held.orders.map((row) => ({ ...row, lines: parseJson(row.lines) })),
    requests: held.requests.map((row) => ({
      ...row,
      checklist: parseJson(row.checklist),
      guest_address: parseJson(row.guest_address),
      timeline: held.requestEvents.filter((event) => event.request_id === row.id),
      messages: held.messages.filter((message) => message.request_id === row.id).map(withFiles),
      attachments: held.attachments.filter((attachment) => attachment.request_id === row.id).map((attachment) => ({ ...attachment, file: attachmentPaths[attachment.id] ?? null })),
    })),
    bookings: held.bookings,
    workOrderMessages: held.messages.filter((message) => message.request_id === null).map(withFiles),
    audit: audit.map((row) => ({ ...row, details: parseJson(row.details) })),
  };
  entries['customer.json'] = strToU8(JSON.stringify(document, null, 2));
  const date = nowIso(now).slice(0, 10);
  return { filename: safeFilename(`klant-${customer.external_id}-${date}.zip`), zip: zipSync(entries, { level: 6 }) };
}
