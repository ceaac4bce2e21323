// Accepting a quote is a commitment: an explicit agreement and a full name, a drawn signature when the portal asks for
// one (kept for staff only), and a confirmation by mail to the customer and the business.
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { seedContact, seedTwoTenants, signInAs } from '../../test/support/fixtures.js';
import { backOffice, jpegBytes, pdfBytes, portalUser, setPortalSettings } from '../../test/support/customer-data-fixtures.js';
import { callAdminAsStaff, seedStaff, signInStaff } from '../../test/support/staff-fixtures.js';

let t: TestApp;
let tenants: Awaited<ReturnType<typeof seedTwoTenants>>;
let office: ReturnType<typeof backOffice>;
let customer: ReturnType<typeof portalUser>;

const homeUrl = 'https://alpha.example/mijn-portaal';
const businessEmail = 'planning@alpha.example';

async function pushQuote(externalId: string, fields: Record<string, unknown> = {}): Promise<string> {
  const response = await office.put(`/quotes/${externalId}`, {
    customerExternalId: 'alpha-c1',
    number: `OF-${externalId}`,
    title: 'Warmtepomp',
    lines: [{ description: 'Daikin Altherma 3', quantity: 1, unitPriceCents: 935000, vatRate: 21 }],
    totalCents: 1131350,
    currency: 'EUR',
    validUntil: '2099-12-31',
    status: 'open',
    ...fields,
  });
  expect(response.status).toBe(201);
  return (await t.deps.db.selectFrom('quotes').select('id').where('external_id', '=', externalId).executeTakeFirstOrThrow()).id;
}

/** A PNG of `width` × `height` with a stroke across it, or nothing at all when `blank`. */
async function signaturePng(width = 600, height = 200, blank = false): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 4);
  if (!blank) {
    for (let x = 10; x < width - 10; x += 1) {
      const y = Math.round(height / 2 + Math.sin(x / 20) * (height / 4));
      pixels.writeUInt32BE(0x111111ff, (y * width + x) * 4);
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 4 } }).png().toBuffer();
}

const dataUrl = (bytes: Buffer, type = 'image/png') => `data:${type};base64,${bytes.toString('base64')}`;

/** The mails about answers to quotes (a quote pushed to a portal with a home page mails the customer too). */
async function mails() {
  await t.deps.mailer.idle();
  return t.deps.db
    .selectFrom('emails')
    .select(['to_address as to', 'subject', 'text_body as text', 'html_body as html', 'locale', 'kind'])
    .where('kind', 'in', ['quote_accepted', 'quote_accepted_business', 'quote_declined'])
    .orderBy('kind')
    .orderBy('to_address')
    .execute();
}

beforeAll(async () => {
  t = await createTestApp();
  tenants = await seedTwoTenants(t.deps);
  office = backOffice(t.app, tenants.alpha.apiKey);
  customer = portalUser(t.app, 'alpha', tenants.alpha.customers[0]!.token);
  await t.deps.db.updateTable('contacts').set({ name: 'Jan de Vries' }).where('id', '=', tenants.alpha.customers[0]!.contactId).execute();
});
afterAll(async () => {
  await t?.close();
});
beforeEach(async () => {
  await t.deps.mailer.idle();
  await t.deps.db.deleteFrom('emails').execute();
  await setPortalSettings(t.deps.db, 'alpha', (settings) => {
    settings.homeUrl = homeUrl;
    settings.notifications.newRequestEmail = businessEmail;
    settings.quotes = { requireSignature: false };
  });
});

describe(`accepting a quote on ${dialectUnderTest}`, () => {
  it('refuses a body without agreement, without a full name or with a bad signature: 400, and nothing changes', async () => {
    const id = await pushQuote('bad-bodies');
    const filesBefore = (await t.deps.db.selectFrom('files').select('id').execute()).length;
    const bad: [unknown, string][] = [
      [{}, 'agree'],
      [{ fullName: 'Jan Jansen' }, 'agree'],
      [{ agree: false, fullName: 'Jan Jansen' }, 'agree'],
      [{ agree: 'yes', fullName: 'Jan Jansen' }, 'agree'],
      [{ agree: true }, 'fullName'],
      [{ agree: true, fullName: 'Jan' }, 'fullName'],
      [{ agree: true, fullName: 'A B' }, 'fullName'],
      [{ agree: true, fullName: '   ' }, 'fullName'],
      [{ agree: true, fullName: 'Jan\nJansen' }, 'fullName'],
      [{ agree: true, fullName: 'Jan\u202eJansen' }, 'fullName'],
      [{ agree: true, fullName: 'Jan Jansen https://evil.test' }, 'fullName'],
      [{ agree: true, fullName: 'Jan Jansen 2' }, 'fullName'],
      [{ agree: true, fullName: `Jan ${'a'.repeat(120)}` }, 'fullName'],
      [{ agree: true, fullName: 'Jan Jansen', status: 'accepted' }, ''],
      [{ agree: true, fullName: 'Jan Jansen', signature: 'https://evil.test/sig.png' }, 'signature'],
      [{ agree: true, fullName: 'Jan Jansen', signature: dataUrl(jpegBytes()) }, 'signature'],
      [{ agree: true, fullName: 'Jan Jansen', signature: dataUrl(jpegBytes(), 'image/jpeg') }, 'signature'],
      [{ agree: true, fullName: 'Jan Jansen', signature: dataUrl(await signaturePng(600, 200, true)) }, 'signature'],
      [{ agree: true, fullName: 'Jan Jansen', signature: dataUrl(await signaturePng(2400, 20)) }, 'signature'],
      [{ agree: true, fullName: 'Jan Jansen', signature: `data:image/png;base64,${'A'.repeat(200_000)}` }, 'signature'],
    ];
    for (const [body, path] of bad) {
      const response = await customer.post(`/quotes/${id}/accept`, body);
      expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      const error = (await json(response)).error;
      expect(error.code).toBe('validation_failed');
      if (path) expect(error.details.map((detail: { path: string }) => detail.path)).toContain(path);
    }
    const row = await t.deps.db.selectFrom('quotes').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect([row.status, row.decision, row.signed_name, row.signature_file_id]).toEqual(['open', null, null, null]);
    expect((await t.deps.db.selectFrom('files').select('id').execute()).length).toBe(filesBefore);
    expect(await t.deps.db.selectFrom('audit_events').select('id').where('subject_id', '=', id).where('action', '=', 'quote.accepted').execute()).toEqual([]);
    expect(await mails()).toEqual([]);
  });

  it('accepts names of two words and more, as typed but trimmed and with one space between words', async () => {
    for (const [name, kept] of [
      ['  Anna   de Vries ', 'Anna de Vries'],
      ["Jan-Willem van 't Hof", "Jan-Willem van 't Hof"],
      ['J. Li', 'J. Li'],
      ['Zoë O’Brien', 'Zoë O’Brien'],
    ] as const) {
      const id = await pushQuote(`name-${kept.replace(/\W/g, '')}`);
      const response = await customer.post(`/quotes/${id}/accept`, { agree: true, fullName: name });
      expect(response.status, name).toBe(200);
      expect((await json(response)).decision.signedName).toBe(kept);
    }
  });

  it('asks for a drawn signature when the portal wants one, and keeps it re-encoded with the acceptance', async () => {
    await setPortalSettings(t.deps.db, 'alpha', (settings) => (settings.quotes = { requireSignature: true }));
    const config = await json(await t.app.request('/api/v1/portal/alpha/config'));
    expect(config.quotes).toEqual({ requireSignature: true });
    const id = await pushQuote('signed');
    const without = await customer.post(`/quotes/${id}/accept`, { agree: true, fullName: 'Jan de Vries' });
    expect(without.status).toBe(400);
    expect((await json(without)).error.details).toEqual([expect.objectContaining({ path: 'signature', message: 'required' })]);
    expect((await t.deps.db.selectFrom('quotes').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status).toBe('open');

    // Markup after the image data is refused; metadata inside it is dropped by the re-encoding.
    const polyglot = Buffer.concat([await signaturePng(), Buffer.from('<script>alert(1)</script>')]);
    expect((await customer.post(`/quotes/${id}/accept`, { agree: true, fullName: 'Jan de Vries', signature: dataUrl(polyglot) })).status).toBe(400);
    const drawn = await sharp(await signaturePng())
      .withExif({ IFD0: { ImageDescription: 'secret-marker' } })
      .png()
      .toBuffer();
    expect(drawn.includes(Buffer.from('secret-marker'))).toBe(true);
    const accepted = await customer.post(`/quotes/${id}/accept`, { agree: true, fullName: 'Jan de Vries', signature: dataUrl(drawn) });
    expect(accepted.status).toBe(200);
    const record = await json(await office.get('/quotes/signed'));
    expect(record.decision).toEqual(expect.objectContaining({ outcome: 'accepted', signedName: 'Jan de Vries', signed: true, ip: expect.any(String) }));

    const image = await office.get('/quotes/signed/signature');
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(image.headers.get('x-content-type-options')).toBe('nosniff');
    const bytes = Buffer.from(await image.arrayBuffer());
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(bytes.includes(Buffer.from('secret-marker'))).toBe(false);
    expect(await sharp(bytes).metadata()).toEqual(expect.objectContaining({ width: 600, height: 200 }));

    const audit = await t.deps.db.selectFrom('audit_events').selectAll().where('subject_id', '=', id).where('action', '=', 'quote.accepted').executeTakeFirstOrThrow();
    expect(audit).toEqual(expect.objectContaining({ actor_type: 'contact', actor_id: tenants.alpha.customers[0]!.contactId, ip: expect.any(String) }));
    expect(JSON.parse(audit.details!)).toEqual({ signedName: 'Jan de Vries', signed: true });
  });

  it('serves the signature to the business’s staff and back office only', async () => {
    await setPortalSettings(t.deps.db, 'alpha', (settings) => (settings.quotes = { requireSignature: true }));
    const id = await pushQuote('staff-only');
    expect((await customer.post(`/quotes/${id}/accept`, { agree: true, fullName: 'Jan de Vries', signature: dataUrl(await signaturePng()) })).status).toBe(200);

    await seedStaff(t.deps, { tenantId: tenants.alpha.tenantId, email: 'planner@alpha.example', role: 'staff' });
    const cookie = await signInStaff(t.app, 'planner@alpha.example');
    const asStaff = await callAdminAsStaff(t.app, cookie, 'GET', '/quotes/staff-only/signature');
    expect(asStaff.status).toBe(200);
    expect(asStaff.headers.get('content-type')).toBe('image/png');

    // Another business, its staff or its key, finds no such quote.
    expect((await backOffice(t.app, tenants.bravo.apiKey).get('/quotes/staff-only/signature')).status).toBe(404);
    await seedStaff(t.deps, { tenantId: tenants.bravo.tenantId, email: 'planner@bravo.example' });
    expect((await callAdminAsStaff(t.app, await signInStaff(t.app, 'planner@bravo.example'), 'GET', '/quotes/staff-only/signature')).status).toBe(404);
    // Customers have no way to it: not their own contact, not another customer's.
    for (const token of [tenants.alpha.customers[0]!.token, tenants.alpha.customers[1]!.token]) {
      const response = await t.app.request('/api/v1/admin/quotes/staff-only/signature', { headers: { Authorization: `Bearer ${token}` } });
      expect(response.status).toBe(401);
    }
    expect((await portalUser(t.app, 'alpha', tenants.alpha.customers[1]!.token).get(`/quotes/${id}`)).status).toBe(404);
    // A quote accepted without one has none.
    await setPortalSettings(t.deps.db, 'alpha', (settings) => (settings.quotes = { requireSignature: false }));
    const plain = await pushQuote('unsigned');
    expect((await customer.post(`/quotes/${plain}/accept`, { agree: true, fullName: 'Jan de Vries' })).status).toBe(200);
    expect((await json(await office.get('/quotes/unsigned'))).decision.signed).toBe(false);
    expect((await office.get('/quotes/unsigned/signature')).status).toBe(404);
    expect((await office.get('/quotes/no-such-quote/signature')).status).toBe(404);
  });

  it('mails the customer and the business, each with a link straight to the quote', async () => {
    const id = await pushQuote('mailed');
    await office.upload('/quotes/mailed/pdf', pdfBytes(), 'application/pdf');
    expect((await customer.post(`/quotes/${id}/accept`, { agree: true, fullName: 'Jan de Vries' })).status).toBe(200);
    const sent = await mails();
    expect(sent.map((mail) => [mail.kind, mail.to])).toEqual([
      ['quote_accepted', 'c1@alpha.example'],
      ['quote_accepted_business', businessEmail],
    ]);
    const [toCustomer, toBusiness] = sent;
    expect(toCustomer!.subject).toBe('Bevestiging: offerte OF-mailed geaccepteerd');
    expect(toCustomer!.text).toContain('Beste Jan de Vries,');
    expect(toCustomer!.text).toContain('als Jan de Vries');
    expect(toCustomer!.text).toMatch(/€\s11\.313,50/);
    expect(toCustomer!.text).toContain('als PDF bij deze mail');
    expect(toCustomer!.text).toContain(`${homeUrl}#kp/quotes/${id}`);
    expect(toCustomer!.html).toContain(`href="${homeUrl}#kp/quotes/${id}"`);
    expect(toBusiness!.subject).toBe('Offerte OF-mailed geaccepteerd door Customer alpha-c1');
    expect(toBusiness!.text).toContain('Geaccepteerd door Jan de Vries (c1@alpha.example)');
    expect(toBusiness!.text).toContain('http://portal.test/console#/customers/alpha-c1/quotes/mailed');
  });

  it('attaches the quote’s PDF to the customer’s acceptance mail and keeps the link; a quote without a PDF attaches nothing', async () => {
    const id = await pushQuote('with-pdf');
    await office.upload('/quotes/with-pdf/pdf', pdfBytes('getekende offerte'), 'application/pdf');
    const sentTo: Array<{ to: string; attachments: Array<{ filename: string; contentType: string; content: string }> }> = [];
    const sendLater = t.deps.mailer.sendLater;
    t.deps.mailer.sendLater = (mail) => {
      sentTo.push({ to: mail.to, attachments: (mail.attachments ?? []).map((file) => ({ filename: file.filename, contentType: file.contentType, content: file.content.toString('latin1') })) });
      sendLater.call(t.deps.mailer, mail);
    };
    try {
      expect((await customer.post(`/quotes/${id}/accept`, { agree: true, fullName: 'Jan de Vries' })).status).toBe(200);
      const plain = await pushQuote('without-pdf');
      expect((await customer.post(`/quotes/${plain}/accept`, { agree: true, fullName: 'Jan de Vries' })).status).toBe(200);
    } finally {
      t.deps.mailer.sendLater = sendLater;
    }
    const [toCustomer, toBusiness, plainToCustomer] = sentTo;
    expect(toCustomer!.to).toBe('c1@alpha.example');
    expect(toCustomer!.attachments).toEqual([{ filename: 'offerte OF-with-pdf.pdf', contentType: 'application/pdf', content: expect.stringContaining('% getekende offerte') }]);
    expect(toCustomer!.attachments[0]!.content.startsWith('%PDF-')).toBe(true);
    expect(toBusiness!.attachments).toEqual([]);
    expect(plainToCustomer!.attachments).toEqual([]);
    const kept = (await mails()).filter((mail) => mail.kind === 'quote_accepted' && mail.subject.includes('OF-with-pdf'));
    expect(kept).toHaveLength(1);
    expect(kept[0]!.text).toContain('Bijlagen: offerte OF-with-pdf.pdf');
    expect(kept[0]!.text).toContain(`${homeUrl}#kp/quotes/${id}`);
    expect(kept[0]!.html).toContain('<p>Bijlagen: offerte OF-with-pdf.pdf</p>');
    const keptPlain = (await mails()).find((mail) => mail.subject.includes('OF-without-pdf') && mail.kind === 'quote_accepted');
    expect(keptPlain!.text).not.toContain('Bijlagen');
  });

  it('mails in the contact’s own language, and leaves the business out when it has no notification address', async () => {
    await setPortalSettings(t.deps.db, 'alpha', (settings) => (settings.notifications.newRequestEmail = null));
    const contactId = await seedContact(t.deps.db, { tenantId: tenants.alpha.tenantId, customerId: tenants.alpha.customers[0]!.customerId, email: 'anna@alpha.example', name: 'Anna Smith', locale: 'en' });
    const { token } = await signInAs(t.deps, { tenantId: tenants.alpha.tenantId, portalId: tenants.alpha.portalId, contactId });
    const id = await pushQuote('english');
    expect((await portalUser(t.app, 'alpha', token).post(`/quotes/${id}/accept`, { agree: true, fullName: 'Anna Smith' })).status).toBe(200);
    const sent = await mails();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toEqual(expect.objectContaining({ to: 'anna@alpha.example', locale: 'en', subject: 'Confirmation: quote OF-english accepted' }));
    expect(sent[0]!.text).toContain('Total including VAT: €11,313.50.');
    expect(sent[0]!.text).toContain('The quote is in the customer portal, with all its lines.');
  });

  it('confirms a decline to the customer only', async () => {
    const id = await pushQuote('declined');
    expect((await customer.post(`/quotes/${id}/decline`, { reason: 'Te duur' })).status).toBe(200);
    const sent = await mails();
    expect(sent.map((mail) => [mail.kind, mail.to])).toEqual([['quote_declined', 'c1@alpha.example']]);
    expect(sent[0]!.subject).toBe('Bevestiging: offerte OF-declined afgewezen');
    expect(sent[0]!.text).toContain(`${homeUrl}#kp/quotes/${id}`);
  });

  it('sends no mail for a refused answer: an expired quote is 409', async () => {
    const id = await pushQuote('too-late', { validUntil: '2020-01-31' });
    const response = await customer.post(`/quotes/${id}/accept`, { agree: true, fullName: 'Jan de Vries' });
    expect(response.status).toBe(409);
    expect(await mails()).toEqual([]);
  });
});
