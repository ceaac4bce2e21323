// Whether a file that starts like a PDF is built like one, read from its structure without a PDF library: the
// header, at least one object, the end-of-file marker, and a cross-reference a reader can start from. A page, a photo
// or a cut-off download that only carries the magic bytes fails here.
import { ApiError } from '../http/errors.js';

/** Readers look for `%%EOF` in the last kilobyte: some writers leave a little padding behind it. */
const eofWindow = 1024;
const header = /^%PDF-[12]\.\d/;
const object = /\d+\s+\d+\s+obj\b/;

function latin1(bytes: Buffer, start: number, end: number): string {
  return bytes.toString('latin1', Math.max(0, start), Math.min(bytes.length, end));
}

/** `startxref` names where the cross-reference starts: a classic `xref` table, or (PDF 1.5+) an xref stream object. */
function startxrefPointsAtXref(bytes: Buffer, end: number): boolean {
  const at = bytes.lastIndexOf('startxref', end, 'latin1');
  if (at < 0) return false;
  const offset = /^startxref\s+(\d{1,12})\s/.exec(latin1(bytes, at, at + 32))?.[1];
  if (offset === undefined || Number(offset) >= at) return false;
  const target = latin1(bytes, Number(offset), Number(offset) + 64).replace(/^\s+/, '');
  return target.startsWith('xref') || new RegExp(`^${object.source}`).test(target);
}

export function isWellFormedPdf(bytes: Buffer): boolean {
  if (!header.test(latin1(bytes, 0, 16))) return false;
  const eof = bytes.lastIndexOf('%%EOF', bytes.length, 'latin1');
  if (eof < 0 || eof < bytes.length - eofWindow) return false;
  // Writers put the first object right behind the header.
  if (!object.test(latin1(bytes, 0, Math.min(eof, 64 * 1024)))) return false;
  if (startxrefPointsAtXref(bytes, eof)) return true;
  // A file whose offsets are off still opens: readers rebuild the table from the objects when a trailer is there.
  const trailer = bytes.lastIndexOf('trailer', eof, 'latin1');
  return trailer >= 0 && /^trailer\s*<</.test(latin1(bytes, trailer, trailer + 32));
}

/** 415 for a file that carries a PDF's magic bytes but is not built like a PDF; `path` names the field it came in. */
export function refuseMalformedPdf(bytes: Buffer, path: string): void {
  if (isWellFormedPdf(bytes)) return;
  throw new ApiError('unsupported_media_type', 'This file starts like a PDF but is not one: it is damaged, cut off or another kind of file.', [
    { path, message: 'not a readable PDF' },
  ]);
}
