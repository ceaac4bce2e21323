import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { callAdmin, callPortal, seedTenant, type SeededTenant } from '../../test/support/fixtures.js';
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { htmlBytes, pdfBytes, pngBytes, setPortalSettings, svgBytes } from '../../test/support/customer-data-fixtures.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { maxAttachmentBytes } from '../requests/attachments.js';
import { guestUploadWindowMs } from '../requests/requests.js';
import { guestLimits } from './guest-requests.js';

let t: TestApp;
let photo: Buffer;
let tenant: SeededTenant;
const slug = 'gasten';

const guestRequest = (overrides: Record<string, unknown> = {}) => ({
  name: 'Gerda de Gast',
  email: 'gerda@example.com',
  phone: '+31 30 123 4567',
  address: { street: 'Oudegracht', houseNumber: '12a', postalCode: '3511 AB', city: 'Utrecht' },
  workType: 'repair',
  description: 'De boiler lekt.',
  preferredDate: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
  ...overrides,
});

const send = (body: unknown, ip = '203.0.113.7') => callPortal(t.app, slug, '/guest-requests', { body, ip });

beforeAll(async () => {
  photo = await sharp({ create: { width: 16, height: 12, channels: 3, background: '#3a7' } }).jpeg().toBuffer();
  t = await createTestApp();
  tenant = await seedTenant(t.deps.db, slug, { features: { guestRequests: true } });
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await t.deps.db.deleteFrom('rate_limits').execute();
  await setPortalSettings(t.deps.db, slug, (settings) => {
    settings.features.guestRequests = true;
  });
});

/** A photo upload as the guest form sends it: multipart, with the request's upload token. */
function uploadAsGuest(requestId: string, token: string | null, bytes: Uint8Array, filename = 'foto.jpg'): Promise<Response> {
  const boundary = `----kp${randomUUID().replaceAll('-', '')}`;
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: image/jpeg\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const headers: Record<string, string> = { 'Content-Type': `multipart/form-data; boundary=${boundary}`, 'Content-Length': String(body.length) };
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  return Promise.resolve(
    t.app.request(`/api/v1/portal/${slug}/guest-requests/${requestId}/attachments`, { method: 'POST', headers, body }, { incoming: { socket: { remoteAddress: '203.0.113.80' } } }),
  );
}

async function sentGuestRequest(email = `foto-${randomUUID().slice(0, 8)}@example.com`): Promise<{ id: string; reference: string; upload: { token: string; expiresAt: string } }> {
  const response = await send(guestRequest({ email }), `198.51.100.${Math.floor(Math.random() * 200) + 2}`);
  expect(response.status).toBe(202);
  return json(response);
}

async function requestCount(): Promise<number> {
  const row = await t.deps.db.selectFrom('requests').select((eb) => eb.fn.countAll<number>().as('n')).where('tenant_id', '=', tenant.tenantId).executeTakeFirstOrThrow();
  return Number(row.n);
}

describe(`guest requests on ${dialectUnderTest}`, () => {
  it('takes a request without an account, answers 202 with its reference, and puts it in the inbox', async () => {
    const response = await send(guestRequest({ email: 'Gerda@Example.com', locale: 'en' }));
    expect(response.status).toBe(202);
    const { reference } = await json(response);
    expect(reference).toMatch(/^KP-[A-Z2-9]{6}$/);
    const inbox = await json(await callAdmin(t.app, tenant.apiKey, 'GET', '/requests'));
    expect(inbox.items.find((item: any) => item.reference === reference)).toMatchObject({
      source: 'guest',
      status: 'submitted',
      locale: 'en',
      guest: { name: 'Gerda de Gast', email: 'gerda@example.com', phone: '+31 30 123 4567' },
    });
  });

  it('mails the guest of status changes in the language they wrote in', async () => {
    const { reference } = await json(await send(guestRequest({ email: 'gast-en@example.com', locale: 'en' })));
    const request = await t.deps.db.selectFrom('requests').select('id').where('reference', '=', reference).executeTakeFirstOrThrow();
    const moved = await callAdmin(t.app, tenant.apiKey, 'PATCH', `/requests/${request.id}`, { status: 'rejected', note: 'We do not serve your area.' });
    expect(moved.status).toBe(200);
    await t.deps.mailer.idle();
    const mails = await t.deps.db.selectFrom('emails').selectAll().where('to_address', '=', 'gast-en@example.com').execute();
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ kind: 'request_status', locale: 'en', subject: `Your request ${reference} is declined` });
    expect(mails[0]!.text_body).toContain('We do not serve your area.');
  });

  it('answers 403 feature_disabled when the portal takes no guest requests', async () => {
    await setPortalSettings(t.deps.db, slug, (settings) => {
      settings.features.guestRequests = false;
    });
    const before = await requestCount();
    const response = await send(guestRequest());
    expect(response.status).toBe(403);
    expect((await json(response)).error.code).toBe('feature_disabled');
    expect(await requestCount()).toBe(before);
  });

  it('answers a bot that fills in the honeypot as if it worked, and keeps nothing', async () => {
    const before = await requestCount();
    const response = await send(guestRequest({ website: 'https://cheap-pills.example' }));
    expect(response.status).toBe(202);
    expect((await json(response)).reference).toMatch(/^KP-[A-Z2-9]{6}$/);
    expect(await requestCount()).toBe(before);
  });

  it('refuses what the request form does not allow, naming the field', async () => {
    const before = await requestCount();
    for (const [body, path] of [
      [guestRequest({ workType: 'painting' }), 'workType'],
      [guestRequest({ email: 'not-an-email' }), 'email'],
      [guestRequest({ address: undefined }), 'address'],
      [guestRequest({ customerId: 'cus_1' }), ''],
    ] as const) {
      const response = await send(body);
      expect(response.status).toBe(400);
      if (path) expect((await json(response)).error.details.map((detail: any) => detail.path)).toContain(path);
    }
    expect(await requestCount()).toBe(before);
  });

  it('throttles one email address, with Retry-After, while others still get through', async () => {
    for (let n = 0; n < guestLimits.perEmail.max; n++) {
      expect((await send(guestRequest({ email: 'druk@example.com', description: `Poging ${n}` }), `203.0.113.${10 + n}`)).status).toBe(202);
    }
    const throttled = await send(guestRequest({ email: 'druk@example.com' }), '203.0.113.99');
    expect(throttled.status).toBe(429);
    expect((await json(throttled)).error.code).toBe('rate_limited');
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await send(guestRequest({ email: 'rustig@example.com' }), '203.0.113.99')).status).toBe(202);
  });

  it('throttles one address sending for many email addresses', async () => {
    for (let n = 0; n < guestLimits.perIp.max; n++) {
      expect((await send(guestRequest({ email: `persoon${n}@example.com` }), '198.51.100.50')).status).toBe(202);
    }
    const before = await requestCount();
    expect((await send(guestRequest({ email: 'nog-een@example.com' }), '198.51.100.50')).status).toBe(429);
    expect(await requestCount()).toBe(before);
    expect((await send(guestRequest({ email: 'nog-een@example.com' }), '198.51.100.51')).status).toBe(202);
  });

  it('gives an upload token for 30 minutes, and takes photos and PDFs with it that staff then see on the request', async () => {
    const sent = await sentGuestRequest();
    const expires = Date.parse(sent.upload.expiresAt) - Date.now();
    expect(expires).toBeGreaterThan(guestUploadWindowMs - 60_000);
    expect(expires).toBeLessThanOrEqual(guestUploadWindowMs);
    for (const [bytes, type] of [[photo, 'image/jpeg'], [pngBytes(), 'image/png'], [pdfBytes(), 'application/pdf']] as const) {
      const response = await uploadAsGuest(sent.id, sent.upload.token, bytes);
      expect(response.status).toBe(201);
      expect((await json(response)).contentType).toBe(type);
    }
    const staffView = await json(await callAdmin(t.app, tenant.apiKey, 'GET', `/requests/${sent.id}`));
    expect(staffView.attachments).toHaveLength(3);
  });

  it('refuses what the signed-in form refuses: HTML or SVG posing as a photo, more than 10 MB, a sixth file', async () => {
    const sent = await sentGuestRequest();
    expect((await uploadAsGuest(sent.id, sent.upload.token, htmlBytes())).status).toBe(415);
    expect((await uploadAsGuest(sent.id, sent.upload.token, svgBytes())).status).toBe(415);
    expect((await uploadAsGuest(sent.id, sent.upload.token, Buffer.alloc(maxAttachmentBytes + 1, 0xff))).status).toBe(413);
    for (let n = 0; n < 5; n++) expect((await uploadAsGuest(sent.id, sent.upload.token, photo)).status).toBe(201);
    const sixth = await uploadAsGuest(sent.id, sent.upload.token, photo);
    expect(sixth.status).toBe(409);
  });

  it('opens only its own request: another request, or no token, gets nothing', async () => {
    const first = await sentGuestRequest();
    const second = await sentGuestRequest();
    expect((await uploadAsGuest(second.id, first.upload.token, photo)).status).toBe(404);
    expect((await uploadAsGuest(second.id, null, photo)).status).toBe(401);
    expect((await uploadAsGuest(second.id, 'kp_up_not-a-token-of-anything-at-all', photo)).status).toBe(404);
    const staffView = await json(await callAdmin(t.app, tenant.apiKey, 'GET', `/requests/${second.id}`));
    expect(staffView.attachments).toHaveLength(0);
  });

  it('refuses the token once its time is up', async () => {
    const sent = await sentGuestRequest();
    await t.deps.db.updateTable('requests').set({ guest_upload_expires_at: new Date(Date.now() - 1000).toISOString() }).where('id', '=', sent.id).execute();
    const response = await uploadAsGuest(sent.id, sent.upload.token, photo);
    expect(response.status).toBe(401);
    expect((await json(response)).error.code).toBe('unauthorized');
  });

  it('keeps a Dutch postcode as 1234 AB, refuses one that is not, and takes another country’s as written', async () => {
    const sent = await sentGuestRequest();
    const before = await requestCount();
    const bad = await send(guestRequest({ email: 'postcode@example.com', address: { street: 'Oudegracht', houseNumber: '12', postalCode: '35111', city: 'Utrecht' } }));
    expect(bad.status).toBe(400);
    expect((await json(bad)).error.details.map((detail: any) => detail.path)).toContain('address.postalCode');
    expect(await requestCount()).toBe(before);
    const loose = await json(await send(guestRequest({ email: 'los@example.com', address: { street: 'Oudegracht', houseNumber: '12', houseNumberAddition: '2', postalCode: ' 3511ab ', city: 'Utrecht' } }), '203.0.113.41'));
    const abroad = await json(await send(guestRequest({ email: 'belg@example.com', address: { street: 'Meir', houseNumber: '1', postalCode: '2000', city: 'Antwerpen', country: 'BE' } }), '203.0.113.42'));
    const addressOf = async (id: string) => (await json(await callAdmin(t.app, tenant.apiKey, 'GET', `/requests/${id}`))).guest.address;
    expect(await addressOf(loose.id)).toMatchObject({ postalCode: '3511 AB', houseNumber: '12-2', country: 'NL' });
    expect(await addressOf(abroad.id)).toMatchObject({ postalCode: '2000', country: 'BE' });
    expect(sent.reference).toMatch(/^KP-/);
  });
});
