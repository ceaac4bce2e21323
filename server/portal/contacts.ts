// A customer's administrators manage their colleagues: /api/v1/portal/{slug}/contacts (list, invite, role, status).
import { createMiddleware } from 'hono/factory';
import { changeContact, contactChanges, contactSchema, inviteColleague, toContactOutput } from '../accounts/contacts.js';
import { requireContact, requireCustomerAdmin } from '../auth/middleware.js';
import { recordIdSchema } from '../customer-data/fields.js';
import { findContactOfCustomer, pageOfContacts } from '../customers/contacts.js';
import { customerGivenNameSchema, emailSchema, localeSchema, roleSchema } from '../customers/fields.js';
import { clientIp } from '../http/client-ip.js';
import { ApiError, notFound } from '../http/errors.js';
import type { AppEnv } from '../http/env.js';
import { defineRoute, failure, json, jsonBody, onPortal, pageSchema, routeGroup, z, $ } from '../http/openapi.js';
import { pageOf, pageQuerySchema } from '../http/pagination.js';

const requireContactsFeature = createMiddleware<AppEnv>(async (c, next) => {
  if (!c.var.portal.settings.features.contacts) {
    throw new ApiError('feature_disabled', 'This part of the portal is switched off.', [{ path: 'feature', message: 'contacts' }]);
  }
  await next();
});

const invitation = z.strictObject({
  email: emailSchema,
  name: customerGivenNameSchema.openapi({ description: 'Without line breaks or control characters, and without a web or mail address: it goes into the invite mail' }),
  role: roleSchema.default('member'),
  locale: localeSchema.optional(),
});

const tags = ['Account'];
const notAllowedWhy = 'Colleagues are switched off for this portal, the contact is no administrator of their organisation, or this is a read-only preview';
const notAllowed = failure(notAllowedWhy, 'feature_disabled', 'forbidden');

const listContacts = defineRoute('portal', {
  method: 'get',
  path: '/contacts',
  tags,
  summary: 'The colleagues: every contact of the own customer (customer administrators only)',
  request: { params: onPortal(), query: pageQuerySchema },
  responses: { 200: json(pageSchema(contactSchema), 'A page of contacts'), 403: notAllowed },
});

const inviteContact = defineRoute('portal', {
  method: 'post',
  path: '/contacts',
  tags,
  summary: 'Invite a colleague: the invite link goes to their mailbox only',
  description:
    'At most 10 invites an hour for one customer and 3 a day to one address. An address that is already a colleague is 409 saying so (details[].reason already_colleague); any other address the business knows is 409 not_invitable, which names no one.',
  request: { params: onPortal(), body: jsonBody(invitation) },
  responses: {
    201: json(contactSchema, 'The invited contact'),
    403: notAllowed,
    409: failure('The address is already a colleague’s (already_colleague) or cannot be invited from the portal (not_invitable), or the portal has no home page for the link', 'conflict'),
    429: failure('Too many invites from this customer, or to this address: try again after Retry-After seconds', 'rate_limited'),
  },
});

const updateColleague = defineRoute('portal', {
  method: 'patch',
  path: '/contacts/{id}',
  tags,
  summary: 'Change a colleague’s role or status',
  description:
    'Disabling ends their access at once. Nobody can disable themself or give up their own administrator role. A contact the business disabled stays disabled until the business enables them.',
  request: { params: onPortal({ id: recordIdSchema }), body: jsonBody(contactChanges) },
  responses: {
    200: json(contactSchema, 'The contact, changed'),
    403: failure(
      `${notAllowedWhy}; or the change would disable the contact themself or end their own administrator role; or it would enable a contact the business disabled (details[].reason disabled_by_business), which only the business can`,
      'feature_disabled',
      'forbidden',
    ),
    404: failure('No portal has this slug, or no such contact of the own customer: another customer’s or business’s contacts are not found either', 'not_found'),
    409: failure('An invited contact becomes active only by accepting the invite', 'conflict'),
  },
});

export const contactRoutes = $(
  routeGroup()
    .use('/contacts', requireContact, requireContactsFeature, requireCustomerAdmin)
    .use('/contacts/*', requireContact, requireContactsFeature, requireCustomerAdmin),
)
  .openapi(listContacts, async (c) => {
    const { deps, caller } = c.var;
    const page = c.req.valid('query');
    const rows = await pageOfContacts(deps.db, caller.tenantId, caller.customerId, page);
    return c.json(pageOf(rows, page, toContactOutput), 200);
  })

  .openapi(inviteContact, async (c) => {
    const { deps, portal, caller } = c.var;
    const body = c.req.valid('json');
    const contact = await inviteColleague(deps, portal, caller, { ...body, locale: body.locale ?? null }, clientIp(c));
    // The invite link goes to the colleague's mailbox only: whoever invites must not be able to accept in their name.
    return c.json(toContactOutput(contact), 201);
  })

  .openapi(updateColleague, async (c) => {
    const { deps, portal, caller } = c.var;
    const { id } = c.req.valid('param');
    const changes = c.req.valid('json');
    const contact = await findContactOfCustomer(deps.db, caller.tenantId, caller.customerId, id);
    if (!contact) throw notFound('No such contact');
    if (contact.id === caller.contactId && (changes.status === 'disabled' || changes.role === 'member')) {
      throw new ApiError('forbidden', 'You cannot disable yourself or give up your own administrator role; ask another administrator.');
    }
    const updated = await changeContact(deps.db, contact, changes, {
      portalId: portal.id,
      actorType: 'contact',
      actorId: caller.contactId,
      ip: clientIp(c),
    });
    return c.json(toContactOutput(updated), 200);
  });
