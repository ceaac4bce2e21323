// One file from a multipart/form-data upload, read from the raw body stream with the bytes counted as they arrive:
// an oversized upload is cut off at the limit, whether or not it announced its length, and never fills memory.
import { ApiError } from '../http/errors.js';
import { readStreamWithin } from '../files/upload.js';

/** Room for the part headers and boundaries around the file itself. */
const envelopeBytes = 64 * 1024;

export interface UploadedFile {
  field: string;
  /** As the client named it; sanitise before use. */
  filename: string;
  bytes: Buffer;
}

const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

function tooLarge(maxFileBytes: number): ApiError {
  return new ApiError('payload_too_large', `A file may be at most ${megabytes(maxFileBytes)}.`);
}

function notMultipart(field: string): ApiError {
  return new ApiError('unsupported_media_type', `Send the file as multipart/form-data, in a field named "${field}".`);
}

function boundaryOf(contentType: string | undefined): string | undefined {
  if (!contentType || !/^\s*multipart\/form-data\s*;/i.test(contentType)) return undefined;
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;"]{1,70}))/i.exec(contentType);
  return match?.[1] ?? match?.[2];
}

interface PartHeaders {
  name?: string;
  filename?: string;
}

function parsePartHeaders(block: string): PartHeaders {
  const disposition = block.split('\r\n').find((line) => /^content-disposition\s*:/i.test(line));
  if (!disposition) return {};
  const value = disposition.slice(disposition.indexOf(':') + 1);
  const parameter = (key: string) => {
    const match = new RegExp(`;\\s*${key}="((?:[^"\\\\]|\\\\.)*)"|;\\s*${key}=([^;\\s]+)`, 'i').exec(value);
    return match ? (match[1] ?? match[2] ?? '').replace(/\\(.)/g, '$1') : undefined;
  };
  const extended = /;\s*filename\*=UTF-8''([^;\s]+)/i.exec(value)?.[1];
  let filename = parameter('filename');
  if (extended) {
    try {
      filename = decodeURIComponent(extended);
    } catch {
      // keep the plain filename
    }
  }
  return { ...(parameter('name') !== undefined ? { name: parameter('name')! } : {}), ...(filename !== undefined ? { filename } : {}) };
}

/**
 * The one file sent in `field`. 415 when the body is not multipart, 413 when the file (or the body around it) is
 * larger than allowed, 400 when the field is missing, empty or sent twice.
 */
export async function readMultipartFile(request: Request, field: string, maxFileBytes: number): Promise<UploadedFile> {
  const boundary = boundaryOf(request.headers.get('Content-Type') ?? undefined);
  if (!boundary) throw notMultipart(field);
  const body = await readStreamWithin(request, maxFileBytes + envelopeBytes, () => tooLarge(maxFileBytes));

  const delimiter = Buffer.from(`--${boundary}`, 'latin1');
  const nextDelimiter = Buffer.from(`\r\n--${boundary}`, 'latin1');
  const files: UploadedFile[] = [];
  let position = body.indexOf(delimiter);
  if (position < 0) throw malformed(field);
  position += delimiter.length;
  for (;;) {
    if (body.subarray(position, position + 2).toString('latin1') === '--') break;
    if (body.subarray(position, position + 2).toString('latin1') !== '\r\n') throw malformed(field);
    const headersEnd = body.indexOf('\r\n\r\n', position + 2, 'latin1');
    if (headersEnd < 0) throw malformed(field);
    const headers = parsePartHeaders(body.subarray(position + 2, headersEnd).toString('utf8'));
    const contentStart = headersEnd + 4;
    const contentEnd = body.indexOf(nextDelimiter, contentStart);
    if (contentEnd < 0) throw malformed(field);
    if (headers.name === field) {
      if (contentEnd - contentStart > maxFileBytes) throw tooLarge(maxFileBytes);
      files.push({ field, filename: headers.filename ?? '', bytes: body.subarray(contentStart, contentEnd) });
    }
    position = contentEnd + nextDelimiter.length;
  }
  if (files.length > 1) {
    throw new ApiError('validation_failed', 'Send one file per upload.', [{ path: field, message: 'sent more than once' }]);
  }
  const [file] = files;
  if (!file || file.bytes.length === 0) {
    throw new ApiError('validation_failed', `The upload has no file in the field "${field}".`, [{ path: field, message: 'required' }]);
  }
  return file;
}

function malformed(field: string): ApiError {
  return new ApiError('validation_failed', 'The multipart body is malformed.', [{ path: field, message: 'could not be read' }]);
}
