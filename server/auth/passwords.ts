// Password hashing (scrypt, parameters stored with the hash) and the rules a new password must meet.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { ApiError, type ErrorDetail } from '../http/errors.js';

export interface ScryptCost {
  /** CPU/memory cost, a power of two. */
  N: number;
  r: number;
  p: number;
}

/** Design §5: N=2^17, r=8, p=1 — about 128 MiB and a few hundred milliseconds a hash. */
export const productionScryptCost: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };

const keyLength = 32;
const saltLength = 16;
// Stored hashes are ours, but a corrupt row must not make one verification allocate gigabytes.
const maxAcceptedN = 2 ** 20;

export const passwordMinLength = 8;
export const passwordMaxLength = 128;

/** Thrown when more hashes wait than the queue holds: the caller answers 429 instead of piling up work. */
export class PasswordHasherBusyError extends Error {
  constructor() {
    super('password hashing is saturated');
    this.name = 'PasswordHasherBusyError';
  }
}

interface Waiter {
  resolve(): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

/**
 * At most `limit` holders at once; the rest wait in arrival order, for at most `maxWaitMs`. A newcomer is refused at
 * once when the queue is full or when the tasks before it would take longer than that to run (from the average
 * duration of the tasks so far), so during a flood an answer comes quickly instead of never.
 */
class Semaphore {
  #active = 0;
  #averageMs: number | undefined;
  readonly #waiting: Waiter[] = [];
  constructor(
    readonly limit: number,
    readonly maxWaiting: number,
    readonly maxWaitMs: number,
  ) {}

  get waiting(): number {
    return this.#waiting.length;
  }

  get active(): number {
    return this.#active;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.#active >= this.limit) {
      const expectedWaitMs = this.#averageMs === undefined ? 0 : ((this.#waiting.length + 1) / this.limit) * this.#averageMs;
      if (this.#waiting.length >= this.maxWaiting || expectedWaitMs > this.maxWaitMs) throw new PasswordHasherBusyError();
      await new Promise<void>((resolve, reject) => {
        const waiter: Waiter = {
          resolve,
          reject,
          timer: setTimeout(() => {
            this.#waiting.splice(this.#waiting.indexOf(waiter), 1);
            reject(new PasswordHasherBusyError());
          }, this.maxWaitMs),
        };
        this.#waiting.push(waiter);
      });
    } else {
      this.#active += 1;
    }
    const started = performance.now();
    try {
      return await task();
    } finally {
      const took = performance.now() - started;
      this.#averageMs = this.#averageMs === undefined ? took : this.#averageMs * 0.8 + took * 0.2;
      const next = this.#waiting.shift();
      // The slot passes straight to the next waiter, so #active only drops when nobody waits.
      if (next) {
        clearTimeout(next.timer);
        next.resolve();
      } else {
        this.#active -= 1;
      }
    }
  }
}

function scryptAsync(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  const options: ScryptOptions = {
    N: cost.N,
    r: cost.r,
    p: cost.p,
    // node's default maxmem (32 MiB) is below what N=2^17, r=8 needs (128 * N * r = 128 MiB).
    maxmem: 128 * cost.N * cost.r * 2,
  };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

interface ParsedHash {
  cost: ScryptCost;
  salt: Buffer;
  key: Buffer;
}

function parseHash(stored: string): ParsedHash | undefined {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return undefined;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![N, r, p].every((value) => Number.isInteger(value) && value > 0) || N > maxAcceptedN || (N & (N - 1)) !== 0) return undefined;
  return { cost: { N, r, p }, salt: Buffer.from(parts[4]!, 'base64url'), key: Buffer.from(parts[5]!, 'base64url') };
}

/**
 * One core is always left to the event loop: scrypt is memory-hard, and two hashes on a two-core machine cut every
 * other route to a fifteenth of its throughput during a login flood (npm run bench); with one, to a quarter.
 */
export const defaultHashConcurrency = Math.max(1, Math.min(2, availableParallelism() - 1));

export interface PasswordHasherOptions {
  cost?: ScryptCost;
  /** Hashes computed at once. Each takes a libuv thread (shared with file I/O) and 128 MiB. */
  concurrency?: number;
  /** Hashes allowed to wait for a slot before new ones are refused. */
  maxQueued?: number;
  /** The longest a hash waits for a slot; one that would wait longer is refused (the caller answers 429). */
  maxWaitMs?: number;
}

/**
 * Hashes and verifies passwords without blocking the event loop, and caps how many run at once so a login flood
 * queues here instead of starving every other route of threads and memory.
 */
export class PasswordHasher {
  readonly cost: ScryptCost;
  readonly #slots: Semaphore;
  readonly #dummySalt = randomBytes(saltLength);

  constructor(options: PasswordHasherOptions = {}) {
    this.cost = options.cost ?? productionScryptCost;
    this.#slots = new Semaphore(options.concurrency ?? defaultHashConcurrency, options.maxQueued ?? 100, options.maxWaitMs ?? 3_000);
  }

  /** How many hashes run and wait right now. */
  get load(): { active: number; waiting: number } {
    return { active: this.#slots.active, waiting: this.#slots.waiting };
  }

  async hash(password: string): Promise<string> {
    const salt = randomBytes(saltLength);
    const key = await this.#slots.run(() => scryptAsync(password, salt, this.cost));
    const { N, r, p } = this.cost;
    return `scrypt$${N}$${r}$${p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
  }

  /**
   * True when the password matches. With no stored hash (unknown email, a contact without a password) it hashes
   * against a dummy all the same, so the answer takes as long as a real mismatch.
   */
  async verify(password: string, stored: string | null | undefined): Promise<boolean> {
    const parsed = stored ? parseHash(stored) : undefined;
    if (!parsed) {
      await this.#slots.run(() => scryptAsync(password, this.#dummySalt, this.cost));
      return false;
    }
    const key = await this.#slots.run(() => scryptAsync(password, parsed.salt, parsed.cost));
    return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
  }

  /** True when a stored hash was made with other parameters than today's: rehash it at the next sign-in. */
  needsRehash(stored: string): boolean {
    const parsed = parseHash(stored);
    return !parsed || parsed.cost.N !== this.cost.N || parsed.cost.r !== this.cost.r || parsed.cost.p !== this.cost.p;
  }
}

export type PasswordProblem = 'too_short' | 'too_long' | 'too_common' | 'too_weak';

const problemMessages: Record<PasswordProblem, string> = {
  too_short: `Use at least ${passwordMinLength} characters.`,
  too_long: `Use at most ${passwordMaxLength} characters.`,
  too_common: 'This password is one of the most used passwords and is easy to guess. Choose another one, for example a few words together.',
  too_weak: 'This password is easy to guess. Make it longer, for example a few words together.',
};

type Estimator = { check(password: string, userInputs?: (string | number)[]): ZxcvbnResultLike };
interface ZxcvbnResultLike {
  score: number;
  sequence: { pattern: string; dictionaryName?: string; token: string }[];
}

// The dictionaries are a few megabytes: load them on the first password that needs judging, not at start-up.
let estimator: Promise<Estimator> | undefined;
function loadEstimator(): Promise<Estimator> {
  estimator ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')]).then(
    ([core, common]) =>
      new core.ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs }) as unknown as Estimator,
  );
  return estimator;
}

/**
 * Why a new password is refused, or undefined when it is fine. Length counts characters as people do (code points),
 * with no composition rules; `context` holds words the password must not lean on (the email, the name).
 */
export async function passwordProblem(password: string, context: string[] = []): Promise<PasswordProblem | undefined> {
  const length = [...password].length;
  if (length < passwordMinLength) return 'too_short';
  if (length > passwordMaxLength) return 'too_long';
  const zxcvbn = await loadEstimator();
  const inputs = context.flatMap((value) => [value, ...value.split(/[^\p{L}\p{N}]+/u)]).filter((value) => value.length >= 3);
  const result = zxcvbn.check(password, inputs);
  const [only] = result.sequence;
  if (result.sequence.length === 1 && only?.pattern === 'dictionary' && only.dictionaryName === 'passwords-common') return 'too_common';
  if (result.score < 2) return 'too_weak';
  return undefined;
}

/** The validation detail for a refused password, with a `reason` the widget can translate. */
export function passwordProblemDetail(problem: PasswordProblem, path = 'password'): ErrorDetail {
  return { path, message: problemMessages[problem], reason: problem };
}

/** Throws 400 validation_failed naming the field when a new password is refused. */
export async function requireAcceptablePassword(password: string, context: string[], path = 'password'): Promise<void> {
  const problem = await passwordProblem(password, context);
  if (problem) throw new ApiError('validation_failed', 'Choose another password.', [passwordProblemDetail(problem, path)]);
}
