// SIGTERM while customers upload photos: uploads that can finish within the shutdown deadline are stored whole and
// answered 201, the rest are cut off cleanly with nothing half-stored, and the process exits 0 within its deadline.
import { createHash, randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { reencodePhoto } from '../../server/files/photos.js';
import { createTestDatabase, dialectUnderTest, type TestDatabase } from '../support/database.js';
import type { ServerProcess } from '../support/processes.js';
import { businessWithContacts, killServers, newSubmission, serve, submit, type SignedInContact } from './support.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  killServers();
  await database.close();
});

const shutdownDeadlineMs = 3_000;
const fileBytes = 1024 * 1024;

/**
 * A 1 MB upload: a 1×1 PNG of a colour of its own, so each stored copy can be told apart, then padding. `stored` is
 * what the server keeps of it: the pixel encoded again, the padding gone.
 */
async function photo(fill: number): Promise<{ file: Buffer; stored: Buffer }> {
  const png = await sharp({ create: { width: 1, height: 1, channels: 3, background: { r: fill * 25, g: 80, b: 120 } } }).png().toBuffer();
  const file = Buffer.concat([png, Buffer.alloc(fileBytes - png.length, fill)]);
  return { file, stored: await reencodePhoto(file, 'image/png', 'file') };
}

interface UploadOutcome {
  status?: number;
  body?: string;
  error?: string;
}

/** A multipart upload over its own connection, its body sent in `chunks` pieces `pauseMs` apart. */
function upload(server: ServerProcess, slug: string, contact: SignedInContact, requestId: string, file: Buffer, chunks: number, pauseMs: number): Promise<UploadOutcome> {
  const boundary = `----kp${randomUUID().replaceAll('-', '')}`;
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="foto.png"\r\nContent-Type: image/png\r\n\r\n`),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const url = new URL(`${server.url}/api/v1/portal/${slug}/requests/${requestId}/attachments`);
  return new Promise((resolve) => {
    const request = httpRequest(url, {
      method: 'POST',
      headers: { Authorization: `Bearer ${contact.token}`, 'Content-Type': `multipart/form-data; boundary=${boundary}`, 'Content-Length': body.length },
    });
    request.on('response', (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      response.on('end', () => resolve({ status: response.statusCode!, body: text }));
      response.on('error', (error) => resolve({ error: error.message }));
    });
    request.on('error', (error) => resolve({ error: error.message }));
    const size = Math.ceil(body.length / chunks);
    let sent = 0;
    const next = () => {
      if (request.destroyed) return;
      const piece = body.subarray(sent, sent + size);
      sent += piece.length;
      if (sent >= body.length) request.end(piece);
      else request.write(piece, () => setTimeout(next, pauseMs));
    };
    next();
  });
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe(`SIGTERM while uploads are in flight, on ${dialectUnderTest}`, () => {
  it('finishes what fits in the deadline, cuts the rest cleanly, stores no partial file, and exits 0 in time', async () => {
    const slug = 'afsluiten';
    const { contacts } = await businessWithContacts(database, slug, 1);
    const contact = contacts[0]!;
    const server = await serve(database, { KP_SHUTDOWN_TIMEOUT_MS: String(shutdownDeadlineMs) });
    const requestIds: string[] = [];
    for (const description of ['Lekkage badkamer', 'Storing ketel']) {
      const response = await submit(server, slug, newSubmission(contact, description));
      expect(response.status).toBe(201);
      requestIds.push(((await response.json()) as { id: string }).id);
    }

    // Per request: one sent at once, one trickling in over a second, two trickling over ten seconds.
    const plans = await Promise.all(
      requestIds.flatMap((requestId, index) => [
        { requestId, photo: photo(index * 4 + 1), chunks: 1, pauseMs: 0, fitsDeadline: true },
        { requestId, photo: photo(index * 4 + 2), chunks: 8, pauseMs: 150, fitsDeadline: true },
        { requestId, photo: photo(index * 4 + 3), chunks: 50, pauseMs: 200, fitsDeadline: false },
        { requestId, photo: photo(index * 4 + 4), chunks: 50, pauseMs: 200, fitsDeadline: false },
      ]).map(async ({ photo: made, ...plan }) => ({ ...plan, ...(await made) })),
    );
    const outcomes = plans.map((plan) => upload(server, slug, contact, plan.requestId, plan.file, plan.chunks, plan.pauseMs));
    await new Promise((resolve) => setTimeout(resolve, 400));
    const signalled = Date.now();
    server.child.kill('SIGTERM');
    const exitCode = await server.exited;
    const tookMs = Date.now() - signalled;
    const results = await Promise.all(outcomes);

    expect(exitCode).toBe(0);
    expect(tookMs).toBeLessThan(shutdownDeadlineMs + 2_500);
    const stored = await database.db.selectFrom('attachments').select(['request_id', 'sha256', 'size_bytes']).execute();
    plans.forEach((plan, index) => {
      const result = results[index]!;
      const kept = stored.find((row) => row.sha256 === sha256(plan.stored));
      if (plan.fitsDeadline) {
        expect(result.status, JSON.stringify(result)).toBe(201);
        expect(kept).toEqual({ request_id: plan.requestId, sha256: sha256(plan.stored), size_bytes: plan.stored.length });
      } else {
        // Cut at the deadline: the client sees the connection end, and no part of the file was kept.
        expect(result.status === undefined || result.status >= 500, JSON.stringify(result)).toBe(true);
        expect(kept).toBeUndefined();
      }
    });
    expect(stored).toHaveLength(plans.filter((plan) => plan.fitsDeadline).length);
    if (database.sqlite) expect(database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  }, 60_000);
});
