// Conversations: one thread per request and per work order, between the customer's contacts and the business.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Message, ServiceRequest } from '../db/tables/requests.js';
import { newId, nowIso } from '../db/ids.js';
import { findContact } from '../customers/contacts.js';
import { findCustomer } from '../customers/repository.js';
import { ApiError, notFound } from '../http/errors.js';
import { pageOf, type Page, type PageQuery } from '../http/pagination.js';
import type { PortalCaller } from '../http/env.js';
import { touchRequest, type RequestScope } from '../requests/repository.js';
import { requireRequest } from '../requests/requests.js';
import { customerWorkOrder, tenantWorkOrderByExternalId, type LinkedWorkOrder } from '../requests/work-orders.js';
import { enqueueWebhookEvent } from '../webhooks/outbox.js';
import { publishMessageEvent } from '../events/publish.js';
import type { MessageOutput } from './output.js';
import { withFiles } from './read.js';
import { businessName, claimWaitingFiles, insertMessage, pageOfThread, type ThreadRef } from './repository.js';

export type Thread =
  | { kind: 'request'; tenantId: string; request: ServiceRequest }
  | { kind: 'work_order'; tenantId: string; workOrder: LinkedWorkOrder };

/** `actorId` is the API key's or staff member's id: the files a business caller uploaded are its own. */
export type MessageAuthor = { type: 'contact'; contactId: string } | { type: 'business'; actorId: string; name?: string | undefined };

/** What a message says, and the files uploaded for it beforehand. */
export interface MessageInput {
  body: string;
  fileIds?: readonly string[] | undefined;
}

export const maxFilesPerMessage = 3;

/** Who uploaded a file, as its row keeps it: only they may name it in a message. */
export function uploaderOf(author: MessageAuthor): string {
  return author.type === 'contact' ? `contact:${author.contactId}` : `business:${author.actorId}`;
}

// ── Finding the thread: a request or work order the caller may see, else 404 ───────────────────────────────────

export async function requestThread(db: Kysely<Database>, scope: RequestScope, id: string): Promise<Thread> {
  return { kind: 'request', tenantId: scope.tenantId, request: await requireRequest(db, scope, id) };
}

/** The customer's own work order, and only in a status the portal shows. */
export async function customerWorkOrderThread(db: Kysely<Database>, caller: PortalCaller, visibleStatuses: readonly string[], id: string): Promise<Thread> {
  const workOrder = await customerWorkOrder(db, caller.tenantId, caller.customerId, id);
  if (!workOrder || !visibleStatuses.includes(workOrder.status)) throw notFound('There is no work order with this id.');
  return { kind: 'work_order', tenantId: caller.tenantId, workOrder };
}

/** A work order of the business, by its back-office id. */
export async function businessWorkOrderThread(db: Kysely<Database>, tenantId: string, externalId: string): Promise<Thread> {
  const workOrder = await tenantWorkOrderByExternalId(db, tenantId, externalId);
  if (!workOrder) throw notFound('There is no work order with this externalId.');
  return { kind: 'work_order', tenantId, workOrder };
}

// ── Reading and writing ─────────────────────────────────────────────────────────────────────────────────────────

export function refOf(thread: Thread): ThreadRef {
  return thread.kind === 'request' ? { tenantId: thread.tenantId, requestId: thread.request.id } : { tenantId: thread.tenantId, workOrderId: thread.workOrder.id };
}

export function threadCustomer(thread: Thread): string {
  if (thread.kind === 'work_order') return thread.workOrder.customerId;
  if (thread.request.customer_id === null) {
    throw new ApiError('conflict', 'A guest request has no portal account to write to: answer the guest by mail or phone.');
  }
  return thread.request.customer_id;
}

/** Newest first, like every list; the widget turns the page around to show it oldest first. */
export async function listMessages(db: Kysely<Database>, thread: Thread, page: PageQuery): Promise<Page<MessageOutput>> {
  const rows = await pageOfThread(db, refOf(thread), page);
  const messages = new Map((await withFiles(db, rows)).map((message) => [message.id, message]));
  return pageOf(rows, page, (row) => messages.get(row.id)!);
}

/** The named files become the message's: each must be one the author uploaded to this thread and no message has yet. */
async function attachFiles(trx: Kysely<Database>, thread: Thread, author: MessageAuthor, messageId: string, fileIds: readonly string[]): Promise<void> {
  const ids = [...new Set(fileIds)];
  if (ids.length === 0) return;
  const claimed = await claimWaitingFiles(trx, refOf(thread), uploaderOf(author), messageId, ids);
  if (claimed !== ids.length) {
    throw new ApiError('validation_failed', 'A file named is not one you uploaded to this conversation, or it belongs to a message already. Upload it again.', [
      { path: 'fileIds', message: 'unknown or already used' },
    ]);
  }
}

/**
 * Writes the message, hands it its files and writes its `message.created` event; call it within a transaction, so
 * that a message and its files land together or not at all.
 */
export async function postMessage(trx: Kysely<Database>, thread: Thread, author: MessageAuthor, input: MessageInput, now = new Date()): Promise<MessageOutput> {
  const customerId = threadCustomer(thread);
  // The author and the customer exist: the caller's middleware found the one, the thread's own row refers to the other.
  const authorName = author.type === 'contact' ? (await findContact(trx, thread.tenantId, author.contactId))!.name : (author.name ?? (await businessName(trx, thread.tenantId)));
  const row: Message = {
    id: newId('msg'),
    tenant_id: thread.tenantId,
    customer_id: customerId,
    request_id: thread.kind === 'request' ? thread.request.id : null,
    work_order_id: thread.kind === 'work_order' ? thread.workOrder.id : null,
    author_type: author.type,
    author_contact_id: author.type === 'contact' ? author.contactId : null,
    author_name: authorName,
    body: input.body,
    created_at: nowIso(now),
  };
  await insertMessage(trx, row);
  await attachFiles(trx, thread, author, row.id, input.fileIds ?? []);
  const [message] = await withFiles(trx, [row]);
  if (thread.kind === 'request') await touchRequest(trx, thread.request.id, now);
  await enqueueWebhookEvent(
    trx,
    thread.tenantId,
    'message.created',
    {
      message,
      request: thread.kind === 'request' ? { id: thread.request.id, reference: thread.request.reference } : null,
      workOrder: thread.kind === 'work_order' ? { id: thread.workOrder.id, externalId: thread.workOrder.externalId, number: thread.workOrder.number } : null,
      customer: { id: customerId, externalId: (await findCustomer(trx, thread.tenantId, customerId))!.external_id },
      contact: author.type === 'contact' ? { id: author.contactId, name: authorName } : null,
    },
    now,
  );
  await publishMessageEvent(trx, row, message!);
  return message!;
}
