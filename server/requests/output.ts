// What a customer and what the back office read of a request: each answer's schema beside the mapping that builds it,
// so the two cannot drift apart. The schemas' names are the components of /openapi.json.
import { z } from '@hono/zod-openapi';
import { orNull } from '../customer-data/fields.js';
import type { Attachment, RequestEvent, ServiceRequest } from '../db/tables/requests.js';
import { partsOfDay, requestStatuses } from '../db/tables/requests.js';
import { dateTimeSchema, pageSchema } from '../http/openapi.js';
import { messageSchema } from '../messages/output.js';
import type { BackOfficeRequestRow } from './repository.js';
import type { LinkedWorkOrder } from './work-orders.js';

export const requestStatusSchema = z.enum(requestStatuses).openapi('RequestStatus', {
  description: 'submitted → in_review | rejected; in_review → accepted | rejected; a customer may cancel while submitted.',
});

export const partOfDaySchema = z.enum(partsOfDay).openapi('PartOfDay', { description: 'When the customer would like the visit; any: no preference.' });

// ── Files and the timeline ──────────────────────────────────────────────────────────────────────────────────────

export const attachmentSchema = z
  .strictObject({
    id: z.string(),
    filename: z.string(),
    contentType: z.string().openapi({ description: 'Decided from the file’s bytes: a photo (JPEG, PNG, WebP, HEIC, HEIF) or a PDF' }),
    size: z.number().int().openapi({ description: 'bytes' }),
    createdAt: dateTimeSchema,
  })
  .openapi('RequestAttachment');
export type AttachmentOutput = z.output<typeof attachmentSchema>;

export function toAttachment(row: Pick<Attachment, 'id' | 'filename' | 'content_type' | 'size_bytes' | 'created_at'>): AttachmentOutput {
  return { id: row.id, filename: row.filename, contentType: row.content_type, size: Number(row.size_bytes), createdAt: row.created_at };
}

export const timelineEntrySchema = z
  .strictObject({
    status: requestStatusSchema,
    note: z.string().nullable().openapi({ description: 'The business’s note with the move, shown to the customer' }),
    at: dateTimeSchema,
  })
  .openapi('TimelineEntry');
export type TimelineEntry = z.output<typeof timelineEntrySchema>;

export function toTimelineEntry(row: RequestEvent): TimelineEntry {
  return { status: row.status, note: row.note, at: row.created_at };
}

// ── The customer's view ─────────────────────────────────────────────────────────────────────────────────────────

const requestFields = {
  id: z.string(),
  reference: z.string().openapi({ description: 'Short reference for the phone: KP-7F3K2Q' }),
  status: requestStatusSchema,
  workType: z.string().openapi({ description: 'One of the portal’s work types' }),
  description: z.string(),
  locationId: z.string().nullable(),
  objectId: z.string().nullable(),
  preferredDate: z.string().nullable().openapi({ format: 'date' }),
  preferredPartOfDay: orNull(partOfDaySchema),
  phone: z.string().nullable(),
  checklist: z.array(z.string()).openapi({ description: 'Ids of the portal’s checklist items the customer ticked' }),
  termsAcceptedAt: dateTimeSchema.nullable(),
  workOrderId: z.string().nullable().openapi({ description: 'The work order the request became, once the back office has it' }),
  createdAt: dateTimeSchema,
  updatedAt: dateTimeSchema.openapi({ description: 'The last change: a status move, a message or a file' }),
};

const detailFields = {
  attachments: z.array(attachmentSchema),
  timeline: z.array(timelineEntrySchema),
  messages: z.array(messageSchema).openapi({ description: 'The latest 100 messages, oldest first; all of them through /messages' }),
};

export const portalRequestSchema = z.strictObject(requestFields).openapi('PortalRequest');
export type PortalRequest = z.output<typeof portalRequestSchema>;
export const portalRequestPageSchema = pageSchema(portalRequestSchema);

export const portalRequestDetailSchema = z
  .strictObject({
    ...requestFields,
    ...detailFields,
    workOrder: z.strictObject({ id: z.string(), number: z.string(), status: z.string() }).nullable(),
  })
  .openapi('PortalRequestDetail');
export type PortalRequestDetail = z.output<typeof portalRequestDetailSchema>;

/** The work order as the customer may see it: only when it is theirs. */
export function customersWorkOrder(row: ServiceRequest, workOrder: LinkedWorkOrder | undefined): LinkedWorkOrder | undefined {
  return workOrder && row.customer_id !== null && workOrder.customerId === row.customer_id ? workOrder : undefined;
}

export function toPortalRequest(row: ServiceRequest, workOrder: LinkedWorkOrder | undefined): PortalRequest {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    workType: row.work_type,
    description: row.description,
    locationId: row.location_id,
    objectId: row.object_id,
    preferredDate: row.preferred_date,
    preferredPartOfDay: row.preferred_part_of_day,
    phone: row.phone,
    checklist: JSON.parse(row.checklist) as string[],
    termsAcceptedAt: row.terms_accepted_at,
    workOrderId: customersWorkOrder(row, workOrder)?.id ?? null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

// ── The back office's view ──────────────────────────────────────────────────────────────────────────────────────

const guestAddressSchema = z.strictObject({
  street: z.string(),
  houseNumber: z.string(),
  postalCode: z.string(),
  city: z.string(),
  country: z.string().openapi({ description: 'ISO 3166 two-letter code' }),
});

export const requestSourceSchema = z
  .enum(['portal', 'guest'])
  .openapi('RequestSource', { description: 'portal: a customer’s contact sent it, signed in; guest: someone without an account did.' });

const backOfficeFields = {
  ...requestFields,
  workOrderId: z.string().nullable().openapi({ description: 'The work order the request became, once it has been pushed' }),
  portal: z.string().openapi({ description: 'The slug of the portal it came in through' }),
  source: requestSourceSchema,
  customer: z.strictObject({ id: z.string(), externalId: z.string(), name: z.string(), debtorNumber: z.string().nullable() }).nullable(),
  contact: z.strictObject({ id: z.string(), name: z.string(), email: z.string() }).nullable(),
  guest: z.strictObject({ name: z.string(), email: z.string(), phone: z.string().nullable(), address: guestAddressSchema.nullable() }).nullable(),
  location: z
    .strictObject({
      id: z.string(),
      externalId: z.string(),
      street: z.string(),
      houseNumber: z.string(),
      postalCode: z.string(),
      city: z.string(),
      proposal: z
        .enum(['proposed', 'declined'])
        .nullable()
        .openapi({ description: 'proposed: the customer added this address with the request and it awaits the business; declined: not taken on; null: one of the customer’s work addresses' }),
    })
    .nullable()
    .openapi({ description: 'The work address the customer chose, or added with the request' }),
  object: z
    .strictObject({
      id: z.string(),
      externalId: z.string(),
      name: z.string(),
      type: z.string().nullable(),
      brand: z.string().nullable(),
      model: z.string().nullable(),
      serialNumber: z.string().nullable(),
    })
    .nullable()
    .openapi({ description: 'The installation the customer chose' }),
  locale: z.enum(['nl', 'en']),
  workOrderExternalId: z.string().nullable().openapi({ description: 'The work order named when the request was accepted' }),
};

export const adminRequestSchema = z.strictObject(backOfficeFields).openapi('AdminRequest');
export type AdminRequest = z.output<typeof adminRequestSchema>;
export const adminRequestPageSchema = pageSchema(adminRequestSchema);

export const adminRequestDetailSchema = z
  .strictObject({
    ...backOfficeFields,
    ...detailFields,
    messages: z.array(messageSchema).openapi({ description: 'The latest 100 messages, oldest first' }),
    workOrder: z.strictObject({ id: z.string(), externalId: z.string(), number: z.string(), status: z.string() }).nullable(),
  })
  .openapi('AdminRequestDetail');
export type AdminRequestDetail = z.output<typeof adminRequestDetailSchema>;

type GuestAddress = z.output<typeof guestAddressSchema>;

export function toAdminRequest(row: BackOfficeRequestRow, workOrder: LinkedWorkOrder | undefined): AdminRequest {
  return {
    ...toPortalRequest(row, undefined),
    workOrderId: workOrder?.id ?? null,
    portal: row.portal_slug,
    source: row.customer_id === null ? 'guest' : 'portal',
    customer:
      row.customer_id && row.customer_external_id !== null && row.customer_name !== null
        ? { id: row.customer_id, externalId: row.customer_external_id, name: row.customer_name, debtorNumber: row.customer_debtor_number }
        : null,
    contact: row.contact_id && row.contact_name !== null && row.contact_email !== null ? { id: row.contact_id, name: row.contact_name, email: row.contact_email } : null,
    guest:
      row.guest_name !== null && row.guest_email !== null
        ? {
            name: row.guest_name,
            email: row.guest_email,
            phone: row.guest_phone,
            address: row.guest_address ? (JSON.parse(row.guest_address) as GuestAddress) : null,
          }
        : null,
    location:
      row.location_id && row.location_external_id !== null
        ? {
            id: row.location_id,
            externalId: row.location_external_id,
            street: row.location_street ?? '',
            houseNumber: row.location_house_number ?? '',
            postalCode: row.location_postal_code ?? '',
            city: row.location_city ?? '',
            proposal: row.location_proposal ?? null,
          }
        : null,
    object:
      row.object_id && row.object_external_id !== null && row.object_name !== null
        ? {
            id: row.object_id,
            externalId: row.object_external_id,
            name: row.object_name,
            type: row.object_type,
            brand: row.object_brand,
            model: row.object_model,
            serialNumber: row.object_serial_number,
          }
        : null,
    locale: row.locale,
    workOrderExternalId: row.work_order_external_id,
  };
}

// ── A guest's request ───────────────────────────────────────────────────────────────────────────────────────────

export const guestRequestAcceptedSchema = z
  .strictObject({
    reference: z.string().openapi({ description: 'The request’s reference, to quote on the phone' }),
    id: z.string().openapi({ description: 'The request’s id, for POST /guest-requests/{id}/attachments' }),
    upload: z
      .strictObject({ token: z.string(), expiresAt: z.string() })
      .openapi({ description: 'Send the token as `Authorization: Bearer …` to add photos to this request only, until expiresAt (30 minutes)' }),
  })
  .openapi('GuestRequestAccepted');
