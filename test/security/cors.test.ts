// CORS on every route: a portal echoes only its own exact allowed origins, every portal answer varies by Origin, and
// the back-office API, which no browser page should call, allows no origin at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectUnderTest } from '../support/database.js';
import { allowedOrigin, bearer, buildWorld, describeAnswer, isPublic, routesOf, send, type Answer, type Route, type World } from './world.js';

let world: World;
let routes: Route[];

beforeAll(async () => {
  world = await buildWorld();
  routes = routesOf(world.app);
}, 120_000);
afterAll(async () => {
  await world?.close();
});

/** Origins that resemble the allowed one: another scheme, a longer host, a port, a path, the opaque origin. */
const foreignOrigins = [
  'https://evil.example',
  'http://www.alfa-installatie.example',
  'https://www.alfa-installatie.example.evil.example',
  'https://evil-www.alfa-installatie.example',
  'https://www.alfa-installatie.example:8443',
  'https://www.alfa-installatie.example/',
  'null',
];

const varies = (answer: Answer) =>
  (answer.headers.get('Vary') ?? '')
    .split(',')
    .map((value) => value.trim().toLowerCase())
    .includes('origin');

const portalRoutes = () => routes.filter((route) => route.api === 'portal');

/** Signed in where the route wants it, so answers of every kind (200, 400, 401, 404) are looked at. */
const callerFor = (route: Route) => (isPublic(route) ? {} : { authorization: bearer(world.owner.token) });

describe(`CORS on every portal route, on ${dialectUnderTest}`, () => {
  it('an origin the portal does not list gets no Access-Control-Allow-Origin, and every answer varies by Origin', async () => {
    const problems: string[] = [];
    for (const route of portalRoutes()) {
      for (const origin of foreignOrigins) {
        // GETs as the owner; writes without a body, so nothing changes whatever the answer.
        const answer = await send(world, route, { ...(route.method === 'GET' ? callerFor(route) : {}), headers: { Origin: origin } });
        if (answer.headers.get('Access-Control-Allow-Origin') !== null || answer.headers.get('Access-Control-Allow-Credentials') !== null) {
          problems.push(`${origin}: ${describeAnswer(route, answer)} allowed ${answer.headers.get('Access-Control-Allow-Origin')}`);
        }
        if (!varies(answer)) problems.push(`${origin}: ${route.key} has no Vary: Origin (${answer.status})`);
      }
      const withoutOrigin = await send(world, route, route.method === 'GET' ? callerFor(route) : {});
      if (!varies(withoutOrigin)) problems.push(`no Origin: ${route.key} has no Vary: Origin (${withoutOrigin.status})`);
    }
    expect(problems).toEqual([]);
  });

  it('the portal’s own origin is echoed exactly, with credentials, on answers and errors alike', async () => {
    const problems: string[] = [];
    for (const route of portalRoutes()) {
      const answer = await send(world, route, { ...(route.method === 'GET' ? callerFor(route) : {}), headers: { Origin: allowedOrigin } });
      if (answer.headers.get('Access-Control-Allow-Origin') !== allowedOrigin || answer.headers.get('Access-Control-Allow-Credentials') !== 'true' || !varies(answer)) {
        problems.push(describeAnswer(route, answer));
      }
    }
    expect(problems).toEqual([]);
  });

  it('a preflight from a foreign origin is answered without any allowance; from the portal’s origin, with its methods and headers', async () => {
    const problems: string[] = [];
    for (const route of portalRoutes()) {
      const preflight = (origin: string) =>
        send(world, route, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': route.method, 'Access-Control-Request-Headers': 'authorization, content-type' } });
      for (const origin of foreignOrigins) {
        const answer = await preflight(origin);
        if (answer.headers.get('Access-Control-Allow-Origin') !== null || answer.headers.get('Access-Control-Allow-Methods') !== null || !varies(answer)) {
          problems.push(`${origin}: preflight ${describeAnswer(route, answer)}`);
        }
      }
      const allowed = await preflight(allowedOrigin);
      const methods = allowed.headers.get('Access-Control-Allow-Methods') ?? '';
      const headers = (allowed.headers.get('Access-Control-Allow-Headers') ?? '').toLowerCase();
      if (allowed.headers.get('Access-Control-Allow-Origin') !== allowedOrigin || !methods.includes(route.method) || !headers.includes('authorization')) {
        problems.push(`own origin: preflight ${describeAnswer(route, allowed)}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe(`CORS on the back-office API, on ${dialectUnderTest}`, () => {
  it('allows no origin, not even one a portal of the same business lists', async () => {
    const problems: string[] = [];
    for (const route of routes.filter((route) => route.api === 'admin')) {
      for (const origin of [allowedOrigin, 'https://evil.example']) {
        const answer = await send(world, route, { ...(route.method === 'GET' ? { authorization: bearer(world.alpha.apiKey) } : {}), headers: { Origin: origin } });
        if (answer.headers.get('Access-Control-Allow-Origin') !== null) problems.push(`${origin}: ${describeAnswer(route, answer)}`);
        const preflight = await send(world, route, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': route.method } });
        if (preflight.headers.get('Access-Control-Allow-Origin') !== null || preflight.headers.get('Access-Control-Allow-Methods') !== null) {
          problems.push(`${origin}: preflight ${describeAnswer(route, preflight)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
