// /api/v1/admin/events: the business's live updates (new requests, messages, status changes, pushed records), for
// the console's staff and for back offices that would rather listen than poll.
import { backOfficeSession } from '../events/access.js';
import { eventStreamDescription, eventStreamInputs, eventStreamResponses, resumeAfter, streamEvents } from '../events/http.js';
import { businessEventSchema } from '../events/schemas.js';
import { defineRoute, routeGroup, $ } from '../http/openapi.js';

const adminEvents = defineRoute('admin', {
  method: 'get',
  path: '/events',
  tags: ['Back office: live updates'],
  summary: 'Live updates: requests, messages, work orders, quotes and invoices of the business as they change',
  description: `${eventStreamDescription} The console reads it with EventSource and its session cookie; a back office with fetch() and its API key.`,
  request: eventStreamInputs,
  responses: eventStreamResponses(businessEventSchema),
});

export const adminEventRoutes = $(routeGroup()).openapi(adminEvents, (c) => {
  const { admin } = c.var;
  return streamEvents(c, {
    audience: { kind: 'business', tenantId: admin.tenantId },
    caller: `${admin.actor.kind}:${admin.actor.id}`,
    session: backOfficeSession(admin),
    lastEventId: resumeAfter(c.req.valid('query'), c.req.valid('header')),
  }) as never;
});
