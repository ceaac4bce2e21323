// The request and conversation API's bodies, queries and answers as zod schemas: the routes validate with them, the
// output mappings are typed by them, and /openapi.json is generated from them.
import { z } from 'zod';
import { pageQuerySchema } from '../http/pagination.js';
import { partsOfDay, requestStatuses } from '../db/tables/requests.js';

export const recordId = z.string().min(1).max(100);
export const idParams = z.object({ id: recordId });
export const attachmentParams = z.object({ id: recordId, attachmentId: recordId });
export const externalIdParams = z.object({ externalId: z.string().min(1).max(100) });

const isoDate = z.iso.date({ message: 'must be a date as YYYY-MM-DD' });
const phoneNumber = z
  .string()
  .trim()
  .min(6)
  .max(30)
  .regex(/^\+?[0-9 ()./-]+$/, { message: 'must be a phone number: digits, spaces and + ( ) - . / only' });
const description = z.string().trim().min(1).max(5000);
const workType = z.string().min(1).max(40);

// ── Portal: a contact's request ─────────────────────────────────────────────────────────────────────────────────
export const submitRequestBody = z.strictObject({
  workType,
  description,
  locationId: recordId.nullish(),
  objectId: recordId.nullish(),
  preferredDate: isoDate.nullish(),
  preferredPartOfDay: z.enum(partsOfDay).nullish(),
  phone: phoneNumber.nullish(),
  /** Ids of the portal's checklist items the customer ticked. */
  checklist: z.array(z.string().min(1).max(40)).max(10).optional(),
  acceptTerms: z.boolean().optional(),
});
export type SubmitRequestBody = z.output<typeof submitRequestBody>;

export const portalRequestListQuery = pageQuerySchema.extend({
  status: z.enum(['open', 'closed']).optional(),
});

// ── Portal: a guest's request, without an account ───────────────────────────────────────────────────────────────
export const guestAddress = z.strictObject({
  street: z.string().trim().min(1).max(200),
  houseNumber: z.string().trim().min(1).max(20),
  postalCode: z.string().trim().min(1).max(20),
  city: z.string().trim().min(1).max(100),
  country: z.string().trim().length(2).toUpperCase().default('NL'),
});

export const guestRequestBody = z.strictObject({
  name: z.string().trim().min(1).max(120),
  email: z.email().max(254),
  phone: phoneNumber,
  address: guestAddress,
  workType,
  description,
  preferredDate: isoDate.nullish(),
  preferredPartOfDay: z.enum(partsOfDay).nullish(),
  acceptTerms: z.boolean().optional(),
  locale: z.enum(['nl', 'en']).optional(),
  /** Left empty by people; a bot that fills every field fills this one too. */
  website: z.string().max(500).optional(),
});
export type GuestRequestBody = z.output<typeof guestRequestBody>;

// ── Messages ────────────────────────────────────────────────────────────────────────────────────────────────────
export const messageBody = z.strictObject({ body: z.string().trim().min(1).max(5000) });
export const businessMessageBody = z.strictObject({
  body: z.string().trim().min(1).max(5000),
  /** The employee who writes, shown to the customer; the business's name when left out. */
  authorName: z.string().trim().min(1).max(120).optional(),
});

// ── Back office ─────────────────────────────────────────────────────────────────────────────────────────────────
const statusList = z
  .string()
  .max(200)
  .transform((value) => value.split(',').map((status) => status.trim()).filter(Boolean))
  .pipe(z.array(z.enum(requestStatuses)).min(1));

export const inboxQuery = pageQuerySchema.extend({
  /** One status or several, comma-separated: `submitted,in_review`. */
  status: statusList.optional(),
  /** Only requests changed (status, message, attachment) at or after this time. */
  updatedSince: z.iso.datetime({ offset: true }).optional(),
});

export const changeRequestBody = z.strictObject({
  status: z.enum(requestStatuses),
  /** Required to accept: the back office's work order this request became. */
  workOrderExternalId: z.string().min(1).max(100).optional(),
  /** Shown to the customer in the request's timeline, and in the status mail. */
  note: z.string().trim().min(1).max(2000).optional(),
});
export type ChangeRequestBody = z.output<typeof changeRequestBody>;

// ── Answers ─────────────────────────────────────────────────────────────────────────────────────────────────────
export const timestampOutput = z.string().describe('ISO-8601 date and time');
/** The answer of every list: a page of items and the cursor of the next page. */
export const pageOutput = <Item extends z.ZodType>(item: Item) => z.strictObject({ items: z.array(item), nextCursor: z.string().nullable() });

export const attachmentOutput = z.strictObject({
  id: z.string(),
  filename: z.string(),
  contentType: z.string(),
  size: z.number().int().describe('bytes'),
  createdAt: timestampOutput,
});

export const messageOutput = z.strictObject({
  id: z.string(),
  requestId: z.string().nullable(),
  workOrderId: z.string().nullable(),
  author: z.enum(['contact', 'business']),
  authorName: z.string(),
  body: z.string(),
  createdAt: timestampOutput,
});
export const messagePage = pageOutput(messageOutput);

export const timelineEntryOutput = z.strictObject({
  status: z.enum(requestStatuses),
  note: z.string().nullable(),
  at: timestampOutput,
});

export const portalRequestOutput = z.strictObject({
  id: z.string(),
  reference: z.string().describe('Short reference for the phone: KP-7F3K2Q'),
  status: z.enum(requestStatuses),
  workType: z.string(),
  description: z.string(),
  locationId: z.string().nullable(),
  objectId: z.string().nullable(),
  preferredDate: z.string().nullable(),
  preferredPartOfDay: z.enum(partsOfDay).nullable(),
  phone: z.string().nullable(),
  checklist: z.array(z.string()),
  termsAcceptedAt: timestampOutput.nullable(),
  workOrderId: z.string().nullable(),
  createdAt: timestampOutput,
  updatedAt: timestampOutput,
});
export const portalRequestPage = pageOutput(portalRequestOutput);

export const portalRequestDetailOutput = portalRequestOutput.extend({
  attachments: z.array(attachmentOutput),
  timeline: z.array(timelineEntryOutput),
  messages: z.array(messageOutput).describe('The latest 100 messages, oldest first; all of them through /messages'),
  workOrder: z.strictObject({ id: z.string(), number: z.string(), status: z.string() }).nullable(),
});

export const adminRequestOutput = portalRequestOutput.extend({
  portal: z.string().describe('The slug of the portal it came in through'),
  source: z.enum(['portal', 'guest']),
  customer: z.strictObject({ id: z.string(), externalId: z.string(), name: z.string() }).nullable(),
  contact: z.strictObject({ id: z.string(), name: z.string(), email: z.string() }).nullable(),
  guest: z
    .strictObject({ name: z.string(), email: z.string(), phone: z.string().nullable(), address: guestAddress.nullable() })
    .nullable(),
  location: z
    .strictObject({ id: z.string(), externalId: z.string(), street: z.string(), houseNumber: z.string(), postalCode: z.string(), city: z.string() })
    .nullable(),
  locale: z.enum(['nl', 'en']),
  workOrderExternalId: z.string().nullable(),
});
export const adminRequestPage = pageOutput(adminRequestOutput);

export const adminRequestDetailOutput = adminRequestOutput.extend({
  attachments: z.array(attachmentOutput),
  timeline: z.array(timelineEntryOutput),
  messages: z.array(messageOutput).describe('The latest 100 messages, oldest first'),
  workOrder: z.strictObject({ id: z.string(), externalId: z.string(), number: z.string(), status: z.string() }).nullable(),
});

export const guestRequestAccepted = z.strictObject({ reference: z.string() });

export type PortalRequest = z.output<typeof portalRequestOutput>;
export type PortalRequestDetail = z.output<typeof portalRequestDetailOutput>;
export type AdminRequest = z.output<typeof adminRequestOutput>;
export type AdminRequestDetail = z.output<typeof adminRequestDetailOutput>;
export type AttachmentOutput = z.output<typeof attachmentOutput>;
export type MessageOutput = z.output<typeof messageOutput>;
export type TimelineEntry = z.output<typeof timelineEntryOutput>;
