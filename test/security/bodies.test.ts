// What a body or a query may carry: no field the client may not set (mass assignment), nothing oversized, nothing
// malformed, and no list longer than a page, on every route that takes one, as its rightful caller.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../../server/audit/audit.js';
import { maxPageSize } from '../../server/http/pagination.js';
import { dialectUnderTest } from '../support/database.js';
import {
  bodyKeys,
  buildWorld,
  databaseFingerprint,
  describeAnswer,
  isError,
  isList,
  rightfulCaller as rightfulCallerOf,
  routesOf,
  send,
  validBodies,
  type Answer,
  type Call,
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

const rightfulCaller = (route: Route): Call => rightfulCallerOf(world, route);

const jsonWriteRoutes = () => routes.filter((route) => route.doc.body !== undefined);

function bodyOf(route: Route): Record<string, unknown> {
  const body = validBodies(world.records)[route.key];
  if (!body) throw new Error(`${route.key} takes a JSON body but has no valid example in test/security/world.ts`);
  return structuredClone(body);
}

/** Paths to every string, array and nested object in a body: ['address', 'street'], ['lines', 0, 'description']. */
function leaves(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; value: unknown }[] {
  if (Array.isArray(value)) return [{ path, value }, ...value.flatMap((item, index) => leaves(item, [...path, index]))];
  if (value !== null && typeof value === 'object') {
    return [...(path.length > 0 ? [{ path, value }] : []), ...Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, key]))];
  }
  return [{ path, value }];
}

function withValue(body: Record<string, unknown>, path: (string | number)[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(body);
  let target: any = copy;
  for (const step of path.slice(0, -1)) target = target[step];
  target[path[path.length - 1]!] = value;
  return copy;
}

/** Runs `work` and reports whether the database changed meanwhile. */
async function writesNothing(work: () => Promise<void>): Promise<boolean> {
  const before = await databaseFingerprint(world);
  await work();
  return (await databaseFingerprint(world)) === before;
}

const validationOrTooLarge = (answer: Answer) =>
  (answer.status === 400 && isError(answer, 'validation_failed')) || (answer.status === 413 && isError(answer, 'payload_too_large'));

/** Fields that a server sets, never a client; `status`, `role` and the like only where the body documents them. */
const serverOwnedFields: Record<string, unknown> = {
  id: 'x_forged',
  tenantId: 'ten_forged',
  customerId: 'cus_forged',
  contactId: 'con_forged',
  portalId: 'por_forged',
  status: 'accepted',
  role: 'admin',
  createdAt: '2000-01-01T00:00:00.000Z',
  updatedAt: '2000-01-01T00:00:00.000Z',
  externalId: 'forged',
  passwordHash: 'forged',
};

describe(`mass assignment, on ${dialectUnderTest}`, () => {
  it('a field the body does not document is refused with 400 naming it, on every JSON write route, at any depth, and nothing is written', async () => {
    const problems: string[] = [];
    for (const route of jsonWriteRoutes()) {
      const body = bodyOf(route);
      const documented = new Set(bodyKeys(route.doc.body));
      const unchanged = await writesNothing(async () => {
        const attempts: Record<string, unknown>[] = Object.entries(serverOwnedFields)
          .filter(([field]) => !documented.has(field))
          .map(([field, value]) => ({ ...body, [field]: value }));
        for (const nested of leaves(body).filter((leaf) => leaf.value !== null && typeof leaf.value === 'object' && !Array.isArray(leaf.value))) {
          attempts.push(withValue(body, nested.path, { ...(nested.value as object), tenantId: 'ten_forged' }));
        }
        for (const attempt of attempts) {
          const answer = await send(world, route, { ...rightfulCaller(route), body: attempt });
          const details: { message: string }[] = answer.json?.error?.details ?? [];
          // Only the extra field may be wrong: the rest of the body is valid, so the 400 is the answer to that field.
          if (answer.status !== 400 || !isError(answer, 'validation_failed') || details.length === 0 || !details.every((detail) => /unrecognized key/i.test(detail.message))) {
            problems.push(`${JSON.stringify(Object.keys(attempt))}: ${describeAnswer(route, answer)}`);
          }
        }
      });
      if (!unchanged) problems.push(`${route.key} wrote to the database while refusing`);
    }
    expect(problems).toEqual([]);
  });
});

describe(`oversized and malformed bodies, on ${dialectUnderTest}`, () => {
  it('a string of 100,000 characters in any field, or an array of 1,000 items, is 400 or 413 in the error shape, and nothing is written', async () => {
    const problems: string[] = [];
    for (const route of jsonWriteRoutes()) {
      const body = bodyOf(route);
      const unchanged = await writesNothing(async () => {
        for (const leaf of leaves(body)) {
          let oversized: unknown;
          if (typeof leaf.value === 'string') oversized = 'x'.repeat(100_000);
          else if (Array.isArray(leaf.value)) oversized = Array.from({ length: 1000 }, () => structuredClone(leaf.value instanceof Array && leaf.value.length > 0 ? leaf.value[0] : 'x'));
          else continue;
          const answer = await send(world, route, { ...rightfulCaller(route), body: withValue(body, leaf.path, oversized) });
          if (!validationOrTooLarge(answer)) problems.push(`${leaf.path.join('.')}: ${describeAnswer(route, answer)}`);
        }
      });
      if (!unchanged) problems.push(`${route.key} wrote to the database while refusing`);
    }
    expect(problems).toEqual([]);
  });

  it('a body over the JSON limit is 413, with or without Content-Length, and nothing is written', async () => {
    const problems: string[] = [];
    const huge = JSON.stringify({ padding: 'x'.repeat(300 * 1024) });
    for (const route of jsonWriteRoutes()) {
      const unchanged = await writesNothing(async () => {
        const declared = await send(world, route, { ...rightfulCaller(route), rawBody: huge, contentType: 'application/json' });
        if (declared.status !== 413 || !isError(declared, 'payload_too_large')) problems.push(`with Content-Length: ${describeAnswer(route, declared)}`);
        const bytes = new TextEncoder().encode(huge);
        const stream = new ReadableStream<Uint8Array>({
          start(controller) {
            for (let offset = 0; offset < bytes.length; offset += 16 * 1024) controller.enqueue(bytes.subarray(offset, offset + 16 * 1024));
            controller.close();
          },
        });
        const chunked = await send(world, route, { ...rightfulCaller(route), rawBody: stream, contentType: 'application/json' });
        if (chunked.status !== 413 || !isError(chunked, 'payload_too_large')) problems.push(`chunked: ${describeAnswer(route, chunked)}`);
      });
      if (!unchanged) problems.push(`${route.key} wrote to the database while refusing`);
    }
    expect(problems).toEqual([]);
  });

  it('broken JSON, JSON that is not an object, an empty body and a non-JSON type are 400 or 415 in the error shape', async () => {
    const problems: string[] = [];
    const attempts: { name: string; rawBody: string; contentType: string }[] = [
      { name: 'broken', rawBody: '{"workType": "repair", ', contentType: 'application/json' },
      { name: 'array', rawBody: '[]', contentType: 'application/json' },
      { name: 'null', rawBody: 'null', contentType: 'application/json' },
      { name: 'string', rawBody: '"tekst"', contentType: 'application/json' },
      { name: 'empty', rawBody: '', contentType: 'application/json' },
      { name: 'deeply nested', rawBody: `${'['.repeat(5000)}${']'.repeat(5000)}`, contentType: 'application/json' },
      { name: 'form', rawBody: 'tenantId=ten_forged', contentType: 'application/x-www-form-urlencoded' },
    ];
    for (const route of jsonWriteRoutes()) {
      const unchanged = await writesNothing(async () => {
        for (const attempt of attempts) {
          const answer = await send(world, route, { ...rightfulCaller(route), rawBody: attempt.rawBody, contentType: attempt.contentType });
          const refused = (answer.status === 400 && isError(answer, 'validation_failed')) || (answer.status === 415 && isError(answer, 'unsupported_media_type'));
          if (!refused) problems.push(`${attempt.name}: ${describeAnswer(route, answer)}`);
        }
      });
      if (!unchanged) problems.push(`${route.key} wrote to the database while refusing`);
    }
    expect(problems).toEqual([]);
  });
});

describe(`list limits, on ${dialectUnderTest}`, () => {
  const lists = () => routes.filter(isList);

  it('every list takes ?limit= and ?cursor= through the one page schema, which clamps to 100', () => {
    expect(lists().length).toBeGreaterThan(20);
    for (const route of lists()) {
      expect(route.doc.query!.parse({ limit: '100000' }), route.key).toMatchObject({ limit: maxPageSize });
    }
  });

  it('limit=100000 answers at most one page on every list; limit=0, -1, 1.5, abc and a forged cursor are 400', async () => {
    const problems: string[] = [];
    for (const route of lists()) {
      const caller = rightfulCaller(route);
      const large = await send(world, route, { ...caller, query: 'limit=100000' });
      if (large.status !== 200 || !Array.isArray(large.json?.items) || large.json.items.length > maxPageSize) problems.push(`limit=100000: ${describeAnswer(route, large)}`);
      for (const query of ['limit=0', 'limit=-1', 'limit=1.5', 'limit=abc', 'limit=', 'cursor=bm90IGEgY3Vyc29y', `cursor=${'A'.repeat(5000)}`]) {
        const answer = await send(world, route, { ...caller, query });
        if (answer.status !== 400 || !isError(answer, 'validation_failed')) problems.push(`${query.slice(0, 30)}: ${describeAnswer(route, answer)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('a list longer than a page gives exactly 100 and a cursor to the rest', async () => {
    for (let index = 0; index < maxPageSize + 5; index += 1) {
      await recordAudit(world.t.deps.db, { tenantId: world.alpha.tenantId, actorType: 'system', actorId: null, action: 'test.filler' });
    }
    const audit = routes.find((route) => route.key === 'GET /api/v1/admin/audit')!;
    const first = await send(world, audit, { ...rightfulCaller(audit), query: 'limit=100000&action=test.filler' });
    expect(first.status).toBe(200);
    expect(first.json.items).toHaveLength(maxPageSize);
    expect(first.json.nextCursor).toEqual(expect.any(String));
    const rest = await send(world, audit, { ...rightfulCaller(audit), query: `limit=100000&action=test.filler&cursor=${first.json.nextCursor}` });
    expect(rest.json.items).toHaveLength(5);
    expect(rest.json.nextCursor).toBeNull();
  });
});
