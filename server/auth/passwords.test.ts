import { describe, expect, it } from 'vitest';
import { testScryptCost } from '../../test/support/app.js';
import { PasswordHasher, PasswordHasherBusyError, passwordProblem, productionScryptCost, requireAcceptablePassword } from './passwords.js';

describe('password hashing', () => {
  it('uses scrypt N=2^17, r=8, p=1 in production and stores the parameters with the hash', async () => {
    const hasher = new PasswordHasher();
    expect(hasher.cost).toEqual({ N: 131072, r: 8, p: 1 });
    const stored = await hasher.hash('zonnepaneel-op-het-dak');
    expect(stored).toMatch(/^scrypt\$131072\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(await hasher.verify('zonnepaneel-op-het-dak', stored)).toBe(true);
    expect(await hasher.verify('zonnepaneel-op-het-dal', stored)).toBe(false);
  });

  it('salts every hash, so one password never hashes the same twice', async () => {
    const hasher = new PasswordHasher({ cost: testScryptCost });
    const first = await hasher.hash('cv-ketel onderhoud');
    const second = await hasher.hash('cv-ketel onderhoud');
    expect(first).not.toBe(second);
    expect(await hasher.verify('cv-ketel onderhoud', second)).toBe(true);
  });

  it('verifies a hash made with other parameters, and says it needs rehashing', async () => {
    const cheap = new PasswordHasher({ cost: testScryptCost });
    const stored = await cheap.hash('warmtepomp 2024 buiten');
    const production = new PasswordHasher({ cost: productionScryptCost });
    expect(await production.verify('warmtepomp 2024 buiten', stored)).toBe(true);
    expect(production.needsRehash(stored)).toBe(true);
    expect(cheap.needsRehash(stored)).toBe(false);
  });

  it('treats the same text typed in another Unicode form as the same password', async () => {
    const hasher = new PasswordHasher({ cost: testScryptCost });
    const stored = await hasher.hash('cr\u00e8me br\u00fbl\u00e9e op zondag');
    expect(await hasher.verify('cre\u0300me bru\u0302le\u0301e op zondag', stored)).toBe(true);
  });

  it('answers false, in about the time of a real check, for a missing or corrupt hash', async () => {
    const hasher = new PasswordHasher({ cost: { N: 2 ** 14, r: 8, p: 1 } });
    const stored = await hasher.hash('een goed wachtwoord hier');
    const time = async (run: () => Promise<unknown>) => {
      const started = performance.now();
      await run();
      return performance.now() - started;
    };
    await hasher.verify('warm-up', null);
    const real = await time(() => hasher.verify('wrong password here', stored));
    const missing = await time(() => hasher.verify('wrong password here', null));
    expect(await hasher.verify('x', 'scrypt$99999999999$8$1$aa$bb')).toBe(false);
    expect(await hasher.verify('x', 'md5$abc')).toBe(false);
    expect(missing).toBeGreaterThan(real * 0.4);
  });

  it('runs at most `concurrency` hashes at once and queues the rest', async () => {
    const hasher = new PasswordHasher({ cost: { N: 2 ** 13, r: 8, p: 1 }, concurrency: 2, maxQueued: 50 });
    let peak = 0;
    const watch = setInterval(() => (peak = Math.max(peak, hasher.load.active)), 1);
    const results = await Promise.all(Array.from({ length: 8 }, (_, n) => hasher.hash(`password number ${n}`)));
    clearInterval(watch);
    expect(results).toHaveLength(8);
    expect(peak).toBeLessThanOrEqual(2);
    expect(hasher.load).toEqual({ active: 0, waiting: 0 });
  });

  it('refuses new work when the queue is full, instead of piling up', async () => {
    const hasher = new PasswordHasher({ cost: { N: 2 ** 12, r: 8, p: 1 }, concurrency: 1, maxQueued: 2 });
    const outcomes = await Promise.allSettled(Array.from({ length: 6 }, (_, n) => hasher.hash(`flood ${n}`)));
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(3);
    const refused = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect(refused).toHaveLength(3);
    expect((refused[0] as PromiseRejectedResult).reason).toBeInstanceOf(PasswordHasherBusyError);
  });

  it('refuses a hash that would wait longer than maxWaitMs behind the ones before it, and runs it when they fit', async () => {
    const cost = { N: 2 ** 13, r: 8, p: 1 };
    const strict = new PasswordHasher({ cost, concurrency: 1, maxQueued: 50, maxWaitMs: 0 });
    await strict.hash('measures how long a hash takes');
    const outcomes = await Promise.allSettled(Array.from({ length: 4 }, (_, n) => strict.hash(`flood ${n}`)));
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'rejected']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toBeInstanceOf(PasswordHasherBusyError);
    expect(strict.load).toEqual({ active: 0, waiting: 0 });

    const patient = new PasswordHasher({ cost, concurrency: 1, maxQueued: 50, maxWaitMs: 60_000 });
    await patient.hash('measures how long a hash takes');
    const all = await Promise.allSettled(Array.from({ length: 4 }, (_, n) => patient.hash(`flood ${n}`)));
    expect(all.every((outcome) => outcome.status === 'fulfilled')).toBe(true);
  });

  it('gives up on a waiting hash after maxWaitMs even before any hash has finished, and keeps the queue in order', async () => {
    const hasher = new PasswordHasher({ cost: { N: 2 ** 16, r: 8, p: 1 }, concurrency: 1, maxQueued: 50, maxWaitMs: 1 });
    const outcomes = await Promise.allSettled([hasher.hash('first'), hasher.hash('second'), hasher.hash('third')]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'rejected']);
    expect(hasher.load).toEqual({ active: 0, waiting: 0 });
    expect(await hasher.hash('after the flood')).toMatch(/^scrypt\$/);
  });
});

describe('new password rules', () => {
  it('refuses passwords shorter than 8 or longer than 128 characters', async () => {
    expect(await passwordProblem('Kx9!ab')).toBe('too_short');
    expect(await passwordProblem('a'.repeat(129))).toBe('too_long');
  });

  it('counts characters as a person does: 8 emoji are 8 characters', async () => {
    expect(await passwordProblem('🔧🔥🚿🛁🧰🪛🔩🏠')).not.toBe('too_short');
  });

  it('refuses common passwords, Dutch ones included, with a reason the widget can translate', async () => {
    for (const common of ['password', '12345678', 'qwertyuiop', 'wachtwoord', 'welkom01']) {
      expect(await passwordProblem(common), common).toBe('too_common');
    }
    await expect(requireAcceptablePassword('password1', [])).rejects.toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'password', reason: 'too_common', message: expect.stringContaining('most used passwords') }],
    });
  });

  it('refuses a password built on the account holder’s own name or email', async () => {
    expect(await passwordProblem('jansen12', [])).toBeUndefined();
    expect(await passwordProblem('jansen12', ['p.jansen@example.nl', 'Piet Jansen'])).toBe('too_weak');
  });

  it('accepts a 64-character Unicode passphrase and asks for no special characters', async () => {
    const passphrase = 'Één kopje thee ☕ bij de cv-ketel, daarna naar huis — tot morgen!';
    expect([...passphrase]).toHaveLength(64);
    expect(await passwordProblem(passphrase)).toBeUndefined();
    expect(await passwordProblem('fietsen langs de grachten in mei')).toBeUndefined();
  });
});
