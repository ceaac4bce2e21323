// A guest's request becomes a customer's in one step: a customer made of the guest's details with their address as
// its first work address, the guest as its first contact (invited to the portal), and the request moved onto them.
// From then on the request is a customer request like any other.
import { z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import { contactSchema, insertInvitedContact, inviteSchema, mailAccountLink, requireHomeUrl, toContactOutput } from '../accounts/contacts.js';
import { actorFields, recordAudit } from '../audit/audit.js';
import { customerSchema, toCustomer } from '../customers/customers.js';
import { customerExternalIdSchema } from '../customers/fields.js';
import { sourceOf } from '../customer-data/source.js';
import { insertCustomer, saveLocation } from '../customers/repository.js';
import type { Database } from '../db/schema.js';
import { nowIso } from '../db/ids.js';
import { publishRequestEvent } from '../events/publish.js';
import type { AdminCaller, Deps } from '../http/env.js';
import { ApiError, notFound } from '../http/errors.js';
import { readPortalSettings } from '../portals/settings.js';
import { findPortalOfTenant, portalSlugPattern } from '../tenants/tenants.js';
import { adminRequestDetailSchema } from './output.js';
import { findBackOfficeRequest, moveGuestRequestToCustomer } from './repository.js';
import { adminRequestDetail } from './views.js';

export const guestCustomerBody = z.strictObject({
  externalId: customerExternalIdSchema
    .optional()
    .openapi({ description: 'The back office’s id for the new customer; when left out, guest- and the request’s reference (guest-KP-7F3K2Q)' }),
  name: z.string().trim().min(1).max(200).optional().openapi({ description: 'The customer’s name, such as a company’s; the guest’s name when left out' }),
  invite: z.boolean().default(false).openapi({ description: 'Mail the guest the invite to the portal now' }),
  portal: z
    .string()
    .regex(portalSlugPattern, { message: 'is not a portal slug' })
    .optional()
    .openapi({ description: 'The slug of the portal the invite opens; the one the request came in through when left out' }),
});
export type GuestCustomerBody = z.output<typeof guestCustomerBody>;

export const guestCustomerSchema = z
  .strictObject({
    customer: customerSchema,
    contact: contactSchema.openapi({ description: 'The guest, now the customer’s first contact: an admin of the customer, invited' }),
    invite: inviteSchema,
    request: adminRequestDetailSchema,
  })
  .openapi('GuestCustomer');
export type GuestCustomer = z.output<typeof guestCustomerSchema>;

const notAGuestRequest = () => new ApiError('conflict', 'This request is a customer’s already: only a guest request can become a customer.');

interface GuestAddress {
  street: string;
  houseNumber: string;
  postalCode: string;
  city: string;
  country: string;
}

/**
 * Makes the customer, its address and its invited contact of the guest's details and moves the request onto them, in
 * one transaction; the invite is mailed once that has committed. 404 for a request or portal the business does not
 * have; 409 for a request that is not a guest request, an externalId or email address the business has already, or
 * an invite to mail for a portal without a homeUrl.
 */
export async function makeCustomerOfGuest(
  deps: Pick<Deps, 'db' | 'mailer'>,
  admin: AdminCaller,
  requestId: string,
  body: GuestCustomerBody,
  ip: string | null,
  now = new Date(),
): Promise<GuestCustomer> {
  const made = await deps.db.transaction().execute(async (trx: Kysely<Database>) => {
    const request = await findBackOfficeRequest(trx, admin.tenantId, requestId);
    if (!request) throw notFound('No such request.');
    if (request.customer_id !== null || request.guest_name === null || request.guest_email === null) throw notAGuestRequest();
    const portalRow = await findPortalOfTenant(trx, admin.tenantId, body.portal ?? request.portal_slug);
    if (!portalRow) throw notFound(`There is no portal ${body.portal}.`);
    const portal = { id: portalRow.id, tenantId: portalRow.tenant_id, settings: readPortalSettings(portalRow.settings) };
    if (body.invite) requireHomeUrl(portal);

    const externalId = body.externalId ?? `guest-${request.reference}`;
    const address = request.guest_address ? (JSON.parse(request.guest_address) as GuestAddress) : null;
    const customer = await insertCustomer(trx, admin.tenantId, externalId, {
      name: body.name ?? request.guest_name,
      debtor_number: null,
      email: request.guest_email,
      phone: request.guest_phone,
      address: address ? JSON.stringify(address) : null,
    }, sourceOf(admin));
    if (!customer) throw new ApiError('conflict', `There is a customer ${externalId} already.`, [{ path: 'externalId', message: 'is in use' }]);
    const location = address
      ? await saveLocation(trx, admin.tenantId, customer.id, externalId, {
          name: null,
          street: address.street,
          house_number: address.houseNumber,
          postal_code: address.postalCode,
          city: address.city,
          country: address.country,
        }, { source: sourceOf(admin) })
      : null;
    const { contact, invite } = await insertInvitedContact(trx, portal, {
      tenantId: admin.tenantId,
      customerId: customer.id,
      email: request.guest_email,
      name: request.guest_name,
      // The customer's only portal user, so the one who can invite colleagues.
      role: 'admin',
      phone: request.guest_phone,
      locale: request.locale,
    });
    const moved = await moveGuestRequestToCustomer(trx, request.id, {
      customer_id: customer.id,
      contact_id: contact.id,
      location_id: location?.row.id ?? null,
      updated_at: nowIso(now),
    });
    if (!moved) throw notAGuestRequest();

    const audit = { tenantId: admin.tenantId, portalId: portal.id, ...actorFields(admin.actor), ip };
    await recordAudit(
      trx,
      { ...audit, action: 'request.guest_converted', subjectType: 'request', subjectId: request.id, details: { customerExternalId: externalId, contactId: contact.id } },
      now,
    );
    await recordAudit(trx, { ...audit, action: 'contact.invited', subjectType: 'contact', subjectId: contact.id, details: { role: contact.role, mailed: body.invite } }, now);
    await publishRequestEvent(trx, 'request.updated', admin.tenantId, request.id);
    return { customer, contact, invite, portal };
  });
  if (body.invite) mailAccountLink(deps, { portal: made.portal, contact: made.contact, kind: 'invite', token: made.invite.token, expiresAt: made.invite.expiresAt });
  return {
    customer: toCustomer(made.customer),
    contact: toContactOutput(made.contact),
    invite: made.invite,
    request: await adminRequestDetail(deps.db, admin.tenantId, requestId),
  };
}
