// What the fault tests share: a business with signed-in customers in the database a real server process uses, and
// that process started and stopped the way an operator or a crash would.
import { randomUUID } from 'node:crypto';
import { AccessTokenVerifier } from '../../server/auth/access-tokens.js';
import { SigningKeys } from '../../server/auth/signing-keys.js';
import type { Deps } from '../../server/http/env.js';
import type { TestDatabase } from '../support/database.js';
import { seedContact, seedCustomer, seedTenant, signInAs, type SeededTenant } from '../support/fixtures.js';
import { startServerProcess, type ServerProcess } from '../support/processes.js';

export interface SignedInContact {
  contactId: string;
  customerId: string;
  token: string;
}

/**
 * A business with `count` customers, each with one signed-in contact: submissions are limited per contact (20 an
 * hour), so load is spread over many, as it would be in life.
 */
export async function businessWithContacts(database: TestDatabase, slug: string, count: number): Promise<{ tenant: SeededTenant; contacts: SignedInContact[] }> {
  const tenant = await seedTenant(database.db, slug);
  const keys = new SigningKeys(database.db);
  const deps = { db: database.db, auth: { keys, verifier: new AccessTokenVerifier(keys) } } as unknown as Deps;
  const contacts: SignedInContact[] = [];
  for (let index = 0; index < count; index += 1) {
    const customerId = await seedCustomer(database.db, tenant.tenantId, `${slug}-${index}`);
    const contactId = await seedContact(database.db, { tenantId: tenant.tenantId, customerId, email: `klant${index}@${slug}.example` });
    const { token } = await signInAs(deps, { tenantId: tenant.tenantId, portalId: tenant.portalId, contactId });
    contacts.push({ contactId, customerId, token });
  }
  return { tenant, contacts };
}

const servers: ServerProcess[] = [];

/** A server process on the test database, without the demo, logging nothing; killed at the end if still running. */
export async function serve(database: TestDatabase, env: Record<string, string> = {}): Promise<ServerProcess> {
  const server = await startServerProcess({ DATABASE_URL: database.url, ...database.env, KP_LOG: 'silent', KP_DEMO: '0', ...env });
  servers.push(server);
  return server;
}

export function killServers(): void {
  for (const server of servers.splice(0)) if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
}

export interface Submission {
  key: string;
  body: { workType: string; description: string };
  contact: SignedInContact;
}

export function newSubmission(contact: SignedInContact, description: string): Submission {
  return { key: randomUUID(), body: { workType: 'repair', description }, contact };
}

/** POST /requests as the widget sends it, with the submission's Idempotency-Key. */
export function submit(server: ServerProcess, slug: string, submission: Submission): Promise<Response> {
  return fetch(`${server.url}/api/v1/portal/${slug}/requests`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${submission.contact.token}`, 'Content-Type': 'application/json', 'Idempotency-Key': submission.key },
    body: JSON.stringify(submission.body),
  });
}

export { until } from '../support/until.js';

export async function countRows(database: TestDatabase, table: 'requests' | 'request_events' | 'attachments' | 'webhook_deliveries' | 'idempotency_keys'): Promise<number> {
  const row = await database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
