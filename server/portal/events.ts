// /api/v1/portal/{slug}/events: the signed-in contact's live updates, of its own customer's records only.
import { requireContact } from '../auth/middleware.js';
import { liveContactSettings } from '../events/access.js';
import { eventStreamDescription, eventStreamInputs, eventStreamResponses, resumeAfter, streamEvents } from '../events/http.js';
import type { StreamAudience } from '../events/log.js';
import { customerEventSchema } from '../events/schemas.js';
import { ApiError } from '../http/errors.js';
import { defineRoute, failure, onPortal, routeGroup, $ } from '../http/openapi.js';
import type { FeatureName } from '../portals/settings.js';

/** The parts of a portal that have live updates: with all of them off, there is nothing to stream. */
const liveFeatures: readonly FeatureName[] = ['requests', 'messages', 'workOrders', 'quotes', 'invoices'];

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
  const { caller, deps, portal } = c.var;
  if (!liveFeatures.some((feature) => portal.settings.features[feature])) {
    throw new ApiError('feature_disabled', 'This part of the portal is switched off.', [{ path: 'feature', message: liveFeatures.join(', ') }]);
  }
  const audience: Extract<StreamAudience, { kind: 'customer' }> = { kind: 'customer', tenantId: caller.tenantId, customerId: caller.customerId, settings: portal.settings };
  return streamEvents(c, {
    audience,
    caller: `contact:${caller.contactId}`,
    lastEventId: resumeAfter(c.req.valid('query'), c.req.valid('header')),
    async stillAllowed() {
      const settings = await liveContactSettings(deps.db, caller);
      // A business that switches a part of the portal off is obeyed by the streams already open.
      if (settings) audience.settings = settings;
      return settings !== undefined;
    },
  }) as never;
});
