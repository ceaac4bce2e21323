// Service requests: submitted by a contact or a guest, moved through their statuses by the business, cancelled by
// the customer while nobody has looked at them yet. Every change writes its timeline entry, audit event and webhook
// event in the same transaction.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { RequestStatus, ServiceRequest } from '../db/tables/requests.js';
import { newId, nowIso, sha256Hex } from '../db/ids.js';
import { actorFields, recordAudit } from '../audit/audit.js';
import { ApiError, notFound, type ErrorDetail } from '../http/errors.js';
import type { AdminCaller, PortalCaller, PortalContext } from '../http/env.js';
import { enqueueWebhookEvent } from '../webhooks/outbox.js';
import { publishEvent } from '../events/log.js';
import { publishRequestEvent } from '../events/publish.js';
import { notifyStatusChange, type MailDeps } from './notifications.js';
import { insertProposedLocation } from './proposed-address.js';
import { newRequestReference } from './reference.js';
import { toAdminRequest, toPortalRequest } from './output.js';
import { findBackOfficeRequest, findRequest, insertRequest, insertTimelineEntry, moveRequest, type RequestScope } from './repository.js';
import { statement } from './statements.js';
import type { ChangeRequestBody, GuestRequestBody, SubmitRequestBody } from './schemas.js';
import { loadAdminRequest } from './views.js';
import { customerOwns, tenantWorkOrderByExternalId } from './work-orders.js';

/** The business's moves; a customer may only cancel, and only while submitted. */
export const allowedMoves: Record<RequestStatus, readonly RequestStatus[]> = {
  submitted: ['in_review', 'rejected'],
  in_review: ['accepted', 'rejected'],
  accepted: [],
  rejected: [],
  cancelled: [],
};

export const portalScope = (caller: PortalCaller): RequestScope => ({ tenantId: caller.tenantId, customerId: caller.customerId });
export const adminScope = (admin: AdminCaller): RequestScope => ({ tenantId: admin.tenantId });

/** The request, if it is within scope; another customer's or tenant's request is simply not found. */
export async function requireRequest(db: Kysely<Database>, scope: RequestScope, id: string): Promise<ServiceRequest> {
  const row = await findRequest(db, scope, id);
  if (!row) throw notFound('No such request.');
  return row;
}

function invalid(problems: ErrorDetail[]): ApiError {
  return new ApiError('validation_failed', `The request is not valid: ${problems.map((problem) => `${problem.path} ${problem.message}`).join('; ')}.`, problems);
}

interface FormAnswers {
  workType: string;
  preferredDate?: string | null | undefined;
  acceptTerms?: boolean | undefined;
  checklist?: string[] | undefined;
}

/** The checks every submission shares: what the portal's request form allows and requires. */
function checkRequestForm(portal: PortalContext, answers: FormAnswers, now: Date): ErrorDetail[] {
  const form = portal.settings.requestForm;
  const problems: ErrorDetail[] = [];
  if (!form.workTypes.some((type) => type.id === answers.workType)) {
    problems.push({ path: 'workType', message: `must be one of ${form.workTypes.map((type) => type.id).join(', ')}` });
  }
  if (form.requireTerms && answers.acceptTerms !== true) {
    problems.push({ path: 'acceptTerms', message: 'must be true: the terms must be accepted to submit a request' });
  }
  const unknownItems = (answers.checklist ?? []).filter((id) => !form.checklist.some((item) => item.id === id));
  if (unknownItems.length > 0) problems.push({ path: 'checklist', message: `has items this portal does not ask about: ${unknownItems.join(', ')}` });
  if (answers.preferredDate) {
    // A day of slack: the customer's "today" may still be yesterday in UTC.
    const earliest = nowIso(new Date(now.getTime() - 24 * 3_600_000)).slice(0, 10);
    const latest = nowIso(new Date(now.getTime() + 2 * 365 * 24 * 3_600_000)).slice(0, 10);
    if (answers.preferredDate < earliest) problems.push({ path: 'preferredDate', message: 'lies in the past' });
    else if (answers.preferredDate > latest) problems.push({ path: 'preferredDate', message: 'lies more than two years ahead' });
  }
  return problems;
}

/**
 * Queues the webhook and writes the live event of a request created in this transaction. Nothing can link to it yet
 * (no work order, file or message), so both views are made from the row and one read of its customer, contact,
 * address and installation.
 */
async function announceCreated(trx: Kysely<Database>, row: ServiceRequest, now: Date): Promise<void> {
  const backOffice = await findBackOfficeRequest(trx, row.tenant_id, row.id);
  if (!backOffice) throw new Error(`request ${row.id} was not written`);
  const request = toAdminRequest(backOffice, undefined);
  await enqueueWebhookEvent(trx, row.tenant_id, 'request.created', { request }, now);
  // What publishRequestEvent writes for a new request: guests have no portal account, so only the business hears of theirs.
  const customer = row.customer_id === null ? null : { customerId: row.customer_id, data: { request: toPortalRequest(row, undefined) }, requires: { features: ['requests' as const] } };
  await publishEvent(trx, { tenantId: row.tenant_id, type: 'request.created', business: { request }, customer }, now);
}

const contactLocale = statement((db, v: { tenantId: string; contactId: string }) =>
  db.selectFrom('contacts').select('locale').where('id', '=', v.contactId).where('tenant_id', '=', v.tenantId),
);

/** A signed-in contact's request. Call within a transaction. */
export async function submitRequest(
  trx: Kysely<Database>,
  portal: PortalContext,
  caller: PortalCaller,
  body: SubmitRequestBody,
  ip: string | null,
  now = new Date(),
): Promise<ServiceRequest> {
  const problems = checkRequestForm(portal, body, now);
  if (body.locationId && body.newLocation) {
    problems.push({ path: 'newLocation', message: 'is given with a locationId: choose an address or add one, not both' });
  }
  if (body.locationId) {
    if (!(await customerOwns(trx, 'locations', caller.tenantId, caller.customerId, body.locationId))) {
      problems.push({ path: 'locationId', message: 'is not one of your addresses' });
    }
  }
  if (body.objectId && !(await customerOwns(trx, 'objects', caller.tenantId, caller.customerId, body.objectId))) {
    problems.push({ path: 'objectId', message: 'is not one of your installations' });
  }
  if (problems.length > 0) throw invalid(problems);

  const contact = (await contactLocale(trx, { tenantId: caller.tenantId, contactId: caller.contactId })).rows[0];
  const timestamp = nowIso(now);
  const reference = await newRequestReference(trx);
  const proposedLocationId = body.newLocation ? await insertProposedLocation(trx, caller, reference, body.newLocation, now) : null;
  const row: ServiceRequest = {
    id: newId('req'),
    tenant_id: caller.tenantId,
    portal_id: portal.id,
    customer_id: caller.customerId,
    contact_id: caller.contactId,
    reference,
    guest_name: null,
    guest_email: null,
    guest_phone: null,
    guest_address: null,
    location_id: body.locationId ?? proposedLocationId,
    object_id: body.objectId ?? null,
    work_type: body.workType,
    description: body.description,
    preferred_date: body.preferredDate ?? null,
    preferred_part_of_day: body.preferredPartOfDay ?? null,
    phone: body.phone ?? null,
    checklist: JSON.stringify([...new Set(body.checklist ?? [])]),
    terms_accepted_at: body.acceptTerms ? timestamp : null,
    locale: contact?.locale ?? portal.settings.locale,
    status: 'submitted',
    work_order_external_id: null,
    business_notified_at: null,
    guest_upload_token_hash: null,
    guest_upload_expires_at: null,
    created_at: timestamp,
    updated_at: timestamp,
  };
  await insertRequest(trx, row);
  await insertTimelineEntry(trx, row, 'submitted', { type: 'contact', id: caller.contactId }, null, now);
  await recordAudit(
    trx,
    { tenantId: row.tenant_id, portalId: portal.id, actorType: 'contact', actorId: caller.contactId, action: 'request.submitted', subjectType: 'request', subjectId: row.id, ip },
    now,
  );
  await announceCreated(trx, row, now);
  return row;
}

/** How long a guest may add photos to the request they just sent: time to pick them, not to come back tomorrow. */
export const guestUploadWindowMs = 30 * 60_000;

export interface GuestUpload {
  /** Sent back as `Authorization: Bearer …` to add files to this request only; kept as its sha256. */
  token: string;
  expiresAt: string;
}

/** A token that lets whoever holds it add files to one request, for a short while. */
export function newGuestUpload(now: Date): GuestUpload & { hash: string } {
  const token = `kp_up_${randomBytes(32).toString('base64url')}`;
  return { token, expiresAt: nowIso(new Date(now.getTime() + guestUploadWindowMs)), hash: sha256Hex(token) };
}

/**
 * A request from someone without an account; the business reaches them by mail or phone. Answers with the token to
 * add photos with, since a guest has no session. Call within a transaction.
 */
export async function submitGuestRequest(
  trx: Kysely<Database>,
  portal: PortalContext,
  body: GuestRequestBody,
  ip: string | null,
  now = new Date(),
): Promise<{ request: ServiceRequest; upload: GuestUpload }> {
  const problems = checkRequestForm(portal, body, now);
  if (problems.length > 0) throw invalid(problems);
  const timestamp = nowIso(now);
  const { hash, ...upload } = newGuestUpload(now);
  const row: ServiceRequest = {
    id: newId('req'),
    tenant_id: portal.tenantId,
    portal_id: portal.id,
    customer_id: null,
    contact_id: null,
    reference: await newRequestReference(trx),
    guest_name: body.name,
    guest_email: body.email.toLowerCase(),
    guest_phone: body.phone,
    guest_address: JSON.stringify({
      street: body.address.street,
      houseNumber: body.address.houseNumber,
      postalCode: body.address.postalCode,
      city: body.address.city,
      country: body.address.country,
    }),
    location_id: null,
    object_id: null,
    work_type: body.workType,
    description: body.description,
    preferred_date: body.preferredDate ?? null,
    preferred_part_of_day: body.preferredPartOfDay ?? null,
    phone: body.phone,
    checklist: '[]',
    terms_accepted_at: body.acceptTerms ? timestamp : null,
    locale: body.locale ?? portal.settings.locale,
    status: 'submitted',
    work_order_external_id: null,
    business_notified_at: null,
    guest_upload_token_hash: hash,
    guest_upload_expires_at: upload.expiresAt,
    created_at: timestamp,
    updated_at: timestamp,
  };
  await insertRequest(trx, row);
  await insertTimelineEntry(trx, row, 'submitted', { type: 'guest', id: null }, null, now);
  await recordAudit(
    trx,
    { tenantId: row.tenant_id, portalId: portal.id, actorType: 'anonymous', action: 'request.submitted', subjectType: 'request', subjectId: row.id, ip, details: { guest: true } },
    now,
  );
  await announceCreated(trx, row, now);
  return { request: row, upload };
}

/**
 * The guest request an upload token was given for. 404 when the token is not this request's (another request's, or
 * none at all), so a token opens one request only; 401 once its time is up.
 */
export async function requireGuestUploadTarget(db: Kysely<Database>, portal: PortalContext, id: string, token: string, now = new Date()): Promise<ServiceRequest> {
  const row = await findRequest(db, { tenantId: portal.tenantId }, id);
  if (!row || row.portal_id !== portal.id || row.customer_id !== null || row.guest_upload_token_hash === null || row.guest_upload_token_hash !== sha256Hex(token)) {
    throw notFound('No such request.');
  }
  if (row.guest_upload_expires_at === null || row.guest_upload_expires_at <= nowIso(now)) {
    throw new ApiError('unauthorized', 'The time to add photos to this request has passed. Send them by mail, quoting the reference.');
  }
  return row;
}

/** The customer withdraws a request nobody has started on. */
export async function cancelRequest(db: Kysely<Database>, caller: PortalCaller, id: string, ip: string | null, now = new Date()): Promise<ServiceRequest> {
  return db.transaction().execute(async (trx) => {
    const row = await requireRequest(trx, portalScope(caller), id);
    if (row.status !== 'submitted') {
      throw new ApiError('conflict', `This request can no longer be cancelled: it is ${row.status.replace('_', ' ')}. Send a message instead.`);
    }
    if (!(await moveRequest(trx, row.id, 'submitted', { status: 'cancelled', updated_at: nowIso(now) }))) {
      throw new ApiError('conflict', 'This request changed meanwhile. Reload it and try again.');
    }
    await insertTimelineEntry(trx, row, 'cancelled', { type: 'contact', id: caller.contactId }, null, now);
    await recordAudit(
      trx,
      { tenantId: row.tenant_id, portalId: row.portal_id, actorType: 'contact', actorId: caller.contactId, action: 'request.cancelled', subjectType: 'request', subjectId: row.id, ip },
      now,
    );
    const request = await loadAdminRequest(trx, row.tenant_id, row.id);
    await enqueueWebhookEvent(trx, row.tenant_id, 'request.cancelled', { request }, now);
    await publishRequestEvent(trx, 'request.updated', row.tenant_id, row.id);
    return { ...row, status: 'cancelled', updated_at: nowIso(now) };
  });
}

interface StatusChange {
  after: ServiceRequest;
  /** False when the request already had the asked status: nothing was written. */
  changed: boolean;
}

/**
 * The business moves a request: submitted → in_review | rejected, in_review → accepted | rejected. Accepting links
 * the work order it became. Asking for the status it already has changes nothing, so a back office may retry. The
 * customer is mailed about a move once it is committed.
 */
export async function changeRequestStatus(
  deps: MailDeps,
  admin: AdminCaller,
  id: string,
  body: ChangeRequestBody,
  ip: string | null,
  now = new Date(),
): Promise<ServiceRequest> {
  const change = await deps.db.transaction().execute(async (trx): Promise<StatusChange> => {
    const row = await requireRequest(trx, adminScope(admin), id);
    if (body.workOrderExternalId !== undefined && body.status !== 'accepted') {
      throw invalid([{ path: 'workOrderExternalId', message: 'is only given when accepting' }]);
    }
    if (body.status === 'accepted' && body.workOrderExternalId === undefined) {
      throw invalid([{ path: 'workOrderExternalId', message: 'is required to accept: the work order this request became' }]);
    }
    if (row.status === body.status) {
      if (body.status === 'accepted' && row.work_order_external_id !== body.workOrderExternalId) {
        throw new ApiError('conflict', `This request was already accepted as work order ${row.work_order_external_id}.`);
      }
      return { after: row, changed: false };
    }
    const allowed = allowedMoves[row.status];
    if (!allowed.includes(body.status)) {
      throw new ApiError(
        'conflict',
        allowed.length === 0
          ? `This request is ${row.status} and can no longer change.`
          : `A request that is ${row.status} can become ${allowed.join(' or ')}, not ${body.status}.`,
      );
    }
    if (body.workOrderExternalId !== undefined) {
      const workOrder = await tenantWorkOrderByExternalId(trx, admin.tenantId, body.workOrderExternalId);
      // Unknown is fine (the back office may push the work order afterwards); another customer's is a mistake.
      if (workOrder && row.customer_id !== null && workOrder.customerId !== row.customer_id) {
        throw invalid([{ path: 'workOrderExternalId', message: "is a work order of another customer than this request's" }]);
      }
    }
    const timestamp = nowIso(now);
    const changes = {
      status: body.status,
      updated_at: timestamp,
      ...(body.workOrderExternalId !== undefined ? { work_order_external_id: body.workOrderExternalId } : {}),
    };
    if (!(await moveRequest(trx, row.id, row.status, changes))) throw new ApiError('conflict', 'This request changed meanwhile. Read it again and retry.');
    await insertTimelineEntry(trx, row, body.status, { type: 'business', id: admin.keyId }, body.note ?? null, now);
    await recordAudit(
      trx,
      {
        tenantId: row.tenant_id,
        portalId: row.portal_id,
        ...actorFields(admin.actor),
        action: 'request.status_changed',
        subjectType: 'request',
        subjectId: row.id,
        ip,
        details: { from: row.status, to: body.status, ...(body.workOrderExternalId ? { workOrderExternalId: body.workOrderExternalId } : {}) },
      },
      now,
    );
    await publishRequestEvent(trx, 'request.updated', row.tenant_id, row.id);
    return { after: { ...row, ...changes }, changed: true };
  });
  if (change.changed) await notifyStatusChange(deps, change.after, body.note ?? null);
  return change.after;
}
