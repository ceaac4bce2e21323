import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { callAdmin, seedTwoTenants } from '../../test/support/fixtures.js';
import { callAdminAsStaff, seedStaff, signInStaff } from '../../test/support/staff-fixtures.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { csvCell } from '../audit/csv.js';
import { auditPageSchema, type AuditEventOutput } from '../audit/trail.js';
import { submitRequest, validRequest } from '../requests/test-support.js';

let t: TestApp;
let world: Awaited<ReturnType<typeof seedTwoTenants>>;
let staffId: string;
let cookie: string;
const asStaff = async (method: string, path: string, body?: unknown) => {
  const response = await callAdminAsStaff(t.app, cookie, method, path, body);
  expect(response.status, `${method} ${path}: ${await response.clone().text()}`).toBeLessThan(300);
  return response;
};

beforeAll(async () => {
  t = await createTestApp();
  world = await seedTwoTenants(t.deps);
  staffId = await seedStaff(t.deps, { tenantId: world.alpha.tenantId, email: 'planning@alpha.example', name: 'Petra Planning', role: 'admin' });
  cookie = await signInStaff(t.app, 'planning@alpha.example');
});
afterAll(async () => {
  await t.close();
});

async function trail(): Promise<AuditEventOutput[]> {
  return auditPageSchema.parse(await json(await callAdmin(t.app, world.alpha.apiKey, 'GET', '/audit?limit=100'))).items;
}

describe(`who the audit trail names on ${dialectUnderTest}`, () => {
  it('names the staff member, by kind, id and name, on every back-office change they make', async () => {
    const [alice] = world.alpha.customers;
    const invited = await json(await asStaff('POST', `/customers/${alice!.externalId}/contacts`, { email: 'collega@alpha.example', name: 'Collega' }));
    await asStaff('PATCH', `/contacts/${invited.contact.id}`, { role: 'admin' });
    await asStaff('POST', '/preview-token', { contactId: alice!.contactId });
    const request = await json(await submitRequest(t.app, 'alpha', alice!.token, validRequest()));
    await asStaff('PATCH', `/requests/${request.id}`, { status: 'in_review' });
    await asStaff('PUT', '/portals/alpha', { name: 'Alpha Installatie' });
    const webhook = await json(await asStaff('POST', '/webhooks', { url: 'https://hooks.alpha.example/kp', events: ['request.created'] }));
    await asStaff('DELETE', `/webhooks/${webhook.id}`);

    const events = await trail();
    const actions = ['contact.invited', 'contact.updated', 'preview.started', 'request.status_changed', 'portal.updated', 'webhook.created', 'webhook.deleted'];
    for (const action of actions) {
      expect(events.find((event) => event.action === action)?.actor, action).toEqual({ type: 'staff', id: staffId, name: 'Petra Planning' });
    }
  });

  it('names the API key a machine calls with, and no one for a contact', async () => {
    const key = await t.deps.db.selectFrom('api_keys').select(['id', 'name']).where('tenant_id', '=', world.alpha.tenantId).executeTakeFirstOrThrow();
    const [, bob] = world.alpha.customers;
    const request = await json(await submitRequest(t.app, 'alpha', bob!.token, validRequest()));
    expect((await callAdmin(t.app, world.alpha.apiKey, 'PATCH', `/requests/${request.id}`, { status: 'rejected', note: 'Buiten ons gebied' })).status).toBe(200);

    const events = (await trail()).filter((event) => event.subject?.id === request.id);
    expect(events.find((event) => event.action === 'request.status_changed')?.actor).toEqual({ type: 'api_key', id: key.id, name: key.name });
    expect(events.find((event) => event.action === 'request.submitted')?.actor).toEqual({ type: 'contact', id: bob!.contactId, name: null });
  });
});

describe(`the audit trail's filters and its CSV export, on ${dialectUnderTest}`, () => {
  const page = async (query: string) => auditPageSchema.parse(await json(await asStaff('GET', `/audit?limit=100&${query}`))).items;

  it('filters by actor kind, by one actor, by action and by period', async () => {
    const staffEvents = await page('actor=staff');
    expect(staffEvents.length).toBeGreaterThan(0);
    expect(staffEvents.every((event) => event.actor.type === 'staff')).toBe(true);
    const mine = await page(`actor=staff:${staffId}`);
    expect(mine.map((event) => event.id).sort()).toEqual(staffEvents.filter((event) => event.actor.id === staffId).map((event) => event.id).sort());
    expect(await page('actor=staff:stf_niemand')).toEqual([]);
    expect((await page('actor=contact')).every((event) => event.actor.type === 'contact')).toBe(true);

    const created = await page('action=webhook.created&actor=staff');
    expect(created.map((event) => event.action)).toEqual(['webhook.created']);

    const all = await page('');
    const newest = all[0]!;
    expect((await page(`from=${encodeURIComponent(newest.createdAt)}`)).map((event) => event.id)).toContain(newest.id);
    expect(await page(`to=${encodeURIComponent(new Date(Date.parse(all[all.length - 1]!.createdAt) - 1).toISOString())}`)).toEqual([]);
    const today = newest.createdAt.slice(0, 10);
    expect((await page(`from=${today}&to=${today}`)).length).toBe(all.length);
    expect(await page('from=2020-01-01&to=2020-01-31')).toEqual([]);

    for (const bad of ['actor=robot', 'actor=staff:', 'from=gisteren', 'to=2026-13-45', 'from=12']) {
      const answer = await callAdminAsStaff(t.app, cookie, 'GET', `/audit?${bad}`);
      expect(answer.status, bad).toBe(400);
    }
  });

  it('exports the filtered trail as CSV: a header row, every cell quoted, and no cell a spreadsheet would run', async () => {
    // A key's name is the actor's name on what it does: a name that is a formula must arrive as text.
    const key = await json(await asStaff('POST', '/api-keys', { name: '=HYPERLINK("https://evil.example","klik")' }));
    expect((await callAdmin(t.app, key.key, 'PUT', '/tenant', { name: '+Alpha "Installatie", Zwolle', requireTotp: false })).status).toBe(200);

    const answer = await asStaff('GET', `/audit/export.csv?actor=api_key:${key.id}`);
    expect(answer.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(answer.headers.get('content-disposition')).toMatch(/^attachment; filename="audit-\d{4}-\d{2}-\d{2}\.csv"/);
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    const text = (await answer.text()).replace(/^\uFEFF/, '');
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('"createdAt","action","actorType","actorId","actorName","subjectType","subjectId","portalId","ip","details"');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`"tenant.updated","api_key","${key.id}","'=HYPERLINK(""https://evil.example"",""klik"")"`);
    // The details are JSON, quoted as one cell with its inner quotes doubled.
    expect(lines[1]).toContain('""to"":""+Alpha \\""Installatie\\"", Zwolle""');
    for (const cell of lines[1]!.match(/"(?:[^"]|"")*"/g)!) expect(cell).not.toMatch(/^"[=+\-@]/);

    const everything = await (await asStaff('GET', '/audit/export.csv')).text();
    expect(everything.trimEnd().split('\r\n').length).toBe((await page('')).length + 1);
    expect((await callAdminAsStaff(t.app, cookie, 'GET', '/audit/export.csv?from=nooit')).status).toBe(400);
    await callAdmin(t.app, world.alpha.apiKey, 'PUT', '/tenant', { name: 'Business alpha', requireTotp: false });
  });

  it('keeps each business to its own trail', async () => {
    const bravo = await (await callAdmin(t.app, world.bravo.apiKey, 'GET', `/audit/export.csv?actor=staff:${staffId}`)).text();
    expect(bravo.replace(/^\uFEFF/, '').trimEnd().split('\r\n')).toHaveLength(1);
    expect((await json(await callAdmin(t.app, world.bravo.apiKey, 'GET', `/audit?actor=staff:${staffId}`))).items).toEqual([]);
  });
});

describe('CSV cells', () => {
  it.each([
    ['=1+1', `"'=1+1"`],
    ['+31 6 1234', `"'+31 6 1234"`],
    ['-2', `"'-2"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tverborgen', `"'\tverborgen"`],
    ['gewoon "tekst", met komma', '"gewoon ""tekst"", met komma"'],
    [null, '""'],
  ])('%j becomes %s', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});
