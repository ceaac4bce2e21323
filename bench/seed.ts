// The data the benchmark reads and writes: businesses whose one customer has N work orders (the worst case for the
// customer's list: its whole index range is N long), and many signed-in contacts, since submissions are limited per
// contact. Work orders go in with multi-row inserts inside one transaction: a million rows in well under a minute.
import { sql, type Kysely } from 'kysely';
import { AccessTokenVerifier, signAccessToken } from '../server/auth/access-tokens.js';
import { SigningKeys } from '../server/auth/signing-keys.js';
import type { Database, Dialect } from '../server/db/schema.js';
import { newId } from '../server/db/ids.js';
import type { Deps } from '../server/http/env.js';
import { workOrderStatuses, type PortalSettingsInput } from '../server/portals/settings.js';
import { seedContact, seedCustomer, seedTenant, signInAs, type SeededTenant } from '../test/support/fixtures.js';

export interface BenchBusiness {
  tenant: SeededTenant;
  customerId: string;
  /** Access tokens of the customer's signed-in contacts. */
  tokens: string[];
  emails: string[];
  /** The contacts' sessions, to sign new tokens for when a run outlasts the first ones (they live ten minutes). */
  sessions: { contactId: string; sessionId: string }[];
}

function depsFor(db: Kysely<Database>): Deps {
  const keys = new SigningKeys(db);
  return { db, auth: { keys, verifier: new AccessTokenVerifier(keys) } } as unknown as Deps;
}

/** A business with a portal whose pages may be embedded on `origins`, one customer, and `contacts` signed in. */
export async function seedBusiness(
  db: Kysely<Database>,
  slug: string,
  contacts: number,
  origins: string[] = [],
  settings: Partial<PortalSettingsInput> = {},
): Promise<BenchBusiness> {
  const tenant = await seedTenant(db, slug, settings, origins);
  const customerId = await seedCustomer(db, tenant.tenantId, `${slug}-klant`, 'Familie Jansen');
  const deps = depsFor(db);
  const tokens: string[] = [];
  const emails: string[] = [];
  const sessions: BenchBusiness['sessions'] = [];
  for (let index = 0; index < contacts; index += 1) {
    const email = `contact${index}@${slug}.example`;
    const contactId = await seedContact(db, { tenantId: tenant.tenantId, customerId, email, role: index === 0 ? 'admin' : 'member' });
    const signedIn = await signInAs(deps, { tenantId: tenant.tenantId, portalId: tenant.portalId, contactId });
    tokens.push(signedIn.token);
    emails.push(email);
    sessions.push({ contactId, sessionId: signedIn.sessionId });
  }
  return { tenant, customerId, tokens, emails, sessions };
}

/** New access tokens for the business's sessions, in place of the ones it has (which may have expired). */
export async function renewTokens(db: Kysely<Database>, business: BenchBusiness): Promise<void> {
  const keys = new SigningKeys(db);
  const { tenantId, portalId } = business.tenant;
  for (const [index, session] of business.sessions.entries()) {
    business.tokens[index] = (await signAccessToken(keys, { tenantId, portalId, contactId: session.contactId, sessionId: session.sessionId, kind: 'access' })).token;
  }
}

const descriptions = [
  'Jaarlijks onderhoud cv-ketel, inclusief controle rookgasafvoer en bijvullen installatie',
  'Storing warmtepomp: buitenunit maakt geluid en schakelt uit bij vorst',
  'Vervangen thermostaat en inregelen radiatoren op de eerste verdieping',
  'Lekkage onder de keukenkraan, sifon en afvoer controleren',
];

/** `count` work orders for the business's customer, oldest first, in multi-row inserts within one transaction. */
export async function seedWorkOrders(db: Kysely<Database>, dialect: Dialect, business: BenchBusiness, count: number): Promise<void> {
  const batch = 500;
  const start = Date.parse('2020-01-01T00:00:00.000Z');
  await db.transaction().execute(async (trx) => {
    for (let offset = 0; offset < count; offset += batch) {
      const rows = [];
      for (let index = offset; index < Math.min(count, offset + batch); index += 1) {
        const created = new Date(start + index * 60_000).toISOString();
        const planned = new Date(start + index * 60_000 + 14 * 86_400_000).toISOString();
        rows.push({
          id: newId('wo'),
          tenant_id: business.tenant.tenantId,
          customer_id: business.customerId,
          external_id: `WO-${index}`,
          location_id: null,
          object_id: null,
          request_id: null,
          number: `WO-${String(index).padStart(7, '0')}`,
          work_type: index % 3 === 0 ? 'maintenance' : 'repair',
          description: descriptions[index % descriptions.length]!,
          status: workOrderStatuses[index % workOrderStatuses.length]!,
          status_label: null,
          planned_start: planned,
          planned_end: planned,
          completed_at: null,
          total_cents: 12_500 + (index % 100) * 100,
          created_at: created,
          updated_at: created,
        });
      }
      await trx.insertInto('work_orders').values(rows).execute();
    }
  });
  // PostgreSQL's autovacuum would analyse a table this size within a minute of the load; the bench does not wait.
  if (dialect === 'postgres') await sql`analyze work_orders`.execute(db);
}
