// The back office invites and manages a customer's portal users:
// POST|GET /customers/{externalId}/contacts, PATCH /contacts/{id}.
import { Hono } from 'hono';
import { z } from 'zod';
import {
  changeContact,
  contactNameSchema,
  createInvitedContact,
  emailSchema,
  localeSchema,
  mailAccountLink,
  phoneSchema,
  requireHomeUrl,
  roleSchema,
  toContactOutput,
  type ContactOutput,
} from '../accounts/contacts.js';
import { recordAudit } from '../audit/audit.js';
import type { Contact } from '../db/tables/accounts.js';
import { notFound } from '../http/errors.js';
import type { AppEnv } from '../http/env.js';
import { keysetPage, pageOf, pageQuerySchema } from '../http/pagination.js';
import { validate } from '../http/validate.js';
import { readPortalSettings } from '../portals/settings.js';
import { portalSlugPattern } from '../tenants/tenants.js';
import { externalIdSchema } from './customers.js';

export interface AdminContactOutput extends ContactOutput {
  customerExternalId: string;
}

const toAdminContact = (row: Contact, customerExternalId: string): AdminContactOutput => ({
  ...toContactOutput(row),
  customerExternalId,
});

export const newContact = z.strictObject({
  email: emailSchema,
  name: contactNameSchema,
  role: roleSchema.default('member'),
  phone: phoneSchema.nullable().default(null),
  locale: localeSchema.nullable().default(null),
  sendInvite: z.boolean().default(false),
});

export const contactChanges = z
  .strictObject({ role: roleSchema.optional(), status: z.enum(['active', 'disabled']).optional() })
  .refine((changes) => changes.role !== undefined || changes.status !== undefined, { message: 'role or status is required' });

const customerParam = z.object({ externalId: externalIdSchema });
const inviteQuery = z.strictObject({ portal: z.string().regex(portalSlugPattern, { message: 'is not a portal slug' }).optional() });
const contactParam = z.object({ id: z.string().min(1).max(100) });

export const adminContactRoutes = new Hono<AppEnv>()
  .post(
    '/customers/:externalId/contacts',
    validate('param', customerParam),
    validate('query', inviteQuery),
    validate('json', newContact),
    async (c) => {
      const { deps, admin } = c.var;
      const { externalId } = c.req.valid('param');
      const { portal: slug } = c.req.valid('query');
      const body = c.req.valid('json');
      const customer = await deps.db
        .selectFrom('customers')
        .select(['id', 'external_id'])
        .where('tenant_id', '=', admin.tenantId)
        .where('external_id', '=', externalId)
        .executeTakeFirst();
      if (!customer) throw notFound('No such customer');
      // The invite works on one portal: the one asked for, else the business's first.
      let portalQuery = deps.db.selectFrom('portals').select(['id', 'tenant_id', 'settings']).where('tenant_id', '=', admin.tenantId);
      portalQuery = slug ? portalQuery.where('slug', '=', slug) : portalQuery.orderBy('created_at', 'asc').orderBy('id', 'asc');
      const portalRow = await portalQuery.executeTakeFirst();
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
        actorType: 'api_key',
        actorId: admin.keyId,
        action: 'contact.invited',
        subjectType: 'contact',
        subjectId: contact.id,
        details: { role: contact.role, mailed: body.sendInvite },
      });
      if (body.sendInvite) mailAccountLink(deps, { portal, contact, kind: 'invite', token: invite.token, expiresAt: invite.expiresAt });
      return c.json({ contact: toAdminContact(contact, customer.external_id), invite }, 201);
    },
  )

  .get('/customers/:externalId/contacts', validate('param', customerParam), validate('query', pageQuerySchema), async (c) => {
    const { deps, admin } = c.var;
    const { externalId } = c.req.valid('param');
    const page = c.req.valid('query');
    const customer = await deps.db
      .selectFrom('customers')
      .select(['id', 'external_id'])
      .where('tenant_id', '=', admin.tenantId)
      .where('external_id', '=', externalId)
      .executeTakeFirst();
    if (!customer) throw notFound('No such customer');
    const rows = await keysetPage(
      deps.db.selectFrom('contacts').selectAll().where('tenant_id', '=', admin.tenantId).where('customer_id', '=', customer.id),
      'contacts',
      page,
    ).execute();
    return c.json(pageOf(rows, page, (row) => toAdminContact(row, customer.external_id)));
  })

  .patch('/contacts/:id', validate('param', contactParam), validate('json', contactChanges), async (c) => {
    const { deps, admin } = c.var;
    const { id } = c.req.valid('param');
    const contact = await deps.db.selectFrom('contacts').selectAll().where('id', '=', id).where('tenant_id', '=', admin.tenantId).executeTakeFirst();
    if (!contact) throw notFound('No such contact');
    const customer = await deps.db
      .selectFrom('customers')
      .select('external_id')
      .where('id', '=', contact.customer_id)
      .where('tenant_id', '=', admin.tenantId)
      .executeTakeFirstOrThrow();
    const updated = await changeContact(deps.db, contact, c.req.valid('json'), { actorType: 'api_key', actorId: admin.keyId });
    return c.json(toAdminContact(updated, customer.external_id));
  });
