// The privacy export holds the photos and PDFs a customer's conversations carry, and none of another customer's.
import { randomUUID } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { pdfBytes, pngBytes, setPortalSettings } from '../../test/support/customer-data-fixtures.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { callAdmin, callPortal, seedTwoTenants } from '../../test/support/fixtures.js';
import { submitRequest, validRequest } from '../requests/test-support.js';

let t: TestApp;
let world: Awaited<ReturnType<typeof seedTwoTenants>>;
const slug = 'alpha';

/** A multipart upload in the field `file`, as the widget sends it. */
function upload(url: string, token: string, bytes: Uint8Array, filename: string, type: string): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), filename);
  return Promise.resolve(t.app.request(url, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form }));
}

/** A request of the customer with one message that carries `filename`; answers the request's reference. */
async function messageWithFile(token: string, bytes: Uint8Array, filename: string, type: string): Promise<string> {
  const request = await json(await submitRequest(t.app, slug, token, validRequest()));
  const uploaded = await upload(`/api/v1/portal/${slug}/requests/${request.id}/messages/files`, token, bytes, filename, type);
  expect(uploaded.status).toBe(201);
  const { id } = await json(uploaded);
  const message = await callPortal(t.app, slug, `/requests/${request.id}/messages`, { token, body: { body: `Hierbij ${filename}`, fileIds: [id] }, headers: { 'Idempotency-Key': randomUUID() } });
  expect(message.status).toBe(201);
  return request.reference;
}

beforeAll(async () => {
  t = await createTestApp();
  world = await seedTwoTenants(t.deps);
  await setPortalSettings(t.deps.db, slug, (settings) => {
    settings.features.messages = true;
  });
});
afterAll(async () => {
  await t.close();
});

describe(`the privacy export on ${dialectUnderTest}`, () => {
  it('holds the files the customer’s messages carry, named in customer.json, and not another customer’s', async () => {
    const [alice, bob] = world.alpha.customers as [(typeof world.alpha.customers)[number], (typeof world.alpha.customers)[number]];
    const reference = await messageWithFile(alice.token, pngBytes(), 'display-alice.png', 'image/png');
    await messageWithFile(bob.token, pdfBytes('bon van bob'), 'bon-bob.pdf', 'application/pdf');
    // A file uploaded but never sent with a message stays out.
    const waitingFor = await json(await submitRequest(t.app, slug, alice.token, validRequest()));
    expect((await upload(`/api/v1/portal/${slug}/requests/${waitingFor.id}/messages/files`, alice.token, pngBytes(), 'nog-niet-verstuurd.png', 'image/png')).status).toBe(201);

    const answer = await callAdmin(t.app, world.alpha.apiKey, 'GET', `/customers/${alice.externalId}/export`);
    expect(answer.status).toBe(200);
    const files = unzipSync(new Uint8Array(await answer.arrayBuffer()));
    const document = JSON.parse(strFromU8(files['customer.json']!));
    const withFile = document.requests.find((request: { reference: string }) => request.reference === reference);
    const [file] = withFile.messages[0].files;
    expect(file).toMatchObject({ filename: 'display-alice.png', content_type: 'image/png', file: `files/messages/${reference}/display-alice.png` });
    expect(file).not.toHaveProperty('content');
    expect(files[file.file]).toBeDefined();
    expect(Buffer.from(files[file.file]!).subarray(1, 4).toString('latin1')).toBe('PNG');

    const names = Object.keys(files);
    expect(names.filter((name) => name.startsWith('files/messages/'))).toEqual([file.file]);
    const everything = Object.values(files).map((bytes) => Buffer.from(bytes).toString('latin1')).join('\n');
    expect(everything).not.toContain('bon-bob');
    expect(everything).not.toContain('bon van bob');
    expect(everything).not.toContain('nog-niet-verstuurd');
  });
});
