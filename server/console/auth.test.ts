import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { callAdmin, seedTenant, type SeededTenant } from '../../test/support/fixtures.js';
import { callAdminAsStaff, callConsole, seedStaff, signInStaff, staffCookieOf, staffPassword, totpCode, type ConsoleCall } from '../../test/support/staff-fixtures.js';
import { nowIso, sha256Hex } from '../db/ids.js';

let t: TestApp;
let vdb: SeededTenant;
let n = 0;

beforeAll(async () => {
  t = await createTestApp();
  vdb = await seedTenant(t.deps.db, 'vdb');
});
afterAll(async () => {
  await t.close();
});

/** A fresh staff member with an address of their own, so throttling in one test never touches another. */
async function newStaff(overrides: Partial<Parameters<typeof seedStaff>[1]> = {}) {
  n += 1;
  const email = `medewerker${n}@vanderberg.example`;
  const name = `Medewerker ${n}`;
  const id = await seedStaff(t.deps, { tenantId: vdb.tenantId, email, name, ...overrides });
  return { id, email, name, ip: `192.0.2.${n}` };
}

const call = (path: string, options: ConsoleCall = {}) => callConsole(t.app, path, options);
const login = (email: string, password: string, ip: string, tenantId?: string) =>
  call('/login', { body: { email, password, ...(tenantId ? { tenantId } : {}) }, ip });

async function sessionIsLive(cookie: string): Promise<boolean> {
  const response = await call('/me', { cookie });
  if (response.status !== 200 && response.status !== 401) throw new Error(`GET me answered ${response.status}`);
  return response.status === 200;
}

async function latestMail(to: string) {
  await t.deps.mailer.idle();
  return t.deps.db.selectFrom('emails').selectAll().where('to_address', '=', to).orderBy('created_at', 'desc').orderBy('id', 'desc').executeTakeFirst();
}

function linkToken(text: string, key: 'kp-staff-invite' | 'kp-staff-reset'): string {
  const match = new RegExp(`http://portal\\.test/console#${key}=([A-Za-z0-9_-]+)`).exec(text);
  expect(match, `a ${key} link in the mail`).not.toBeNull();
  return match![1]!;
}

/** Sets up TOTP for a signed-in staff member: answers the secret and the recovery codes. */
async function turnOnTotp(cookie: string) {
  const setup = await json(await call('/totp/setup', { method: 'POST', cookie }));
  const confirmed = await call('/totp/confirm', { cookie, body: { code: totpCode(setup.secret) } });
  expect(confirmed.status).toBe(200);
  return { secret: setup.secret as string, recoveryCodes: (await json(confirmed)).recoveryCodes as string[] };
}

describe(`staff sign-in with a password on ${dialectUnderTest}`, () => {
  it('answers the staff member and the business, and sets the kp_staff cookie exactly as §8.1', async () => {
    const staff = await newStaff({ locale: 'en' });
    const response = await login(staff.email.toUpperCase(), staffPassword, staff.ip);
    expect(response.status).toBe(200);
    expect(await json(response)).toEqual({
      staff: {
        id: staff.id,
        email: staff.email,
        name: expect.any(String),
        role: 'admin',
        status: 'active',
        locale: 'en',
        totpEnabled: false,
        lastLoginAt: expect.any(String),
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      },
      tenant: { id: vdb.tenantId, name: 'Business vdb', requireTotp: false },
      totpSetupRequired: false,
    });
    const cookie = response.headers.getSetCookie().find((value) => value.startsWith('kp_staff='))!;
    expect(cookie).toMatch(/^kp_staff=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/; Max-Age=43200(;|$)/);
    expect(cookie).toMatch(/; Path=\/api(;|$)/);
    expect(cookie).toMatch(/; HttpOnly(;|$)/);
    expect(cookie).toMatch(/; Secure(;|$)/);
    expect(cookie).toMatch(/; SameSite=Strict(;|$)/);

    const me = await call('/me', { cookie: staffCookieOf(response)! });
    expect(me.status).toBe(200);
    expect((await json(me)).staff.id).toBe(staff.id);
    const stored = await t.deps.db.selectFrom('staff_sessions').select('token_hash').where('staff_id', '=', staff.id).execute();
    expect(JSON.stringify(stored)).not.toContain(staffCookieOf(response)!);
  });

  it('lets the signed-in person change their own name and language', async () => {
    const staff = await newStaff();
    const cookie = await signInStaff(t.app, staff.email, staffPassword, { ip: staff.ip });
    const changed = await call('/me', { method: 'PATCH', cookie, body: { name: 'Sanne de Planner', locale: 'en' } });
    expect(changed.status).toBe(200);
    expect((await json(changed)).staff).toMatchObject({ id: staff.id, name: 'Sanne de Planner', locale: 'en' });
    expect((await call('/me', { method: 'PATCH', cookie, body: {} })).status).toBe(400);
    expect((await call('/me', { method: 'PATCH', cookie, body: { role: 'admin' } })).status).toBe(400);
  });

  it('gives the same answer for an unknown email, a wrong password and someone who has not accepted the invite', async () => {
    const staff = await newStaff();
    const invited = await newStaff({ status: 'invited', password: null });
    const disabled = await newStaff({ status: 'disabled' });
    const answers = [
      await login('niemand@vanderberg.example', staffPassword, '192.0.2.200'),
      await login(staff.email, 'een ander wachtwoord', staff.ip),
      await login(invited.email, staffPassword, invited.ip),
      await login(disabled.email, staffPassword, disabled.ip),
    ];
    const bodies = await Promise.all(answers.map((answer) => answer.text()));
    expect(answers.map((answer) => answer.status)).toEqual([401, 401, 401, 401]);
    expect(new Set(bodies).size).toBe(1);
    expect(JSON.parse(bodies[0]!)).toEqual({ error: { code: 'unauthorized', message: 'The email address or password is not correct.' } });
    expect(answers.some((answer) => staffCookieOf(answer))).toBe(false);
  });

  it('does the same password work for an unknown email as for a wrong password, so the answer takes as long', async () => {
    const staff = await newStaff();
    const hasher = t.deps.auth.passwords;
    const verify = hasher.verify.bind(hasher);
    const checked: (string | null | undefined)[] = [];
    hasher.verify = (password, stored) => {
      checked.push(stored);
      return verify(password, stored);
    };
    try {
      const unknown = await login('onbekend@vanderberg.example', 'niet het wachtwoord', '203.0.113.1');
      const forUnknown = checked.splice(0);
      const wrong = await login(staff.email, 'niet het wachtwoord', '203.0.113.2');
      const forWrong = checked.splice(0);
      expect([unknown.status, wrong.status]).toEqual([401, 401]);
      // One scrypt each: against no stored hash (hashed against a dummy of the same cost) and against the real one.
      expect(forUnknown).toEqual([null]);
      expect(forWrong).toHaveLength(1);
      expect(forWrong[0]).toMatch(/^scrypt\$/);
    } finally {
      hasher.verify = verify;
    }
  });

  it('throttles failed sign-ins per account from many addresses, leaving other accounts alone, and per address', async () => {
    const staff = await newStaff();
    const other = await newStaff();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await login(staff.email, `fout ${attempt}`, `198.18.0.${attempt}`)).status).toBe(401);
    }
    const blocked = await login(staff.email, staffPassword, '198.18.0.99');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect((await json(blocked)).error.code).toBe('rate_limited');
    expect((await login(other.email, staffPassword, other.ip)).status).toBe(200);

    for (let attempt = 0; attempt < 50; attempt += 1) await login(`gok${attempt}@vanderberg.example`, 'fout', '198.18.1.1');
    expect((await login(other.email, staffPassword, '198.18.1.1')).status).toBe(429);
  });
});

describe(`choosing a business on ${dialectUnderTest}`, () => {
  it('lists the businesses an email and password fit, then signs in to the one chosen; a wrong tenantId is a wrong password', async () => {
    const second = await seedTenant(t.deps.db, 'vdb-zuid');
    const email = 'sanne@beide.example';
    const first = await seedStaff(t.deps, { tenantId: vdb.tenantId, email, role: 'staff' });
    const other = await seedStaff(t.deps, { tenantId: second.tenantId, email });

    const choice = await login(email, staffPassword, '192.0.2.150');
    expect(choice.status).toBe(200);
    expect(staffCookieOf(choice)).toBeUndefined();
    const body = await json(choice);
    expect(body).toEqual({ tenantChoiceRequired: true, tenants: expect.any(Array) });
    expect(body.tenants).toHaveLength(2);
    expect(body.tenants).toEqual(expect.arrayContaining([{ id: vdb.tenantId, name: 'Business vdb' }, { id: second.tenantId, name: 'Business vdb-zuid' }]));

    const chosen = await login(email, staffPassword, '192.0.2.150', second.tenantId);
    expect(chosen.status).toBe(200);
    expect((await json(chosen)).staff.id).toBe(other);
    const me = await json(await call('/me', { cookie: staffCookieOf(chosen)! }));
    expect(me.tenant.id).toBe(second.tenantId);

    expect((await login(email, staffPassword, '192.0.2.150', 'ten_elders')).status).toBe(401);
    // A password that fits one business only signs in there at once.
    await t.deps.db.updateTable('staff').set({ password_hash: await t.deps.auth.passwords.hash('Alleen voor het noorden') }).where('id', '=', first).execute();
    const direct = await login(email, 'Alleen voor het noorden', '192.0.2.150');
    expect((await json(direct)).staff.id).toBe(first);
  });
});

describe(`two-step sign-in with TOTP on ${dialectUnderTest}`, () => {
  it('is set up with a first right code, answers ten recovery codes once, and ends the person’s other sessions', async () => {
    const staff = await newStaff();
    const cookie = await signInStaff(t.app, staff.email, staffPassword, { ip: staff.ip });
    const elsewhere = await signInStaff(t.app, staff.email, staffPassword, { ip: staff.ip });
    const setup = await call('/totp/setup', { method: 'POST', cookie });
    expect(setup.status).toBe(200);
    const { secret, otpauthUri } = await json(setup);
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    expect(otpauthUri).toContain(`secret=${secret}`);
    expect(decodeURIComponent(otpauthUri)).toContain('Business vdb');

    const wrong = await call('/totp/confirm', { cookie, body: { code: totpCode(secret, 5) } });
    expect(wrong.status).toBe(400);
    expect((await json(wrong)).error.details[0]).toMatchObject({ path: 'code', reason: 'wrong_code' });
    expect((await json(await call('/me', { cookie }))).staff.totpEnabled).toBe(false);

    const confirmed = await call('/totp/confirm', { cookie, body: { code: totpCode(secret) } });
    expect(confirmed.status).toBe(200);
    const { recoveryCodes } = await json(confirmed);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const stored = await t.deps.db.selectFrom('staff_recovery_codes').select('code_hash').where('staff_id', '=', staff.id).execute();
    expect(JSON.stringify(stored)).not.toContain(recoveryCodes[0]!.replace('-', ''));
    expect(await sessionIsLive(cookie)).toBe(true);
    expect(await sessionIsLive(elsewhere)).toBe(false);
    expect((await call('/totp/setup', { method: 'POST', cookie })).status).toBe(409);
  });

  it('asks for a code after the password: a wrong code fails, a right one signs in, the same code again does not', async () => {
    const staff = await newStaff();
    const { secret } = await turnOnTotp(await signInStaff(t.app, staff.email, staffPassword, { ip: staff.ip }));

    const first = await login(staff.email, staffPassword, staff.ip);
    expect(first.status).toBe(200);
    expect(staffCookieOf(first)).toBeUndefined();
    const { mfaRequired, challenge } = await json(first);
    expect(mfaRequired).toBe(true);

    const wrong = await call('/mfa', { body: { challenge, code: '000000' === totpCode(secret, 1) ? '111111' : '000000' }, ip: staff.ip });
    expect(wrong.status).toBe(400);
    expect((await json(wrong)).error.details[0].reason).toBe('wrong_code');

    const code = totpCode(secret, 1);
    const right = await call('/mfa', { body: { challenge, code }, ip: staff.ip });
    expect(right.status).toBe(200);
    expect(staffCookieOf(right)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await json(right)).staff.totpEnabled).toBe(true);
    // The challenge is used up with the sign-in.
    expect((await call('/mfa', { body: { challenge, code: totpCode(secret, 1) }, ip: staff.ip })).status).toBe(401);

    const again = await json(await login(staff.email, staffPassword, staff.ip));
    const reused = await call('/mfa', { body: { challenge: again.challenge, code }, ip: staff.ip });
    expect(reused.status).toBe(400);
    expect((await call('/mfa', { body: { challenge: again.challenge, code: totpCode(secret, 0) }, ip: staff.ip })).status).toBe(400);
  });

  it('takes each recovery code once instead of a code', async () => {
    const staff = await newStaff();
    const { recoveryCodes } = await turnOnTotp(await signInStaff(t.app, staff.email, staffPassword, { ip: staff.ip }));
    const { challenge } = await json(await login(staff.email, staffPassword, staff.ip));
    const recovered = await call('/mfa', { body: { challenge, code: recoveryCodes[3]!.toUpperCase() }, ip: staff.ip });
    expect(recovered.status).toBe(200);
    const again = await json(await login(staff.email, staffPassword, staff.ip));
    expect((await call('/mfa', { body: { challenge: again.challenge, code: recoveryCodes[3] }, ip: staff.ip })).status).toBe(400);
    expect((await call('/mfa', { body: { challenge: again.challenge, code: recoveryCodes[4] }, ip: staff.ip })).status).toBe(200);
    const used = await t.deps.db.selectFrom('staff_recovery_codes').select('used_at').where('staff_id', '=', staff.id).where('used_at', 'is not', null).execute();
    expect(used).toHaveLength(2);
  });

  it('throttles five wrong codes like wrong passwords, and a right password does not reset the count', async () => {
    const staff = await newStaff();
    const { secret } = await turnOnTotp(await signInStaff(t.app, staff.email, staffPassword, { ip: staff.ip }));
    const { challenge } = await json(await login(staff.email, staffPassword, staff.ip));
    for (let attempt = 0; attempt < 4; attempt += 1) {
      expect((await call('/mfa', { body: { challenge, code: `zz${attempt}` }, ip: `198.18.2.${attempt}` })).status).toBe(400);
    }
    const { challenge: next } = await json(await login(staff.email, staffPassword, staff.ip));
    expect((await call('/mfa', { body: { challenge: next, code: 'zz9' }, ip: staff.ip })).status).toBe(400);
    expect((await call('/mfa', { body: { challenge: next, code: totpCode(secret, 1) }, ip: staff.ip })).status).toBe(429);
  });

  it('is turned off with a code, ending the other sessions; then the password alone signs in', async () => {
    const staff = await newStaff();
    const cookie = await signInStaff(t.app, staff.email, staffPassword, { ip: staff.ip });
    const { secret, recoveryCodes } = await turnOnTotp(cookie);
    const other = await json(await login(staff.email, staffPassword, staff.ip));
    const elsewhere = staffCookieOf(await call('/mfa', { body: { challenge: other.challenge, code: recoveryCodes[0] }, ip: staff.ip }))!;
    expect((await call('/totp/disable', { cookie, body: { code: '123' } })).status).toBe(400);
    // The code that confirmed the set-up has been used.
    expect((await call('/totp/disable', { cookie, body: { code: totpCode(secret) } })).status).toBe(400);
    const off = await call('/totp/disable', { cookie, body: { code: totpCode(secret, 1) } });
    expect(off.status).toBe(204);
    expect(await sessionIsLive(cookie)).toBe(true);
    expect(await sessionIsLive(elsewhere)).toBe(false);
    expect(await t.deps.db.selectFrom('staff_recovery_codes').select('id').where('staff_id', '=', staff.id).execute()).toEqual([]);
    expect(staffCookieOf(await login(staff.email, staffPassword, staff.ip))).toBeDefined();
  });
});

describe(`a business that requires two-step sign-in, on ${dialectUnderTest}`, () => {
  it('lets staff without it reach only me, totp/setup, totp/confirm and logout until they set it up', async () => {
    const business = await seedTenant(t.deps.db, 'vdb-streng');
    const email = 'nieuw@streng.example';
    await seedStaff(t.deps, { tenantId: business.tenantId, email, role: 'admin' });
    const put = await callAdmin(t.app, business.apiKey, 'PUT', '/tenant', { name: 'Streng BV', requireTotp: true });
    expect(put.status).toBe(200);

    const signedIn = await login(email, staffPassword, '192.0.2.170');
    expect(signedIn.status).toBe(200);
    expect((await json(signedIn)).totpSetupRequired).toBe(true);
    const cookie = staffCookieOf(signedIn)!;
    expect((await json(await call('/me', { cookie }))).totpSetupRequired).toBe(true);

    const refused = await callAdminAsStaff(t.app, cookie, 'GET', '/customers');
    expect(refused.status).toBe(403);
    expect((await json(refused)).error.details[0].reason).toBe('totp_setup_required');
    expect((await call('/me/password', { cookie, body: { currentPassword: staffPassword, newPassword: 'Een heel ander wachtwoord' } })).status).toBe(403);

    await turnOnTotp(cookie);
    expect((await json(await call('/me', { cookie }))).totpSetupRequired).toBe(false);
    expect((await callAdminAsStaff(t.app, cookie, 'GET', '/customers')).status).toBe(200);
  });
});

describe(`when a session ends, on ${dialectUnderTest}`, () => {
  it('logout ends it at once and clears the cookie', async () => {
    const staff = await newStaff();
    const cookie = await signInStaff(t.app, staff.email, staffPassword, { ip: staff.ip });
    const response = await call('/logout', { method: 'POST', cookie });
    expect(response.status).toBe(204);
    expect(response.headers.getSetCookie().find((value) => value.startsWith('kp_staff='))).toMatch(/Max-Age=0/);
    expect(await sessionIsLive(cookie)).toBe(false);
    expect((await callAdminAsStaff(t.app, cookie, 'GET', '/customers')).status).toBe(401);
    expect((await call('/logout', { method: 'POST' })).status).toBe(204);
  });

  it('a password change ends every other session, keeps this one, and the old password stops working', async () => {
    const staff = await newStaff();
    const cookie = await signInStaff(t.app, staff.email, staffPassword, { ip: staff.ip });
    const elsewhere = await signInStaff(t.app, staff.email, staffPassword, { ip: staff.ip });
    const wrong = await call('/me/password', { cookie, body: { currentPassword: 'niet goed', newPassword: 'Een heel ander wachtwoord' } });
    expect(wrong.status).toBe(400);
    expect((await json(wrong)).error.details[0].reason).toBe('wrong_password');
    const weak = await call('/me/password', { cookie, body: { currentPassword: staffPassword, newPassword: 'password' } });
    expect(weak.status).toBe(400);
    expect((await call('/me/password', { cookie, body: { currentPassword: staffPassword, newPassword: 'Een heel ander wachtwoord' } })).status).toBe(204);
    expect(await sessionIsLive(cookie)).toBe(true);
    expect(await sessionIsLive(elsewhere)).toBe(false);
    expect((await login(staff.email, staffPassword, staff.ip)).status).toBe(401);
    expect((await login(staff.email, 'Een heel ander wachtwoord', staff.ip)).status).toBe(200);
  });

  it('disabling the staff member ends their sessions at once', async () => {
    const admin = await newStaff();
    const colleague = await newStaff({ role: 'staff' });
    const adminCookie = await signInStaff(t.app, admin.email, staffPassword, { ip: admin.ip });
    const cookie = await signInStaff(t.app, colleague.email, staffPassword, { ip: colleague.ip });
    const disabled = await callAdminAsStaff(t.app, adminCookie, 'PATCH', `/staff/${colleague.id}`, { status: 'disabled' });
    expect(disabled.status).toBe(200);
    expect(await sessionIsLive(cookie)).toBe(false);
    expect((await callAdminAsStaff(t.app, cookie, 'GET', '/customers')).status).toBe(401);
  });

  it('after two hours unused, and twelve hours after sign-in however busy', async () => {
    const staff = await newStaff();
    const idle = await signInStaff(t.app, staff.email, staffPassword, { ip: staff.ip });
    const busy = await signInStaff(t.app, staff.email, staffPassword, { ip: staff.ip });
    const recent = await signInStaff(t.app, staff.email, staffPassword, { ip: staff.ip });
    const ago = (minutes: number) => nowIso(new Date(Date.now() - minutes * 60_000));
    await t.deps.db.updateTable('staff_sessions').set({ last_used_at: ago(121) }).where('token_hash', '=', sha256Hex(idle)).execute();
    await t.deps.db
      .updateTable('staff_sessions')
      .set({ created_at: ago(12 * 60 + 1), expires_at: ago(1), last_used_at: ago(1) })
      .where('token_hash', '=', sha256Hex(busy))
      .execute();
    await t.deps.db.updateTable('staff_sessions').set({ last_used_at: ago(119) }).where('token_hash', '=', sha256Hex(recent)).execute();
    expect(await sessionIsLive(idle)).toBe(false);
    expect(await sessionIsLive(busy)).toBe(false);
    expect(await sessionIsLive(recent)).toBe(true);
    // Using it counts as use: the idle clock starts again.
    const row = await t.deps.db.selectFrom('staff_sessions').select('last_used_at').where('token_hash', '=', sha256Hex(recent)).executeTakeFirstOrThrow();
    expect(Date.now() - Date.parse(row.last_used_at)).toBeLessThan(60_000);
  });
});

describe(`the cookie alone never changes anything (CSRF), on ${dialectUnderTest}`, () => {
  it('a write with the cookie needs X-Requested-With: klantportaal-console and, when an Origin is sent, this server’s', async () => {
    const staff = await newStaff();
    const cookie = await signInStaff(t.app, staff.email, staffPassword, { ip: staff.ip });
    const change = { currentPassword: staffPassword, newPassword: 'Een heel ander wachtwoord' };
    const noHeader = await call('/me/password', { cookie, body: change, consoleHeader: false });
    expect(noHeader.status).toBe(403);
    expect((await json(noHeader)).error.details[0].reason).toBe('console_header_missing');
    const foreign = await call('/me/password', { cookie, body: change, origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect((await json(foreign)).error.details[0].reason).toBe('foreign_origin');
    expect((await call('/logout', { method: 'POST', cookie, consoleHeader: false })).status).toBe(403);
    expect(await sessionIsLive(cookie)).toBe(true);

    const adminNoHeader = await callAdminAsStaff(t.app, cookie, 'PUT', '/tenant', { name: 'Overgenomen', requireTotp: false }, { consoleHeader: false });
    expect(adminNoHeader.status).toBe(403);
    const adminForeign = await callAdminAsStaff(t.app, cookie, 'PUT', '/tenant', { name: 'Overgenomen', requireTotp: false }, { origin: 'http://portal.test.evil.example' });
    expect(adminForeign.status).toBe(403);
    expect((await callAdmin(t.app, vdb.apiKey, 'GET', '/tenant').then(json)).name).toBe('Business vdb');

    // Reading needs no header (an EventSource cannot send one); a write from the console's own origin passes.
    expect((await callAdminAsStaff(t.app, cookie, 'GET', '/tenant', undefined, { consoleHeader: false })).status).toBe(200);
    expect((await call('/me/password', { cookie, body: change, origin: 'http://portal.test' })).status).toBe(204);
  });

  it('sign-in from another site is refused', async () => {
    const staff = await newStaff();
    const response = await call('/login', { body: { email: staff.email, password: staffPassword }, origin: 'https://evil.example', ip: staff.ip });
    expect(response.status).toBe(403);
    expect(staffCookieOf(response)).toBeUndefined();
  });
});

describe(`invites and password resets, on ${dialectUnderTest}`, () => {
  it('an admin invites a colleague: the mail in their language links to the console, accepting signs them in, once', async () => {
    const admin = await newStaff();
    const cookie = await signInStaff(t.app, admin.email, staffPassword, { ip: admin.ip });
    const invited = await callAdminAsStaff(t.app, cookie, 'POST', '/staff', { email: 'Nieuw.Collega@vanderberg.example', name: 'Nieuwe collega', role: 'staff', locale: 'en' });
    expect(invited.status).toBe(201);
    const created = await json(invited);
    expect(created).toMatchObject({ email: 'nieuw.collega@vanderberg.example', role: 'staff', status: 'invited', totpEnabled: false });

    const mail = await latestMail('nieuw.collega@vanderberg.example');
    expect(mail?.locale).toBe('en');
    expect(mail?.subject).toBe('Your invitation to the Business vdb console');
    expect(mail?.text_body).toContain(`${admin.name} invites you to the console of Business vdb.`);
    const token = linkToken(mail!.text_body, 'kp-staff-invite');

    expect((await call('/invite/accept', { body: { token, password: 'password' } })).status).toBe(400);
    const accepted = await call('/invite/accept', { body: { token, password: 'Een lange zin voor de console', name: 'Nina Collega' } });
    expect(accepted.status).toBe(200);
    const body = await json(accepted);
    expect(body.staff).toMatchObject({ id: created.id, name: 'Nina Collega', status: 'active', role: 'staff' });
    expect(await sessionIsLive(staffCookieOf(accepted)!)).toBe(true);

    const again = await call('/invite/accept', { body: { token, password: 'Een lange zin voor de console' } });
    expect(again.status).toBe(400);
    expect((await json(again)).error.details[0].reason).toBe('link_invalid');
    expect((await callAdminAsStaff(t.app, cookie, 'POST', '/staff', { email: 'nieuw.collega@vanderberg.example', name: 'Dubbel', role: 'staff' })).status).toBe(409);
  });

  it('a reset mails a link for a known address and answers 202 for any; the new password ends every session', async () => {
    const staff = await newStaff();
    const cookie = await signInStaff(t.app, staff.email, staffPassword, { ip: staff.ip });
    expect((await call('/password-reset', { body: { email: 'niemand@vanderberg.example' }, ip: staff.ip })).status).toBe(202);
    expect(await latestMail('niemand@vanderberg.example')).toBeUndefined();
    expect((await call('/password-reset', { body: { email: staff.email }, ip: staff.ip })).status).toBe(202);
    const mail = await latestMail(staff.email);
    expect(mail?.locale).toBe('nl');
    expect(mail?.subject).toBe('Nieuw wachtwoord voor de console van Business vdb');
    const token = linkToken(mail!.text_body, 'kp-staff-reset');

    expect((await call('/password-reset/confirm', { body: { token, password: 'Nieuw wachtwoord na het vergeten' } })).status).toBe(204);
    expect(await sessionIsLive(cookie)).toBe(false);
    expect((await call('/password-reset/confirm', { body: { token, password: 'Nog een ander wachtwoord hier' } })).status).toBe(400);
    expect((await login(staff.email, 'Nieuw wachtwoord na het vergeten', staff.ip)).status).toBe(200);
  });
});
