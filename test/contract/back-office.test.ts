import { randomUUID } from 'node:crypto';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { paths } from '../../widget/api/schema.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { pdfBytes } from '../support/customer-data-fixtures.js';
import { dialectUnderTest } from '../support/database.js';
import { seedTenant, type SeededTenant } from '../support/fixtures.js';
import { answerNewRequests, backOfficeClient, pushCustomer } from './back-office.js';

const baseUrl = 'http://portal.test';

let t: TestApp;
let tenant: SeededTenant;
/** fetch() for the generated clients: the test app, reached from one client address. */
let fetchApp: (request: Request) => Promise<Response>;

beforeAll(async () => {
  t = await createTestApp();
  // As step 1's `cli tenant create --portal jansen --origin … --home-url …` makes it.
  tenant = await seedTenant(t.deps.db, 'jansen', { homeUrl: 'https://www.jansen.nl/mijn-portaal' }, ['https://www.jansen.nl']);
  fetchApp = async (request) => t.app.request(request, undefined, { incoming: { socket: { remoteAddress: '198.51.100.7' } } });
});
afterAll(async () => {
  await t.close();
});

describe(`the README's back-office walkthrough through the generated client, on ${dialectUnderTest}`, () => {
  it('pushes a customer with its records, and answers the request the customer then submits', async () => {
    const api = backOfficeClient({ baseUrl, apiKey: tenant.apiKey, fetch: fetchApp });
    const pdf = pdfBytes('factuur');
    const pushed = await pushCustomer(api, tenant.slug, new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }));

    expect(pushed.customer).toMatchObject({ externalId: 'D-1001', name: 'Jan de Vries', email: 'jan@example.com' });
    expect(pushed.location).toMatchObject({ externalId: 'home', customerExternalId: 'D-1001', city: 'Utrecht' });
    expect(pushed.contact).toMatchObject({ email: 'jan@example.com', role: 'admin', status: 'invited' });
    expect(pushed.invite.url).toContain('#kp-invite=');
    expect(pushed.workOrder).toMatchObject({ externalId: 'WB-0412', status: 'planned', plannedStart: '2026-12-08T07:00:00.000Z' });
    expect(pushed.invoice).toMatchObject({ externalId: 'F-2026-0107', workOrderExternalId: 'WB-0412', status: 'open' });
    expect(pushed.invoice.pdf).toMatchObject({ contentType: 'application/pdf', size: pdf.length });
    await t.deps.mailer.idle();
    const invites = await t.deps.db.selectFrom('emails').select('to_address').where('to_address', '=', 'jan@example.com').execute();
    expect(invites).toHaveLength(1);

    // The customer accepts the invite in the widget, finds the invoice and asks for a repair.
    const portal = createClient<paths>({ baseUrl, fetch: fetchApp });
    const slug = { slug: tenant.slug };
    const accepted = await portal.POST('/api/v1/portal/{slug}/auth/invite/accept', {
      params: { path: slug },
      body: { token: pushed.invite.token, password: 'Oudegracht 112, tweede verdieping' },
    });
    expect(accepted.response.status).toBe(200);
    const signedIn = { Authorization: `Bearer ${accepted.data!.accessToken}` };
    const invoices = await portal.GET('/api/v1/portal/{slug}/invoices', { params: { path: slug }, headers: signedIn });
    const invoice = invoices.data!.items[0]!;
    expect(invoice).toMatchObject({ number: '2026-0107', hasPdf: true });
    const download = await portal.GET('/api/v1/portal/{slug}/invoices/{id}/pdf', { params: { path: { ...slug, id: invoice.id } }, headers: signedIn, parseAs: 'blob' });
    expect(Buffer.from(await download.data!.arrayBuffer()).equals(pdf)).toBe(true);

    const since = new Date(Date.now() - 1000).toISOString();
    const submitted = await portal.POST('/api/v1/portal/{slug}/requests', {
      params: { path: slug, header: { 'Idempotency-Key': randomUUID() } },
      headers: signedIn,
      body: { workType: 'repair', description: 'De cv-ketel lekt bij de aansluiting.' },
    });
    expect(submitted.response.status).toBe(201);
    const request = submitted.data!;

    // The back office reads its inbox, moves the request on and writes to the customer.
    const answered = await answerNewRequests(api, since);
    expect(answered).toHaveLength(1);
    expect(answered[0]!.request).toMatchObject({ id: request.id, status: 'in_review' });
    expect(answered[0]!.message).toMatchObject({ author: 'business', authorName: 'Petra (planning)' });

    const seen = await portal.GET('/api/v1/portal/{slug}/requests/{id}', { params: { path: { ...slug, id: request.id } }, headers: signedIn });
    expect(seen.data!.status).toBe('in_review');
    const conversation = await portal.GET('/api/v1/portal/{slug}/requests/{id}/messages', { params: { path: { ...slug, id: request.id } }, headers: signedIn });
    expect(conversation.data!.items.map((message) => message.body)).toEqual([answered[0]!.message!.body]);
  });
});
