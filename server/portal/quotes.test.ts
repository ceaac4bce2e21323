// A customer answers a quote once, while it is open and still valid; who, when and from where is kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { seedTwoTenants, signInAs } from '../../test/support/fixtures.js';
import { backOffice, portalUser } from '../../test/support/customer-data-fixtures.js';
import { createWebhook } from '../webhooks/endpoints.js';

let t: TestApp;
let tenants: Awaited<ReturnType<typeof seedTwoTenants>>;
let office: ReturnType<typeof backOffice>;
let customer: ReturnType<typeof portalUser>;

async function pushQuote(externalId: string, fields: Record<string, unknown> = {}): Promise<string> {
  const response = await office.put(`/quotes/${externalId}`, {
    customerExternalId: 'alpha-c1',
    number: `OF-${externalId}`,
    title: 'Vervanging cv-ketel',
    lines: [
      { description: 'Remeha Tzerra Ace 28c', quantity: 1, unitPriceCents: 189900, vatRate: 21 },
      { description: 'Montage', quantity: 4.5, unitPriceCents: 6500, vatRate: 21 },
    ],
    totalCents: 265182,
    currency: 'EUR',
    validUntil: '2099-12-31',
    status: 'open',
    ...fields,
  });
  expect(response.status).toBe(201);
  return (await t.deps.db.selectFrom('quotes').select('id').where('external_id', '=', externalId).executeTakeFirstOrThrow()).id;
}

/** A portal call from a known client address, as the Node server would see it. */
function postFrom(ip: string, path: string, body: unknown): Promise<Response> {
  return Promise.resolve(
    t.app.request(
      `/api/v1/portal/alpha${path}`,
      { method: 'POST', headers: { Authorization: `Bearer ${tenants.alpha.customers[0]!.token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) },
      { incoming: { socket: { remoteAddress: ip } } },
    ),
  );
}

beforeAll(async () => {
  t = await createTestApp();
  tenants = await seedTwoTenants(t.deps);
  office = backOffice(t.app, tenants.alpha.apiKey);
  customer = portalUser(t.app, 'alpha', tenants.alpha.customers[0]!.token);
});
afterAll(async () => {
  await t?.close();
});

describe(`quotes in the portal on ${dialectUnderTest}`, () => {
  it('show the lines in detail and leave them out of the list', async () => {
    const id = await pushQuote('lines');
    const detail = await json(await customer.get(`/quotes/${id}`));
    expect(detail).toEqual(
      expect.objectContaining({ id, number: 'OF-lines', status: 'open', totalCents: 265182, currency: 'EUR', validUntil: '2099-12-31', hasPdf: false, decision: null }),
    );
    expect(detail.lines).toEqual([
      { description: 'Remeha Tzerra Ace 28c', quantity: 1, unitPriceCents: 189900, vatRate: 21 },
      { description: 'Montage', quantity: 4.5, unitPriceCents: 6500, vatRate: 21 },
    ]);
    const list = await json(await customer.get('/quotes'));
    expect(list.items.find((item: { id: string }) => item.id === id)).not.toHaveProperty('lines');
  });

  it('are accepted once, with the name, time and address kept; a second answer is 409', async () => {
    const id = await pushQuote('accept');
    const before = new Date().toISOString();
    const accepted = await postFrom('203.0.113.7', `/quotes/${id}/accept`, { agree: true, fullName: '  Jan  Jansen ' });
    expect(accepted.status).toBe(200);
    const quote = await json(accepted);
    expect(quote.status).toBe('accepted');
    expect(quote.decision).toEqual({ outcome: 'accepted', at: expect.any(String), signedName: 'Jan Jansen', reason: null });
    expect(quote.decision.at >= before).toBe(true);

    const row = await t.deps.db.selectFrom('quotes').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual(expect.objectContaining({ decided_ip: '203.0.113.7', decided_by_contact_id: tenants.alpha.customers[0]!.contactId }));
    const audit = await t.deps.db.selectFrom('audit_events').selectAll().where('subject_id', '=', id).where('action', '=', 'quote.accepted').executeTakeFirstOrThrow();
    expect(audit).toEqual(expect.objectContaining({ actor_type: 'contact', actor_id: tenants.alpha.customers[0]!.contactId, ip: '203.0.113.7' }));

    for (const [path, body] of [
      [`/quotes/${id}/accept`, { agree: true, fullName: 'Jan Jansen' }],
      [`/quotes/${id}/decline`, { reason: 'Toch niet' }],
    ] as const) {
      const again = await customer.post(path, body);
      expect(again.status).toBe(409);
      expect((await json(again)).error.code).toBe('conflict');
    }
    expect((await json(await customer.get(`/quotes/${id}`))).status).toBe('accepted');
  });

  it('are declined with or without a reason', async () => {
    const withReason = await pushQuote('decline');
    const declined = await json(await customer.post(`/quotes/${withReason}/decline`, { reason: 'Te duur' }));
    expect(declined.status).toBe('declined');
    expect(declined.decision).toEqual(expect.objectContaining({ outcome: 'declined', reason: 'Te duur', signedName: null }));
    const withoutReason = await pushQuote('decline-bare');
    const response = await t.app.request(`/api/v1/portal/alpha/quotes/${withoutReason}/decline`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${tenants.alpha.customers[0]!.token}` },
    });
    expect(response.status).toBe(200);
    expect((await json(response)).decision.reason).toBeNull();
  });

  it('cannot be accepted after their last valid day, nor when withdrawn: 409, and they show as such', async () => {
    const expired = await pushQuote('expired', { validUntil: '2020-01-31' });
    const withdrawn = await pushQuote('withdrawn', { status: 'withdrawn' });
    for (const id of [expired, withdrawn]) {
      const response = await customer.post(`/quotes/${id}/accept`, { agree: true, fullName: 'Jan Jansen' });
      expect(response.status).toBe(409);
    }
    expect((await json(await customer.get(`/quotes/${expired}`))).status).toBe('expired');
    const expiredList = await json(await customer.get('/quotes?status=expired'));
    expect(expiredList.items.map((item: { id: string }) => item.id)).toEqual([expired]);
    const openList = await json(await customer.get('/quotes?status=open'));
    expect(openList.items.map((item: { id: string }) => item.id)).not.toContain(expired);
  });

  it('cannot be answered from a read-only preview, whose views are recorded as a preview', async () => {
    const id = await pushQuote('preview');
    const { token } = await signInAs(t.deps, {
      tenantId: tenants.alpha.tenantId,
      portalId: tenants.alpha.portalId,
      contactId: tenants.alpha.customers[0]!.contactId,
      kind: 'preview',
    });
    const preview = portalUser(t.app, 'alpha', token);
    expect((await preview.post(`/quotes/${id}/accept`, { agree: true, fullName: 'Mede Werker' })).status).toBe(403);
    expect((await preview.get(`/quotes/${id}`)).status).toBe(200);
    const views = await t.deps.db.selectFrom('audit_events').select('details').where('subject_id', '=', id).where('action', '=', 'quote.viewed').execute();
    expect(views.map((view) => JSON.parse(view.details ?? '{}').preview)).toEqual([true]);
  });

  it('record who viewed a quote', async () => {
    const id = await pushQuote('viewed');
    await customer.get(`/quotes/${id}`);
    const events = await t.deps.db.selectFrom('audit_events').selectAll().where('subject_id', '=', id).where('action', '=', 'quote.viewed').execute();
    expect(events).toEqual([expect.objectContaining({ actor_id: tenants.alpha.customers[0]!.contactId, subject_type: 'quote', portal_id: tenants.alpha.portalId })]);
  });

  it('tell the back office by webhook who accepted or declined, in the same transaction as the answer', async () => {
    await createWebhook(t.deps.db, tenants.alpha.tenantId, { url: 'https://erp.example/hooks', events: ['quote.accepted', 'quote.declined'] });
    await createWebhook(t.deps.db, tenants.bravo.tenantId, { url: 'https://other.example/hooks', events: ['quote.accepted'] });
    const accepted = await pushQuote('hook-accept');
    const declined = await pushQuote('hook-decline');
    expect((await postFrom('198.51.100.4', `/quotes/${accepted}/accept`, { agree: true, fullName: 'Jan Jansen' })).status).toBe(200);
    expect((await postFrom('198.51.100.4', `/quotes/${declined}/decline`, { reason: 'Te duur' })).status).toBe(200);

    const deliveries = await t.deps.db.selectFrom('webhook_deliveries').select(['tenant_id', 'type', 'payload']).where('type', 'in', ['quote.accepted', 'quote.declined']).execute();
    expect(deliveries.map((delivery) => delivery.tenant_id)).toEqual([tenants.alpha.tenantId, tenants.alpha.tenantId]);
    const byType = Object.fromEntries(deliveries.map((delivery) => [delivery.type, JSON.parse(delivery.payload)]));
    expect(byType['quote.accepted'].data).toEqual({
      quote: { externalId: 'hook-accept', number: 'OF-hook-accept', status: 'accepted' },
      customer: { externalId: 'alpha-c1' },
      contact: { id: tenants.alpha.customers[0]!.contactId },
      decidedAt: expect.any(String),
      signedName: 'Jan Jansen',
      signed: false,
    });
    expect(byType['quote.declined'].data).toMatchObject({ quote: { externalId: 'hook-decline', status: 'declined' }, reason: 'Te duur' });
  });
});
