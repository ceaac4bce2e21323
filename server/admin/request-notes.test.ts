// Internal notes on a request: kept by the business, signed by who wrote them, and another business's requests are
// not found.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { callAdmin, seedTwoTenants } from '../../test/support/fixtures.js';
import { submitRequest } from '../requests/test-support.js';

let t: TestApp;
let world: Awaited<ReturnType<typeof seedTwoTenants>>;
let requestId: string;

beforeEach(async () => {
  t = await createTestApp();
  world = await seedTwoTenants(t.deps);
  requestId = (await json(await submitRequest(t.app, 'alpha', world.alpha.customers[0]!.token))).id;
});
afterEach(async () => {
  await t.close();
});

describe(`/admin/requests/{id}/notes on ${dialectUnderTest}`, () => {
  it('keeps notes signed by the API key that wrote them, newest first, and in the audit trail', async () => {
    const first = await callAdmin(t.app, world.alpha.apiKey, 'POST', `/requests/${requestId}/notes`, { body: 'Klant belt liever na vijven' });
    expect(first.status).toBe(201);
    expect(await json(first)).toMatchObject({ requestId, body: 'Klant belt liever na vijven', author: { kind: 'api_key', name: 'default' } });
    // Notes written within one millisecond would share their place in the list.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await callAdmin(t.app, world.alpha.apiKey, 'POST', `/requests/${requestId}/notes`, { body: 'Onderdeel besteld' });

    const list = await callAdmin(t.app, world.alpha.apiKey, 'GET', `/requests/${requestId}/notes?limit=1`);
    const page = await json(list);
    expect(page.items.map((note: { body: string }) => note.body)).toEqual(['Onderdeel besteld']);
    const rest = await json(await callAdmin(t.app, world.alpha.apiKey, 'GET', `/requests/${requestId}/notes?cursor=${page.nextCursor}`));
    expect(rest.items.map((note: { body: string }) => note.body)).toEqual(['Klant belt liever na vijven']);

    const audit = await t.deps.db.selectFrom('audit_events').select(['action', 'actor_type']).where('subject_id', '=', requestId).where('action', '=', 'request.note_added').execute();
    expect(audit).toHaveLength(2);
    expect(audit[0]!.actor_type).toBe('api_key');
  });

  it('refuses an empty note or one with fields it does not take', async () => {
    expect((await callAdmin(t.app, world.alpha.apiKey, 'POST', `/requests/${requestId}/notes`, { body: '   ' })).status).toBe(400);
    expect((await callAdmin(t.app, world.alpha.apiKey, 'POST', `/requests/${requestId}/notes`, { body: 'x', author: 'iemand' })).status).toBe(400);
  });

  it('answers 404 to another business, which can neither read nor add notes', async () => {
    await callAdmin(t.app, world.alpha.apiKey, 'POST', `/requests/${requestId}/notes`, { body: 'Alleen voor Alpha' });
    const read = await callAdmin(t.app, world.bravo.apiKey, 'GET', `/requests/${requestId}/notes`);
    expect(read.status).toBe(404);
    expect(await read.text()).not.toContain('Alleen voor Alpha');
    expect((await callAdmin(t.app, world.bravo.apiKey, 'POST', `/requests/${requestId}/notes`, { body: 'Van Bravo' })).status).toBe(404);
    const notes = await t.deps.db.selectFrom('request_notes').select('body').execute();
    expect(notes.map((note) => note.body)).toEqual(['Alleen voor Alpha']);
  });
});
