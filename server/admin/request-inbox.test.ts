import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { callAdmin, callPortal, seedTwoTenants } from '../../test/support/fixtures.js';
import { setPortalSettings } from '../../test/support/customer-data-fixtures.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { adminRequestDetailSchema, adminRequestPageSchema, type AdminRequest } from '../requests/output.js';
import { submitRequest, validRequest } from '../requests/test-support.js';

let t: TestApp;
let world: Awaited<ReturnType<typeof seedTwoTenants>>;
const admin = (method: string, path: string, body?: unknown) => callAdmin(t.app, world.alpha.apiKey, method, path, body);
/** Lists order by time: two writes within one millisecond would have no order to check. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 3));
let guestIp = 0;

async function fromContact(slug: string, token: string, body: Record<string, unknown> = {}): Promise<string> {
  const response = await submitRequest(t.app, slug, token, validRequest(body));
  expect(response.status).toBe(201);
  await tick();
  return (await json(response)).id;
}

async function fromGuest(slug: string, name: string, body: Record<string, unknown> = {}): Promise<string> {
  guestIp += 1;
  const response = await callPortal(t.app, slug, '/guest-requests', {
    ip: `192.0.2.${guestIp}`,
    body: {
      name,
      email: `gast${guestIp}@example.com`,
      phone: '06 12345678',
      address: { street: 'Kerkstraat', houseNumber: '5', postalCode: '3511 AB', city: 'Utrecht' },
      workType: 'repair',
      description: `Van ${name}`,
      ...body,
    },
  });
  expect(response.status).toBe(202);
  const { reference } = await json(response);
  const row = await t.deps.db.selectFrom('requests').select('id').where('reference', '=', reference).executeTakeFirstOrThrow();
  await tick();
  return row.id;
}

/** Every page of the inbox for `query`, followed by its cursors, `limit` at a time. */
async function walk(query: string, limit = 2): Promise<AdminRequest[]> {
  const items: AdminRequest[] = [];
  let cursor: string | null = null;
  do {
    const response = await admin('GET', `/requests?${query}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    expect(response.status).toBe(200);
    const page = adminRequestPageSchema.parse(await json(response));
    expect(page.items.length).toBeLessThanOrEqual(limit);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

const ids = (items: AdminRequest[]) => items.map((item) => item.id);

const made = {
  alice: [] as string[],
  bob: [] as string[],
  guestsNorth: [] as string[],
  guestsSouth: [] as string[],
  wildcardGuest: '',
  bravo: [] as string[],
};
/** Every alpha request, newest first. */
let alphaNewestFirst: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  world = await seedTwoTenants(t.deps);
  const [alice, bob] = world.alpha.customers;
  await t.deps.db.updateTable('contacts').set({ name: 'Alice Jansen' }).where('id', '=', alice!.contactId).execute();
  await t.deps.db.updateTable('contacts').set({ name: 'Bob de Bakker' }).where('id', '=', bob!.contactId).execute();
  await t.deps.db.updateTable('customers').set({ name: 'Jansen Installaties' }).where('id', '=', alice!.customerId).execute();
  // Another business with the very same names: it must never show up.
  const bravoContact = world.bravo.customers[0]!;
  await t.deps.db.updateTable('contacts').set({ name: 'Alice Jansen' }).where('id', '=', bravoContact.contactId).execute();
  await t.deps.db.updateTable('customers').set({ name: 'Jansen Installaties' }).where('id', '=', bravoContact.customerId).execute();

  expect((await admin('PUT', '/portals/alpha-zuid', { name: 'Alpha Zuid', features: { guestRequests: true } })).status).toBe(201);
  await setPortalSettings(t.deps.db, 'alpha', (settings) => {
    settings.features.guestRequests = true;
  });
  await setPortalSettings(t.deps.db, 'bravo', (settings) => {
    settings.features.guestRequests = true;
  });

  // Interleaved, so that every filter has rows to pass over between the rows it keeps.
  for (let round = 0; round < 3; round++) {
    made.alice.push(await fromContact('alpha', alice!.token, { workType: round === 0 ? 'maintenance' : 'repair' }));
    made.guestsSouth.push(await fromGuest('alpha-zuid', `Gerda Zuid ${round}`));
    made.bob.push(await fromContact('alpha', bob!.token, { workType: 'maintenance' }));
    made.guestsNorth.push(await fromGuest('alpha', `Gerrit Noord ${round}`, { workType: 'maintenance' }));
    made.bravo.push(await fromContact('bravo', bravoContact.token));
  }
  made.wildcardGuest = await fromGuest('alpha', 'Kees 100%_Echt\\Zeker');
  made.bravo.push(await fromGuest('bravo', 'Gerrit Noord 0'));
  alphaNewestFirst = ids(await walk('status=submitted', 100));
});
afterAll(async () => {
  await t.close();
});

/** The alpha requests among `expected`, in the inbox's order. */
const inOrder = (expected: string[]) => alphaNewestFirst.filter((id) => expected.includes(id));

describe(`filtering the inbox on ${dialectUnderTest}`, () => {
  it('has every request of the business and none of another', () => {
    expect(alphaNewestFirst).toHaveLength(13);
    for (const id of made.bravo) expect(alphaNewestFirst).not.toContain(id);
  });

  it('filters by portal, work type and guest or customer, each page a part of the same list', async () => {
    expect(ids(await walk('portal=alpha-zuid'))).toEqual(inOrder(made.guestsSouth));
    expect(ids(await walk('workType=maintenance'))).toEqual(inOrder([made.alice[0]!, ...made.bob, ...made.guestsNorth]));
    expect(ids(await walk('source=guest'))).toEqual(inOrder([...made.guestsSouth, ...made.guestsNorth, made.wildcardGuest]));
    expect(ids(await walk('source=portal'))).toEqual(inOrder([...made.alice, ...made.bob]));
    expect(ids(await walk('portal=alpha&workType=maintenance&source=guest'))).toEqual(inOrder(made.guestsNorth));
    expect(ids(await walk('portal=alpha&source=portal&status=in_review'))).toEqual([]);
  });

  it('pages through a filtered list without gaps or repeats, one request at a time', async () => {
    const expected = inOrder([made.alice[0]!, ...made.bob, ...made.guestsNorth]);
    expect(ids(await walk('workType=maintenance', 1))).toEqual(expected);
  });

  it('finds a request by its reference in any case, or by part of it', async () => {
    const target = adminRequestDetailSchema.parse(await json(await admin('GET', `/requests/${made.bob[1]}`)));
    expect(ids(await walk(`q=${encodeURIComponent(target.reference.toLowerCase())}`))).toEqual([target.id]);
    expect(ids(await walk(`q=${encodeURIComponent(target.reference.slice(3))}`))).toContain(target.id);
    // From its start, as one reads it out: with or without KP-, as far as one got.
    expect(ids(await walk(`q=${encodeURIComponent(target.reference.slice(3, 7).toLowerCase())}`))).toContain(target.id);
    expect(ids(await walk(`q=${encodeURIComponent(target.reference.slice(0, 5))}`))).toContain(target.id);
  });

  it('pages through several statuses, and through a search that matches in several ways, without gaps or repeats', async () => {
    expect(ids(await walk('status=submitted,in_review,accepted', 1))).toEqual(alphaNewestFirst);
    // Alice's requests match twice over (her customer's name and her own); each is listed once.
    expect(ids(await walk('q=jansen', 1))).toEqual(inOrder(made.alice));
    expect(ids(await walk('q=gerda&source=guest&status=submitted,cancelled', 1))).toEqual(inOrder(made.guestsSouth));
  });

  it('finds requests by the customer’s, the contact’s or the guest’s name, in any case, and never another business’s', async () => {
    expect(ids(await walk('q=jansen%20INSTALL'))).toEqual(inOrder(made.alice));
    expect(ids(await walk('q=ALICE'))).toEqual(inOrder(made.alice));
    expect(ids(await walk('q=de%20bakker'))).toEqual(inOrder(made.bob));
    expect(ids(await walk('q=gerrit%20noord'))).toEqual(inOrder(made.guestsNorth));
    expect(ids(await walk('q=noord%200'))).toEqual(inOrder([made.guestsNorth[0]!]));
    expect(ids(await walk('q=gerda&portal=alpha'))).toEqual([]);
    expect(ids(await walk('q=zuid&source=guest', 1))).toEqual(inOrder(made.guestsSouth));
  });

  it('keeps to one customer by its externalId, and finds nothing for another business’s', async () => {
    const externalIdOf = async (customerId: string) =>
      (await t.deps.db.selectFrom('customers').select('external_id').where('id', '=', customerId).executeTakeFirstOrThrow()).external_id;
    const [alice, bob] = world.alpha.customers;
    expect(ids(await walk(`customerExternalId=${encodeURIComponent(await externalIdOf(alice!.customerId))}`))).toEqual(inOrder(made.alice));
    expect(ids(await walk(`customerExternalId=${encodeURIComponent(await externalIdOf(bob!.customerId))}&workType=maintenance`))).toEqual(inOrder(made.bob));
    expect(ids(await walk(`customerExternalId=${encodeURIComponent(await externalIdOf(world.bravo.customers[0]!.customerId))}`))).toEqual([]);
  });

  it('matches %, _ and \\ in a search as themselves, not as wildcards', async () => {
    expect(ids(await walk('q=%25'))).toEqual([made.wildcardGuest]);
    expect(ids(await walk('q=_'))).toEqual([made.wildcardGuest]);
    expect(ids(await walk('q=100%25_e'))).toEqual([made.wildcardGuest]);
    expect(ids(await walk(`q=${encodeURIComponent('t\\z')}`))).toEqual([made.wildcardGuest]);
    expect(ids(await walk('q=1_0'))).toEqual([]);
    expect(ids(await walk('q=Noord%25'))).toEqual([]);
  });

  it('searches nothing for an empty search, and refuses filters it cannot read', async () => {
    expect(ids(await walk('q=%20%20', 100))).toEqual(alphaNewestFirst);
    for (const query of ['source=customer', 'portal=Not%20A%20Slug', `q=${'x'.repeat(101)}`, 'workType=']) {
      const response = await admin('GET', `/requests?${query}`);
      expect(response.status, query).toBe(400);
      expect((await json(response)).error.code).toBe('validation_failed');
    }
  });
});

describe(`what the business reads of a request on ${dialectUnderTest}`, () => {
  it('carries the customer with their debtor number, the work address and the installation the customer chose', async () => {
    const alice = world.alpha.customers[0]!;
    expect((await admin('PUT', `/customers/${alice.externalId}`, { name: 'Jansen Installaties', debtorNumber: 'D-1001' })).status).toBe(200);
    await admin('PUT', `/customers/${alice.externalId}/locations/thuis`, { street: 'Dorpsstraat', houseNumber: '12a', postalCode: '3512 AB', city: 'Utrecht' });
    await admin('PUT', '/objects/ketel-1', {
      customerExternalId: alice.externalId,
      locationExternalId: 'thuis',
      name: 'Cv-ketel zolder',
      type: 'cv-ketel',
      brand: 'Remeha',
      model: 'Tzerra Ace',
      serialNumber: 'RT-0042',
    });
    const location = await t.deps.db.selectFrom('locations').select('id').where('external_id', '=', 'thuis').executeTakeFirstOrThrow();
    const object = await t.deps.db.selectFrom('objects').select('id').where('external_id', '=', 'ketel-1').executeTakeFirstOrThrow();
    const id = await fromContact('alpha', alice.token, { locationId: location.id, objectId: object.id });

    const detail = adminRequestDetailSchema.parse(await json(await admin('GET', `/requests/${id}`)));
    expect(detail.customer).toEqual({ id: alice.customerId, externalId: alice.externalId, name: 'Jansen Installaties', debtorNumber: 'D-1001' });
    expect(detail.location).toEqual({ id: location.id, externalId: 'thuis', street: 'Dorpsstraat', houseNumber: '12a', postalCode: '3512 AB', city: 'Utrecht', proposal: null });
    expect(detail.object).toEqual({ id: object.id, externalId: 'ketel-1', name: 'Cv-ketel zolder', type: 'cv-ketel', brand: 'Remeha', model: 'Tzerra Ace', serialNumber: 'RT-0042' });
    const listed = (await walk('q=jansen', 100)).find((item) => item.id === id)!;
    expect(listed.object?.serialNumber).toBe('RT-0042');
  });

  it('has no customer, address or installation for a request without them', async () => {
    const guest = adminRequestDetailSchema.parse(await json(await admin('GET', `/requests/${made.guestsNorth[0]}`)));
    expect(guest).toMatchObject({ customer: null, location: null, object: null, source: 'guest' });
    const plain = adminRequestDetailSchema.parse(await json(await admin('GET', `/requests/${made.bob[0]}`)));
    expect(plain).toMatchObject({ location: null, object: null, customer: { debtorNumber: null } });
  });
});
