import { describe, expect, it } from 'vitest';
import { newId, pooledRandom } from './ids.js';

describe('record ids', () => {
  it('are 128 random bits after their prefix, and none repeats over many refills of the pool', () => {
    const ids = Array.from({ length: 20_000 }, () => newId('req'));
    for (const id of ids.slice(0, 100)) expect(id).toMatch(/^req_[A-Za-z0-9_-]{22}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('hand out each pooled byte once: draws of every size are distinct, and a large one comes from the system', () => {
    const draws = Array.from({ length: 2_000 }, (_, index) => pooledRandom((index % 40) + 8).toString('hex'));
    expect(new Set(draws).size).toBe(draws.length);
    // A draw is a copy: filling the pool again leaves an earlier one as it was.
    const kept = pooledRandom(16);
    const copy = Buffer.from(kept);
    for (let index = 0; index < 600; index += 1) pooledRandom(16);
    expect(kept.equals(copy)).toBe(true);
    expect(pooledRandom(200)).toHaveLength(200);
  });
});
