// kill -9 while 200 customers submit requests at once: after a restart every request that was answered 201 is there,
// the database is sound, nothing is half-made, and retrying with the same Idempotency-Key makes no duplicate.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, dialectUnderTest, type TestDatabase } from '../support/database.js';
import { businessWithContacts, countRows, killServers, newSubmission, serve, submit, type Submission } from './support.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  killServers();
  await database.close();
});

describe(`kill -9 during 200 concurrent submissions, on ${dialectUnderTest}`, () => {
  it('keeps every request answered 201, a sound database, no half-made request, and no duplicate on retry', async () => {
    const slug = 'crash';
    const { contacts } = await businessWithContacts(database, slug, 20);
    const submissions: Submission[] = Array.from({ length: 200 }, (_, index) => newSubmission(contacts[index % contacts.length]!, `Storing nummer ${index}`));

    const server = await serve(database);
    const created = new Map<string, string>();
    const otherAnswers: number[] = [];
    let cut = 0;
    const inFlight = submissions.map(async (submission) => {
      try {
        const response = await submit(server, slug, submission);
        if (response.status !== 201) return otherAnswers.push(response.status);
        created.set(submission.key, ((await response.json()) as { id: string }).id);
      } catch {
        cut += 1;
      }
    });
    // The server is faster than this process reads its answers: the kill is timed by the rows it has written.
    while ((await countRows(database, 'requests')) < 30) await new Promise((resolve) => setTimeout(resolve, 2));
    server.child.kill('SIGKILL');
    await Promise.all(inFlight);
    await server.exited;
    expect(otherAnswers, 'answers other than 201 before the crash').toEqual([]);
    expect(cut, 'submissions the crash cut off').toBeGreaterThan(0);

    if (database.sqlite) {
      expect(database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(database.sqlite.pragma('foreign_key_check')).toEqual([]);
    }
    // Every request is whole: its first timeline entry and its idempotency answer were committed with it, or none was.
    const requests = await countRows(database, 'requests');
    expect(requests).toBeGreaterThanOrEqual(created.size);
    expect(requests).toBeLessThan(200);
    const submittedEvents = await database.db.selectFrom('request_events').select('request_id').where('status', '=', 'submitted').execute();
    expect(submittedEvents).toHaveLength(requests);
    const answeredKeys = await database.db.selectFrom('idempotency_keys').select(['key', 'response_body']).where('status', '=', 'done').execute();
    expect(answeredKeys).toHaveLength(requests);

    const restarted = await serve(database);
    expect((await fetch(`${restarted.url}/readyz`)).status).toBe(200);
    for (const submission of submissions.filter((submission) => created.has(submission.key))) {
      const response = await fetch(`${restarted.url}/api/v1/portal/${slug}/requests/${created.get(submission.key)}`, {
        headers: { Authorization: `Bearer ${submission.contact.token}` },
      });
      expect(response.status).toBe(200);
      expect(((await response.json()) as { description: string }).description).toBe(submission.body.description);
    }

    // The widget retries what got no answer with the same key; what got an answer, retried, is answered the same.
    const retries = await Promise.all(submissions.map(async (submission) => ({ submission, response: await submit(restarted, slug, submission) })));
    for (const { submission, response } of retries) {
      const first = created.get(submission.key);
      if (first) {
        expect(response.status).toBe(201);
        expect(response.headers.get('Idempotent-Replayed')).toBe('true');
        expect(((await response.json()) as { id: string }).id).toBe(first);
      } else {
        // The dead attempt's claim on the key is fresh for a minute: 409 with Retry-After, and a new request after it.
        expect([201, 409]).toContain(response.status);
        if (response.status === 409) expect(response.headers.get('Retry-After')).toBe('1');
        await response.body?.cancel();
      }
    }
    const finalRequests = await countRows(database, 'requests');
    const done = await database.db.selectFrom('idempotency_keys').select('key').where('status', '=', 'done').execute();
    expect(finalRequests).toBe(done.length);
    expect(new Set(done.map((row) => row.key)).size).toBe(done.length);
    expect(finalRequests).toBeLessThanOrEqual(200);
  }, 60_000);
});
