import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { callAdmin, callPortal, seedContact, seedCustomer, seedTenant, seedTwoTenants, signInAs } from '../../test/support/fixtures.js';
import {
  backOffice,
  htmlBytes,
  jpegBytes,
  jpegHtmlPolyglotBytes,
  pdfBytes,
  pngBytes,
  seedLocation,
  setPortalSettings,
  svgBytes,
} from '../../test/support/customer-data-fixtures.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { attachmentSchema, portalRequestDetailSchema, portalRequestPageSchema } from '../requests/output.js';
import { submitRequest, uploadAttachment, validRequest } from '../requests/test-support.js';

let t: TestApp;
let world: Awaited<ReturnType<typeof seedTwoTenants>>;
let alice: { token: string; customerId: string; contactId: string };
let bob: { token: string };
let mallory: { token: string };
const slug = 'alpha';
const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestApp();
  world = await seedTwoTenants(t.deps);
  alice = world.alpha.customers[0]!;
  bob = world.alpha.customers[1]!;
  mallory = world.bravo.customers[0]!;
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await setPortalSettings(t.deps.db, slug, (settings) => {
    settings.features.requests = true;
    settings.features.messages = true;
    settings.requestForm.requireTerms = false;
    settings.requestForm.termsUrl = null;
    settings.requestForm.checklist = [];
  });
});

async function requestRows() {
  return t.deps.db.selectFrom('requests').select(['id', 'description']).where('tenant_id', '=', world.alpha.tenantId).execute();
}

async function newRequest(body: Record<string, unknown> = {}): Promise<{ id: string; reference: string; status: string }> {
  const response = await submitRequest(t.app, slug, alice.token, validRequest(body));
  expect(response.status).toBe(201);
  return json(response);
}

describe(`submitting a request on ${dialectUnderTest}`, () => {
  it('answers 201 with the request, its reference and its first timeline entry', async () => {
    const response = await submitRequest(
      t.app,
      slug,
      alice.token,
      validRequest({ preferredDate: inAMonth, preferredPartOfDay: 'morning', phone: '+31 6 1234 5678' }),
    );
    expect(response.status).toBe(201);
    const body = portalRequestDetailSchema.parse(await json(response));
    expect(body).toMatchObject({
      status: 'submitted',
      workType: 'repair',
      preferredDate: inAMonth,
      preferredPartOfDay: 'morning',
      phone: '+31 6 1234 5678',
      attachments: [],
      messages: [],
      workOrder: null,
    });
    expect(body.reference).toMatch(/^KP-[A-HJ-KMNP-Z2-9]{6}$/);
    expect(body.timeline).toEqual([{ status: 'submitted', note: null, at: body.createdAt }]);
  });

  it('requires an Idempotency-Key', async () => {
    const before = (await requestRows()).length;
    const response = await callPortal(t.app, slug, '/requests', { body: validRequest(), token: alice.token });
    expect(response.status).toBe(400);
    expect((await json(response)).error.details[0].path).toBe('Idempotency-Key');
    expect((await requestRows()).length).toBe(before);
  });

  it('answers a retry with the same key and body with the first answer, and keeps one request', async () => {
    const key = randomUUID();
    const body = validRequest({ description: 'Lekkage onder de ketel' });
    const first = await submitRequest(t.app, slug, alice.token, body, key);
    const again = await submitRequest(t.app, slug, alice.token, { ...body }, key);
    expect(again.status).toBe(first.status);
    expect(await json(again)).toEqual(await json(first));
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect((await requestRows()).filter((row) => row.description === 'Lekkage onder de ketel')).toHaveLength(1);
  });

  it('refuses the same key with another body with 422 and stores nothing new', async () => {
    const key = randomUUID();
    expect((await submitRequest(t.app, slug, alice.token, validRequest({ description: 'Eerste' }), key)).status).toBe(201);
    const other = await submitRequest(t.app, slug, alice.token, validRequest({ description: 'Tweede' }), key);
    expect(other.status).toBe(422);
    expect((await json(other)).error.code).toBe('idempotency_mismatch');
    expect((await requestRows()).some((row) => row.description === 'Tweede')).toBe(false);
  });

  it('keeps one request when the same submission arrives twice at once', async () => {
    const key = randomUUID();
    const body = validRequest({ description: 'Tegelijk verstuurd' });
    const answers = await Promise.all([1, 2, 3].map(() => submitRequest(t.app, slug, alice.token, body, key)));
    const statuses = answers.map((answer) => answer.status);
    expect(statuses).toContain(201);
    expect(statuses.every((status) => status === 201 || status === 409)).toBe(true);
    const created = await Promise.all(answers.filter((answer) => answer.status === 201).map((answer) => json(answer)));
    expect(new Set(created.map((body) => body.id)).size).toBe(1);
    expect((await requestRows()).filter((row) => row.description === 'Tegelijk verstuurd')).toHaveLength(1);
  });

  it('answers 409 while the first attempt with the key is still running', async () => {
    const key = randomUUID();
    const body = validRequest({ description: 'Nog bezig' });
    const { requestFingerprint } = await import('../requests/idempotency.js');
    const now = new Date().toISOString();
    await t.deps.db
      .insertInto('idempotency_keys')
      .values({
        scope: `contact:${world.alpha.tenantId}:${alice.contactId}`,
        key,
        request_hash: requestFingerprint('POST /requests', body),
        status: 'in_progress',
        response_status: null,
        response_body: null,
        created_at: now,
        expires_at: new Date(Date.now() + 86_400_000).toISOString(),
      })
      .execute();
    const response = await submitRequest(t.app, slug, alice.token, body, key);
    expect(response.status).toBe(409);
    expect((await json(response)).error.code).toBe('conflict');
    expect((await requestRows()).some((row) => row.description === 'Nog bezig')).toBe(false);
  });

  it('lets another contact use the same key for its own submission', async () => {
    const key = randomUUID();
    expect((await submitRequest(t.app, slug, alice.token, validRequest({ description: 'Van Alice' }), key)).status).toBe(201);
    const fromBob = await submitRequest(t.app, slug, bob.token, validRequest({ description: 'Van Bob' }), key);
    expect(fromBob.status).toBe(201);
    expect((await json(fromBob)).description).toBe('Van Bob');
  });

  it('refuses a work type the portal does not offer, naming the field', async () => {
    const response = await submitRequest(t.app, slug, alice.token, validRequest({ workType: 'painting' }));
    expect(response.status).toBe(400);
    expect((await json(response)).error.details).toEqual([expect.objectContaining({ path: 'workType' })]);
  });

  it("refuses another customer's address or installation, naming the field, and stores nothing", async () => {
    const bobsLocation = await seedLocation(t.deps.db, { tenantId: world.alpha.tenantId, customerId: world.alpha.customers[1]!.customerId, externalId: 'bob-home' });
    const office = backOffice(t.app, world.alpha.apiKey);
    expect((await office.put('/objects/bob-boiler', { customerExternalId: 'alpha-c2', name: 'Ketel van Bob' })).status).toBe(201);
    const bobsObject = (await t.deps.db.selectFrom('objects').select('id').where('external_id', '=', 'bob-boiler').executeTakeFirstOrThrow()).id;
    const before = (await requestRows()).length;

    const byLocation = await submitRequest(t.app, slug, alice.token, validRequest({ locationId: bobsLocation }));
    expect(byLocation.status).toBe(400);
    expect((await json(byLocation)).error.details).toEqual([expect.objectContaining({ path: 'locationId' })]);
    const byObject = await submitRequest(t.app, slug, alice.token, validRequest({ objectId: bobsObject }));
    expect(byObject.status).toBe(400);
    expect((await json(byObject)).error.details).toEqual([expect.objectContaining({ path: 'objectId' })]);
    expect((await requestRows()).length).toBe(before);

    const ownLocation = await seedLocation(t.deps.db, { tenantId: world.alpha.tenantId, customerId: alice.customerId, externalId: 'alice-home' });
    const own = await submitRequest(t.app, slug, alice.token, validRequest({ locationId: ownLocation }));
    expect(own.status).toBe(201);
    expect((await json(own)).locationId).toBe(ownLocation);
  });

  it('enforces the terms and the checklist when the portal asks for them', async () => {
    await setPortalSettings(t.deps.db, slug, (settings) => {
      settings.requestForm.requireTerms = true;
      settings.requestForm.termsUrl = 'https://www.alpha.example/voorwaarden';
      settings.requestForm.checklist = [{ id: 'pets', label: { nl: 'Er zijn huisdieren', en: 'There are pets' } }];
    });
    const withoutTerms = await submitRequest(t.app, slug, alice.token, validRequest());
    expect(withoutTerms.status).toBe(400);
    expect((await json(withoutTerms)).error.details).toEqual([expect.objectContaining({ path: 'acceptTerms' })]);

    const unknownItem = await submitRequest(t.app, slug, alice.token, validRequest({ acceptTerms: true, checklist: ['parking'] }));
    expect(unknownItem.status).toBe(400);
    expect((await json(unknownItem)).error.details).toEqual([expect.objectContaining({ path: 'checklist' })]);

    const accepted = await submitRequest(t.app, slug, alice.token, validRequest({ acceptTerms: true, checklist: ['pets'] }));
    expect(accepted.status).toBe(201);
    const body = await json(accepted);
    expect(body.checklist).toEqual(['pets']);
    expect(body.termsAcceptedAt).toBe(body.createdAt);
  });

  it('refuses fields a customer may not set and a date in the past, and stores nothing', async () => {
    const before = (await requestRows()).length;
    for (const extra of [{ status: 'accepted' }, { customerId: world.alpha.customers[1]!.customerId }, { tenantId: world.bravo.tenantId }, { preferredDate: '2001-01-01' }, { preferredDate: '2099-01-01' }]) {
      const response = await submitRequest(t.app, slug, alice.token, validRequest(extra));
      expect(response.status).toBe(400);
    }
    expect((await requestRows()).length).toBe(before);
  });

  it('answers 403 feature_disabled on every request route when the portal has switched requests off', async () => {
    const existing = await newRequest();
    await setPortalSettings(t.deps.db, slug, (settings) => {
      settings.features.requests = false;
    });
    for (const response of [
      await callPortal(t.app, slug, '/requests', { token: alice.token }),
      await submitRequest(t.app, slug, alice.token),
      await callPortal(t.app, slug, `/requests/${existing.id}`, { token: alice.token }),
      await callPortal(t.app, slug, `/requests/${existing.id}/cancel`, { token: alice.token, body: {} }),
    ]) {
      expect(response.status).toBe(403);
      expect((await json(response)).error.code).toBe('feature_disabled');
    }
  });
});

describe(`reading and cancelling requests on ${dialectUnderTest}`, () => {
  it('lists the customer’s requests newest first, filtered by open or closed, a page at a time', async () => {
    const db = await createTestApp();
    try {
      const tenant = await seedTenant(db.deps.db, 'lists');
      const customerId = await seedCustomer(db.deps.db, tenant.tenantId, 'c1');
      const contactId = await seedContact(db.deps.db, { tenantId: tenant.tenantId, customerId, email: 'c1@lists.example' });
      const { token } = await signInAs(db.deps, { tenantId: tenant.tenantId, portalId: tenant.portalId, contactId });
      const made = [];
      for (let n = 0; n < 5; n++) {
        made.push(await json(await submitRequest(db.app, 'lists', token, validRequest({ description: `Aanvraag ${n}` }))));
        // Lists order by time: requests within one millisecond would have no order to check.
        await new Promise((resolve) => setTimeout(resolve, 3));
      }
      expect((await callPortal(db.app, 'lists', `/requests/${made[0].id}/cancel`, { token, body: {} })).status).toBe(200);

      const firstPage = portalRequestPageSchema.parse(await json(await callPortal(db.app, 'lists', '/requests?limit=3', { token })));
      expect(firstPage.items.map((item) => item.description)).toEqual(['Aanvraag 4', 'Aanvraag 3', 'Aanvraag 2']);
      expect(firstPage.nextCursor).not.toBeNull();
      // A request made between pages does not shift the next page.
      await submitRequest(db.app, 'lists', token, validRequest({ description: 'Later' }));
      const secondPage = await json(await callPortal(db.app, 'lists', `/requests?limit=3&cursor=${firstPage.nextCursor}`, { token }));
      expect(secondPage.items.map((item: any) => item.description)).toEqual(['Aanvraag 1', 'Aanvraag 0']);
      expect(secondPage.nextCursor).toBeNull();

      const open = await json(await callPortal(db.app, 'lists', '/requests?status=open', { token }));
      expect(open.items.map((item: any) => item.description)).not.toContain('Aanvraag 0');
      const closed = await json(await callPortal(db.app, 'lists', '/requests?status=closed', { token }));
      expect(closed.items.map((item: any) => item.description)).toEqual(['Aanvraag 0']);
      expect((await callPortal(db.app, 'lists', '/requests?status=everything', { token })).status).toBe(400);
    } finally {
      await db.close();
    }
  });

  it("answers 404 for another customer's or another business's request, on every route, and lists none of them", async () => {
    const mine = await newRequest({ description: 'Alleen van Alice' });
    const png = pngBytes();
    const uploaded = await json(await uploadAttachment(t.app, slug, alice.token, mine.id, png, { filename: 'ketel.png' }));
    for (const intruder of [bob.token]) {
      for (const response of [
        await callPortal(t.app, slug, `/requests/${mine.id}`, { token: intruder }),
        await callPortal(t.app, slug, `/requests/${mine.id}/cancel`, { token: intruder, body: {} }),
        await callPortal(t.app, slug, `/requests/${mine.id}/attachments/${uploaded.id}`, { token: intruder }),
        await uploadAttachment(t.app, slug, intruder, mine.id, png),
        await callPortal(t.app, slug, `/requests/${mine.id}/messages`, { token: intruder }),
        await callPortal(t.app, slug, `/requests/${mine.id}/messages`, { token: intruder, body: { body: 'Hallo?' } }),
      ]) {
        expect(response.status).toBe(404);
        expect(JSON.stringify(await json(response))).not.toContain('Alleen van Alice');
      }
      const list = await json(await callPortal(t.app, slug, '/requests', { token: intruder }));
      expect(list.items.map((item: any) => item.id)).not.toContain(mine.id);
    }
    // A contact of another business gets nowhere on this portal at all.
    expect((await callPortal(t.app, slug, `/requests/${mine.id}`, { token: mallory.token })).status).toBe(401);
    expect((await callPortal(t.app, 'bravo', `/requests/${mine.id}`, { token: mallory.token })).status).toBe(404);
    expect((await callPortal(t.app, slug, `/requests/${mine.id}/cancel`, { token: alice.token, body: {} })).status).toBe(200);
  });

  it('lets the customer cancel only while the request is submitted', async () => {
    const request = await newRequest();
    const cancelled = await callPortal(t.app, slug, `/requests/${request.id}/cancel`, { token: alice.token, body: {} });
    expect(cancelled.status).toBe(200);
    const body = await json(cancelled);
    expect(body.status).toBe('cancelled');
    expect(body.timeline.map((entry: any) => entry.status)).toEqual(['submitted', 'cancelled']);
    const again = await callPortal(t.app, slug, `/requests/${request.id}/cancel`, { token: alice.token, body: {} });
    expect(again.status).toBe(409);

    const reviewed = await newRequest();
    expect((await callAdmin(t.app, world.alpha.apiKey, 'PATCH', `/requests/${reviewed.id}`, { status: 'in_review' })).status).toBe(200);
    const late = await callPortal(t.app, slug, `/requests/${reviewed.id}/cancel`, { token: alice.token, body: {} });
    expect(late.status).toBe(409);
    expect((await json(late)).error.code).toBe('conflict');
  });
});

describe(`attachments on ${dialectUnderTest}`, () => {
  it('stores a photo, lists it on the request and serves it back only as a download', async () => {
    const request = await newRequest();
    const png = pngBytes();
    const response = await uploadAttachment(t.app, slug, alice.token, request.id, png, { filename: 'ketel\r\n../../etc.png', type: 'text/html' });
    expect(response.status).toBe(201);
    const attachment = attachmentSchema.parse(await json(response));
    // Encoded again on the server: the same 1×1 pixel, not the same bytes.
    expect(attachment).toMatchObject({ contentType: 'image/png' });
    expect(attachment.filename).not.toMatch(/[\r\n/\\]|\.\./);
    expect(attachment.filename.endsWith('.png')).toBe(true);

    const detail = await json(await callPortal(t.app, slug, `/requests/${request.id}`, { token: alice.token }));
    expect(detail.attachments).toEqual([attachment]);

    const download = await callPortal(t.app, slug, `/requests/${request.id}/attachments/${attachment.id}`, { token: alice.token });
    expect(download.status).toBe(200);
    const served = Buffer.from(await download.arrayBuffer());
    expect(served.subarray(0, 8)).toEqual(png.subarray(0, 8));
    expect(served.length).toBe(attachment.size);
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="[^"\r\n/\\]+\.png"/);
    expect(download.headers.get('content-security-policy')).toMatch(/sandbox/);
  });

  it('accepts JPEG, PNG and PDF; refuses SVG, HTML and a page disguised as a photo with 415', async () => {
    const request = await newRequest();
    for (const [bytes, type] of [
      [jpegBytes(), 'image/jpeg'],
      [pdfBytes(), 'application/pdf'],
    ] as const) {
      const response = await uploadAttachment(t.app, slug, alice.token, request.id, bytes);
      expect(response.status).toBe(201);
      expect((await json(response)).contentType).toBe(type);
    }
    for (const [bytes, filename] of [
      [svgBytes(), 'foto.svg'],
      [svgBytes(), 'foto.jpg'],
      [htmlBytes(), 'foto.jpg'],
      [jpegHtmlPolyglotBytes(), 'foto.jpg'],
    ] as const) {
      const response = await uploadAttachment(t.app, slug, alice.token, request.id, bytes, { filename, type: 'image/jpeg' });
      expect(response.status).toBe(415);
      expect((await json(response)).error.code).toBe('unsupported_media_type');
    }
    const detail = await json(await callPortal(t.app, slug, `/requests/${request.id}`, { token: alice.token }));
    expect(detail.attachments).toHaveLength(2);
  });

  it('refuses an image with more pixels than any camera makes, reading only its header', async () => {
    const request = await newRequest();
    const flood = pngBytes();
    flood.writeUInt32BE(100_000, 16);
    flood.writeUInt32BE(100_000, 20);
    const response = await uploadAttachment(t.app, slug, alice.token, request.id, flood, { filename: 'flood.png' });
    expect(response.status).toBe(400);
    expect((await json(response)).error.message).toMatch(/100000 × 100000/);
  });

  it('refuses a file over 10 MB with 413, with or without Content-Length, and an endless upload too', async () => {
    const request = await newRequest();
    const big = Buffer.concat([jpegBytes(), Buffer.alloc(10 * 1024 * 1024, 0x11)]);
    for (const options of [{}, { chunked: true }, { endless: true }]) {
      const response = await uploadAttachment(t.app, slug, alice.token, request.id, big, options);
      expect(response.status).toBe(413);
      expect((await json(response)).error.code).toBe('payload_too_large');
    }
    const justFits = Buffer.concat([jpegBytes(), Buffer.alloc(10 * 1024 * 1024 - jpegBytes().length, 0x11)]);
    expect((await uploadAttachment(t.app, slug, alice.token, request.id, justFits, { chunked: true })).status).toBe(201);
    const detail = await json(await callPortal(t.app, slug, `/requests/${request.id}`, { token: alice.token }));
    expect(detail.attachments).toHaveLength(1);
  });

  it('keeps at most five files on a request and says so on the sixth', async () => {
    const request = await newRequest();
    for (let n = 1; n <= 5; n++) {
      expect((await uploadAttachment(t.app, slug, alice.token, request.id, pngBytes(), { filename: `foto-${n}.png` })).status).toBe(201);
    }
    const sixth = await uploadAttachment(t.app, slug, alice.token, request.id, pngBytes(), { filename: 'foto-6.png' });
    expect(sixth.status).toBe(409);
    expect((await json(sixth)).error.message).toMatch(/at most 5 files/);
  });

  it('never lets two uploads at once become a sixth file', async () => {
    const request = await newRequest();
    for (let n = 1; n <= 4; n++) await uploadAttachment(t.app, slug, alice.token, request.id, pngBytes());
    const answers = await Promise.all([1, 2, 3].map(() => uploadAttachment(t.app, slug, alice.token, request.id, pngBytes())));
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409, 409]);
    const count = await t.deps.db.selectFrom('attachments').select((eb) => eb.fn.countAll<number>().as('n')).where('request_id', '=', request.id).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(5);
  });

  it('explains what to send when the body is not a multipart upload with a file', async () => {
    const request = await newRequest();
    const asJson = await callPortal(t.app, slug, `/requests/${request.id}/attachments`, { token: alice.token, body: { file: 'x' } });
    expect(asJson.status).toBe(415);
    const wrongField = await uploadAttachment(t.app, slug, alice.token, request.id, pngBytes(), { field: 'photo' });
    expect(wrongField.status).toBe(400);
    expect((await json(wrongField)).error.details[0].path).toBe('file');
  });

  it('takes no files once the request is closed', async () => {
    const request = await newRequest();
    await callPortal(t.app, slug, `/requests/${request.id}/cancel`, { token: alice.token, body: {} });
    const response = await uploadAttachment(t.app, slug, alice.token, request.id, pngBytes());
    expect(response.status).toBe(409);
  });
});

describe(`a preview token on ${dialectUnderTest}`, () => {
  it('reads the portal as the contact and is refused on every write', async () => {
    const request = await newRequest({ description: 'Zichtbaar in de preview' });
    const issued = await callAdmin(t.app, world.alpha.apiKey, 'POST', '/preview-token', { contactId: alice.contactId });
    expect(issued.status).toBe(200);
    const preview = await json(issued);
    expect(preview.expiresIn).toBe(15 * 60);
    expect(preview.portal).toBe(slug);

    const read = await callPortal(t.app, slug, `/requests/${request.id}`, { token: preview.accessToken });
    expect(read.status).toBe(200);
    expect((await json(read)).description).toBe('Zichtbaar in de preview');
    const before = (await requestRows()).length;
    for (const response of [
      await submitRequest(t.app, slug, preview.accessToken),
      await callPortal(t.app, slug, `/requests/${request.id}/cancel`, { token: preview.accessToken, body: {} }),
      await callPortal(t.app, slug, `/requests/${request.id}/messages`, { token: preview.accessToken, body: { body: 'Namens de klant' } }),
      await uploadAttachment(t.app, slug, preview.accessToken, request.id, pngBytes()),
    ]) {
      expect(response.status).toBe(403);
      expect((await json(response)).error.code).toBe('forbidden');
    }
    expect((await requestRows()).length).toBe(before);
    expect((await json(await callPortal(t.app, slug, `/requests/${request.id}`, { token: alice.token }))).status).toBe('submitted');
  });

  it("is only given for an active contact of the business's own", async () => {
    expect((await callAdmin(t.app, world.alpha.apiKey, 'POST', '/preview-token', { contactId: 'con_doesnotexist' })).status).toBe(404);
    const bravoContact = world.bravo.customers[0]!.contactId;
    expect((await callAdmin(t.app, world.alpha.apiKey, 'POST', '/preview-token', { contactId: bravoContact })).status).toBe(404);
  });
});
