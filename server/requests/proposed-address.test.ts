import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { callAdmin, callPortal, seedTwoTenants } from '../../test/support/fixtures.js';
import { setPortalSettings } from '../../test/support/customer-data-fixtures.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { submitRequest, validRequest } from './test-support.js';

let t: TestApp;
let world: Awaited<ReturnType<typeof seedTwoTenants>>;
let alice: { token: string; customerId: string };
let bob: { token: string };
const slug = 'alpha';
const newLocation = { street: 'Kerkstraat', houseNumber: '12', houseNumberAddition: 'a', postalCode: '3511ab', city: 'Utrecht', country: 'NL' };

beforeAll(async () => {
  t = await createTestApp();
  world = await seedTwoTenants(t.deps);
  alice = world.alpha.customers[0]!;
  bob = world.alpha.customers[1]!;
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await setPortalSettings(t.deps.db, slug, (settings) => {
    settings.features.requests = true;
    settings.requestForm.requireTerms = false;
    settings.requestForm.checklist = [];
  });
});

async function fileWithNewAddress(address: Record<string, unknown> = newLocation) {
  const response = await submitRequest(t.app, slug, alice.token, validRequest({ newLocation: address }));
  expect(response.status).toBe(201);
  return json(response);
}

const adminRequest = async (id: string) => json(await callAdmin(t.app, world.alpha.apiKey, 'GET', `/requests/${id}`));
const portalLocations = async (token: string) => (await json(await callPortal(t.app, slug, '/locations', { token }))).items as any[];

describe(`a work address added with a request on ${dialectUnderTest}`, () => {
  it('is kept with the customer’s addresses, normalised, and shown to the business as proposed by the customer', async () => {
    const request = await fileWithNewAddress();
    expect(request.locationId).toEqual(expect.any(String));
    const staffView = await adminRequest(request.id);
    expect(staffView.location).toMatchObject({ street: 'Kerkstraat', houseNumber: '12A', postalCode: '3511 AB', city: 'Utrecht', proposal: 'proposed' });
    expect((await portalLocations(alice.token)).map((location) => location.id)).toContain(request.locationId);
    const row = await t.deps.db.selectFrom('locations').select(['source', 'proposal', 'external_id']).where('id', '=', request.locationId).executeTakeFirstOrThrow();
    expect(row).toEqual({ source: 'console', proposal: 'proposed', external_id: `proposed-${request.reference}` });
  });

  it('is not seen by another customer of the same business', async () => {
    const request = await fileWithNewAddress();
    expect((await portalLocations(bob.token)).map((location) => location.id)).not.toContain(request.locationId);
    expect((await callPortal(t.app, slug, `/requests/${request.id}`, { token: bob.token })).status).toBe(404);
  });

  it('refuses a Dutch postcode that is not four digits and two letters with 400, and keeps nothing', async () => {
    const before = (await portalLocations(alice.token)).length;
    for (const postalCode of ['351 AB', '3511 A', 'ABCD 12', '0511 AB']) {
      const response = await submitRequest(t.app, slug, alice.token, validRequest({ newLocation: { ...newLocation, postalCode } }));
      expect(response.status).toBe(400);
      expect((await json(response)).error.details).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'newLocation.postalCode' })]));
    }
    expect((await portalLocations(alice.token)).length).toBe(before);
  });

  it('takes an address abroad with the postcode as written', async () => {
    const request = await fileWithNewAddress({ street: 'Rue de la Loi', houseNumber: '16', postalCode: 'B-1000', city: 'Brussel', country: 'be' });
    expect((await adminRequest(request.id)).location).toMatchObject({ postalCode: 'B-1000', proposal: 'proposed' });
  });

  it('refuses a chosen address and a new one together', async () => {
    const mine = await fileWithNewAddress();
    const response = await submitRequest(t.app, slug, alice.token, validRequest({ locationId: mine.locationId, newLocation }));
    expect(response.status).toBe(400);
  });

  it('becomes a work address when the business accepts it, and is no longer offered when it declines', async () => {
    const accepted = await fileWithNewAddress();
    const accept = await callAdmin(t.app, world.alpha.apiKey, 'POST', `/requests/${accepted.id}/proposed-address`, { decision: 'accept' });
    expect(accept.status).toBe(200);
    expect((await json(accept)).location.proposal).toBeNull();
    const again = await callAdmin(t.app, world.alpha.apiKey, 'POST', `/requests/${accepted.id}/proposed-address`, { decision: 'decline' });
    expect(again.status).toBe(409);

    const declined = await fileWithNewAddress({ ...newLocation, houseNumber: '14' });
    const decline = await callAdmin(t.app, world.alpha.apiKey, 'POST', `/requests/${declined.id}/proposed-address`, { decision: 'decline' });
    expect((await json(decline)).location.proposal).toBe('declined');
    const offered = (await portalLocations(alice.token)).map((location) => location.id);
    expect(offered).toContain(accepted.locationId);
    expect(offered).not.toContain(declined.locationId);
  });

  it('cannot be decided on by another business', async () => {
    const request = await fileWithNewAddress();
    const response = await callAdmin(t.app, world.bravo.apiKey, 'POST', `/requests/${request.id}/proposed-address`, { decision: 'accept' });
    expect(response.status).toBe(404);
  });
});
