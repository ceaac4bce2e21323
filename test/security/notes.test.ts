// Internal notes stay the business's own: after staff note something on the owner's request, no portal answer, no
// event a customer can read and no webhook carries it, on every portal route the router registers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventHubOf } from '../../server/events/hub.js';
import { StreamReader } from '../../server/events/test-support.js';
import { dialectUnderTest } from '../support/database.js';
import { callAdmin } from '../support/fixtures.js';
import { bearer, buildWorld, describeAnswer, isPublic, routesOf, send, validBodies, type World } from './world.js';

const noteMarker = 'Intern-Notitie-5K8';

let world: World;

beforeAll(async () => {
  world = await buildWorld();
  const requestId = world.records.portalIds.requests!;
  const note = await callAdmin(world.app, world.alpha.apiKey, 'POST', `/requests/${requestId}/notes`, { body: `Klant is lastig ${noteMarker}` });
  expect(note.status).toBe(201);
  // A status move and a business answer after the note: events and mail the customer does get, written after it.
  expect((await callAdmin(world.app, world.alpha.apiKey, 'PATCH', `/requests/${requestId}`, { status: 'in_review', note: 'We kijken ernaar' })).status).toBe(200);
  expect((await callAdmin(world.app, world.alpha.apiKey, 'POST', `/requests/${requestId}/messages`, { body: 'Wij bellen u' })).status).toBe(201);
  await world.t.deps.mailer.idle();
}, 120_000);
afterAll(async () => {
  eventHubOf(world?.t.deps).closeAll();
  await world?.close();
});

describe(`internal notes, on ${dialectUnderTest}`, () => {
  it('are in no answer of any portal route, called by the customer whose request it is', async () => {
    const problems: string[] = [];
    const portalRoutes = routesOf(world.app).filter((route) => route.api === 'portal' && !isPublic(route));
    expect(portalRoutes.length).toBeGreaterThan(30);
    for (const route of portalRoutes.filter((route) => route.method === 'GET')) {
      const answer = await send(world, route, { authorization: bearer(world.owner.token) });
      if (answer.text.includes(noteMarker)) problems.push(describeAnswer(route, answer));
    }
    // Writes answer with the record they changed: those must not carry it either.
    for (const route of portalRoutes.filter((route) => route.method !== 'GET' && route.path.includes('/requests/'))) {
      const answer = await send(world, route, { authorization: bearer(world.owner.token), body: validBodies(world.records)[route.key] });
      if (answer.text.includes(noteMarker)) problems.push(describeAnswer(route, answer));
    }
    expect(problems).toEqual([]);
  });

  it('are in no event of the customer’s stream, replayed from the start of the log', async () => {
    const response = await world.app.request(`/api/v1/portal/${world.alpha.slug}/events`, { headers: { Authorization: bearer(world.owner.token), 'Last-Event-ID': '0' } });
    expect(response.status).toBe(200);
    const stream = new StreamReader(response);
    const types: string[] = [];
    try {
      for (;;) {
        const frame = await stream.frame(500);
        expect(frame?.data ?? '').not.toContain(noteMarker);
        if (frame?.data) types.push((JSON.parse(frame.data) as { type: string }).type);
      }
    } catch {
      // Quiet for half a second: the log has been replayed.
    } finally {
      await stream.close();
    }
    expect(types).toEqual(expect.arrayContaining(['request.created', 'request.updated', 'message.created']));
    const logged = await world.t.deps.db.selectFrom('events').select(['customer_data', 'business_data']).execute();
    expect(logged.filter((row) => `${row.customer_data}${row.business_data}`.includes(noteMarker))).toEqual([]);
  });

  it('are in no webhook and no mail', async () => {
    const deliveries = await world.t.deps.db.selectFrom('webhook_deliveries').select('payload').execute();
    expect(deliveries.length).toBeGreaterThan(0);
    expect(deliveries.filter((delivery) => delivery.payload.includes(noteMarker))).toEqual([]);
    const mails = await world.t.deps.db.selectFrom('emails').selectAll().execute();
    expect(mails.filter((mail) => JSON.stringify(mail).includes(noteMarker))).toEqual([]);
  });
});
