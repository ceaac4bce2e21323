// Conversations: one thread per request and per work order, between the customer's contacts and the business.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Message, ServiceRequest } from '../db/tables/requests.js';
import { newId, nowIso } from '../db/ids.js';
import { ApiError } from '../http/errors.js';
import { keysetPage, pageOf, type Page, type PageQuery } from '../http/pagination.js';
import { touchRequest } from '../requests/requests.js';
import type { MessageOutput } from '../requests/schemas.js';
import { toMessageOutput } from '../requests/views.js';
import type { LinkedWorkOrder } from '../requests/work-orders.js';
import { enqueueWebhookEvent } from '../webhooks/outbox.js';

export type Thread =
  | { kind: 'request'; tenantId: string; request: ServiceRequest }
  | { kind: 'work_order'; tenantId: string; workOrder: LinkedWorkOrder };

export type MessageAuthor = { type: 'contact'; contactId: string } | { type: 'business'; name?: string | undefined };

function threadCustomer(thread: Thread): string {
  if (thread.kind === 'work_order') return thread.workOrder.customerId;
  if (thread.request.customer_id === null) {
    throw new ApiError('conflict', 'A guest request has no portal account to write to: answer the guest by mail or phone.');
  }
  return thread.request.customer_id;
}

function threadMessages(db: Kysely<Database>, thread: Thread) {
  const query = db.selectFrom('messages').selectAll().where('tenant_id', '=', thread.tenantId);
  return thread.kind === 'request' ? query.where('request_id', '=', thread.request.id) : query.where('work_order_id', '=', thread.workOrder.id);
}

/** Newest first, like every list; the widget turns the page around to show it oldest first. */
export async function listMessages(db: Kysely<Database>, thread: Thread, page: PageQuery): Promise<Page<MessageOutput>> {
  const rows = await keysetPage(threadMessages(db, thread), 'messages', page).execute();
  return pageOf(rows, page, toMessageOutput);
}

/** Writes the message and its `message.created` event; call it within a transaction. */
export async function postMessage(trx: Kysely<Database>, thread: Thread, author: MessageAuthor, body: string, now = new Date()): Promise<Message> {
  const customerId = threadCustomer(thread);
  let authorName: string;
  if (author.type === 'contact') {
    const contact = await trx.selectFrom('contacts').select('name').where('id', '=', author.contactId).executeTakeFirstOrThrow();
    authorName = contact.name;
  } else {
    authorName = author.name ?? (await trx.selectFrom('tenants').select('name').where('id', '=', thread.tenantId).executeTakeFirstOrThrow()).name;
  }
  const row: Message = {
    id: newId('msg'),
    tenant_id: thread.tenantId,
    customer_id: customerId,
    request_id: thread.kind === 'request' ? thread.request.id : null,
    work_order_id: thread.kind === 'work_order' ? thread.workOrder.id : null,
    author_type: author.type,
    author_contact_id: author.type === 'contact' ? author.contactId : null,
    author_name: authorName,
    body,
    created_at: nowIso(now),
  };
  await trx.insertInto('messages').values(row).execute();
  if (thread.kind === 'request') await touchRequest(trx, thread.request.id, now);
  const customer = await trx.selectFrom('customers').select(['id', 'external_id']).where('id', '=', customerId).executeTakeFirstOrThrow();
  await enqueueWebhookEvent(
    trx,
    thread.tenantId,
    'message.created',
    {
      message: toMessageOutput(row),
      request: thread.kind === 'request' ? { id: thread.request.id, reference: thread.request.reference } : null,
      workOrder: thread.kind === 'work_order' ? { id: thread.workOrder.id, externalId: thread.workOrder.externalId, number: thread.workOrder.number } : null,
      customer: { id: customer.id, externalId: customer.external_id },
      contact: author.type === 'contact' ? { id: author.contactId, name: authorName } : null,
    },
    now,
  );
  return row;
}
