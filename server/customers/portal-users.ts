// A contact as a portal user: how they see themself (every sign-in answers it, GET /me shows it), and the back
// office's news that a contact can now sign in.
import { z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { ContactStatus } from '../db/tables/accounts.js';
import { nowIso } from '../db/ids.js';
import type { PortalSettings } from '../portals/settings.js';
import { enqueueWebhookEvent } from '../webhooks/outbox.js';
import { localeSchema, roleSchema } from './fields.js';

export const portalUserSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    phone: z.string().nullable(),
    role: roleSchema,
    locale: localeSchema.openapi({ description: 'The contact’s own choice, else the portal’s language.' }),
    customer: z.object({ id: z.string(), name: z.string() }),
  })
  .openapi('PortalUser');

/** The signed-in contact, as every sign-in answers it and GET /me shows it. */
export type PortalUser = z.output<typeof portalUserSchema>;

/** The contact with their customer, if they belong to this tenant. */
export async function loadPortalUser(
  db: Kysely<Database>,
  portal: { tenantId: string; settings: Pick<PortalSettings, 'locale'> },
  contactId: string,
): Promise<(PortalUser & { status: ContactStatus }) | undefined> {
  const row = await db
    .selectFrom('contacts')
    .innerJoin('customers', 'customers.id', 'contacts.customer_id')
    .select([
      'contacts.id',
      'contacts.email',
      'contacts.name',
      'contacts.phone',
      'contacts.role',
      'contacts.locale',
      'contacts.status',
      'customers.id as customerId',
      'customers.name as customerName',
    ])
    .where('contacts.id', '=', contactId)
    .where('contacts.tenant_id', '=', portal.tenantId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    phone: row.phone,
    role: row.role,
    locale: row.locale ?? portal.settings.locale,
    customer: { id: row.customerId, name: row.customerName },
    status: row.status,
  };
}

export function toPortalUser(user: PortalUser): PortalUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    phone: user.phone,
    role: user.role,
    locale: user.locale,
    customer: { id: user.customer.id, name: user.customer.name },
  };
}

/**
 * Tells the back office (webhook `contact.activated`) that a contact can now use the portal. Call it in the
 * transaction that activated them, so a rolled-back activation announces nothing.
 */
export async function announceActivation(trx: Kysely<Database>, contactId: string, via: 'invite' | 'sso', now = new Date()): Promise<void> {
  const row = await trx
    .selectFrom('contacts')
    .innerJoin('customers', 'customers.id', 'contacts.customer_id')
    .select(['contacts.id', 'contacts.tenant_id', 'contacts.email', 'contacts.name', 'contacts.role', 'customers.external_id as customerExternalId'])
    .where('contacts.id', '=', contactId)
    .executeTakeFirstOrThrow();
  await enqueueWebhookEvent(
    trx,
    row.tenant_id,
    'contact.activated',
    {
      contact: { id: row.id, email: row.email, name: row.name, role: row.role, customerExternalId: row.customerExternalId },
      via,
      activatedAt: nowIso(now),
    },
    now,
  );
}
