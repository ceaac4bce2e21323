// Single sign-on: the business's own site vouches for its signed-in user with a short HS256 identity token, signed
// with the portal's SSO secret. The contact it names is found, or created for the customer it names.
import { errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { recordAudit } from '../audit/audit.js';
import { findContactByEmail, findContactByExternalId, insertContact, updateContact } from '../customers/contacts.js';
import { emailSchema } from '../customers/fields.js';
import { announceActivation } from '../customers/portal-users.js';
import { findCustomerByExternalId } from '../customers/repository.js';
import type { Database } from '../db/schema.js';
import type { Contact } from '../db/tables/accounts.js';
import { nowIso } from '../db/ids.js';
import { ApiError } from '../http/errors.js';
import type { PortalContext } from '../http/env.js';

/** An identity token may live at most this long: it is made for one sign-in, right now. */
export const identityTokenMaxLifetimeSeconds = 10 * 60;
const clockToleranceSeconds = 5;

const claimsSchema = z.object({
  sub: z.string().trim().min(1).max(254),
  customer: z.string().min(1).max(100),
  jti: z.string().min(8).max(200),
  exp: z.number(),
  name: z.string().trim().min(1).max(120).optional(),
  email: z.string().optional(),
  locale: z.enum(['nl', 'en']).optional(),
});

export interface IdentityClaims {
  /** The business site's user id, when `sub` is not an email address. */
  externalId: string | null;
  email: string | null;
  customerExternalId: string;
  name: string | null;
  locale: 'nl' | 'en' | null;
  jti: string;
  expiresAt: number;
}

const refused = (why: string) => new ApiError('unauthorized', `The identity token was not accepted: ${why}.`);

function asEmail(value: string | undefined): string | null {
  if (value === undefined) return null;
  const parsed = emailSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Checks signature, algorithm and lifetime, and that the token has not been used before (its `jti`). */
export async function verifyIdentityToken(
  db: Kysely<Database>,
  portalId: string,
  secret: string,
  token: string,
  now = new Date(),
): Promise<IdentityClaims> {
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, new TextEncoder().encode(secret), {
      algorithms: ['HS256'],
      requiredClaims: ['exp', 'sub', 'jti', 'customer'],
      currentDate: now,
      clockTolerance: clockToleranceSeconds,
    }));
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw refused('it has expired');
    if (error instanceof joseErrors.JWTClaimValidationFailed) throw refused(`claim ${error.claim} is missing or wrong`);
    throw refused('the signature does not match this portal’s SSO secret');
  }
  const parsed = claimsSchema.safeParse(payload);
  if (!parsed.success) throw refused(`claim ${String(parsed.error.issues[0]?.path[0] ?? 'unknown')} is not valid`);
  const claims = parsed.data;
  const nowSeconds = Math.floor(now.getTime() / 1000);
  if (claims.exp - nowSeconds > identityTokenMaxLifetimeSeconds + clockToleranceSeconds) {
    throw refused(`exp may be at most ${identityTokenMaxLifetimeSeconds / 60} minutes ahead`);
  }
  const used = await db
    .insertInto('used_token_ids')
    .values({ portal_id: portalId, jti: claims.jti, expires_at: nowIso(new Date((claims.exp + clockToleranceSeconds) * 1000)) })
    .onConflict((conflict) => conflict.columns(['portal_id', 'jti']).doNothing())
    .returning('jti')
    .executeTakeFirst();
  if (!used) throw refused('it has been used before (jti)');
  // Ids of tokens that can no longer be presented need not be remembered.
  if (Math.random() < 0.02) await db.deleteFrom('used_token_ids').where('expires_at', '<', nowIso(now)).execute();
  const subEmail = asEmail(claims.sub);
  return {
    externalId: subEmail ? null : claims.sub,
    email: subEmail ?? asEmail(claims.email),
    customerExternalId: claims.customer,
    name: claims.name ?? null,
    locale: claims.locale ?? null,
    jti: claims.jti,
    expiresAt: claims.exp,
  };
}

/**
 * The contact the identity token names: by external id, else by email. A contact that does not exist yet is created,
 * active, for the named customer; an invited one becomes active. Answers the contact id.
 */
export async function findOrCreateSsoContact(db: Kysely<Database>, portal: PortalContext, claims: IdentityClaims, ip: string): Promise<string> {
  const customer = await findCustomerByExternalId(db, portal.tenantId, claims.customerExternalId);
  if (!customer) throw refused(`customer "${claims.customerExternalId}" is not known to this portal; send it with PUT /customers/{externalId} first`);

  const byExternalId = claims.externalId ? await findContactByExternalId(db, portal.tenantId, claims.externalId) : undefined;
  const byEmail = !byExternalId && claims.email ? await findContactByEmail(db, portal.tenantId, claims.email) : undefined;
  const existing = byExternalId ?? byEmail;
  if (existing) return adoptExisting(db, portal, existing, customer.id, claims, ip);

  if (!claims.email) throw refused('a new contact needs an email address: make sub an email address or add an email claim');
  const email = claims.email;
  const contactId = await db.transaction().execute(async (trx) => {
    const created = await insertContact(trx, {
      tenantId: portal.tenantId,
      customerId: customer.id,
      email,
      name: claims.name ?? email.split('@')[0]!,
      role: 'member',
      status: 'active',
      locale: claims.locale,
      externalId: claims.externalId,
    });
    if (!created) return undefined;
    await recordAudit(trx, {
      tenantId: portal.tenantId,
      portalId: portal.id,
      actorType: 'system',
      action: 'contact.created',
      subjectType: 'contact',
      subjectId: created.id,
      ip,
      details: { via: 'sso' },
    });
    await announceActivation(trx, created.id, 'sso');
    return created.id;
  });
  // Another sign-in created the same contact a moment ago: use that one.
  return contactId ?? findOrCreateSsoContact(db, portal, claims, ip);
}

async function adoptExisting(
  db: Kysely<Database>,
  portal: PortalContext,
  contact: Contact,
  customerId: string,
  claims: IdentityClaims,
  ip: string,
): Promise<string> {
  if (contact.customer_id !== customerId) throw refused('this user belongs to another customer');
  if (claims.externalId && contact.external_id && contact.external_id !== claims.externalId) {
    throw refused('this email address belongs to another user of your site');
  }
  if (contact.status === 'disabled') throw new ApiError('forbidden', 'This account has been disabled.');
  const changes: Partial<Pick<Contact, 'status' | 'external_id'>> = {};
  if (contact.status === 'invited') changes.status = 'active';
  if (claims.externalId && !contact.external_id) changes.external_id = claims.externalId;
  if (Object.keys(changes).length > 0) {
    await db.transaction().execute(async (trx) => {
      await updateContact(trx, portal.tenantId, contact.id, changes);
      if (changes.status !== 'active') return;
      await recordAudit(trx, {
        tenantId: portal.tenantId,
        portalId: portal.id,
        actorType: 'system',
        action: 'contact.activated',
        subjectType: 'contact',
        subjectId: contact.id,
        ip,
        details: { via: 'sso' },
      });
      await announceActivation(trx, contact.id, 'sso');
    });
  }
  return contact.id;
}
