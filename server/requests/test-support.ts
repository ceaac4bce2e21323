// Calls the request tests share: submitting with an Idempotency-Key and uploading files as the widget does.
import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import type { AppEnv } from '../http/env.js';
import { callPortal } from '../../test/support/fixtures.js';

export const validRequest = (overrides: Record<string, unknown> = {}) => ({
  workType: 'repair',
  description: 'De cv-ketel geeft storing E10 en het water wordt niet warm.',
  ...overrides,
});

export function submitRequest(app: Hono<AppEnv>, slug: string, token: string, body: unknown = validRequest(), key: string = randomUUID()): Promise<Response> {
  return callPortal(app, slug, '/requests', { body, token, headers: { 'Idempotency-Key': key } });
}

/**
 * A multipart upload in field `file`. `chunked` sends it as a stream without Content-Length; `endless` never stops
 * sending file bytes, so only a server that counts them while streaming ever answers.
 */
export function uploadAttachment(
  app: Hono<AppEnv>,
  slug: string,
  token: string,
  requestId: string,
  bytes: Uint8Array,
  options: { filename?: string; type?: string; field?: string; chunked?: boolean; endless?: boolean } = {},
): Promise<Response> {
  const boundary = `----kp${randomUUID().replaceAll('-', '')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${options.field ?? 'file'}"; filename="${options.filename ?? 'foto.jpg'}"\r\n` +
      `Content-Type: ${options.type ?? 'image/jpeg'}\r\n\r\n`,
    'utf8',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8');
  const body = Buffer.concat([head, bytes, tail]);
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': `multipart/form-data; boundary=${boundary}` };
  const url = `/api/v1/portal/${slug}/requests/${requestId}/attachments`;
  if (!options.chunked && !options.endless) {
    return Promise.resolve(app.request(url, { method: 'POST', headers: { ...headers, 'Content-Length': String(body.length) }, body }));
  }
  const chunkSize = 256 * 1024;
  let offset = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (options.endless) {
        controller.enqueue(offset === 0 ? Buffer.concat([head, bytes]) : Buffer.alloc(chunkSize, 0x11));
        offset += chunkSize;
        return;
      }
      if (offset >= body.length) return controller.close();
      controller.enqueue(body.subarray(offset, offset + chunkSize));
      offset += chunkSize;
    },
  });
  return Promise.resolve(app.request(url, { method: 'POST', headers, body: stream, duplex: 'half' } as RequestInit));
}
