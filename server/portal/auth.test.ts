import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { dialectUnderTest } from '../../test/support/database.js';
import {
  callPortal,
  refreshCookieOf,
  seedContact,
  seedCustomer,
  seedPasswordContact,
  seedTenant,
  type PortalCall,
  type SeededTenant,
} from '../../test/support/fixtures.js';
import { issueOneTimeToken } from '../auth/one-time-tokens.js';
import { PasswordHasher } from '../auth/passwords.js';

const homeUrl = 'https://www.jansen.nl/mijn-portaal';
const site = 'https://www.jansen.nl';
const password = 'Blauwe cv-ketel op zolder';

let t: TestApp;
let jansen: SeededTenant;
let customerId: string;
let n = 0;

beforeAll(async () => {
  t = await createTestApp();
  jansen = await seedTenant(t.deps.db, 'jansen', { homeUrl, name: 'Installatiebedrijf Jansen' }, [site]);
  customerId = await seedCustomer(t.deps.db, jansen.tenantId, 'DEB-1', 'Familie de Vries');
});
afterAll(async () => {
  await t.close();
});

/** A fresh active contact with a password, and an address of its own so throttling of one test never touches another. */
async function newContact(overrides: { status?: 'active' | 'invited' | 'disabled'; locale?: 'nl' | 'en'; role?: 'member' | 'admin' } = {}) {
  n += 1;
  const email = `contact${n}@example.nl`;
  const id = await seedPasswordContact(t.deps, { tenantId: jansen.tenantId, customerId, email, password, name: `Contact ${n}`, ...overrides });
  return { id, email, ip: `192.0.2.${n}` };
}

const call = (path: string, options: PortalCall = {}) => callPortal(t.app, 'jansen', path, options);
const cookieCall = (path: string, options: PortalCall = {}) =>
  call(path, { method: 'POST', ...options, headers: { 'X-Requested-With': 'klantportaal', ...options.headers } });

async function login(email: string, ip: string, secret = password) {
  return call('/auth/login', { body: { email, password: secret }, ip });
}

async function signedIn(email: string, ip: string) {
  const response = await login(email, ip);
  expect(response.status).toBe(200);
  const body = await json(response);
  return { token: body.accessToken as string, cookie: refreshCookieOf(response)!, body };
}

async function latestMail(to: string) {
  await t.deps.mailer.idle();
  return t.deps.db.selectFrom('emails').selectAll().where('to_address', '=', to).orderBy('created_at', 'desc').orderBy('id', 'desc').executeTakeFirst();
}

function linkToken(text: string, key: 'kp-magic' | 'kp-reset' | 'kp-invite'): string {
  const match = new RegExp(`${homeUrl.replace(/[.]/g, '\\.')}#${key}=([A-Za-z0-9_-]+)`).exec(text);
  expect(match, `a ${key} link in the mail`).not.toBeNull();
  return match![1]!;
}

describe(`password sign-in on ${dialectUnderTest}`, () => {
  it('answers the access token, its lifetime and the user, and sets the refresh cookie exactly as §5', async () => {
    const contact = await newContact({ locale: 'en' });
    const response = await login(contact.email.toUpperCase(), contact.ip);
    expect(response.status).toBe(200);
    const body = await json(response);
    expect(body).toEqual({
      accessToken: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
      expiresIn: 600,
      user: {
        id: contact.id,
        email: contact.email,
        name: expect.any(String),
        phone: null,
        role: 'member',
        locale: 'en',
        customer: { id: customerId, name: 'Familie de Vries' },
      },
    });
    const cookie = response.headers.getSetCookie().find((value) => value.startsWith('kp_refresh='))!;
    expect(cookie).toMatch(/^kp_refresh=[A-Za-z0-9_-]{43}; /);
    const attributes = cookie.split('; ').slice(1);
    expect(attributes).toEqual(
      expect.arrayContaining(['Max-Age=1209600', 'Path=/api/v1/portal/jansen/auth', 'HttpOnly', 'Secure', 'SameSite=None', 'Partitioned']),
    );
    expect(attributes).toHaveLength(6);

    const me = await call('/me', { token: body.accessToken });
    expect(me.status).toBe(200);
    expect((await json(me)).id).toBe(contact.id);

    const row = await t.deps.db.selectFrom('contacts').select('last_login_at').where('id', '=', contact.id).executeTakeFirstOrThrow();
    expect(row.last_login_at).not.toBeNull();
    const audit = await t.deps.db.selectFrom('audit_events').selectAll().where('subject_id', '=', contact.id).where('action', '=', 'contact.login').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.details!)).toEqual({ method: 'password' });
    expect(audit[0]!.ip).toBe(contact.ip);
  });

  it('gives the user the portal language when the contact chose none', async () => {
    const contact = await newContact();
    const { body } = await signedIn(contact.email, contact.ip);
    expect(body.user.locale).toBe('nl');
  });

  it('answers an unknown email and a wrong password byte for byte the same, and records the failure', async () => {
    const contact = await newContact();
    const invited = await newContact({ status: 'invited' });
    const disabled = await newContact({ status: 'disabled' });
    const answers = [
      await login(contact.email, '198.51.100.20', 'not the password at all'),
      await login('nobody-here@example.nl', '198.51.100.20'),
      await login(invited.email, '198.51.100.20'),
      await login(disabled.email, '198.51.100.20'),
    ];
    const bodies = await Promise.all(answers.map((response) => response.text()));
    expect(answers.map((response) => response.status)).toEqual([401, 401, 401, 401]);
    expect(new Set(bodies).size).toBe(1);
    expect(JSON.parse(bodies[0]!)).toEqual({ error: { code: 'unauthorized', message: 'The email address or password is not correct.' } });
    expect(answers.every((response) => refreshCookieOf(response) === undefined)).toBe(true);
    const failures = await t.deps.db.selectFrom('audit_events').selectAll().where('action', '=', 'contact.login_failed').where('ip', '=', '198.51.100.20').execute();
    expect(failures).toHaveLength(4);
    expect(JSON.stringify(failures)).not.toContain('nobody-here');
  });

  it('refuses when the portal has password sign-in switched off', async () => {
    const other = await seedTenant(t.deps.db, 'alleen-link', { auth: { password: false } });
    const response = await callPortal(t.app, other.slug, '/auth/login', { body: { email: 'a@example.nl', password } });
    expect(response.status).toBe(403);
    expect((await json(response)).error.code).toBe('feature_disabled');
    const reset = await callPortal(t.app, other.slug, '/auth/password-reset', { body: { email: 'a@example.nl' } });
    expect(reset.status).toBe(403);
  });

  it('rejects unknown fields and malformed email addresses with 400', async () => {
    const extra = await call('/auth/login', { body: { email: 'a@example.nl', password, tenantId: 'ten_x' } });
    expect(extra.status).toBe(400);
    const malformed = await call('/auth/login', { body: { email: 'not-an-email', password } });
    expect(malformed.status).toBe(400);
    expect((await json(malformed)).error.details[0].path).toBe('email');
  });
});

describe(`sign-in timing on ${dialectUnderTest}`, () => {
  it('takes about as long for an unknown email as for a wrong password', async () => {
    const cheap = t.deps.auth.passwords;
    // A cost where hashing, not the database, decides the time, as it does in production.
    t.deps.auth.passwords = new PasswordHasher({ cost: { N: 2 ** 15, r: 8, p: 1 } });
    try {
      const contact = await newContact();
      await t.deps.db
        .updateTable('contacts')
        .set({ password_hash: await t.deps.auth.passwords.hash(password) })
        .where('id', '=', contact.id)
        .execute();
      const timed = async (email: string, attempt: number) => {
        const started = performance.now();
        const response = await login(email, `198.18.0.${attempt}`, 'a wrong password here');
        expect(response.status).toBe(401);
        return performance.now() - started;
      };
      const wrong: number[] = [];
      const unknown: number[] = [];
      await timed('warm-up@example.nl', 0);
      for (let attempt = 1; attempt <= 4; attempt++) {
        wrong.push(await timed(contact.email, attempt));
        unknown.push(await timed(`unknown${attempt}@example.nl`, attempt));
      }
      // Other work on the machine only ever adds time, so the fastest of each is the fairest comparison. Without the
      // dummy hash an unknown email answers in a few milliseconds against ~50 or more: the bounds leave room for a
      // busy machine and still catch that.
      const ratio = Math.min(...unknown) / Math.min(...wrong);
      expect(ratio).toBeGreaterThan(0.35);
      expect(ratio).toBeLessThan(2.85);
    } finally {
      t.deps.auth.passwords = cheap;
    }
  });
});

describe(`sign-in throttling on ${dialectUnderTest}`, () => {
  it('locks one account after 5 failures, from however many addresses, with Retry-After, while others sign in', async () => {
    const target = await newContact();
    const bystander = await newContact();
    for (let attempt = 0; attempt < 5; attempt++) {
      const response = await login(target.email, `203.0.113.${attempt + 10}`, `guess number ${attempt}`);
      expect(response.status).toBe(401);
    }
    const locked = await login(target.email, '203.0.113.99');
    expect(locked.status).toBe(429);
    expect((await json(locked)).error.code).toBe('rate_limited');
    const retryAfter = Number(locked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(800);
    expect(retryAfter).toBeLessThanOrEqual(900);

    const unknown = await login('unknown-target@example.nl', '203.0.113.98');
    expect(unknown.status).toBe(401);
    expect((await login(bystander.email, '203.0.113.99')).status).toBe(200);
  });

  it('answers 429 the same for a locked unknown address as for a locked real one', async () => {
    const real = await newContact();
    for (const email of [real.email, 'ghost@example.nl']) {
      for (let attempt = 0; attempt < 5; attempt++) await login(email, `203.0.114.${attempt}`, 'wrong password');
    }
    const [a, b] = [await login(real.email, '203.0.114.50'), await login('ghost@example.nl', '203.0.114.50')];
    expect([a.status, b.status]).toEqual([429, 429]);
    expect((await json(a)).error).toEqual((await json(b)).error);
  });

  it('stops one address after 50 failed sign-ins across many accounts; other addresses still sign in', async () => {
    const attackerIp = '203.0.113.200';
    for (let attempt = 0; attempt < 50; attempt++) {
      const response = await login(`victim${attempt}@example.nl`, attackerIp, 'Welkom2024!');
      expect(response.status).toBe(401);
    }
    const contact = await newContact();
    expect((await login(contact.email, attackerIp)).status).toBe(429);
    expect((await login(contact.email, contact.ip)).status).toBe(200);
  });

  it('does not count successful sign-ins against the address', async () => {
    const contact = await newContact();
    for (let attempt = 0; attempt < 55; attempt++) {
      const response = await login(contact.email, '203.0.113.201');
      expect(response.status).toBe(200);
    }
  });
});

describe(`refresh and logout on ${dialectUnderTest}`, () => {
  it('exchanges the refresh cookie for a new access token and a new cookie', async () => {
    const contact = await newContact();
    const session = await signedIn(contact.email, contact.ip);
    const response = await cookieCall('/auth/refresh', { cookie: session.cookie, origin: site });
    expect(response.status).toBe(200);
    const body = await json(response);
    expect(body.user.id).toBe(contact.id);
    expect(body.expiresIn).toBe(600);
    const next = refreshCookieOf(response);
    expect(next).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(next).not.toBe(session.cookie);
    expect(response.headers.get('access-control-allow-origin')).toBe(site);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect((await call('/me', { token: body.accessToken })).status).toBe(200);
  });

  it('revokes the whole family when a rotated refresh token comes back', async () => {
    const contact = await newContact();
    const session = await signedIn(contact.email, contact.ip);
    const first = await cookieCall('/auth/refresh', { cookie: session.cookie });
    const current = refreshCookieOf(first)!;
    const { accessToken } = await json(first);

    const replay = await cookieCall('/auth/refresh', { cookie: session.cookie });
    expect(replay.status).toBe(204);
    expect(replay.headers.getSetCookie().some((value) => /^kp_refresh=;.*Max-Age=0/.test(value))).toBe(true);
    // The thief's replay also ends the session of whoever held the newest token.
    expect((await cookieCall('/auth/refresh', { cookie: current })).status).toBe(204);
    expect((await call('/me', { token: accessToken })).status).toBe(401);
    expect((await call('/me', { token: session.token })).status).toBe(401);
    const audit = await t.deps.db.selectFrom('audit_events').select('action').where('action', '=', 'session.refresh_token_reused').execute();
    expect(audit.length).toBeGreaterThan(0);
  });

  it('refuses refresh without X-Requested-With or from a foreign origin, and answers 204 without a live cookie', async () => {
    const contact = await newContact();
    const session = await signedIn(contact.email, contact.ip);
    const noHeader = await call('/auth/refresh', { method: 'POST', cookie: session.cookie });
    expect(noHeader.status).toBe(403);
    expect((await json(noHeader)).error.code).toBe('forbidden');
    const foreign = await cookieCall('/auth/refresh', { cookie: session.cookie, origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    const nullOrigin = await cookieCall('/auth/refresh', { cookie: session.cookie, origin: 'null' });
    expect(nullOrigin.status).toBe(403);
    // A visitor without a session is told so without an error status, so a signed-out visit logs no failed request.
    const none = await cookieCall('/auth/refresh');
    expect(none.status).toBe(204);
    expect(await none.text()).toBe('');
    const dead = await cookieCall('/auth/refresh', { cookie: 'x'.repeat(43) });
    expect(dead.status).toBe(204);
    expect(dead.headers.getSetCookie().some((value) => /^kp_refresh=;.*Max-Age=0/.test(value))).toBe(true);
    // None of the refused attempts used the cookie up.
    expect((await cookieCall('/auth/refresh', { cookie: session.cookie })).status).toBe(200);
  });

  it('does not accept one portal’s refresh cookie on another portal', async () => {
    const contact = await newContact();
    const session = await signedIn(contact.email, contact.ip);
    await seedTenant(t.deps.db, 'buurman', {}, []);
    const response = await callPortal(t.app, 'buurman', '/auth/refresh', {
      method: 'POST',
      cookie: session.cookie,
      headers: { 'X-Requested-With': 'klantportaal' },
    });
    expect(response.status).toBe(204);
    expect((await cookieCall('/auth/refresh', { cookie: session.cookie })).status).toBe(200);
  });

  it('logs out: 204, the cookie cleared, the access token refused at once and the refresh token dead', async () => {
    const contact = await newContact();
    const session = await signedIn(contact.email, contact.ip);
    const response = await cookieCall('/auth/logout', { cookie: session.cookie, origin: site });
    expect(response.status).toBe(204);
    const cleared = response.headers.getSetCookie().find((value) => value.startsWith('kp_refresh='))!;
    expect(cleared).toMatch(/^kp_refresh=; /);
    expect(cleared).toContain('Max-Age=0');
    expect(cleared).toContain('Path=/api/v1/portal/jansen/auth');
    expect(cleared).toContain('Partitioned');
    expect((await call('/me', { token: session.token })).status).toBe(401);
    expect((await cookieCall('/auth/refresh', { cookie: session.cookie })).status).toBe(204);
    const audit = await t.deps.db.selectFrom('audit_events').select('action').where('actor_id', '=', contact.id).where('action', '=', 'contact.logout').execute();
    expect(audit).toHaveLength(1);
  });

  it('logs out with only the access token, for browsers that keep no cookie for this site', async () => {
    const contact = await newContact();
    const session = await signedIn(contact.email, contact.ip);
    expect((await cookieCall('/auth/logout', { token: session.token })).status).toBe(204);
    expect((await call('/me', { token: session.token })).status).toBe(401);
    expect((await cookieCall('/auth/refresh', { cookie: session.cookie })).status).toBe(204);
  });

  it('refuses logout without X-Requested-With or from a foreign origin, and ends nothing', async () => {
    const contact = await newContact();
    const session = await signedIn(contact.email, contact.ip);
    expect((await call('/auth/logout', { method: 'POST', cookie: session.cookie })).status).toBe(403);
    expect((await cookieCall('/auth/logout', { cookie: session.cookie, origin: 'https://evil.example' })).status).toBe(403);
    expect((await call('/me', { token: session.token })).status).toBe(200);
  });

  it('ends the session on refresh once the contact is disabled', async () => {
    const contact = await newContact();
    const session = await signedIn(contact.email, contact.ip);
    await t.deps.db.updateTable('contacts').set({ status: 'disabled' }).where('id', '=', contact.id).execute();
    expect((await call('/me', { token: session.token })).status).toBe(401);
    expect((await cookieCall('/auth/refresh', { cookie: session.cookie })).status).toBe(204);
  });
});

describe(`CORS on the sign-in routes on ${dialectUnderTest}`, () => {
  it('answers the preflight of an allowed origin with exactly that origin and credentials', async () => {
    const response = await t.app.request('/api/v1/portal/jansen/auth/login', {
      method: 'OPTIONS',
      headers: { Origin: site, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,x-requested-with' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(site);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(response.headers.get('access-control-allow-headers')).toMatch(/X-Requested-With/);
    expect(response.headers.get('vary')).toMatch(/Origin/);
  });

  it('gives a foreign origin, or a look-alike of an allowed one, no allowance at all', async () => {
    for (const origin of ['https://evil.example', 'https://www.jansen.nl.evil.example', 'http://www.jansen.nl', 'null']) {
      const preflight = await t.app.request('/api/v1/portal/jansen/auth/login', {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' },
      });
      expect(preflight.headers.get('access-control-allow-origin'), origin).toBeNull();
      expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
      expect(preflight.headers.get('vary')).toMatch(/Origin/);
      const post = await call('/auth/login', { body: { email: 'x@example.nl', password }, origin, ip: '198.51.100.77' });
      expect(post.headers.get('access-control-allow-origin')).toBeNull();
      expect(post.headers.get('vary')).toMatch(/Origin/);
    }
  });
});

describe(`magic links on ${dialectUnderTest}`, () => {
  it('answers 202 with nothing in it, for a known and an unknown address alike', async () => {
    const contact = await newContact();
    const known = await call('/auth/magic-link', { body: { email: contact.email }, ip: contact.ip });
    const unknown = await call('/auth/magic-link', { body: { email: 'niemand@example.nl' }, ip: contact.ip });
    expect([known.status, unknown.status]).toEqual([202, 202]);
    expect(await known.text()).toBe('');
    expect(await unknown.text()).toBe('');
    expect(await latestMail('niemand@example.nl')).toBeUndefined();
  });

  it('mails a link to the portal home page that signs in once', async () => {
    const contact = await newContact({ locale: 'en' });
    await call('/auth/magic-link', { body: { email: contact.email }, ip: contact.ip });
    const mail = await latestMail(contact.email);
    expect(mail).toMatchObject({ kind: 'magic', locale: 'en', subject: 'Sign in to Installatiebedrijf Jansen', status: 'logged' });
    const token = linkToken(mail!.text_body, 'kp-magic');
    expect(mail!.html_body).toContain(`${homeUrl}#kp-magic=${token}`);

    const first = await call('/auth/magic-link/verify', { body: { token } });
    expect(first.status).toBe(200);
    expect((await json(first)).user.id).toBe(contact.id);
    expect(refreshCookieOf(first)).toBeDefined();

    const again = await call('/auth/magic-link/verify', { body: { token } });
    expect(again.status).toBe(400);
    expect((await json(again)).error).toMatchObject({ code: 'validation_failed', details: [{ path: 'token', reason: 'link_invalid' }] });
  });

  it('is never used up by a plain GET (mail scanners open links)', async () => {
    const contact = await newContact();
    const { token } = await issueOneTimeToken(t.deps.db, { tenantId: jansen.tenantId, portalId: jansen.portalId, contactId: contact.id, purpose: 'magic' });
    expect((await call(`/auth/magic-link/verify?token=${token}`)).status).toBe(404);
    expect((await call('/auth/magic-link/verify', { body: { token } })).status).toBe(200);
  });

  it('refuses an expired link, a reset link, and a link of another business’s portal', async () => {
    const contact = await newContact();
    const expired = await issueOneTimeToken(
      t.deps.db,
      { tenantId: jansen.tenantId, portalId: jansen.portalId, contactId: contact.id, purpose: 'magic' },
      new Date(Date.now() - 16 * 60 * 1000),
    );
    expect((await call('/auth/magic-link/verify', { body: { token: expired.token } })).status).toBe(400);
    const reset = await issueOneTimeToken(t.deps.db, { tenantId: jansen.tenantId, portalId: jansen.portalId, contactId: contact.id, purpose: 'reset' });
    expect((await call('/auth/magic-link/verify', { body: { token: reset.token } })).status).toBe(400);

    const other = await seedTenant(t.deps.db, 'anderbedrijf', { homeUrl: 'https://ander.nl/' });
    const otherCustomer = await seedCustomer(t.deps.db, other.tenantId, 'X');
    const otherContact = await seedContact(t.deps.db, { tenantId: other.tenantId, customerId: otherCustomer, email: 'x@ander.nl' });
    const foreign = await issueOneTimeToken(t.deps.db, { tenantId: other.tenantId, portalId: other.portalId, contactId: otherContact, purpose: 'magic' });
    expect((await call('/auth/magic-link/verify', { body: { token: foreign.token } })).status).toBe(400);
    expect((await callPortal(t.app, 'anderbedrijf', '/auth/magic-link/verify', { body: { token: foreign.token } })).status).toBe(200);
  });

  it('does not sign in a contact disabled after the link was sent', async () => {
    const contact = await newContact();
    const { token } = await issueOneTimeToken(t.deps.db, { tenantId: jansen.tenantId, portalId: jansen.portalId, contactId: contact.id, purpose: 'magic' });
    await t.deps.db.updateTable('contacts').set({ status: 'disabled' }).where('id', '=', contact.id).execute();
    expect((await call('/auth/magic-link/verify', { body: { token } })).status).toBe(400);
  });

  it('mails no more than 5 links an hour to one address, and no more than 30 from one client address', async () => {
    const contact = await newContact();
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await call('/auth/magic-link', { body: { email: contact.email }, ip: `198.51.101.${attempt}` })).status).toBe(202);
    }
    const limited = await call('/auth/magic-link', { body: { email: contact.email }, ip: '198.51.101.100' });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(3000);
    await t.deps.mailer.idle();
    const mails = await t.deps.db.selectFrom('emails').select('id').where('to_address', '=', contact.email).execute();
    expect(mails).toHaveLength(5);

    for (let attempt = 0; attempt < 30; attempt++) {
      expect((await call('/auth/password-reset', { body: { email: `flood${attempt}@example.nl` }, ip: '198.51.102.1' })).status).toBe(202);
    }
    expect((await call('/auth/magic-link', { body: { email: 'another@example.nl' }, ip: '198.51.102.1' })).status).toBe(429);
  });

  it('refuses when the portal has magic links switched off', async () => {
    await seedTenant(t.deps.db, 'zonder-link', { auth: { magicLink: false } });
    const request = await callPortal(t.app, 'zonder-link', '/auth/magic-link', { body: { email: 'a@example.nl' } });
    expect(request.status).toBe(403);
    expect((await json(request)).error.code).toBe('feature_disabled');
    const verify = await callPortal(t.app, 'zonder-link', '/auth/magic-link/verify', { body: { token: 'a'.repeat(43) } });
    expect(verify.status).toBe(403);
  });
});

describe(`password reset on ${dialectUnderTest}`, () => {
  it('mails a reset link; the new password works, the old one does not, and every session ends', async () => {
    const contact = await newContact();
    const before = await signedIn(contact.email, contact.ip);
    expect((await call('/auth/password-reset', { body: { email: contact.email }, ip: contact.ip })).status).toBe(202);
    const mail = await latestMail(contact.email);
    expect(mail).toMatchObject({ kind: 'reset', locale: 'nl', subject: 'Nieuw wachtwoord voor Installatiebedrijf Jansen' });
    const token = linkToken(mail!.text_body, 'kp-reset');

    const newPassword = 'Een nieuwe warmtepomp in de tuin';
    const confirmed = await call('/auth/password-reset/confirm', { body: { token, password: newPassword } });
    expect(confirmed.status).toBe(204);

    expect((await call('/me', { token: before.token })).status).toBe(401);
    expect((await cookieCall('/auth/refresh', { cookie: before.cookie })).status).toBe(204);
    expect((await login(contact.email, contact.ip)).status).toBe(401);
    expect((await login(contact.email, contact.ip, newPassword)).status).toBe(200);

    const again = await call('/auth/password-reset/confirm', { body: { token, password: 'Nog een ander wachtwoord hier' } });
    expect(again.status).toBe(400);
    const audit = await t.deps.db.selectFrom('audit_events').select('action').where('subject_id', '=', contact.id).where('action', '=', 'contact.password_reset').execute();
    expect(audit).toHaveLength(1);
  });

  it('refuses a common password without using up the link', async () => {
    const contact = await newContact();
    const { token } = await issueOneTimeToken(t.deps.db, { tenantId: jansen.tenantId, portalId: jansen.portalId, contactId: contact.id, purpose: 'reset' });
    const weak = await call('/auth/password-reset/confirm', { body: { token, password: 'password123' } });
    expect(weak.status).toBe(400);
    expect((await json(weak)).error.details).toEqual([{ path: 'password', reason: 'too_common', message: expect.any(String) }]);
    const short = await call('/auth/password-reset/confirm', { body: { token, password: 'kort' } });
    expect((await json(short)).error.details[0]).toMatchObject({ path: 'password', reason: 'too_short' });
    expect((await call('/auth/password-reset/confirm', { body: { token, password: 'Zonnepanelen op het platte dak' } })).status).toBe(204);
  });

  it('refuses an expired link', async () => {
    const contact = await newContact();
    const { token } = await issueOneTimeToken(
      t.deps.db,
      { tenantId: jansen.tenantId, portalId: jansen.portalId, contactId: contact.id, purpose: 'reset' },
      new Date(Date.now() - 31 * 60 * 1000),
    );
    expect((await call('/auth/password-reset/confirm', { body: { token, password: 'Zonnepanelen op het platte dak' } })).status).toBe(400);
  });

  it('sends no mail for an unknown address, and answers it the same', async () => {
    const response = await call('/auth/password-reset', { body: { email: 'wie-ben-ik@example.nl' }, ip: '198.51.103.1' });
    expect(response.status).toBe(202);
    expect(await response.text()).toBe('');
    expect(await latestMail('wie-ben-ik@example.nl')).toBeUndefined();
  });
});

describe(`accepting an invite on ${dialectUnderTest}`, () => {
  async function invited(name = 'Nieuwe Collega') {
    n += 1;
    const email = `invite${n}@example.nl`;
    const id = await seedContact(t.deps.db, { tenantId: jansen.tenantId, customerId, email, name, status: 'invited' });
    const { token } = await issueOneTimeToken(t.deps.db, { tenantId: jansen.tenantId, portalId: jansen.portalId, contactId: id, purpose: 'invite' });
    return { id, email, token };
  }

  it('sets the password and name, activates the contact, tells the back office and signs in', async () => {
    await t.deps.db
      .insertInto('webhooks')
      .values({ id: 'whk_invites', tenant_id: jansen.tenantId, url: 'https://erp.jansen.nl/hook', secret: 's', events: '["contact.activated"]', created_at: new Date().toISOString() })
      .execute();
    const invite = await invited();
    const response = await call('/auth/invite/accept', { body: { token: invite.token, password, name: 'Karin Bakker' } });
    expect(response.status).toBe(200);
    const body = await json(response);
    expect(body.user).toMatchObject({ id: invite.id, name: 'Karin Bakker', email: invite.email });
    expect(refreshCookieOf(response)).toBeDefined();
    const row = await t.deps.db.selectFrom('contacts').select(['status', 'name']).where('id', '=', invite.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'active', name: 'Karin Bakker' });
    expect((await login(invite.email, '198.51.104.1')).status).toBe(200);
    const again = await call('/auth/invite/accept', { body: { token: invite.token, password } });
    expect(again.status).toBe(400);
    const audit = await t.deps.db.selectFrom('audit_events').select('action').where('subject_id', '=', invite.id).where('action', '=', 'contact.activated').execute();
    expect(audit).toHaveLength(1);
    const deliveries = await t.deps.db.selectFrom('webhook_deliveries').select(['type', 'payload']).where('webhook_id', '=', 'whk_invites').execute();
    const announced = deliveries.map((delivery) => JSON.parse(delivery.payload)).filter((event) => event.data.contact.id === invite.id);
    expect(announced).toHaveLength(1);
    expect(announced[0]).toMatchObject({
      type: 'contact.activated',
      data: { via: 'invite', contact: { id: invite.id, email: invite.email, name: 'Karin Bakker', role: 'member', customerExternalId: 'DEB-1' } },
    });
    expect(JSON.stringify(announced[0])).not.toMatch(/password|hash|token/i);
  });

  it('requires a password that is not common, and keeps the invite usable until one is given', async () => {
    const invite = await invited();
    const missing = await call('/auth/invite/accept', { body: { token: invite.token } });
    expect(missing.status).toBe(400);
    expect((await json(missing)).error.details[0]).toMatchObject({ path: 'password', reason: 'required' });
    const common = await call('/auth/invite/accept', { body: { token: invite.token, password: 'qwerty123' } });
    expect((await json(common)).error.details[0]).toMatchObject({ path: 'password', reason: 'too_common' });
    expect((await call('/auth/invite/accept', { body: { token: invite.token, password } })).status).toBe(200);
  });

  it('refuses the invite of a contact who was disabled since, without using it up', async () => {
    const invite = await invited();
    await t.deps.db.updateTable('contacts').set({ status: 'disabled' }).where('id', '=', invite.id).execute();
    const response = await call('/auth/invite/accept', { body: { token: invite.token, password } });
    expect(response.status).toBe(403);
    expect((await json(response)).error.code).toBe('forbidden');
    const row = await t.deps.db.selectFrom('contacts').select('status').where('id', '=', invite.id).executeTakeFirstOrThrow();
    expect(row.status).toBe('disabled');
  });

  it('ends sessions that existed before the invite was accepted', async () => {
    const contact = await newContact();
    const session = await signedIn(contact.email, contact.ip);
    const { token } = await issueOneTimeToken(t.deps.db, { tenantId: jansen.tenantId, portalId: jansen.portalId, contactId: contact.id, purpose: 'invite' });
    expect((await call('/auth/invite/accept', { body: { token, password: 'Een heel ander wachtwoord nu' } })).status).toBe(200);
    expect((await call('/me', { token: session.token })).status).toBe(401);
  });

  it('refuses an expired invite', async () => {
    n += 1;
    const id = await seedContact(t.deps.db, { tenantId: jansen.tenantId, customerId, email: `late${n}@example.nl`, status: 'invited' });
    const { token } = await issueOneTimeToken(
      t.deps.db,
      { tenantId: jansen.tenantId, portalId: jansen.portalId, contactId: id, purpose: 'invite' },
      new Date(Date.now() - 8 * 24 * 60 * 60 * 1000),
    );
    expect((await call('/auth/invite/accept', { body: { token, password } })).status).toBe(400);
  });
});

describe(`the sign-in routes in /openapi.json on ${dialectUnderTest}`, () => {
  it('promise the refresh cookie on every answer that sets or removes it, and name what refresh and logout need', async () => {
    const document = await json(await t.app.request('/openapi.json'));
    const auth = (name: string) => document.paths[`/api/v1/portal/{slug}/auth/${name}`].post;
    for (const name of ['login', 'refresh', 'magic-link/verify', 'invite/accept', 'sso']) {
      const answer = auth(name).responses['200'];
      expect(answer.content['application/json'].schema, name).toEqual({ $ref: '#/components/schemas/SignIn' });
      expect(answer.headers['Set-Cookie'], name).toMatchObject({ required: true });
      expect(answer.headers['Set-Cookie'].description, name).toContain('Path=/api/v1/portal/{slug}/auth; HttpOnly; Secure; SameSite=None; Partitioned');
    }
    expect(auth('logout').responses['204'].headers['Set-Cookie'].description).toContain('Max-Age=0');
    expect(auth('refresh').responses['204'].headers['Set-Cookie'].description).toContain('Max-Age=0');
    for (const name of ['refresh', 'logout']) {
      expect(auth(name).parameters, name).toContainEqual(expect.objectContaining({ in: 'header', name: 'x-requested-with', required: true }));
      expect(auth(name).parameters, name).toContainEqual(expect.objectContaining({ in: 'cookie', name: 'kp_refresh', required: false }));
    }
    expect(auth('login').responses['429'].headers['Retry-After']).toBeDefined();
  });

  it('describe a refused password with its reason, as the Error schema allows', async () => {
    const contact = await newContact();
    const { token } = await signedIn(contact.email, contact.ip);
    const response = await call('/me/password', { body: { currentPassword: password, newPassword: 'password' }, token });
    expect(response.status).toBe(400);
    const detail = (await json(response)).error.details[0];
    expect(detail).toMatchObject({ path: 'newPassword', reason: expect.any(String) });
    const document = await json(await t.app.request('/openapi.json'));
    const refused = document.paths['/api/v1/portal/{slug}/me/password'].post.responses['400'].content['application/json'].schema;
    expect(refused.properties.error.properties.details.items.properties.reason).toBeDefined();
  });
});
