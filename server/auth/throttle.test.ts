import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, dialectUnderTest, type TestDatabase } from '../../test/support/database.js';
import { connect, type DatabaseHandle } from '../db/connect.js';
import { ApiError } from '../http/errors.js';
import { clear, hit, hitOrThrow, refund } from './throttle.js';

let database: TestDatabase;
let second: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
  // Another connection to the same data, as a second server process would have.
  second = connect(database.url);
});
afterAll(async () => {
  await second.close();
  await database.close();
});

const limit = { max: 3, windowMs: 60_000 };

describe(`database throttling on ${dialectUnderTest}`, () => {
  it('allows up to the limit in a window, then refuses with the seconds until the window ends', async () => {
    const start = new Date('2026-11-29T10:00:00.000Z');
    const counts = [];
    for (let n = 0; n < 4; n++) counts.push(await hit(database.db, 'test:window', limit, new Date(start.getTime() + n * 1000)));
    expect(counts.map((counted) => counted.allowed)).toEqual([true, true, true, false]);
    expect(counts[3]!.count).toBe(4);
    expect(counts[3]!.retryAfter).toBe(57);
  });

  it('starts counting again once the window has passed', async () => {
    const start = new Date('2026-11-29T11:00:00.000Z');
    for (let n = 0; n < 5; n++) await hit(database.db, 'test:reset', limit, start);
    const later = await hit(database.db, 'test:reset', limit, new Date(start.getTime() + 60_001));
    expect(later).toMatchObject({ allowed: true, count: 1 });
  });

  it('counts every hit exactly once when two processes hit the same key at the same moment', async () => {
    const now = new Date('2026-11-29T12:00:00.000Z');
    const big = { max: 1000, windowMs: 60_000 };
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, n) => hit(n % 2 === 0 ? database.db : second.db, 'test:race', big, now)),
    );
    expect(results.map((result) => result.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, n) => n + 1));
  });

  it('keeps keys apart: a flood under one key does not limit another', async () => {
    const now = new Date('2026-11-29T13:00:00.000Z');
    for (let n = 0; n < 10; n++) await hit(database.db, 'test:flooded', limit, now);
    expect((await hit(database.db, 'test:quiet', limit, now)).allowed).toBe(true);
  });

  it('takes back a count on refund and forgets a key on clear', async () => {
    const now = new Date('2026-11-29T14:00:00.000Z');
    await hit(database.db, 'test:refund', limit, now);
    const second = await hit(database.db, 'test:refund', limit, now);
    await refund(database.db, second);
    expect((await hit(database.db, 'test:refund', limit, now)).count).toBe(2);
    await clear(database.db, 'test:refund');
    expect((await hit(database.db, 'test:refund', limit, now)).count).toBe(1);
  });

  it('throws 429 rate_limited with Retry-After at the first key over its limit', async () => {
    const now = new Date('2026-11-29T15:00:00.000Z');
    const checks = [
      { key: 'test:ip', limit: { max: 100, windowMs: 60_000 } },
      { key: 'test:account', limit: { max: 1, windowMs: 900_000 } },
    ];
    await hitOrThrow(database.db, checks, now);
    const error = await hitOrThrow(database.db, checks, now).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'rate_limited', status: 429, headers: { 'Retry-After': '900' } });
  });
});
