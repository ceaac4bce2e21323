// The back office invites and manages a customer's portal users:
// POST|GET /customers/{externalId}/contacts, PATCH /contacts/{id}.
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
import { recordIdSchema } from '../customer-data/fields.js';
import { findContact, pageOfContacts } from '../customers/contacts.js';
import { contactNameSchema, customerExternalIdSchema, emailSchema, localeSchema, phoneSchema, roleSchema } from '../customers/fields.js';
import { findCustomer, findCustomerByExternalId } from '../customers/repository.js';
import type { Contact } from '../db/tables/accounts.js';
import { notFound } from '../http/errors.js';
import { commonFailures, defineRoute, failure, json, jsonBody, pageSchema, routeGroup, z } from '../http/openapi.js';
import { pageOf, pageQuerySchema } from '../http/pagination.js';
import { readPortalSettings } from '../portals/settings.js';
import { findPortalOfTenant, portalSlugPattern } from '../tenants/tenants.js';

const adminContactSchema = contactSchema
  .extend({ customerExternalId: z.string().openapi({ description: 'The back office’s id of the contact’s customer.' }) })
  .openapi('CustomerContact');

const toAdminContact = (row: Contact, customerExternalId: string): ContactOutput & { customerExternalId: string } => ({
  ...toContactOutput(row),
  customerExternalId,
});

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
    201: json(z.object({ contact: adminContactSchema, invite: inviteSchema }).openapi('ContactInvitation'), 'The invited contact and their invite'),
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
  request: { params: z.object({ id: recordIdSchema }), body: jsonBody(contactChanges) },
  responses: {
    200: json(adminContactSchema, 'The contact, changed'),
    404: commonFailures.notFound('contact'),
    409: failure('An invited contact becomes active only by accepting the invite', 'conflict'),
  },
});

export const adminContactRoutes = routeGroup()
  .openapi(inviteContact, async (c) => {
    const { deps, admin } = c.var;
    const { externalId } = c.req.valid('param');
    const { portal: slug } = c.req.valid('query');
    const body = c.req.valid('json');
    const customer = await findCustomerByExternalId(deps.db, admin.tenantId, externalId);
    if (!customer) throw notFound('No such customer');
    // The invite works on one portal: the one asked for, else the business's first.
    const portalRow = await findPortalOfTenant(deps.db, admin.tenantId, slug);
    if (!portalRow) throw notFound('No such portal');
    const portal = { id: portalRow.id, tenantId: portalRow.tenant_id, settings: readPortalSettings(portalRow.settings) };
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
    return c.json({ contact: toAdminContact(contact, customer.external_id), invite }, 201);
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
    const contact = await findContact(deps.db, admin.tenantId, c.req.valid('param').id);
    if (!contact) throw notFound('No such contact');
    const customer = await findCustomer(deps.db, admin.tenantId, contact.customer_id);
    if (!customer) throw new Error('The contact’s customer is gone');
    const updated = await changeContact(deps.db, contact, c.req.valid('json'), actorFields(admin.actor));
    return c.json(toAdminContact(updated, customer.external_id), 200);
  });
