// What a live-update stream carries: one schema per event type and audience. The business reads its own records as
// the back-office API answers them; a customer's contacts read what the portal API would show them, and no more.
import { z } from '../http/openapi.js';
import { liveEventTypes, type LiveEventType } from '../db/tables/events.js';
import { messageSchema } from '../messages/output.js';
import { adminRequestSchema, portalRequestSchema } from '../requests/output.js';

const eventId = z.string().regex(/^\d+$/).openapi({ description: 'Grows with every event. Send the last one you got as Last-Event-ID to resume after it.' });
const eventTime = z.string().openapi({ format: 'date-time' });
const recordStatus = z.string().openapi({ description: 'The record’s status as the back office set it.' });

/** A record the back office pushed, as its own ids name it. */
const businessRecord = z.object({ id: z.string(), externalId: z.string(), customerExternalId: z.string(), status: recordStatus });

export const businessEventData = {
  'request.created': z.object({ request: adminRequestSchema }),
  'request.updated': z.object({ request: adminRequestSchema }),
  'message.created': z.object({ message: messageSchema }),
  'work_order.updated': z.object({ workOrder: businessRecord }),
  'quote.updated': z.object({ quote: businessRecord }),
  'invoice.updated': z.object({ invoice: businessRecord }),
} satisfies Record<LiveEventType, z.ZodType>;

/** Enough for the widget to know what to load again; the record itself comes through the portal API's own rules. */
export const customerEventData = {
  'request.created': z.object({ request: portalRequestSchema }),
  'request.updated': z.object({ request: portalRequestSchema }),
  'message.created': z.object({ message: messageSchema }),
  'work_order.updated': z.object({ workOrder: z.object({ id: z.string(), status: recordStatus }) }),
  'quote.updated': z.object({ quote: z.object({ id: z.string() }) }),
  'invoice.updated': z.object({ invoice: z.object({ id: z.string() }) }),
} satisfies Record<LiveEventType, z.ZodType>;

export type BusinessEventData<Type extends LiveEventType> = z.output<(typeof businessEventData)[Type]>;
export type CustomerEventData<Type extends LiveEventType> = z.output<(typeof customerEventData)[Type]>;

function eventUnion<Data extends Record<LiveEventType, z.ZodType>>(data: Data) {
  const [first, ...rest] = liveEventTypes.map((type) =>
    z.object({ id: eventId, type: z.literal(type), createdAt: eventTime, data: data[type] }),
  );
  return z.discriminatedUnion('type', [first!, ...rest]);
}

/** One event of the business's stream: the JSON on an event's `data:` line. */
export const businessEventSchema = eventUnion(businessEventData).openapi('BusinessEvent', {
  description: 'One event of the business’s live updates, as the JSON of an event’s data: line; its id: line holds the same id.',
});

/** One event of a contact's stream: only its own customer's records, never the business's internal notes. */
export const customerEventSchema = eventUnion(customerEventData).openapi('PortalEvent', {
  description: 'One event of the customer’s live updates, as the JSON of an event’s data: line; its id: line holds the same id.',
});

export type StreamEvent = { id: string; type: LiveEventType; createdAt: string; data: unknown };

/** Last-Event-ID, as a header (EventSource sends it on reconnect) or as ?lastEventId= for clients that set no headers. */
export const lastEventIdSchema = z
  .string()
  .regex(/^\d{1,15}$/, { message: 'must be the id of an event this stream sent' })
  .openapi({ description: 'Resume after this event: the events since then are sent first, from the log of the last 24 hours.' });

export const eventStreamQuery = z.object({ lastEventId: lastEventIdSchema.optional() });
export const eventStreamHeaders = z.object({ 'last-event-id': lastEventIdSchema.optional() });
