// Customer data for tests: sample files of every accepted type (and disguised ones), locations seeded directly, and
// the back office's upserts driven through the admin API like a sync job would.
import { crc32 } from 'node:zlib';
import type { Kysely } from 'kysely';
import type { Database } from '../../server/db/schema.js';
import { newId, nowIso } from '../../server/db/ids.js';

/** A small but well-formed PDF; `marker` ends up in the bytes so tests can tell files apart. */
export function pdfBytes(marker = 'offerte'): Buffer {
  return Buffer.from(
    `%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n` +
      `2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% ${marker}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
    'latin1',
  );
}

/** A 1×1 PNG. */
export const pngBytes = (): Buffer =>
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** The start of a JFIF JPEG: enough for type detection. */
export const jpegBytes = (): Buffer =>
  Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1'), Buffer.alloc(64, 0x11)]);

export const webpBytes = (): Buffer => Buffer.concat([Buffer.from('RIFF', 'latin1'), Buffer.from([0x24, 0, 0, 0]), Buffer.from('WEBPVP8 ', 'latin1'), Buffer.alloc(40, 0x22)]);

export const heicBytes = (): Buffer =>
  Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'), Buffer.alloc(40, 0x33)]);

/** A zip archive with stored (uncompressed) entries, built by hand so Office documents need no library. */
export function zipBytes(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = Buffer.from(content, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const centralDirectory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(centralDirectory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralDirectory, end]);
}

const contentTypesXml = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

export const docxBytes = (): Buffer =>
  zipBytes({ '[Content_Types].xml': contentTypesXml, '_rels/.rels': '<Relationships/>', 'word/document.xml': '<w:document/>' });

export const xlsxBytes = (): Buffer =>
  zipBytes({ '[Content_Types].xml': contentTypesXml, '_rels/.rels': '<Relationships/>', 'xl/workbook.xml': '<workbook/>' });

/** A legacy Office (OLE2) container whose directory names `stream` (WordDocument for .doc, Workbook for .xls). */
export function oleBytes(stream: 'WordDocument' | 'Workbook'): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  const directory = Buffer.alloc(128);
  Buffer.from(`Root Entry`, 'utf16le').copy(directory);
  const entry = Buffer.alloc(128);
  Buffer.from(stream, 'utf16le').copy(entry);
  return Buffer.concat([header, directory, entry]);
}

export const svgBytes = (): Buffer =>
  Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>');

export const htmlBytes = (): Buffer => Buffer.from('<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>');

/** Starts like a PDF, but a browser sniffing the head would find a page with a script in it. */
export const pdfHtmlPolyglotBytes = (): Buffer =>
  Buffer.from('%PDF-1.4\n<html><body><script>fetch("/api/v1/portal/x/me")</script></body></html>\n%%EOF\n', 'latin1');

/** JPEG magic bytes with a page hidden in a comment segment right behind them. */
export const jpegHtmlPolyglotBytes = (): Buffer =>
  Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xfe, 0x00, 0x40]), Buffer.from('<svg onload=alert(1)>', 'latin1'), Buffer.alloc(32, 0x11)]);

export async function seedLocation(
  db: Kysely<Database>,
  input: { tenantId: string; customerId: string; externalId: string; name?: string; street?: string; city?: string },
): Promise<string> {
  const id = newId('loc');
  const now = nowIso();
  await db
    .insertInto('locations')
    .values({
      id,
      tenant_id: input.tenantId,
      customer_id: input.customerId,
      external_id: input.externalId,
      name: input.name ?? null,
      street: input.street ?? 'Dorpsstraat',
      house_number: '1',
      postal_code: '1234 AB',
      city: input.city ?? 'Utrecht',
      country: 'NL',
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}
