// The customer's live updates: its own customer's events only, resumable, bounded, ended with the session.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { callAdmin, callPortal, seedContact, seedTwoTenants, signInAs } from '../../test/support/fixtures.js';
import { liveFeatures } from '../events/access.js';
import { eventHubOf } from '../events/hub.js';
import { StreamReader } from '../events/test-support.js';
import { readPortalSettings, type PortalSettings } from '../portals/settings.js';
import { submitRequest } from '../requests/test-support.js';

let t: TestApp;
let world: Awaited<ReturnType<typeof seedTwoTenants>>;
const readers: StreamReader[] = [];

beforeEach(async () => {
  t = await createTestApp();
  eventHubOf(t.deps, { pollIntervalMs: 50, accessCheckMs: 100, maxStreamsPerCaller: 2 });
  world = await seedTwoTenants(t.deps);
});
afterEach(async () => {
  for (const reader of readers.splice(0)) await reader.close();
  await t.close();
});

async function open(slug: string, token: string, headers: Record<string, string> = {}, query = ''): Promise<StreamReader> {
  const response = await callPortal(t.app, slug, `/events${query}`, { token, headers });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const reader = new StreamReader(response);
  readers.push(reader);
  expect((await reader.frame())?.retry, 'the stream opens with its reconnect delay').toBeGreaterThan(0);
  return reader;
}

async function requestOf(slug: string, token: string): Promise<string> {
  const response = await submitRequest(t.app, slug, token);
  expect(response.status).toBe(201);
  return (await json(response)).id as string;
}

async function answer(apiKey: string, requestId: string, body: string): Promise<void> {
  expect((await callAdmin(t.app, apiKey, 'POST', `/requests/${requestId}/messages`, { body })).status).toBe(201);
}

/** Changes the portal's stored settings, as the business's settings page would. */
async function changeSettings(portalId: string, change: (settings: PortalSettings) => void): Promise<void> {
  const row = await t.deps.db.selectFrom('portals').select('settings').where('id', '=', portalId).executeTakeFirstOrThrow();
  const settings = readPortalSettings(row.settings);
  change(settings);
  await t.deps.db.updateTable('portals').set({ settings: JSON.stringify(settings) }).where('id', '=', portalId).execute();
}

describe(`GET /portal/{slug}/events on ${dialectUnderTest}`, () => {
  it('delivers a business answer to the customer it is for, and to no other customer or business', async () => {
    const { alpha, bravo } = world;
    const [mine, neighbour] = alpha.customers;
    const stranger = bravo.customers[0]!;
    const mineRequest = await requestOf('alpha', mine!.token);
    const neighbourRequest = await requestOf('alpha', neighbour!.token);
    const strangerRequest = await requestOf('bravo', stranger.token);

    const mineStream = await open('alpha', mine!.token);
    const neighbourStream = await open('alpha', neighbour!.token);
    const strangerStream = await open('bravo', stranger.token);

    await answer(alpha.apiKey, mineRequest, 'Welke code ziet u op de ketel?');
    const event = await mineStream.event();
    expect(event).toMatchObject({ type: 'message.created', data: { message: { requestId: mineRequest, author: 'business', body: 'Welke code ziet u op de ketel?' } } });
    expect([event.lineId, event.lineType], 'an id: line, and no event: line, so onmessage gets it').toEqual([event.id, undefined]);

    // Streams keep the log's order: an answer of their own that comes first proves the earlier one never came.
    await answer(alpha.apiKey, neighbourRequest, 'Voor de buren');
    await answer(bravo.apiKey, strangerRequest, 'Van een ander bedrijf');
    expect((await neighbourStream.event()).data).toMatchObject({ message: { requestId: neighbourRequest, body: 'Voor de buren' } });
    expect((await strangerStream.event()).data).toMatchObject({ message: { requestId: strangerRequest, body: 'Van een ander bedrijf' } });
    expect((await mineStream.event(300).catch(() => undefined))?.data, 'nothing of the neighbour’s').toBeUndefined();
  });

  it('tells the customer of a status change with the request as the portal shows it', async () => {
    const contact = world.alpha.customers[0]!;
    const requestId = await requestOf('alpha', contact.token);
    const stream = await open('alpha', contact.token);
    const moved = await callAdmin(t.app, world.alpha.apiKey, 'PATCH', `/requests/${requestId}`, { status: 'in_review', note: 'We kijken ernaar' });
    expect(moved.status).toBe(200);
    const event = await stream.event();
    expect(event.type).toBe('request.updated');
    expect(event.data).toMatchObject({ request: { id: requestId, status: 'in_review' } });
    expect(Object.keys((event.data as { request: object }).request)).not.toContain('guest');
  });

  it('resumes after Last-Event-ID, as a header or as ?lastEventId=, with what was missed and nothing before', async () => {
    const contact = world.alpha.customers[0]!;
    const requestId = await requestOf('alpha', contact.token);
    const first = await open('alpha', contact.token);
    await answer(world.alpha.apiKey, requestId, 'Een');
    const seen = await first.event();
    await first.close();

    await answer(world.alpha.apiKey, requestId, 'Twee');
    await answer(world.alpha.apiKey, requestId, 'Drie');
    for (const resumed of [await open('alpha', contact.token, { 'Last-Event-ID': seen.id }), await open('alpha', contact.token, {}, `?lastEventId=${seen.id}`)]) {
      const bodies = [await resumed.event(), await resumed.event()].map((event) => (event.data as { message: { body: string } }).message.body);
      expect(bodies).toEqual(['Twee', 'Drie']);
      await resumed.close();
    }
  });

  it('ends the stream when the session ends', async () => {
    const contact = world.alpha.customers[0]!;
    const stream = await open('alpha', contact.token);
    expect(await stream.ended(300)).toBe(false);
    expect((await callPortal(t.app, 'alpha', '/auth/logout', { method: 'POST', token: contact.token, headers: { 'X-Requested-With': 'klantportaal' } })).status).toBe(204);
    expect(await stream.ended(3_000)).toBe(true);
    expect((await callPortal(t.app, 'alpha', '/events', { token: contact.token })).status).toBe(401);
  });

  it('ends only the streams of the session that ended: a colleague’s stay open and keep getting the customer’s events', async () => {
    const contact = world.alpha.customers[0]!;
    const colleagueId = await seedContact(t.deps.db, { tenantId: world.alpha.tenantId, customerId: contact.customerId, email: 'collega@alpha.example' });
    const colleague = await signInAs(t.deps, { tenantId: world.alpha.tenantId, portalId: world.alpha.portalId, contactId: colleagueId });
    const requestId = await requestOf('alpha', contact.token);
    const leaving = await open('alpha', contact.token);
    const staying = [await open('alpha', colleague.token), await open('alpha', colleague.token)];
    expect((await callPortal(t.app, 'alpha', '/auth/logout', { method: 'POST', token: contact.token, headers: { 'X-Requested-With': 'klantportaal' } })).status).toBe(204);
    expect(await leaving.ended(3_000)).toBe(true);
    await answer(world.alpha.apiKey, requestId, 'Voor de hele organisatie');
    for (const stream of staying) expect((await stream.event()).data).toMatchObject({ message: { requestId, body: 'Voor de hele organisatie' } });
  });

  it('stops the events of a part the business switches off on the streams already open, and ends them when every part with live updates is off', async () => {
    const contact = world.alpha.customers[0]!;
    const requestId = await requestOf('alpha', contact.token);
    const streams = [await open('alpha', contact.token), await open('alpha', contact.token)];
    await changeSettings(world.alpha.portalId, (settings) => (settings.features.messages = false));
    // The next access round brings the new settings to every open stream of the portal.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await answer(world.alpha.apiKey, requestId, 'Niet meer via het portaal');
    expect((await callAdmin(t.app, world.alpha.apiKey, 'PATCH', `/requests/${requestId}`, { status: 'in_review', note: 'We kijken ernaar' })).status).toBe(200);
    for (const stream of streams) {
      const event = await stream.event();
      expect(event.type, 'the message never came: the status change is the first event').toBe('request.updated');
    }
    await changeSettings(world.alpha.portalId, (settings) => {
      for (const feature of liveFeatures) settings.features[feature] = false;
    });
    for (const stream of streams) expect(await stream.ended(3_000)).toBe(true);
    expect((await callPortal(t.app, 'alpha', '/events', { token: contact.token })).status).toBe(403);
  });

  it('refuses a caller more streams than its bound with 429 and Retry-After', async () => {
    const contact = world.alpha.customers[0]!;
    await open('alpha', contact.token);
    const second = await open('alpha', contact.token);
    const third = await callPortal(t.app, 'alpha', '/events', { token: contact.token });
    expect(third.status).toBe(429);
    expect((await json(third)).error.code).toBe('rate_limited');
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    // A colleague is another caller.
    await open('alpha', world.alpha.customers[1]!.token);
    await second.close();
    await open('alpha', contact.token);
  });

  it('refuses a Last-Event-ID that is no event id', async () => {
    const response = await callPortal(t.app, 'alpha', '/events', { token: world.alpha.customers[0]!.token, headers: { 'Last-Event-ID': 'abc' } });
    expect(response.status).toBe(400);
  });
});
