import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { callPortal, seedContact, seedCustomer, seedTenant, type SeededTenant } from '../../test/support/fixtures.js';

let t: TestApp;
let jansen: SeededTenant;
let customerId: string;
/** What happened, in order: the answer arriving, and the mailer being handed a mail. */
const events: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  jansen = await seedTenant(t.deps.db, 'vroeg', { homeUrl: 'https://www.jansen.nl/portaal', name: 'Installatiebedrijf Jansen' });
  customerId = await seedCustomer(t.deps.db, jansen.tenantId, 'DEB-1');
  const handOver = t.deps.mailer.sendLater.bind(t.deps.mailer);
  // A slow mailer: anything the request waited for would hold the answer back by this much.
  t.deps.mailer.sendLater = (mail) => {
    events.push(`mail to ${mail.to}`);
    const until = Date.now() + 30;
    while (Date.now() < until);
    handOver(mail);
  };
});
afterAll(async () => {
  await t.close();
});

async function auditCount(contactId: string, action: string) {
  const rows = await t.deps.db.selectFrom('audit_events').select('id').where('subject_id', '=', contactId).where('action', '=', action).execute();
  return rows.length;
}

describe(`sign-in and reset links are prepared after the answer, on ${dialectUnderTest}`, () => {
  it.each([
    ['magic-link', 'magic', 'contact.magic_link_requested'],
    ['password-reset', 'reset', 'contact.password_reset_requested'],
  ] as const)('%s answers 202 before the token, audit entry and mail exist, and the mail still arrives', async (route, kind, action) => {
    const email = `${kind}@example.nl`;
    const contactId = await seedContact(t.deps.db, { tenantId: jansen.tenantId, customerId, email });
    events.length = 0;
    const response = await callPortal(t.app, 'vroeg', `/auth/${route}`, { body: { email }, ip: `192.0.2.${kind.length}` });
    events.push('answered');
    expect(response.status).toBe(202);
    expect(events).toEqual(['answered']);

    await t.deps.mailer.idle();
    expect(events).toEqual(['answered', `mail to ${email}`]);
    const mail = await t.deps.db.selectFrom('emails').selectAll().where('to_address', '=', email).executeTakeFirst();
    expect(mail).toMatchObject({ kind, status: 'logged' });
    expect(mail!.text_body).toContain(`https://www.jansen.nl/portaal#kp-${kind}=`);
    expect(await auditCount(contactId, action)).toBe(1);
  });

  it('an unknown address is answered alike and gets no mail', async () => {
    events.length = 0;
    const response = await callPortal(t.app, 'vroeg', '/auth/magic-link', { body: { email: 'niemand@example.nl' }, ip: '192.0.2.50' });
    expect(response.status).toBe(202);
    await t.deps.mailer.idle();
    expect(events).toEqual([]);
  });
});
