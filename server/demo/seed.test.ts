import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { callAdminAsStaff, callConsole, staffCookieOf } from '../../test/support/staff-fixtures.js';
import { demoStaffSignIn, seedDemo } from './seed.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.app, t.deps.db, { publicUrl: 'http://portal.test' });
  await seedDemo(t.app, t.deps.db, { publicUrl: 'http://portal.test' });
}, 120_000);
afterAll(async () => {
  await t.close();
});

describe(`the demo business on ${dialectUnderTest}`, () => {
  it('has a planner who signs in to the console with the printed password, as an admin without two-step sign-in, once however often it is seeded', async () => {
    const login = await callConsole(t.app, '/login', { body: { email: demoStaffSignIn.email, password: demoStaffSignIn.password } });
    expect(login.status).toBe(200);
    const body = await json(login);
    expect(body.staff).toMatchObject({ email: 'planning@vanderberg.example', role: 'admin', status: 'active', totpEnabled: false });
    expect(body.tenant.name).toBe('Van der Berg Installatietechniek');
    const planners = await t.deps.db.selectFrom('staff').select('id').where('email', '=', demoStaffSignIn.email).execute();
    expect(planners).toHaveLength(1);

    const inbox = await json(await callAdminAsStaff(t.app, staffCookieOf(login)!, 'GET', '/requests?status=submitted'));
    expect(inbox.items.length).toBeGreaterThanOrEqual(1);
  });
});
