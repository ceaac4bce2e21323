// /api/v1/portal/{slug}/events: the signed-in contact's live updates, of its own customer's records only.
import { requireContact } from '../auth/middleware.js';
import { contactSession, liveFeatures, portalStreams } from '../events/access.js';
import { eventStreamDescription, eventStreamInputs, eventStreamResponses, resumeAfter, streamEvents } from '../events/http.js';
import { customerEventSchema } from '../events/schemas.js';
import { ApiError } from '../http/errors.js';
import { defineRoute, failure, onPortal, routeGroup, $ } from '../http/openapi.js';

const portalEvents = defineRoute('portal', {
  method: 'get',
  path: '/',
  tags: ['Live updates'],
  summary: 'Live updates: the customer’s requests, messages, work orders, quotes and invoices as they change',
  description: `${eventStreamDescription} Only this customer’s events come, and only of parts the portal shows. fetch() with the Bearer token reads it; EventSource cannot send one.`,
  request: { params: onPortal(), ...eventStreamInputs },
  responses: { ...eventStreamResponses(customerEventSchema), 403: failure('Requests, messages, work orders, quotes and invoices are all switched off for this portal', 'feature_disabled') },
});

export const portalEventRoutes = $(routeGroup().use('*', requireContact)).openapi(portalEvents, (c) => {
  const { caller, portal } = c.var;
  if (!portalStreams(portal.settings)) {
    throw new ApiError('feature_disabled', 'This part of the portal is switched off.', [{ path: 'feature', message: liveFeatures.join(', ') }]);
  }
  return streamEvents(c, {
    audience: { kind: 'customer', tenantId: caller.tenantId, customerId: caller.customerId, settings: portal.settings },
    caller: `contact:${caller.contactId}`,
    // Checked again every few seconds with the portal's settings as they are then: a logout, a disabled contact or a
    // part switched off reaches the streams already open.
    session: contactSession(caller),
    lastEventId: resumeAfter(c.req.valid('query'), c.req.valid('header')),
  }) as never;
});
