import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { callAdmin, callPortal, seedContact, seedCustomer, seedTenant, signInAs, type SeededTenant } from '../../test/support/fixtures.js';
import { pngBytes } from '../../test/support/customer-data-fixtures.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { sha256Hex } from '../db/ids.js';
import { followAfterClosingMs, followLinkLifetimeMs, findFollowedRequest } from './guest-follow.js';
import { NewRequestMailer } from './notifications.js';
import { firstLines } from './mail-templates.js';
import { submitRequest, uploadAttachment, validRequest } from './test-support.js';

let t: TestApp;
let shop: SeededTenant;
let other: SeededTenant;
let token: string;
const slug = 'ontvangst';
const home = 'https://ontvangst.example/portaal';

beforeAll(async () => {
  t = await createTestApp();
  shop = await seedTenant(t.deps.db, slug, { homeUrl: home, features: { guestRequests: true, messages: true } });
  other = await seedTenant(t.deps.db, 'ander-bedrijf', { homeUrl: 'https://ander.example/', features: { guestRequests: true } });
  const customerId = await seedCustomer(t.deps.db, shop.tenantId, 'K-1', 'Familie Bakker');
  const contactId = await seedContact(t.deps.db, { tenantId: shop.tenantId, customerId, email: 'sanne@bakker.example', name: 'Sanne Bakker' });
  token = (await signInAs(t.deps, { tenantId: shop.tenantId, portalId: shop.portalId, contactId })).token;
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await t.deps.mailer.idle();
  await t.deps.db.deleteFrom('emails').execute();
});

const later = () => new Date(Date.now() + 61_000);
/** A preferred date that lies ahead on any day the tests run. */
const nextYear = new Date().getFullYear() + 1;
const runMailer = () => new NewRequestMailer({ db: t.deps.db, mailer: t.deps.mailer, logger: t.deps.logger, quietMs: 60_000, now: later }).runOnce();

async function receipts(to: string) {
  await t.deps.mailer.idle();
  return t.deps.db.selectFrom('emails').selectAll().where('kind', '=', 'request_received').where('to_address', '=', to).orderBy('created_at').execute();
}

const guestBody = (overrides: Record<string, unknown> = {}) => ({
  name: 'Henk de Gast',
  email: 'henk@gast.example',
  phone: '0201234567',
  address: { street: 'Damrak', houseNumber: '1', postalCode: '1012 LG', city: 'Amsterdam' },
  workType: 'maintenance',
  description: 'Graag onderhoud aan de ketel.\nHij maakt een tikkend geluid.\nVooral ’s ochtends.\nEn soms ’s avonds.',
  ...overrides,
});

async function guestRequest(portal = slug, overrides: Record<string, unknown> = {}): Promise<{ reference: string; id: string; followToken: string }> {
  const response = await callPortal(t.app, portal, '/guest-requests', { body: guestBody(overrides), ip: `198.51.100.${Math.floor(Math.random() * 200)}` });
  expect(response.status).toBe(202);
  const { reference } = await json(response);
  await runMailer();
  const email = String(overrides.email ?? 'henk@gast.example');
  const mail = (await receipts(email)).at(-1)!;
  const followToken = /#kp-follow=([A-Za-z0-9_-]+)/.exec(mail.text_body)?.[1] ?? '';
  const row = await t.deps.db.selectFrom('requests').select('id').where('reference', '=', reference).executeTakeFirstOrThrow();
  return { reference, id: row.id, followToken };
}

const follow = (followToken: string, portal = slug) => callPortal(t.app, portal, '/guest-follow', { body: { token: followToken } });

describe(`the mail that a request was received, on ${dialectUnderTest}`, () => {
  it('tells a signed-in customer the reference, a short summary and links straight to the request, once', async () => {
    const description = 'De ketel lekt.\nEr staat water onder.\nDe druk is 0,5 bar.\nVierde regel die niet in de mail hoeft.';
    const request = await json(await submitRequest(t.app, slug, token, validRequest({ description, preferredDate: `${nextYear}-03-04`, preferredPartOfDay: 'morning' })));
    await uploadAttachment(t.app, slug, token, request.id, pngBytes(), { filename: 'lek.png', type: 'image/png' });
    expect(await receipts('sanne@bakker.example')).toEqual([]);

    await runMailer();
    const [mail, ...more] = await receipts('sanne@bakker.example');
    expect(more).toEqual([]);
    expect(mail!.subject).toBe(`We hebben uw aanvraag ontvangen (${request.reference})`);
    for (const fact of [request.reference, 'Storing of reparatie', 'De ketel lekt.', 'De druk is 0,5 bar.…', `4 maart ${nextYear} (ochtend)`, 'Bijlagen: 1']) expect(mail!.text_body).toContain(fact);
    expect(mail!.text_body).not.toContain('Vierde regel');
    expect(mail!.text_body).toContain(`Aanvraag bekijken: ${home}#kp/requests/${request.id}`);
    expect(mail!.html_body).toContain(`href="${home}#kp/requests/${request.id}"`);

    await runMailer();
    expect(await receipts('sanne@bakker.example')).toHaveLength(1);
  });

  it('tells a guest what happens next and gives a link to follow the request without an account', async () => {
    const { reference, followToken } = await guestRequest();
    const mail = (await receipts('henk@gast.example')).at(-1)!;
    expect(mail.subject).toBe(`We hebben uw aanvraag ontvangen (${reference})`);
    expect(mail.text_body).toContain('Wat er nu gebeurt');
    expect(mail.text_body).toContain('90 dagen');
    expect(followToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(mail.text_body).toContain(`Uw aanvraag volgen: ${home}#kp-follow=${followToken}`);
    // Only the hash is kept.
    const stored = await t.deps.db.selectFrom('guest_follow_tokens').select('token_hash').execute();
    expect(stored.map((row) => row.token_hash)).toContain(sha256Hex(followToken));
    expect(JSON.stringify(stored)).not.toContain(followToken);
  });

  it('writes the guest’s receipt in English when the guest chose English', async () => {
    await guestRequest(slug, { email: 'tom@guest.example', locale: 'en' });
    const mail = (await receipts('tom@guest.example')).at(-1)!;
    expect(mail.locale).toBe('en');
    expect(mail.subject).toMatch(/^We have received your request/);
    expect(mail.text_body).toContain('Follow your request: ');
  });

  it('keeps the summary to the first lines of the description', () => {
    expect(firstLines('een\n\ntwee\ndrie')).toBe('een\ntwee\ndrie');
    expect(firstLines('een\ntwee\ndrie\nvier')).toBe('een\ntwee\ndrie…');
    expect(firstLines('x'.repeat(400))).toHaveLength(281);
  });
});

describe(`following a guest request, on ${dialectUnderTest}`, () => {
  it('shows the status, the timeline and the business’s messages of that one request, and nothing else', async () => {
    const { reference, id, followToken } = await guestRequest();
    expect((await callAdmin(t.app, shop.apiKey, 'PATCH', `/requests/${id}`, { status: 'in_review', note: 'We bellen u morgen.' })).status).toBe(200);
    const response = await follow(followToken);
    expect(response.status).toBe(200);
    const body = await json(response);
    expect(Object.keys(body).sort()).toEqual(['linkExpiresAt', 'messages', 'portalName', 'reference', 'status', 'submittedAt', 'timeline', 'workType']);
    expect(body).toMatchObject({ reference, status: 'in_review', workType: 'Onderhoud', portalName: expect.any(String), messages: [] });
    expect(body.timeline.map((entry: { status: string }) => entry.status)).toEqual(['submitted', 'in_review']);
    expect(body.timeline[1].note).toBe('We bellen u morgen.');
    const text = JSON.stringify(body);
    for (const secret of ['henk@gast.example', 'Damrak', '0201234567', 'tikkend', 'Henk de Gast']) expect(text).not.toContain(secret);
    // Reading it does not use it up.
    expect((await follow(followToken)).status).toBe(200);
  });

  it('each status mail to a guest carries a working follow link of its own', async () => {
    const { id } = await guestRequest(slug, { email: 'status@gast.example' });
    expect((await callAdmin(t.app, shop.apiKey, 'PATCH', `/requests/${id}`, { status: 'in_review' })).status).toBe(200);
    await t.deps.mailer.idle();
    const mail = await t.deps.db.selectFrom('emails').selectAll().where('kind', '=', 'request_status').where('to_address', '=', 'status@gast.example').executeTakeFirstOrThrow();
    const linked = /#kp-follow=([A-Za-z0-9_-]+)/.exec(mail.text_body)![1]!;
    expect((await json(await follow(linked))).status).toBe('in_review');
  });

  it('answers 404 for an unknown token, another portal’s, an expired one, and a month after the request was closed', async () => {
    const { id, followToken } = await guestRequest(slug, { email: 'verloopt@gast.example' });
    expect((await follow('A'.repeat(43))).status).toBe(404);
    expect((await follow(followToken, 'ander-bedrijf')).status).toBe(404);
    expect((await follow('kort')).status).toBe(400);
    const portal = { id: shop.portalId, tenantId: shop.tenantId };
    expect(await findFollowedRequest(t.deps.db, portal, followToken, new Date(Date.now() + followLinkLifetimeMs + 60_000))).toBeUndefined();

    expect((await callAdmin(t.app, shop.apiKey, 'PATCH', `/requests/${id}`, { status: 'rejected', note: 'Dit doen wij niet.' })).status).toBe(200);
    const closed = await findFollowedRequest(t.deps.db, portal, followToken);
    expect(closed?.request.status).toBe('rejected');
    expect(closed!.expiresAt < new Date(Date.now() + followAfterClosingMs + 60_000).toISOString()).toBe(true);
    expect(await findFollowedRequest(t.deps.db, portal, followToken, new Date(Date.now() + followAfterClosingMs + 60_000))).toBeUndefined();
  });

  it('never shows another request’s data: each token leads to its own request only', async () => {
    const first = await guestRequest(slug, { email: 'een@gast.example', description: 'Eerste verzoek' });
    const second = await guestRequest(slug, { email: 'twee@gast.example', description: 'Tweede verzoek' });
    expect((await json(await follow(first.followToken))).reference).toBe(first.reference);
    expect((await json(await follow(second.followToken))).reference).toBe(second.reference);
    const elsewhere = await guestRequest('ander-bedrijf', { email: 'drie@gast.example' });
    expect((await follow(elsewhere.followToken, 'ander-bedrijf')).status).toBe(200);
    expect((await follow(elsewhere.followToken)).status).toBe(404);
    expect(other.slug).toBe('ander-bedrijf');
  });
});
