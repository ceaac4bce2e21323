// One submission sent many times at once, to two server processes sharing one database (a double click, a retry
// through a load balancer): exactly one request is made, and every answer names it or asks to retry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, dialectUnderTest, type TestDatabase } from '../support/database.js';
import { businessWithContacts, countRows, killServers, newSubmission, serve, submit } from './support.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  killServers();
  await database.close();
});

describe(`concurrent duplicates of one Idempotency-Key, on ${dialectUnderTest}`, () => {
  it('make one request, whichever of two processes they reach; the others replay it or get 409', async () => {
    const slug = 'dubbel';
    const { contacts } = await businessWithContacts(database, slug, 1);
    const [first, second] = await Promise.all([serve(database), serve(database)]);
    for (let round = 0; round < 5; round += 1) {
      const submission = newSubmission(contacts[0]!, `Dubbel verstuurd, ronde ${round}`);
      const answers = await Promise.all(
        Array.from({ length: 20 }, async (_, index) => {
          const response = await submit(index % 2 === 0 ? first : second, slug, submission);
          return { status: response.status, body: (await response.json()) as { id?: string; error?: { code: string } }, retryAfter: response.headers.get('Retry-After') };
        }),
      );
      const created = answers.filter((answer) => answer.status === 201);
      expect(answers.every((answer) => answer.status === 201 || (answer.status === 409 && answer.body.error?.code === 'conflict' && answer.retryAfter === '1'))).toBe(true);
      expect(created.length).toBeGreaterThan(0);
      expect(new Set(created.map((answer) => answer.body.id)).size).toBe(1);
      // The widget retries a 409: the retry gets the one request too.
      const retry = await submit(second, slug, submission);
      expect(retry.status).toBe(201);
      expect(((await retry.json()) as { id: string }).id).toBe(created[0]!.body.id);
    }
    expect(await countRows(database, 'requests')).toBe(5);
    expect(await countRows(database, 'request_events')).toBe(5);
  }, 60_000);
});
