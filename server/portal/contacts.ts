// A customer's administrators manage their colleagues: /api/v1/portal/{slug}/contacts (list, invite, role, status).
import { createMiddleware } from 'hono/factory';
import {
  changeContact,
  contactChanges,
  contactSchema,
  createInvitedContact,
  mailAccountLink,
  requireHomeUrl,
  toContactOutput,
} from '../accounts/contacts.js';
import { recordAudit } from '../audit/audit.js';
import { requireContact, requireCustomerAdmin } from '../auth/middleware.js';
import { recordIdSchema } from '../customer-data/fields.js';
import { findContact, findContactOfCustomer, pageOfContacts } from '../customers/contacts.js';
import { contactNameSchema, emailSchema, localeSchema, roleSchema } from '../customers/fields.js';
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
  name: contactNameSchema,
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
  request: { params: onPortal(), body: jsonBody(invitation) },
  responses: {
    201: json(contactSchema, 'The invited contact'),
    403: notAllowed,
    409: failure('The email address is in use by this business already, or the portal has no home page for the link', 'conflict'),
  },
});

const updateColleague = defineRoute('portal', {
  method: 'patch',
  path: '/contacts/{id}',
  tags,
  summary: 'Change a colleague’s role or status',
  description: 'Disabling ends their access at once. Nobody can disable themself or give up their own administrator role.',
  request: { params: onPortal({ id: recordIdSchema }), body: jsonBody(contactChanges) },
  responses: {
    200: json(contactSchema, 'The contact, changed'),
    403: failure(`${notAllowedWhy}; or the change would disable the contact themself or end their own administrator role`, 'feature_disabled', 'forbidden'),
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
    requireHomeUrl(portal);
    const inviter = await findContact(deps.db, caller.tenantId, caller.contactId);
    const { contact, invite } = await createInvitedContact(deps.db, portal, {
      tenantId: caller.tenantId,
      customerId: caller.customerId,
      email: body.email,
      name: body.name,
      role: body.role,
      locale: body.locale ?? null,
    });
    await recordAudit(deps.db, {
      tenantId: caller.tenantId,
      portalId: portal.id,
      actorType: 'contact',
      actorId: caller.contactId,
      action: 'contact.invited',
      subjectType: 'contact',
      subjectId: contact.id,
      ip: clientIp(c),
      details: { role: contact.role },
    });
    mailAccountLink(deps, { portal, contact, kind: 'invite', token: invite.token, expiresAt: invite.expiresAt, invitedBy: inviter?.name ?? null });
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
