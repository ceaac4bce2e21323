import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { callAdmin, callPortal, seedTwoTenants } from '../../test/support/fixtures.js';
import { backOffice, pngBytes, setPortalSettings } from '../../test/support/customer-data-fixtures.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { messageSchema } from '../messages/output.js';
import { adminRequestDetailSchema, adminRequestPageSchema } from '../requests/output.js';
import { auditPageSchema } from '../audit/trail.js';
import { submitRequest, uploadAttachment, validRequest } from '../requests/test-support.js';

let t: TestApp;
let world: Awaited<ReturnType<typeof seedTwoTenants>>;
let alice: { token: string; customerId: string; contactId: string; externalId: string };
let bob: { token: string; customerId: string; contactId: string; externalId: string };
const slug = 'alpha';
const admin = (method: string, path: string, body?: unknown) => callAdmin(t.app, world.alpha.apiKey, method, path, body);
const otherAdmin = (method: string, path: string, body?: unknown) => callAdmin(t.app, world.bravo.apiKey, method, path, body);
/** Lists order by time: two writes within one millisecond would have no order to check. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 3));

beforeAll(async () => {
  t = await createTestApp();
  world = await seedTwoTenants(t.deps);
  alice = world.alpha.customers[0]!;
  bob = world.alpha.customers[1]!;
  await t.deps.db.updateTable('contacts').set({ locale: 'en', name: 'Alice Jansen' }).where('id', '=', alice.contactId).execute();
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await setPortalSettings(t.deps.db, slug, (settings) => {
    settings.features.messages = true;
    settings.features.guestRequests = true;
    settings.notifications.customerEmails.statusChanged = true;
    settings.notifications.customerEmails.newMessage = true;
  });
});

async function newRequest(token = alice.token, body: Record<string, unknown> = {}): Promise<{ id: string; reference: string }> {
  const response = await submitRequest(t.app, slug, token, validRequest(body));
  expect(response.status).toBe(201);
  return json(response);
}

async function mailsTo(address: string) {
  await t.deps.mailer.idle();
  return t.deps.db.selectFrom('emails').selectAll().where('to_address', '=', address).orderBy('created_at').execute();
}

describe(`the request inbox on ${dialectUnderTest}`, () => {
  it('lists portal and guest requests newest first with who sent them, and none of another business', async () => {
    const fromAlice = await newRequest(alice.token, { description: 'Inbox: van Alice' });
    await tick();
    const guest = await callPortal(t.app, slug, '/guest-requests', {
      body: {
        name: 'Gerrit Gast',
        email: 'gerrit@example.com',
        phone: '06 12345678',
        address: { street: 'Kerkstraat', houseNumber: '5', postalCode: '3511 AB', city: 'Utrecht' },
        workType: 'maintenance',
        description: 'Inbox: van een gast',
      },
    });
    expect(guest.status).toBe(202);
    await submitRequest(t.app, 'bravo', world.bravo.customers[0]!.token, validRequest({ description: 'Inbox: van bravo' }));

    const page = adminRequestPageSchema.parse(await json(await admin('GET', '/requests?limit=100')));
    const descriptions = page.items.map((item) => item.description);
    expect(descriptions.indexOf('Inbox: van een gast')).toBeLessThan(descriptions.indexOf('Inbox: van Alice'));
    expect(descriptions).not.toContain('Inbox: van bravo');
    const guestItem = page.items.find((item) => item.description === 'Inbox: van een gast')!;
    expect(guestItem).toMatchObject({
      source: 'guest',
      customer: null,
      contact: null,
      guest: { name: 'Gerrit Gast', email: 'gerrit@example.com', phone: '06 12345678', address: { street: 'Kerkstraat', houseNumber: '5', postalCode: '3511 AB', city: 'Utrecht', country: 'NL' } },
      reference: (await json(guest)).reference,
    });
    const aliceItem = page.items.find((item) => item.id === fromAlice.id)!;
    expect(aliceItem).toMatchObject({
      source: 'portal',
      portal: slug,
      customer: { id: alice.customerId, externalId: alice.externalId },
      contact: { id: alice.contactId, name: 'Alice Jansen', email: 'c1@alpha.example' },
      guest: null,
    });
  });

  it('filters by status and by updatedSince, so a sync job fetches only what changed', async () => {
    const first = await newRequest(alice.token, { description: 'Sync: eerste' });
    const second = await newRequest(alice.token, { description: 'Sync: tweede' });
    expect((await admin('PATCH', `/requests/${first.id}`, { status: 'in_review' })).status).toBe(200);

    const inReview = await json(await admin('GET', '/requests?status=in_review&limit=100'));
    expect(inReview.items.map((item: any) => item.id)).toContain(first.id);
    expect(inReview.items.map((item: any) => item.id)).not.toContain(second.id);
    const both = await json(await admin('GET', '/requests?status=submitted,in_review&limit=100'));
    expect(both.items.map((item: any) => item.id)).toEqual(expect.arrayContaining([first.id, second.id]));
    expect((await admin('GET', '/requests?status=open')).status).toBe(400);

    const since = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect((await callPortal(t.app, slug, `/requests/${second.id}/messages`, { token: alice.token, body: { body: 'Nog een vraag' } })).status).toBe(201);
    const changed = await json(await admin('GET', `/requests?updatedSince=${encodeURIComponent(since)}&limit=100`));
    expect(changed.items.map((item: any) => item.id)).toEqual([second.id]);
  });

  it('gives one request with its files, timeline and messages; another business gets 404 for it everywhere', async () => {
    const request = await newRequest(alice.token, { description: 'Alles erbij' });
    const attachment = await json(await uploadAttachment(t.app, slug, alice.token, request.id, pngBytes(), { filename: 'lek.png' }));
    await callPortal(t.app, slug, `/requests/${request.id}/messages`, { token: alice.token, body: { body: 'Het lekt nog steeds' } });

    const detail = adminRequestDetailSchema.parse(await json(await admin('GET', `/requests/${request.id}`)));
    expect(detail.attachments.map((file) => file.filename)).toEqual(['lek.png']);
    expect(detail.messages.map((message) => message.body)).toEqual(['Het lekt nog steeds']);
    expect(detail.timeline.map((entry) => entry.status)).toEqual(['submitted']);

    const file = await admin('GET', `/requests/${request.id}/attachments/${attachment.id}`);
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).length).toBe(attachment.size);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(file.headers.get('content-disposition')).toMatch(/^attachment;/);

    for (const response of [
      await otherAdmin('GET', `/requests/${request.id}`),
      await otherAdmin('GET', `/requests/${request.id}/attachments/${attachment.id}`),
      await otherAdmin('GET', `/requests/${request.id}/attachments/${attachment.id}?size=thumb`),
      await otherAdmin('PATCH', `/requests/${request.id}`, { status: 'in_review' }),
      await otherAdmin('GET', `/requests/${request.id}/messages`),
      await otherAdmin('POST', `/requests/${request.id}/messages`, { body: 'Hallo' }),
    ]) {
      expect(response.status).toBe(404);
    }
    expect((await json(await admin('GET', `/requests/${request.id}`))).status).toBe('submitted');
  });

  it('refuses a portal token on the back-office routes and an API key on the portal routes', async () => {
    const request = await newRequest();
    expect((await callAdmin(t.app, alice.token, 'GET', '/requests')).status).toBe(401);
    expect((await callPortal(t.app, slug, `/requests/${request.id}`, { token: world.alpha.apiKey })).status).toBe(401);
  });
});

describe(`the status machine on ${dialectUnderTest}`, () => {
  it('allows submitted → in_review → accepted with a work order, and nothing after', async () => {
    const request = await newRequest();
    expect((await admin('PATCH', `/requests/${request.id}`, { status: 'accepted', workOrderExternalId: 'WO-1' })).status).toBe(409);
    expect((await admin('PATCH', `/requests/${request.id}`, { status: 'in_review', note: 'We kijken ernaar' })).status).toBe(200);
    const withoutWorkOrder = await admin('PATCH', `/requests/${request.id}`, { status: 'accepted' });
    expect(withoutWorkOrder.status).toBe(400);
    expect((await json(withoutWorkOrder)).error.details[0].path).toBe('workOrderExternalId');

    const accepted = await admin('PATCH', `/requests/${request.id}`, { status: 'accepted', workOrderExternalId: `wo-${request.id}` });
    expect(accepted.status).toBe(200);
    expect(await json(accepted)).toMatchObject({ status: 'accepted', workOrderExternalId: `wo-${request.id}`, workOrder: null });
    // Asking again for the same outcome changes nothing; another work order or another status is refused.
    expect((await admin('PATCH', `/requests/${request.id}`, { status: 'accepted', workOrderExternalId: `wo-${request.id}` })).status).toBe(200);
    expect((await admin('PATCH', `/requests/${request.id}`, { status: 'accepted', workOrderExternalId: 'WO-other' })).status).toBe(409);
    for (const status of ['submitted', 'in_review', 'rejected', 'cancelled']) {
      const response = await admin('PATCH', `/requests/${request.id}`, { status });
      expect(response.status).toBe(409);
      expect((await json(response)).error.code).toBe('conflict');
    }

    // The customer sees every step, the note, and the work order once the back office has pushed it.
    const office = backOffice(t.app, world.alpha.apiKey);
    expect(
      (await office.put(`/work-orders/wo-${request.id}`, { customerExternalId: alice.externalId, number: 'WB-2041', description: 'Ketel repareren', status: 'planned' })).status,
    ).toBe(201);
    const seen = await json(await callPortal(t.app, slug, `/requests/${request.id}`, { token: alice.token }));
    expect(seen.timeline.map((entry: any) => [entry.status, entry.note])).toEqual([
      ['submitted', null],
      ['in_review', 'We kijken ernaar'],
      ['accepted', null],
    ]);
    expect(seen.workOrder).toMatchObject({ number: 'WB-2041', status: 'planned' });
    expect(seen.workOrderId).toBe(seen.workOrder.id);
    expect((await json(await admin('GET', `/requests/${request.id}`))).workOrder).toMatchObject({ externalId: `wo-${request.id}`, number: 'WB-2041' });
  });

  it('shows the customer the work order the back office pushed for the request', async () => {
    const request = await newRequest();
    const office = backOffice(t.app, world.alpha.apiKey);
    const pushed = await office.put(`/work-orders/pushed-${request.id}`, {
      customerExternalId: alice.externalId,
      requestId: request.id,
      number: 'WB-3001',
      description: 'Lekkage verhelpen',
      status: 'open',
    });
    expect(pushed.status).toBe(201);
    const seen = await json(await callPortal(t.app, slug, `/requests/${request.id}`, { token: alice.token }));
    expect(seen.workOrder).toMatchObject({ number: 'WB-3001', status: 'open' });
    const listed = await json(await callPortal(t.app, slug, '/requests?limit=100', { token: alice.token }));
    expect(listed.items.find((item: any) => item.id === request.id).workOrderId).toBe(seen.workOrder.id);
  });

  it('allows rejecting straight from submitted, with a reason the customer reads', async () => {
    const request = await newRequest();
    const rejected = await admin('PATCH', `/requests/${request.id}`, { status: 'rejected', note: 'Dit werk doen wij niet.' });
    expect(rejected.status).toBe(200);
    expect((await admin('PATCH', `/requests/${request.id}`, { status: 'in_review' })).status).toBe(409);
    const seen = await json(await callPortal(t.app, slug, `/requests/${request.id}`, { token: alice.token }));
    expect(seen.status).toBe('rejected');
    expect(seen.timeline.at(-1)).toMatchObject({ status: 'rejected', note: 'Dit werk doen wij niet.' });
  });

  it("refuses linking another customer's work order, and a work order when not accepting", async () => {
    const office = backOffice(t.app, world.alpha.apiKey);
    await office.put('/work-orders/bobs-wo', { customerExternalId: bob.externalId, number: 'WB-9', description: 'Van Bob', status: 'open' });
    const request = await newRequest();
    await admin('PATCH', `/requests/${request.id}`, { status: 'in_review' });
    expect((await admin('PATCH', `/requests/${request.id}`, { status: 'accepted', workOrderExternalId: 'bobs-wo' })).status).toBe(400);
    expect((await admin('PATCH', `/requests/${request.id}`, { status: 'rejected', workOrderExternalId: 'x' })).status).toBe(400);
    expect((await admin('PATCH', `/requests/${request.id}`, { status: 'in_review', customerId: bob.customerId })).status).toBe(400);
    expect((await json(await admin('GET', `/requests/${request.id}`))).status).toBe('in_review');
  });

  it("mails the customer on each move in the customer's language, unless the portal switched that off", async () => {
    const request = await newRequest();
    await admin('PATCH', `/requests/${request.id}`, { status: 'in_review', note: 'Monteur belt u morgen.' });
    const mails = (await mailsTo('c1@alpha.example')).filter((mail) => mail.kind === 'request_status' && mail.subject.includes(request.reference));
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ locale: 'en', subject: `Your request ${request.reference} is in review` });
    expect(mails[0]!.text_body).toContain('Monteur belt u morgen.');
    expect(mails[0]!.html_body).toContain('Monteur belt u morgen.');

    await setPortalSettings(t.deps.db, slug, (settings) => {
      settings.notifications.customerEmails.statusChanged = false;
    });
    await admin('PATCH', `/requests/${request.id}`, { status: 'rejected' });
    expect((await mailsTo('c1@alpha.example')).filter((mail) => mail.subject.includes(request.reference))).toHaveLength(1);
  });
});

describe(`conversations on ${dialectUnderTest}`, () => {
  it('carries messages both ways on a request, and mails the customer when the business writes', async () => {
    const request = await newRequest();
    const question = await callPortal(t.app, slug, `/requests/${request.id}/messages`, { token: alice.token, body: { body: 'Kan het ook zaterdag?' } });
    expect(question.status).toBe(201);
    expect(messageSchema.parse(await json(question))).toMatchObject({ author: 'contact', authorName: 'Alice Jansen', requestId: request.id, workOrderId: null });

    const seenByBusiness = await json(await admin('GET', `/requests/${request.id}/messages`));
    expect(seenByBusiness.items.map((message: any) => message.body)).toEqual(['Kan het ook zaterdag?']);

    await tick();
    const answer = await admin('POST', `/requests/${request.id}/messages`, { body: 'Zaterdag om 10 uur komt Piet.', authorName: 'Piet de Monteur' });
    expect(answer.status).toBe(201);
    const thread = await json(await callPortal(t.app, slug, `/requests/${request.id}/messages`, { token: alice.token }));
    expect(thread.items.map((message: any) => [message.author, message.authorName, message.body])).toEqual([
      ['business', 'Piet de Monteur', 'Zaterdag om 10 uur komt Piet.'],
      ['contact', 'Alice Jansen', 'Kan het ook zaterdag?'],
    ]);
    const mail = (await mailsTo('c1@alpha.example')).find((row) => row.kind === 'message' && row.text_body.includes('Zaterdag om 10 uur'));
    expect(mail).toMatchObject({ locale: 'en', subject: `New message about your request ${request.reference}` });

    const outbox = await t.deps.db.selectFrom('audit_events').select('action').where('subject_id', '=', request.id).execute();
    expect(outbox.map((row) => row.action)).toContain('request.submitted');
  });

  it('answers a retried message with the same key once', async () => {
    const request = await newRequest();
    const send = () =>
      callPortal(t.app, slug, `/requests/${request.id}/messages`, { token: alice.token, body: { body: 'Eén keer graag' }, headers: { 'Idempotency-Key': 'message-key-0001' } });
    const first = await send();
    const again = await send();
    expect(again.status).toBe(201);
    expect(await json(again)).toEqual(await json(first));
    const thread = await json(await admin('GET', `/requests/${request.id}/messages`));
    expect(thread.items).toHaveLength(1);
  });

  it('carries messages both ways on a work order of the customer, and on nobody else’s', async () => {
    const office = backOffice(t.app, world.alpha.apiKey);
    await office.put('/work-orders/alice-wo', { customerExternalId: alice.externalId, number: 'WB-77', description: 'Onderhoud', status: 'planned' });
    const workOrderId = (await t.deps.db.selectFrom('work_orders').select('id').where('external_id', '=', 'alice-wo').executeTakeFirstOrThrow()).id;

    expect((await admin('POST', '/work-orders/alice-wo/messages', { body: 'We komen dinsdag.' })).status).toBe(201);
    await tick();
    const reply = await callPortal(t.app, slug, `/work-orders/${workOrderId}/messages`, { token: alice.token, body: { body: 'Dinsdag past prima.' } });
    expect(reply.status).toBe(201);
    expect(await json(reply)).toMatchObject({ workOrderId, requestId: null, author: 'contact' });

    const business = await json(await admin('GET', '/work-orders/alice-wo/messages'));
    expect(business.items.map((message: any) => message.body)).toEqual(['Dinsdag past prima.', 'We komen dinsdag.']);
    const customer = await json(await callPortal(t.app, slug, `/work-orders/${workOrderId}/messages`, { token: alice.token }));
    expect(customer.items.map((message: any) => message.author)).toEqual(['contact', 'business']);
    expect(customer.items[1].authorName).toBe('Business alpha');

    expect((await callPortal(t.app, slug, `/work-orders/${workOrderId}/messages`, { token: bob.token })).status).toBe(404);
    expect((await callPortal(t.app, slug, `/work-orders/${workOrderId}/messages`, { token: bob.token, body: { body: 'Hoi' } })).status).toBe(404);
    expect((await otherAdmin('POST', '/work-orders/alice-wo/messages', { body: 'Hoi' })).status).toBe(404);
    expect((await admin('POST', '/work-orders/unknown-wo/messages', { body: 'Hoi' })).status).toBe(404);
  });

  it('answers 403 feature_disabled when the portal has switched messages off', async () => {
    const request = await newRequest();
    await setPortalSettings(t.deps.db, slug, (settings) => {
      settings.features.messages = false;
    });
    for (const response of [
      await callPortal(t.app, slug, `/requests/${request.id}/messages`, { token: alice.token }),
      await callPortal(t.app, slug, `/requests/${request.id}/messages`, { token: alice.token, body: { body: 'Hallo' } }),
    ]) {
      expect(response.status).toBe(403);
      expect((await json(response)).error.code).toBe('feature_disabled');
    }
  });

  it('explains that a guest request cannot get a portal message', async () => {
    await callPortal(t.app, slug, '/guest-requests', {
      body: {
        name: 'Greet',
        email: 'greet@example.com',
        phone: '0301234567',
        address: { street: 'Laan', houseNumber: '1', postalCode: '1234 AB', city: 'Zeist' },
        workType: 'repair',
        description: 'Gast zonder account',
      },
    });
    const guest = (await t.deps.db.selectFrom('requests').select('id').where('description', '=', 'Gast zonder account').executeTakeFirstOrThrow()).id;
    const response = await admin('POST', `/requests/${guest}/messages`, { body: 'Hallo' });
    expect(response.status).toBe(409);
    expect((await json(response)).error.message).toMatch(/guest/);
  });
});

describe(`webhook endpoints and the audit trail on ${dialectUnderTest}`, () => {
  it('creates an endpoint with a secret shown once, lists it without the secret, and deletes it', async () => {
    const created = await admin('POST', '/webhooks', { url: 'https://backoffice.alpha.example/hooks', events: ['request.created', 'message.created'] });
    expect(created.status).toBe(201);
    const endpoint = await json(created);
    expect(endpoint.secret).toMatch(/^whsec_/);
    const listed = await json(await admin('GET', '/webhooks'));
    expect(listed.items).toContainEqual({ id: endpoint.id, url: endpoint.url, events: endpoint.events, createdAt: endpoint.createdAt });
    expect(JSON.stringify(listed)).not.toContain(endpoint.secret);
    expect((await json(await otherAdmin('GET', '/webhooks'))).items).toEqual([]);
    expect((await otherAdmin('DELETE', `/webhooks/${endpoint.id}`)).status).toBe(404);
    expect((await admin('DELETE', `/webhooks/${endpoint.id}`)).status).toBe(204);
    expect((await admin('DELETE', `/webhooks/${endpoint.id}`)).status).toBe(404);
  });

  it('accepts only http(s) URLs and known event types', async () => {
    for (const body of [
      { url: 'ftp://backoffice.example/hooks', events: ['request.created'] },
      { url: 'javascript:alert(1)', events: ['request.created'] },
      { url: 'https://backoffice.example/hooks', events: ['invoice.paid'] },
      { url: 'https://backoffice.example/hooks', events: [] },
    ]) {
      expect((await admin('POST', '/webhooks', body)).status).toBe(400);
    }
  });

  it('lists the audit trail newest first, a page at a time, only of this business', async () => {
    const request = await newRequest();
    await tick();
    await admin('PATCH', `/requests/${request.id}`, { status: 'in_review' });
    await tick();
    await admin('POST', '/preview-token', { contactId: alice.contactId });
    const page = auditPageSchema.parse(await json(await admin('GET', '/audit?limit=3')));
    expect(page.items.map((event) => event.action)).toEqual(['preview.started', 'request.status_changed', 'request.submitted']);
    expect(page.items[1]).toMatchObject({ subject: { type: 'request', id: request.id }, actor: { type: 'api_key' }, details: { from: 'submitted', to: 'in_review' } });
    expect(page.nextCursor).not.toBeNull();
    const next = await json(await admin('GET', `/audit?limit=3&cursor=${page.nextCursor}`));
    expect(next.items.length).toBeGreaterThan(0);
    const filtered = await json(await admin('GET', '/audit?action=preview.started&limit=100'));
    expect(filtered.items.every((event: any) => event.action === 'preview.started')).toBe(true);
    const theirs = await json(await otherAdmin('GET', '/audit?limit=100'));
    expect(theirs.items.some((event: any) => event.subject?.id === request.id)).toBe(false);
  });
});
