import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { callAdmin, callPortal, seedTwoTenants } from '../../test/support/fixtures.js';
import { backOffice, htmlBytes, jpegHtmlPolyglotBytes, pdfBytes, pngBytes, setPortalSettings, svgBytes } from '../../test/support/customer-data-fixtures.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { portalRequestDetailSchema } from '../requests/output.js';
import { submitRequest, validRequest } from '../requests/test-support.js';
import { messageFileSchema, messagePageSchema, messageSchema } from './output.js';

let t: TestApp;
let world: Awaited<ReturnType<typeof seedTwoTenants>>;
let alice: { token: string; customerId: string; contactId: string; externalId: string };
let bob: { token: string };
let mallory: { token: string };
const slug = 'alpha';

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
    settings.features.workOrders = true;
    settings.requestForm.requireTerms = false;
    settings.requestForm.termsUrl = null;
    settings.requestForm.checklist = [];
  });
});

/** A multipart upload in the field `file`, from a contact (a token) or the back office (an API key). */
function upload(url: string, bearer: string, bytes: Uint8Array, filename = 'display.png', type = 'image/png'): Promise<Response> {
  const boundary = `----kp${randomUUID().replaceAll('-', '')}`;
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`, 'utf8'),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8'),
  ]);
  return Promise.resolve(t.app.request(url, { method: 'POST', headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': `multipart/form-data; boundary=${boundary}` }, body }));
}

const portalUrl = (path: string, where = slug) => `/api/v1/portal/${where}${path}`;

async function newRequest(token = alice.token): Promise<{ id: string }> {
  const response = await submitRequest(t.app, slug, token, validRequest());
  expect(response.status).toBe(201);
  return json(response);
}

async function uploadedFile(requestId: string, bytes: Buffer = pngBytes(), filename = 'display.png', token = alice.token): Promise<string> {
  const response = await upload(portalUrl(`/requests/${requestId}/messages/files`), token, bytes, filename);
  expect(response.status).toBe(201);
  return messageFileSchema.parse(await json(response)).id;
}

const write = (requestId: string, body: unknown, token = alice.token) => callPortal(t.app, slug, `/requests/${requestId}/messages`, { token, body });

async function messageCount(requestId: string): Promise<number> {
  return (await t.deps.db.selectFrom('messages').select('id').where('request_id', '=', requestId).execute()).length;
}

describe(`photos and PDFs added to an open request on ${dialectUnderTest}`, () => {
  it('takes photos and PDFs while the request is open, up to five, and shows them in the detail', async () => {
    const request = await newRequest();
    for (const [bytes, name, type] of [
      [pngBytes(), 'display.png', 'image/png'],
      [pdfBytes('bon'), 'bon.pdf', 'application/pdf'],
    ] as const) {
      expect((await upload(portalUrl(`/requests/${request.id}/attachments`), alice.token, bytes, name, type)).status).toBe(201);
    }
    const detail = portalRequestDetailSchema.parse(await json(await callPortal(t.app, slug, `/requests/${request.id}`, { token: alice.token })));
    expect(detail.attachments.map((file) => file.contentType)).toEqual(['image/png', 'application/pdf']);
    for (let n = 0; n < 3; n += 1) expect((await upload(portalUrl(`/requests/${request.id}/attachments`), alice.token, pngBytes())).status).toBe(201);
    const sixth = await upload(portalUrl(`/requests/${request.id}/attachments`), alice.token, pngBytes());
    expect(sixth.status).toBe(409);
    expect((await json(sixth)).error.code).toBe('conflict');
  });

  it('refuses what is no photo or PDF, and any file once the request is closed (409)', async () => {
    const request = await newRequest();
    expect((await upload(portalUrl(`/requests/${request.id}/attachments`), alice.token, htmlBytes(), 'page.jpg', 'image/jpeg')).status).toBe(415);
    expect((await callPortal(t.app, slug, `/requests/${request.id}/cancel`, { token: alice.token, method: 'POST' })).status).toBe(200);
    const closed = await upload(portalUrl(`/requests/${request.id}/attachments`), alice.token, pngBytes());
    expect(closed.status).toBe(409);
    expect((await json(closed)).error.message).toContain('cancelled');
  });

  it('gives another customer’s request 404', async () => {
    const request = await newRequest();
    expect((await upload(portalUrl(`/requests/${request.id}/attachments`), bob.token, pngBytes())).status).toBe(404);
  });
});

describe(`messages with photos and PDFs on ${dialectUnderTest}`, () => {
  it('writes a message with its files, lists them in every answer and serves them to the customer and the business', async () => {
    const request = await newRequest();
    const photo = await uploadedFile(request.id, pngBytes(), 'display.png');
    const pdf = await uploadedFile(request.id, pdfBytes('storing'), 'storing.pdf');
    const posted = await write(request.id, { body: 'Hier is het display.', fileIds: [photo, pdf] });
    expect(posted.status).toBe(201);
    const message = messageSchema.parse(await json(posted));
    expect(message.files.map((file) => [file.id, file.filename, file.contentType])).toEqual([
      [photo, 'display.png', 'image/png'],
      [pdf, 'storing.pdf', 'application/pdf'],
    ]);

    const page = messagePageSchema.parse(await json(await callPortal(t.app, slug, `/requests/${request.id}/messages`, { token: alice.token })));
    expect(page.items[0]!.files.map((file) => file.id)).toEqual([photo, pdf]);
    const detail = portalRequestDetailSchema.parse(await json(await callPortal(t.app, slug, `/requests/${request.id}`, { token: alice.token })));
    expect(detail.messages.at(-1)!.files).toHaveLength(2);
    const admin = await json(await callAdmin(t.app, world.alpha.apiKey, 'GET', `/requests/${request.id}/messages`));
    expect(admin.items[0].files.map((file: { id: string }) => file.id)).toEqual([photo, pdf]);

    const download = await callPortal(t.app, slug, `/requests/${request.id}/messages/${message.id}/files/${pdf}`, { token: alice.token });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toContain('application/pdf');
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await download.arrayBuffer()).toString('latin1')).toContain('storing');
    const asBusiness = await callAdmin(t.app, world.alpha.apiKey, 'GET', `/requests/${request.id}/messages/${message.id}/files/${photo}`);
    expect(asBusiness.status).toBe(200);
    expect(asBusiness.headers.get('content-type')).toContain('image/png');

    // The live event still fires, and carries the files.
    const event = await t.deps.db.selectFrom('events').select(['type', 'business_data']).where('type', '=', 'message.created').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(JSON.parse(event.business_data).message.files.map((file: { id: string }) => file.id)).toEqual([photo, pdf]);
  });

  it('takes at most three files a message, and refuses a forged photo, SVG or HTML (415)', async () => {
    const request = await newRequest();
    const ids = [];
    for (let n = 0; n < 4; n += 1) ids.push(await uploadedFile(request.id));
    const tooMany = await write(request.id, { body: 'Vier foto’s', fileIds: ids });
    expect(tooMany.status).toBe(400);
    expect(await messageCount(request.id)).toBe(0);
    for (const bytes of [jpegHtmlPolyglotBytes(), svgBytes(), htmlBytes()]) {
      const refused = await upload(portalUrl(`/requests/${request.id}/messages/files`), alice.token, bytes, 'foto.jpg', 'image/jpeg');
      expect(refused.status).toBe(415);
    }
    expect((await t.deps.db.selectFrom('message_files').select('id').where('request_id', '=', request.id).execute()).length).toBe(4);
  });

  it('writes nothing when a named file is not the writer’s own waiting file: no half a message', async () => {
    const request = await newRequest();
    const bobsRequest = await newRequest(bob.token);
    const bobsFile = await uploadedFile(bobsRequest.id, pngBytes(), 'bob.png', bob.token);
    const mine = await uploadedFile(request.id);
    const refused = await write(request.id, { body: 'Met een vreemd bestand', fileIds: [mine, bobsFile] });
    expect(refused.status).toBe(400);
    expect((await json(refused)).error.details).toEqual([{ path: 'fileIds', message: 'unknown or already used' }]);
    expect(await messageCount(request.id)).toBe(0);
    // The own file is still waiting, and a message takes it once.
    expect((await write(request.id, { body: 'Nu goed', fileIds: [mine] })).status).toBe(201);
    expect((await write(request.id, { body: 'Nog eens', fileIds: [mine] })).status).toBe(400);
  });

  it('gives another customer’s or business’s request, message or file 404', async () => {
    const request = await newRequest();
    const photo = await uploadedFile(request.id);
    const message = messageSchema.parse(await json(await write(request.id, { body: 'Foto', fileIds: [photo] })));
    const path = `/requests/${request.id}/messages/${message.id}/files/${photo}`;
    expect((await callPortal(t.app, slug, path, { token: bob.token })).status).toBe(404);
    expect((await callPortal(t.app, 'bravo', path, { token: mallory.token })).status).toBe(404);
    expect((await callAdmin(t.app, world.bravo.apiKey, 'GET', path)).status).toBe(404);
    expect((await upload(portalUrl(`/requests/${request.id}/messages/files`), bob.token, pngBytes())).status).toBe(404);
    // Bob's own request does not open Alice's message or file either.
    const bobsRequest = await newRequest(bob.token);
    expect((await callPortal(t.app, slug, `/requests/${bobsRequest.id}/messages/${message.id}/files/${photo}`, { token: bob.token })).status).toBe(404);
    // A waiting file is no one's to download, not even its uploader's.
    const waiting = await uploadedFile(request.id);
    expect((await callPortal(t.app, slug, `/requests/${request.id}/messages/${message.id}/files/${waiting}`, { token: alice.token })).status).toBe(404);
  });

  it('lets the business answer with files through an API key, on a request and on a work order', async () => {
    const request = await newRequest();
    const uploaded = await upload(`/api/v1/admin/requests/${request.id}/messages/files`, world.alpha.apiKey, pdfBytes('schema'), 'schema.pdf', 'application/pdf');
    expect(uploaded.status).toBe(201);
    const fileId = messageFileSchema.parse(await json(uploaded)).id;
    // A contact cannot name the business's file.
    expect((await write(request.id, { body: 'Van mij?', fileIds: [fileId] })).status).toBe(400);
    const answer = await callAdmin(t.app, world.alpha.apiKey, 'POST', `/requests/${request.id}/messages`, { body: 'Het aansluitschema.', authorName: 'Sanne', fileIds: [fileId] });
    expect(answer.status).toBe(201);
    const message = messageSchema.parse(await json(answer));
    expect(message.files.map((file) => file.filename)).toEqual(['schema.pdf']);
    expect((await callPortal(t.app, slug, `/requests/${request.id}/messages/${message.id}/files/${fileId}`, { token: alice.token })).status).toBe(200);

    const office = backOffice(t.app, world.alpha.apiKey);
    expect((await office.put('/work-orders/wo-foto', { customerExternalId: alice.externalId, number: 'WO-FOTO', description: 'Storing', status: 'planned' })).status).toBe(201);
    const onWorkOrder = await upload('/api/v1/admin/work-orders/wo-foto/messages/files', world.alpha.apiKey, pngBytes());
    expect(onWorkOrder.status).toBe(201);
    const workOrderFile = messageFileSchema.parse(await json(onWorkOrder)).id;
    const posted = await callAdmin(t.app, world.alpha.apiKey, 'POST', '/work-orders/wo-foto/messages', { body: 'Foto van de monteur', fileIds: [workOrderFile] });
    expect(posted.status).toBe(201);
    const workOrderMessage = messageSchema.parse(await json(posted));
    const workOrderId = workOrderMessage.workOrderId!;
    expect((await callPortal(t.app, slug, `/work-orders/${workOrderId}/messages/${workOrderMessage.id}/files/${workOrderFile}`, { token: alice.token })).status).toBe(200);
    expect((await callPortal(t.app, slug, `/work-orders/${workOrderId}/messages/${workOrderMessage.id}/files/${workOrderFile}`, { token: bob.token })).status).toBe(404);
    // A file waiting in the request's thread is not the work order's to take.
    const elsewhere = messageFileSchema.parse(await json(await upload(`/api/v1/admin/requests/${request.id}/messages/files`, world.alpha.apiKey, pngBytes()))).id;
    expect((await callAdmin(t.app, world.alpha.apiKey, 'POST', '/work-orders/wo-foto/messages', { body: 'Verkeerde draad', fileIds: [elsewhere] })).status).toBe(400);
  });
});
