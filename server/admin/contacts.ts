// The back office invites and manages a customer's portal users:
// POST|GET /customers/{externalId}/contacts, PATCH /contacts/{id}, POST /contacts/{id}/invite.
import {
  changeContact,
  contactChanges,
  contactSchema,
  createInvitedContact,
  inviteSchema,
  mailAccountLink,
  requireHomeUrl,
  toContactOutput,
  type ContactOutput,
} from '../accounts/contacts.js';
import { actorFields, recordAudit } from '../audit/audit.js';
import { oneTimeLink } from '../auth/one-time-tokens.js';
import { hitOrThrow, rateLimits, throttleKeys } from '../auth/throttle.js';
import { recordIdSchema } from '../customer-data/fields.js';
import { findContactWithInvite, pageOfContacts, reissueInvite, type ContactWithInvite } from '../customers/contacts.js';
import { contactNameSchema, customerExternalIdSchema, emailSchema, localeSchema, phoneSchema, roleSchema } from '../customers/fields.js';
import { findCustomer, findCustomerByExternalId } from '../customers/repository.js';
import type { AdminCaller, Deps } from '../http/env.js';
import { ApiError, notFound } from '../http/errors.js';
import { commonFailures, dateTimeSchema, defineRoute, failure, json, jsonBody, pageSchema, routeGroup, z } from '../http/openapi.js';
import { pageOf, pageQuerySchema } from '../http/pagination.js';
import { readPortalSettings } from '../portals/settings.js';
import { findPortalOfTenant, portalSlugPattern } from '../tenants/tenants.js';

const adminContactSchema = contactSchema
  .extend({
    customerExternalId: z.string().openapi({ description: 'The back office’s id of the contact’s customer.' }),
    invitedAt: dateTimeSchema.nullable().openapi({ description: 'When the newest invite was issued; null for a contact never invited (single sign-on).' }),
  })
  .openapi('CustomerContact');

const toAdminContact = (row: ContactWithInvite, customerExternalId: string): ContactOutput & { customerExternalId: string; invitedAt: string | null } => ({
  ...toContactOutput(row),
  customerExternalId,
  invitedAt: row.invited_at,
});

const invitationSchema = z.object({ contact: adminContactSchema, invite: inviteSchema }).openapi('ContactInvitation');

const newContact = z.strictObject({
  email: emailSchema,
  name: contactNameSchema,
  role: roleSchema.default('member'),
  phone: phoneSchema.nullable().default(null),
  locale: localeSchema.nullable().default(null),
  sendInvite: z.boolean().default(false),
});

const tags = ['Back office: customers'];
const customerParams = z.object({ externalId: customerExternalIdSchema });
const contactParams = z.object({ id: recordIdSchema });
const inviteQuery = z.strictObject({
  portal: z
    .string()
    .regex(portalSlugPattern, { message: 'is not a portal slug' })
    .optional()
    .openapi({ description: 'The slug of the portal the invite is for, when the business runs several; else its first portal.' }),
});

const inviteContact = defineRoute('admin', {
  method: 'post',
  path: '/customers/{externalId}/contacts',
  tags,
  summary: 'Invite a portal user for the customer',
  description: 'Answers the invite link and token; with sendInvite: true the portal mails the link itself, in the contact’s language.',
  request: { params: customerParams, query: inviteQuery, body: jsonBody(newContact) },
  responses: {
    201: json(invitationSchema, 'The invited contact and their invite'),
    404: commonFailures.notFound('customer or portal'),
    409: failure('The email address is in use by this business already, or a mailed invite has no page to open (the portal has no homeUrl)', 'conflict'),
  },
});

const listContacts = defineRoute('admin', {
  method: 'get',
  path: '/customers/{externalId}/contacts',
  tags,
  summary: 'The customer’s portal users, newest first',
  request: { params: customerParams, query: pageQuerySchema },
  responses: { 200: json(pageSchema(adminContactSchema), 'A page of contacts'), 404: commonFailures.notFound('customer') },
});

const updateContact = defineRoute('admin', {
  method: 'patch',
  path: '/contacts/{id}',
  tags,
  summary: 'Change a contact’s role or status',
  description: 'Disabling ends the contact’s access at once and voids their links.',
  request: { params: contactParams, body: jsonBody(contactChanges) },
  responses: {
    200: json(adminContactSchema, 'The contact, changed'),
    404: commonFailures.notFound('contact'),
    409: failure('An invited contact becomes active only by accepting the invite', 'conflict'),
  },
});

const resendInvite = defineRoute('admin', {
  method: 'post',
  path: '/contacts/{id}/invite',
  tags,
  summary: 'Invite a contact again: a new invite link, and the old one stops working',
  description:
    'For a contact who has not accepted yet. With sendInvite (the default) the portal mails the new link in the contact’s language; the answer carries it too. At most five a contact an hour.',
  request: { params: contactParams, query: inviteQuery, body: jsonBody(z.strictObject({ sendInvite: z.boolean().default(true) })) },
  responses: {
    200: json(invitationSchema, 'The contact and their new invite'),
    404: commonFailures.notFound('contact or portal'),
    409: failure('The contact has accepted the invite already or is disabled, or a mailed invite has no page to open (the portal has no homeUrl)', 'conflict'),
    429: failure('Invited again too often: Retry-After says when to try again', 'rate_limited'),
  },
});

/** The portal an invite works on: the one asked for, else the business's first. */
async function invitePortal(deps: Deps, admin: AdminCaller, slug: string | undefined) {
  const portalRow = await findPortalOfTenant(deps.db, admin.tenantId, slug);
  if (!portalRow) throw notFound('No such portal');
  return { id: portalRow.id, tenantId: portalRow.tenant_id, settings: readPortalSettings(portalRow.settings) };
}

export const adminContactRoutes = routeGroup()
  .openapi(inviteContact, async (c) => {
    const { deps, admin } = c.var;
    const { externalId } = c.req.valid('param');
    const { portal: slug } = c.req.valid('query');
    const body = c.req.valid('json');
    const customer = await findCustomerByExternalId(deps.db, admin.tenantId, externalId);
    if (!customer) throw notFound('No such customer');
    const portal = await invitePortal(deps, admin, slug);
    if (body.sendInvite) requireHomeUrl(portal);

    const { contact, invite } = await createInvitedContact(deps.db, portal, {
      tenantId: admin.tenantId,
      customerId: customer.id,
      email: body.email,
      name: body.name,
      role: body.role,
      phone: body.phone,
      locale: body.locale,
    });
    await recordAudit(deps.db, {
      tenantId: admin.tenantId,
      portalId: portal.id,
      ...actorFields(admin.actor),
      action: 'contact.invited',
      subjectType: 'contact',
      subjectId: contact.id,
      details: { role: contact.role, mailed: body.sendInvite },
    });
    if (body.sendInvite) mailAccountLink(deps, { portal, contact, kind: 'invite', token: invite.token, expiresAt: invite.expiresAt });
    return c.json({ contact: toAdminContact({ ...contact, invited_at: contact.created_at }, customer.external_id), invite }, 201);
  })

  .openapi(listContacts, async (c) => {
    const { deps, admin } = c.var;
    const page = c.req.valid('query');
    const customer = await findCustomerByExternalId(deps.db, admin.tenantId, c.req.valid('param').externalId);
    if (!customer) throw notFound('No such customer');
    const rows = await pageOfContacts(deps.db, admin.tenantId, customer.id, page);
    return c.json(pageOf(rows, page, (row) => toAdminContact(row, customer.external_id)), 200);
  })

  .openapi(updateContact, async (c) => {
    const { deps, admin } = c.var;
    const contact = await findContactWithInvite(deps.db, admin.tenantId, c.req.valid('param').id);
    if (!contact) throw notFound('No such contact');
    const customer = await findCustomer(deps.db, admin.tenantId, contact.customer_id);
    if (!customer) throw new Error('The contact’s customer is gone');
    const updated = await changeContact(deps.db, contact, c.req.valid('json'), actorFields(admin.actor));
    return c.json(toAdminContact({ ...updated, invited_at: contact.invited_at }, customer.external_id), 200);
  })

  .openapi(resendInvite, async (c) => {
    const { deps, admin } = c.var;
    const { sendInvite } = c.req.valid('json');
    const contact = await findContactWithInvite(deps.db, admin.tenantId, c.req.valid('param').id);
    if (!contact) throw notFound('No such contact');
    if (contact.status !== 'invited') {
      throw new ApiError(
        'conflict',
        contact.status === 'active'
          ? 'This contact has accepted the invite already and can sign in; a forgotten password is reset from the sign-in screen.'
          : 'This contact is disabled: enable them first.',
        [{ path: 'status', message: `is ${contact.status}` }],
      );
    }
    const portal = await invitePortal(deps, admin, c.req.valid('query').portal);
    if (sendInvite) requireHomeUrl(portal);
    const customer = await findCustomer(deps.db, admin.tenantId, contact.customer_id);
    if (!customer) throw new Error('The contact’s customer is gone');
    await hitOrThrow(deps.db, [{ key: throttleKeys.mailAddress(admin.tenantId, 'invite', contact.email), limit: rateLimits.mailPerAddress }]);

    const issued = await reissueInvite(deps.db, contact, portal.id);
    await recordAudit(deps.db, {
      tenantId: admin.tenantId,
      portalId: portal.id,
      ...actorFields(admin.actor),
      action: 'contact.invite_resent',
      subjectType: 'contact',
      subjectId: contact.id,
      details: { mailed: sendInvite },
    });
    if (sendInvite) mailAccountLink(deps, { portal, contact, kind: 'invite', token: issued.token, expiresAt: issued.expiresAt });
    const url = portal.settings.homeUrl ? oneTimeLink(portal.settings.homeUrl, 'invite', issued.token) : null;
    return c.json({ contact: toAdminContact({ ...contact, invited_at: issued.issuedAt }, customer.external_id), invite: { url, token: issued.token, expiresAt: issued.expiresAt } }, 200);
  });
