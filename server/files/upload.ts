// Reading an uploaded file from the raw request body, counting bytes as they arrive so an oversized or endless
// upload is cut off at the limit instead of filling memory, whether or not it announced its length.
import { ApiError } from '../http/errors.js';

const megabyte = 1024 * 1024;

export function tooLarge(maxBytes: number): ApiError {
  return new ApiError('payload_too_large', `The file is larger than ${Math.round((maxBytes / megabyte) * 10) / 10} MB.`);
}

/**
 * The raw body, at most `maxBytes`: throws `tooLargeError()` as soon as it is declared or grows past that, and cancels
 * the stream. An absent body reads as empty.
 */
export async function readStreamWithin(request: Request, maxBytes: number, tooLargeError: () => ApiError): Promise<Buffer> {
  const declared = request.headers.get('Content-Length');
  if (declared !== null && Number(declared) > maxBytes) throw tooLargeError();
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLargeError();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}

/** The whole body, at most `maxBytes`; 413 beyond that, 400 when there is no body at all. */
export async function readBodyWithin(request: Request, maxBytes: number): Promise<Buffer> {
  const body = await readStreamWithin(request, maxBytes, () => tooLarge(maxBytes));
  if (body.byteLength === 0) throw emptyBody();
  return body;
}

function emptyBody(): ApiError {
  return new ApiError('validation_failed', 'The request has no file: send the file itself as the request body.', [
    { path: 'body', message: 'empty' },
  ]);
}
