// Every route the router registers, called by everyone who must not get in: nobody, the wrong kind of credentials,
// another customer of the same business, another business. A new route is walked the moment it is registered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectUnderTest } from '../support/database.js';
import { callAdmin } from '../support/fixtures.js';
import { setPortalSettings } from '../support/customer-data-fixtures.js';
import {
  adminOnlyArea,
  allMethodPaths,
  asStaff,
  bearer,
  bodyReferringToOwner,
  buildWorld,
  databaseFingerprint,
  describeAnswer,
  hasPathIds,
  isError,
  isList,
  isPublic,
  isUpsert,
  ownerMarker,
  publicRoutes,
  queryKeys,
  rightfulCaller,
  routesOf,
  send,
  staffSessionOnly,
  validBodies,
  type Call,
  type PortalAccount,
  type Route,
  type World,
} from './world.js';

let world: World;
let routes: Route[];

beforeAll(async () => {
  world = await buildWorld();
  routes = routesOf(world.app);
}, 120_000);
afterAll(async () => {
  await world?.close();
});

const guarded = () => routes.filter((route) => !isPublic(route) && route.api !== 'operations');
const portalRoutes = () => guarded().filter((route) => route.api === 'portal');
const adminRoutes = () => guarded().filter((route) => route.api === 'admin');
const consoleRoutes = () => guarded().filter((route) => route.api === 'console');
const writes = (route: Route) => route.method !== 'GET' && route.method !== 'HEAD';

/** The owner's ids in every list filter that names a record, so a list cannot be used to reach them either. */
function filtersOnOwnerRecords(route: Route): string {
  const { records } = world;
  const byFilter: Record<string, string | undefined> = {
    objectId: records.portalIds.objects,
    locationId: records.portalIds.locations,
    workOrderId: records.portalIds['work-orders'],
    customerExternalId: records.externalIds.customers,
  };
  return queryKeys(route.doc.query)
    .filter((key) => byFilter[key] !== undefined)
    .map((key) => `${key}=${encodeURIComponent(byFilter[key]!)}`)
    .join('&');
}

async function expectNothingWritten<T>(tenantId: string | undefined, work: () => Promise<T>): Promise<{ result: T; changed: boolean }> {
  const before = await databaseFingerprint(world, tenantId);
  const result = await work();
  return { result, changed: (await databaseFingerprint(world, tenantId)) !== before };
}

describe(`the routes under test, on ${dialectUnderTest}`, () => {
  it('are every route the router registers, and the public list names only routes that exist', () => {
    const keys = new Set(routes.map((route) => route.key));
    expect(routes.length).toBeGreaterThan(90);
    expect([...publicRoutes].filter((key) => !keys.has(key)), 'public routes the app no longer has').toEqual([]);
    // Handlers for all methods would escape the walk: only middleware may be registered that way.
    const paths = new Set(routes.map((route) => route.path));
    expect(allMethodPaths(world.app).filter((path) => !path.endsWith('/*') && !paths.has(path))).toEqual([]);
  });
});

describe(`without credentials, on ${dialectUnderTest}`, () => {
  it('every route outside the public list answers 401 in the error shape', async () => {
    const problems: string[] = [];
    for (const route of routes.filter((route) => !isPublic(route))) {
      const body = validBodies(world.records)[route.key];
      const answer = await send(world, route, body ? { body } : {});
      if (answer.status !== 401 || !isError(answer, 'unauthorized') || answer.text.includes(ownerMarker)) problems.push(describeAnswer(route, answer));
    }
    expect(problems, 'routes open to anyone that are not on the public list').toEqual([]);
  });

  it('the public routes answer without leaking anyone’s data', async () => {
    const problems: string[] = [];
    for (const route of routes.filter(isPublic)) {
      const body = validBodies(world.records)[route.key];
      const answer = await send(world, route, body ? { body } : {});
      if (answer.status >= 500 || answer.text.includes(ownerMarker)) problems.push(describeAnswer(route, answer));
    }
    expect(problems).toEqual([]);
  });
});

describe(`with the wrong kind of credentials, on ${dialectUnderTest}`, () => {
  it('an API key on a portal route and a portal token on an admin route are 401', async () => {
    const problems: string[] = [];
    for (const route of portalRoutes()) {
      const answer = await send(world, route, { authorization: bearer(world.alpha.apiKey), body: validBodies(world.records)[route.key] });
      if (answer.status !== 401 || !isError(answer, 'unauthorized')) problems.push(`API key: ${describeAnswer(route, answer)}`);
    }
    for (const route of adminRoutes()) {
      const answer = await send(world, route, { authorization: bearer(world.owner.token), body: validBodies(world.records)[route.key] });
      if (answer.status !== 401 || !isError(answer, 'unauthorized')) problems.push(`portal token: ${describeAnswer(route, answer)}`);
    }
    expect(problems).toEqual([]);
  });

  it('a staff session on a portal route, and an API key or a portal token on the console’s own routes, are 401', async () => {
    const problems: string[] = [];
    for (const route of portalRoutes()) {
      const answer = await send(world, route, { ...asStaff(world.staffSessions.alphaAdmin), body: validBodies(world.records)[route.key] });
      if (answer.status !== 401 || !isError(answer, 'unauthorized')) problems.push(`staff session: ${describeAnswer(route, answer)}`);
    }
    for (const route of consoleRoutes()) {
      for (const [who, token] of [['API key', world.alpha.apiKey], ['portal token', world.owner.token]] as const) {
        const answer = await send(world, route, { authorization: bearer(token), headers: { 'X-Requested-With': 'klantportaal-console' }, body: validBodies(world.records)[route.key] });
        if (answer.status !== 401 || !isError(answer, 'unauthorized')) problems.push(`${who}: ${describeAnswer(route, answer)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('a signed-in customer of another business is 401 on this business’s portal: the token names another portal', async () => {
    const problems: string[] = [];
    for (const route of portalRoutes()) {
      const answer = await send(world, route, { authorization: bearer(world.stranger.token), body: validBodies(world.records)[route.key] });
      if (answer.status !== 401 || answer.text.includes(ownerMarker)) problems.push(describeAnswer(route, answer));
    }
    expect(problems).toEqual([]);
  });

  it('a read-only preview token is refused (403) on every portal write, and nothing is written', async () => {
    const preview = await callAdmin(world.app, world.alpha.apiKey, 'POST', '/preview-token', { contactId: world.owner.contactId });
    expect(preview.status).toBe(200);
    const { accessToken } = (await preview.json()) as { accessToken: string };
    const problems: string[] = [];
    const { changed } = await expectNothingWritten(undefined, async () => {
      for (const route of portalRoutes().filter((route) => route.method !== 'GET')) {
        const answer = await send(world, route, { authorization: bearer(accessToken), body: validBodies(world.records)[route.key] });
        if (answer.status !== 403 || !isError(answer, 'forbidden')) problems.push(describeAnswer(route, answer));
      }
    });
    expect(problems).toEqual([]);
    expect(changed, 'a preview wrote to the database').toBe(false);
  });
});

/** The walk of one customer who is not the owner, on their own portal, over every portal route. */
async function walkPortalAs(account: PortalAccount): Promise<string[]> {
  const problems: string[] = [];
  for (const route of portalRoutes()) {
    const call = { authorization: bearer(account.token), slug: account.slug, body: bodyReferringToOwner(route, world.records) };
    if (hasPathIds(route)) {
      const { result: answer, changed } = await expectNothingWritten(undefined, () => send(world, route, call));
      if (answer.status !== 404 || !isError(answer, 'not_found') || answer.text.includes(ownerMarker)) problems.push(describeAnswer(route, answer));
      if (changed) problems.push(`${route.key} wrote to the database for someone who may not see the record`);
    } else if (route.key === 'POST /api/v1/portal/:slug/requests') {
      const answer = await send(world, route, call);
      if (answer.status !== 400 || !answer.text.includes('objectId')) problems.push(`another's object on a request: ${describeAnswer(route, answer)}`);
    } else {
      const answer = await send(world, route, { ...call, ...(isList(route) ? { query: filtersOnOwnerRecords(route) } : {}) });
      if (answer.status >= 500 || answer.text.includes(ownerMarker)) problems.push(describeAnswer(route, answer));
      if (isList(route) && answer.status === 200 && filtersOnOwnerRecords(route) && answer.json.items.length !== 0) {
        problems.push(`${route.key} filtered on the owner's records lists ${answer.json.items.length}`);
      }
    }
  }
  return problems;
}

describe(`as another customer of the same business, on ${dialectUnderTest}`, () => {
  it('every record of the owner is 404 on every route and method, lists filtered on them are empty, and nothing changes', async () => {
    expect(await walkPortalAs(world.neighbour)).toEqual([]);
  });
});

describe(`as another business, on ${dialectUnderTest}`, () => {
  it('its customers get 404 for the owner’s records on their own portal, and nothing changes', async () => {
    expect(await walkPortalAs(world.stranger)).toEqual([]);
  });

  /** Business B by its API key (not on the routes only a staff session may use: those are 403 for any key) and by its admin's session. */
  const strangers = {
    'API key': () => ({ call: { authorization: bearer(world.bravo.apiKey) } as Call, routes: adminRoutes().filter((route) => !staffSessionOnly(route)) }),
    'staff session': () => ({ call: asStaff(world.staffSessions.bravoAdmin), routes: adminRoutes() }),
  };

  for (const [who, stranger] of Object.entries(strangers)) {
    it(`its ${who} gets 404 for the owner’s records on every admin route, and its lists carry none of them`, async () => {
      const problems: string[] = [];
      const { call: caller, routes } = stranger();
      for (const route of routes.filter((route) => !isUpsert(route))) {
        const call = { ...caller, body: validBodies(world.records)[route.key] };
        if (hasPathIds(route)) {
          const { result: answer, changed } = await expectNothingWritten(world.alpha.tenantId, () => send(world, route, call));
          if (answer.status !== 404 || !isError(answer, 'not_found') || answer.text.includes(ownerMarker)) problems.push(describeAnswer(route, answer));
          if (changed) problems.push(`${route.key} changed the owner's business`);
        } else {
          const query = isList(route) ? filtersOnOwnerRecords(route) : undefined;
          const { result: answer, changed } = await expectNothingWritten(world.alpha.tenantId, () => send(world, route, { ...call, ...(query ? { query } : {}) }));
          if (answer.status >= 500 || answer.text.includes(ownerMarker)) problems.push(describeAnswer(route, answer));
          if (route.key === 'POST /api/v1/admin/preview-token' && answer.status !== 404) problems.push(`preview of another business's contact: ${describeAnswer(route, answer)}`);
          if (changed) problems.push(`${route.key} changed the owner's business`);
        }
      }
      expect(problems).toEqual([]);
      // Two fingerprints of the whole business for every admin route: on PostgreSQL that takes its time.
    }, 120_000);
  }

  it('its upserts under the owner’s external ids make records of its own and leave the owner’s alone', async () => {
    const problems: string[] = [];
    const { changed } = await expectNothingWritten(world.alpha.tenantId, async () => {
      for (const [who, stranger] of Object.entries(strangers)) {
        const { call, routes } = stranger();
        for (const route of routes.filter(isUpsert)) {
          const answer = await send(world, route, { ...call, body: validBodies(world.records)[route.key] });
          if (answer.status >= 500 || answer.text.includes(ownerMarker)) problems.push(`${who}: ${describeAnswer(route, answer)}`);
        }
      }
    });
    expect(problems).toEqual([]);
    expect(changed, 'the owner’s records changed').toBe(false);
  });
});

describe(`what each caller of the business may do, on ${dialectUnderTest}`, () => {
  it('role staff gets 403 on every route of portal settings, webhooks, API keys, staff and business settings, and nothing is written', async () => {
    const adminOnly = adminRoutes().filter((route) => adminOnlyArea(route));
    expect(adminOnly.map((route) => route.key)).toEqual(
      expect.arrayContaining(['PUT /api/v1/admin/portals/:slug', 'GET /api/v1/admin/webhooks', 'POST /api/v1/admin/api-keys', 'PATCH /api/v1/admin/staff/:id', 'PUT /api/v1/admin/tenant']),
    );
    const problems: string[] = [];
    const { changed } = await expectNothingWritten(undefined, async () => {
      for (const route of adminOnly) {
        const answer = await send(world, route, { ...asStaff(world.staffSessions.alphaStaff), body: validBodies(world.records)[route.key] });
        if (answer.status !== 403 || !isError(answer, 'forbidden') || answer.text.includes(ownerMarker)) problems.push(describeAnswer(route, answer));
      }
    });
    expect(problems).toEqual([]);
    expect(changed, 'role staff wrote to an admin-only area').toBe(false);
  });

  it('role staff reads everything else of its business', async () => {
    const problems: string[] = [];
    for (const route of adminRoutes().filter((route) => route.method === 'GET' && !adminOnlyArea(route))) {
      const answer = await send(world, route, asStaff(world.staffSessions.alphaStaff));
      if (answer.status === 401 || answer.status === 403 || answer.status >= 500) problems.push(describeAnswer(route, answer));
    }
    expect(problems).toEqual([]);
  });

  it('an API key gets 403 on managing API keys and staff (a leaked key cannot mint keys or people), and nothing is written', async () => {
    const routes = adminRoutes().filter(staffSessionOnly);
    expect(routes.length).toBeGreaterThanOrEqual(6);
    const problems: string[] = [];
    const { changed } = await expectNothingWritten(undefined, async () => {
      for (const route of routes) {
        const answer = await send(world, route, { authorization: bearer(world.alpha.apiKey), body: validBodies(world.records)[route.key] });
        if (answer.status !== 403 || !isError(answer, 'forbidden') || answer.text.includes(ownerMarker)) problems.push(describeAnswer(route, answer));
      }
    });
    expect(problems).toEqual([]);
    expect(changed).toBe(false);
  });
});

describe(`the staff session cookie alone (CSRF), on ${dialectUnderTest}`, () => {
  it('every write with it but without X-Requested-With: klantportaal-console, or from another site, is 403 and writes nothing', async () => {
    const problems: string[] = [];
    const session = world.staffSessions.alphaAdmin;
    const { changed } = await expectNothingWritten(undefined, async () => {
      for (const route of [...adminRoutes(), ...consoleRoutes()].filter(writes)) {
        const body = validBodies(world.records)[route.key];
        const bare = await send(world, route, { staffCookie: session, body });
        if (bare.status !== 403 || !isError(bare, 'forbidden')) problems.push(`no header: ${describeAnswer(route, bare)}`);
        const foreign = await send(world, route, { ...asStaff(session), headers: { 'X-Requested-With': 'klantportaal-console', Origin: 'https://evil.example' }, body });
        if (foreign.status !== 403 || !isError(foreign, 'forbidden')) problems.push(`foreign Origin: ${describeAnswer(route, foreign)}`);
      }
    });
    expect(problems).toEqual([]);
    expect(changed, 'a forged write went through').toBe(false);
  });
});

describe(`what the owner reads, on ${dialectUnderTest}`, () => {
  it('matches the output schema its route documents, with no field beyond it', async () => {
    const described = routes.filter((route) => route.method === 'GET' && (route.api === 'portal' || route.api === 'admin') && route.doc.responses[200]?.schema);
    expect(described.length).toBeGreaterThanOrEqual(10);
    const problems: string[] = [];
    for (const route of described) {
      const answer = await send(world, route, rightfulCaller(world, route));
      const parsed = route.doc.responses[200]!.schema!.safeParse(answer.json);
      if (answer.status !== 200) problems.push(describeAnswer(route, answer));
      else if (!parsed.success) problems.push(`${route.key}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`);
    }
    expect(problems).toEqual([]);
  });
});

describe(`features a business switched off, on ${dialectUnderTest}`, () => {
  /** Routes of the signed-in customer that belong to no switchable feature. */
  const alwaysOn = new Set([
    'GET /api/v1/portal/:slug/me',
    'PATCH /api/v1/portal/:slug/me',
    'POST /api/v1/portal/:slug/me/password',
    'GET /api/v1/portal/:slug/locations',
    'GET /api/v1/portal/:slug/overview',
  ]);

  it('answer 403 feature_disabled on every route of theirs, not just a hidden button', async () => {
    await setPortalSettings(world.t.deps.db, world.alpha.slug, (settings) => {
      for (const feature of Object.keys(settings.features)) settings.features[feature as keyof typeof settings.features] = false;
    });
    try {
      const problems: string[] = [];
      for (const route of portalRoutes().filter((route) => !alwaysOn.has(route.key))) {
        const answer = await send(world, route, { authorization: bearer(world.owner.token), body: validBodies(world.records)[route.key] });
        if (answer.status !== 403 || !isError(answer, 'feature_disabled') || answer.text.includes(ownerMarker)) problems.push(describeAnswer(route, answer));
      }
      expect(problems).toEqual([]);
    } finally {
      await setPortalSettings(world.t.deps.db, world.alpha.slug, (settings) => {
        for (const feature of Object.keys(settings.features)) settings.features[feature as keyof typeof settings.features] = true;
      });
    }
  });
});
