import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { callPortal, seedContact, seedCustomer, seedTenant, signInAs, type SeededTenant } from '../../test/support/fixtures.js';
import { pdfBytes, pngBytes, setPortalSettings } from '../../test/support/customer-data-fixtures.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { NewRequestMailer } from './notifications.js';
import { submitRequest, uploadAttachment, validRequest } from './test-support.js';

let t: TestApp;
let tenant: SeededTenant;
let token: string;
const slug = 'meldingen';
const inbox = 'planning@meldingen.example';

beforeAll(async () => {
  t = await createTestApp();
  tenant = await seedTenant(t.deps.db, slug, { features: { guestRequests: true }, notifications: { newRequestEmail: inbox } });
  const customerId = await seedCustomer(t.deps.db, tenant.tenantId, 'K-100', 'Familie de Vries');
  const contactId = await seedContact(t.deps.db, { tenantId: tenant.tenantId, customerId, email: 'anna@devries.example', name: 'Anna de Vries' });
  token = (await signInAs(t.deps, { tenantId: tenant.tenantId, portalId: tenant.portalId, contactId })).token;
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await t.deps.db.updateTable('requests').set({ business_notified_at: new Date().toISOString() }).where('business_notified_at', 'is', null).execute();
});

const mailer = (now: () => Date) => new NewRequestMailer({ db: t.deps.db, mailer: t.deps.mailer, logger: t.deps.logger, quietMs: 60_000, now });
const later = () => new Date(Date.now() + 61_000);

async function newRequestMails() {
  await t.deps.mailer.idle();
  return t.deps.db.selectFrom('emails').selectAll().where('to_address', '=', inbox).where('kind', '=', 'new_request').execute();
}

describe(`the new-request mail on ${dialectUnderTest}`, () => {
  it('waits until the customer has finished adding photos, then lists them, once', async () => {
    const request = await json(await submitRequest(t.app, slug, token, validRequest({ description: 'Mail: ketel lekt', phone: '0612345678' })));
    await uploadAttachment(t.app, slug, token, request.id, pngBytes(), { filename: 'lekkage.png' });
    await uploadAttachment(t.app, slug, token, request.id, pdfBytes(), { filename: 'garantiebewijs.pdf', type: 'application/pdf' });
    const before = (await newRequestMails()).length;

    expect(await mailer(() => new Date()).runOnce()).toBe(0);
    expect((await newRequestMails()).length).toBe(before);

    await mailer(later).runOnce();
    const mails = await newRequestMails();
    expect(mails.length).toBe(before + 1);
    const mail = mails.at(-1)!;
    expect(mail.locale).toBe('nl');
    expect(mail.subject).toBe(`Nieuwe aanvraag ${request.reference}: Storing of reparatie — Familie de Vries`);
    for (const fact of ['Mail: ketel lekt', 'Anna de Vries <anna@devries.example>', 'K-100', '0612345678', 'lekkage.png (image/png', 'garantiebewijs.pdf (application/pdf']) {
      expect(mail.text_body).toContain(fact);
    }
    expect(mail.html_body).toContain('lekkage.png');

    await mailer(later).runOnce();
    expect((await newRequestMails()).length).toBe(before + 1);
  });

  it('mails a guest request too, with the guest’s details, and escapes what the guest typed', async () => {
    const before = (await newRequestMails()).length;
    const response = await callPortal(t.app, slug, '/guest-requests', {
      body: {
        name: '<b>Henk</b>',
        email: 'henk@example.com',
        phone: '0201234567',
        address: { street: 'Damrak', houseNumber: '1', postalCode: '1012 LG', city: 'Amsterdam' },
        workType: 'maintenance',
        description: '<script>alert(1)</script> onderhoud graag',
      },
    });
    expect(response.status).toBe(202);
    await mailer(later).runOnce();
    const mail = (await newRequestMails()).at(-1)!;
    expect((await newRequestMails()).length).toBe(before + 1);
    expect(mail.text_body).toContain('Damrak 1, 1012 LG Amsterdam');
    expect(mail.html_body).not.toContain('<script>');
    expect(mail.html_body).toContain('&lt;script&gt;');
  });

  it('sends nothing when the portal names no address for it', async () => {
    await setPortalSettings(t.deps.db, slug, (settings) => {
      settings.notifications.newRequestEmail = null;
    });
    try {
      const before = (await newRequestMails()).length;
      await submitRequest(t.app, slug, token, validRequest());
      await mailer(later).runOnce();
      expect((await newRequestMails()).length).toBe(before);
    } finally {
      await setPortalSettings(t.deps.db, slug, (settings) => {
        settings.notifications.newRequestEmail = inbox;
      });
    }
  });

  it('is sent by one server process only when two look at once', async () => {
    const before = (await newRequestMails()).length;
    await submitRequest(t.app, slug, token, validRequest({ description: 'Twee processen' }));
    await Promise.all([mailer(later).runOnce(), mailer(later).runOnce()]);
    expect((await newRequestMails()).length).toBe(before + 1);
  });
});
