// A customer's administrators manage their colleagues: /api/v1/portal/{slug}/contacts (list, invite, role, status).
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { z } from 'zod';
import {
  changeContact,
  contactNameSchema,
  createInvitedContact,
  emailSchema,
  localeSchema,
  mailAccountLink,
  requireHomeUrl,
  roleSchema,
  toContactOutput,
} from '../accounts/contacts.js';
import { recordAudit } from '../audit/audit.js';
import { requireContact, requireCustomerAdmin } from '../auth/middleware.js';
import { clientIp } from '../http/client-ip.js';
import { ApiError, notFound } from '../http/errors.js';
import type { AppEnv } from '../http/env.js';
import { keysetPage, pageOf, pageQuerySchema } from '../http/pagination.js';
import { validate } from '../http/validate.js';

const requireContactsFeature = createMiddleware<AppEnv>(async (c, next) => {
  if (!c.var.portal.settings.features.contacts) {
    throw new ApiError('feature_disabled', 'This part of the portal is switched off.', [{ path: 'feature', message: 'contacts' }]);
  }
  await next();
});

export const invitation = z.strictObject({
  email: emailSchema,
  name: contactNameSchema,
  role: roleSchema.default('member'),
  locale: localeSchema.optional(),
});

export const contactChanges = z
  .strictObject({ role: roleSchema.optional(), status: z.enum(['active', 'disabled']).optional() })
  .refine((changes) => changes.role !== undefined || changes.status !== undefined, { message: 'role or status is required' });

const contactIdParam = z.object({ id: z.string().min(1).max(100) });

export const contactRoutes = new Hono<AppEnv>()
  .use('/contacts', requireContact, requireContactsFeature, requireCustomerAdmin)
  .use('/contacts/*', requireContact, requireContactsFeature, requireCustomerAdmin)

  .get('/contacts', validate('query', pageQuerySchema), async (c) => {
    const { deps, caller } = c.var;
    const page = c.req.valid('query');
    const rows = await keysetPage(
      deps.db.selectFrom('contacts').selectAll().where('tenant_id', '=', caller.tenantId).where('customer_id', '=', caller.customerId),
      'contacts',
      page,
    ).execute();
    return c.json(pageOf(rows, page, toContactOutput));
  })

  .post('/contacts', validate('json', invitation), async (c) => {
    const { deps, portal, caller } = c.var;
    const body = c.req.valid('json');
    requireHomeUrl(portal);
    const inviter = await deps.db.selectFrom('contacts').select('name').where('id', '=', caller.contactId).executeTakeFirstOrThrow();
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
    mailAccountLink(deps, { portal, contact, kind: 'invite', token: invite.token, expiresAt: invite.expiresAt, invitedBy: inviter.name });
    // The invite link goes to the colleague's mailbox only: whoever invites must not be able to accept in their name.
    return c.json(toContactOutput(contact), 201);
  })

  .patch('/contacts/:id', validate('param', contactIdParam), validate('json', contactChanges), async (c) => {
    const { deps, portal, caller } = c.var;
    const { id } = c.req.valid('param');
    const changes = c.req.valid('json');
    const contact = await deps.db
      .selectFrom('contacts')
      .selectAll()
      .where('id', '=', id)
      .where('tenant_id', '=', caller.tenantId)
      .where('customer_id', '=', caller.customerId)
      .executeTakeFirst();
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
    return c.json(toContactOutput(updated));
  });
