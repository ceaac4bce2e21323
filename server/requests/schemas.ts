// What the request routes take: bodies and queries as zod schemas, validated by the routes' definitions and described
// in /openapi.json from the same schemas. The answers are in output.ts.
import { z } from '@hono/zod-openapi';
import { recordIdSchema, statusFilter } from '../customer-data/fields.js';
import { partsOfDay, requestStatuses } from '../db/tables/requests.js';
import { pageQuerySchema } from '../http/pagination.js';
import { portalSlugPattern } from '../tenants/tenants.js';
import { requestSourceSchema, requestStatusSchema } from './output.js';
import { bookingChoiceSchema } from '../bookings/schemas.js';
import { bookingFilters } from '../bookings/request-booking.js';

const isoDate = z.iso.date({ message: 'must be a date as YYYY-MM-DD' });
const phoneNumber = z
  .string()
  .trim()
  .min(6)
  .max(30)
  .regex(/^\+?[0-9 ()./-]+$/, { message: 'must be a phone number: digits, spaces and + ( ) - . / only' });
const description = z.string().trim().min(1).max(5000);
const workType = z.string().min(1).max(40).openapi({ description: 'One of the portal’s work types (GET /config: requestForm.workTypes)' });
const preferredDate = isoDate.nullish().openapi({ description: 'From yesterday (the customer’s today may still be yesterday in UTC) to two years ahead' });
const acceptTerms = z.boolean().optional().openapi({ description: 'Must be true when the portal requires its terms to be accepted' });

// ── A work address typed by a customer or guest ───────────────────────────────────────────────────────────────
/** A Dutch postcode: four digits (not starting with 0) and two letters, spaces and case forgiven; kept as `1234 AB`. */
export const dutchPostcodePattern = /^\s*([1-9][0-9]{3})\s*([A-Za-z]{2})\s*$/;

/** The house number with its addition as an address line writes it: 12A, 12-2, 12 bis. */
function withAddition(number: string, addition: string | undefined): string {
  if (!addition) return number;
  if (/^[A-Za-z]$/.test(addition)) return `${number}${addition.toUpperCase()}`;
  if (/^[0-9]+$/.test(addition)) return `${number}-${addition}`;
  return `${number} ${addition}`;
}

export const workAddressBody = z
  .strictObject({
    street: z.string().trim().min(1).max(200),
    houseNumber: z.string().trim().min(1).max(20),
    houseNumberAddition: z.string().trim().max(10).optional().openapi({ description: 'Such as A, 2 or bis; joined to the house number' }),
    postalCode: z.string().trim().min(1).max(20).openapi({ description: 'In the Netherlands four digits and two letters, such as 3511 AB (spaces and case forgiven)' }),
    city: z.string().trim().min(1).max(100),
    country: z.string().trim().length(2).toUpperCase().default('NL').openapi({ description: 'ISO 3166 two-letter code' }),
  })
  .superRefine((address, ctx) => {
    if (address.country === 'NL' && !dutchPostcodePattern.test(address.postalCode)) {
      ctx.addIssue({ code: 'custom', path: ['postalCode'], message: 'must be a Dutch postcode: four digits and two letters, such as 3511 AB' });
    }
  })
  .transform(({ houseNumberAddition, ...address }) => ({
    ...address,
    houseNumber: withAddition(address.houseNumber, houseNumberAddition || undefined),
    postalCode: address.country === 'NL' ? address.postalCode.replace(dutchPostcodePattern, (_all, digits: string, letters: string) => `${digits} ${letters.toUpperCase()}`) : address.postalCode,
  }));
export type WorkAddressBody = z.output<typeof workAddressBody>;

// ── Portal: a contact's request ─────────────────────────────────────────────────────────────────────────────────
export const submitRequestBody = z.strictObject({
  workType,
  description,
  locationId: recordIdSchema.nullish().openapi({ description: 'One of the customer’s addresses; leave it out when giving newLocation' }),
  newLocation: workAddressBody
    .optional()
    .openapi({ description: 'A work address the customer adds instead of choosing one: kept with the customer’s addresses as proposed, for the business to accept' }),
  objectId: recordIdSchema.nullish().openapi({ description: 'One of the customer’s installations' }),
  preferredDate,
  preferredPartOfDay: z.enum(partsOfDay).nullish(),
  phone: phoneNumber.nullish(),
  checklist: z
    .array(z.string().min(1).max(40))
    .max(10)
    .optional()
    .openapi({ description: 'Ids of the portal’s checklist items the customer ticked' }),
  acceptTerms,
  booking: bookingChoiceSchema
    .optional()
    .openapi({ description: 'A window from GET /availability for this work type, booked with the request in the same step: 409 when it has no place left (and the request is not kept), 403 while the portal books no visits' }),
});
export type SubmitRequestBody = z.output<typeof submitRequestBody>;

export const portalRequestListQuery = pageQuerySchema.extend({
  status: z.enum(['open', 'closed']).optional().openapi({ description: 'open: submitted or in review; closed: accepted, rejected or cancelled' }),
});

// ── Portal: a guest's request, without an account ───────────────────────────────────────────────────────────────
export const guestRequestBody = z.strictObject({
  name: z.string().trim().min(1).max(120),
  email: z.email().max(254),
  phone: phoneNumber,
  address: workAddressBody,
  workType,
  description,
  preferredDate,
  preferredPartOfDay: z.enum(partsOfDay).nullish(),
  acceptTerms,
  locale: z.enum(['nl', 'en']).optional().openapi({ description: 'The language of the mails the guest gets; the portal’s when left out' }),
  website: z.string().max(500).optional().openapi({ description: 'Leave it out or empty: people never fill it in, bots do (a honeypot)' }),
});
export type GuestRequestBody = z.output<typeof guestRequestBody>;

// ── Back office ─────────────────────────────────────────────────────────────────────────────────────────────────
export const inboxQuery = pageQuerySchema.extend({
  status: statusFilter(requestStatuses),
  updatedSince: z.iso
    .datetime({ offset: true })
    .optional()
    .openapi({ description: 'Only requests changed (status, message, file) at or after this moment, such as 2026-03-02T08:00:00+01:00' }),
  portal: z
    .string()
    .regex(portalSlugPattern, { message: 'is not a portal slug' })
    .optional()
    .openapi({ description: 'Only requests that came in through the portal with this slug' }),
  workType: workType.optional().openapi({ description: 'Only requests of this work type (an id of the portal’s requestForm.workTypes)' }),
  source: requestSourceSchema.optional().openapi({ description: 'portal: only requests of customers (sent by their contacts); guest: only guest requests' }),
  customerExternalId: z.string().min(1).max(100).optional().openapi({ description: 'Only the requests of the customer with this externalId.' }),
  booking: z
    .enum(bookingFilters)
    .optional()
    .openapi({ description: 'requested: only requests whose booked visit waits for the business’s answer (its hold not ended); confirmed: only those with a confirmed visit; any: only requests booked with a visit.' }),
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .openapi({
      description:
        'Search: requests whose reference starts with this text (with or without its KP-, as it is read out), or whose customer name, contact name or guest name contains it; in any case; % and _ are matched as themselves. A whole reference (KP-7F3K2Q) finds that request alone. Empty searches nothing.',
    }),
});

export const changeRequestBody = z.strictObject({
  status: requestStatusSchema,
  workOrderExternalId: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .openapi({ description: 'Required to accept, and only then: the back office’s work order this request became' }),
  note: z.string().trim().min(1).max(2000).optional().openapi({ description: 'Shown to the customer in the request’s timeline, and in the status mail' }),
});
export type ChangeRequestBody = z.output<typeof changeRequestBody>;
