// Serving a stored file to a browser so that it is saved, never rendered or run in the portal's origin.
import type { Context } from 'hono';

export interface DownloadableFile {
  data: Uint8Array;
  /** The type detected from the bytes when the file was stored. */
  contentType: string;
  filename: string;
}

const fallbackName = 'download';

/**
 * A file name that is safe in a header and on a disk: no control characters (CR/LF would split the header), no
 * invisible formatting (a right-to-left override could disguise the extension), no quotes, no path separators and
 * no `..`; at most 150 characters, the extension kept.
 */
export function safeFilename(name: string, fallback = fallbackName): string {
  let cleaned = name
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}"'`/\\]/gu, '')
    .replace(/\.{2,}/g, '.')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '');
  if (cleaned.length > 150) {
    const dot = cleaned.lastIndexOf('.');
    const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
    cleaned = cleaned.slice(0, 150 - extension.length).trimEnd() + extension;
  }
  return cleaned || fallback;
}

/** RFC 5987 value characters: everything else is percent-encoded as UTF-8. */
function encodeExtValue(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `attachment` with an ASCII `filename` for old clients and the exact UTF-8 name in `filename*` (RFC 6266). */
export function contentDisposition(name: string, fallback = fallbackName): string {
  const safe = safeFilename(name, fallback);
  const asciiName = safe.replace(/[^\x20-\x7e]/g, '_').replace(/[;%]/g, '_');
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeExtValue(safe)}`;
}

/** The response for a download, with the headers every authorised file route must send. */
export function fileDownload(c: Context, file: DownloadableFile): Response {
  c.header('Content-Type', file.contentType);
  c.header('Content-Length', String(file.data.byteLength));
  c.header('Content-Disposition', contentDisposition(file.filename));
  c.header('X-Content-Type-Options', 'nosniff');
  // Opened directly anyway, the file runs in a unique origin without scripts, forms or plugins.
  c.header('Content-Security-Policy', "sandbox; default-src 'none'; frame-ancestors 'none'");
  c.header('Cache-Control', 'private, no-store');
  // The widget downloads with fetch from the business's site and names the saved file after this header.
  c.header('Access-Control-Expose-Headers', 'Content-Disposition');
  return c.body(file.data as Uint8Array<ArrayBuffer>);
}
