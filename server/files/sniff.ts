// File types decided from the bytes themselves, never from a name or a declared Content-Type: an upload that only
// claims to be a PDF or a photo is refused, and nothing a browser could run as a page (HTML, SVG) is ever accepted.

export const fileTypes = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/heic': 'heic',
  'image/heif': 'heif',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/msword': 'doc',
  'application/vnd.ms-excel': 'xls',
} as const;

export type FileType = keyof typeof fileTypes;

export const pdfTypes: readonly FileType[] = ['application/pdf'];
export const photoTypes: readonly FileType[] = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif'];
export const officeTypes: readonly FileType[] = [
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/msword',
  'application/vnd.ms-excel',
];
export const documentTypes: readonly FileType[] = [...pdfTypes, ...photoTypes, ...officeTypes];

/** The usual file name extension for a type, without the dot. */
export function extensionFor(type: FileType): string {
  return fileTypes[type];
}

const ascii = (text: string) => Buffer.from(text, 'latin1');
const utf16 = (text: string) => Buffer.from(text, 'utf16le');

function startsWith(bytes: Buffer, signature: number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

function textAt(bytes: Buffer, offset: number, length: number): string {
  return bytes.subarray(offset, offset + length).toString('latin1');
}

const heicBrands = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis']);
const heifBrands = new Set(['mif1', 'msf1']);

/** ISO base media (HEIC/HEIF): an `ftyp` box whose major or compatible brands name a HEIF image. */
function sniffHeif(bytes: Buffer): FileType | undefined {
  if (bytes.length < 16 || textAt(bytes, 4, 4) !== 'ftyp') return undefined;
  const boxSize = Math.min(bytes.readUInt32BE(0), bytes.length, 256);
  const brands = [textAt(bytes, 8, 4)];
  for (let offset = 16; offset + 4 <= boxSize; offset += 4) brands.push(textAt(bytes, offset, 4));
  if (brands.some((brand) => heicBrands.has(brand))) return 'image/heic';
  if (brands.some((brand) => heifBrands.has(brand))) return 'image/heif';
  return undefined;
}

/** Office Open XML is a zip whose part names tell a document from a workbook; any other zip is refused. */
function sniffOfficeZip(bytes: Buffer): FileType | undefined {
  if (!bytes.includes(ascii('[Content_Types].xml'))) return undefined;
  if (bytes.includes(ascii('word/'))) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  if (bytes.includes(ascii('xl/'))) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  return undefined;
}

/** Legacy Office files share one container (OLE2); the name of their main stream tells them apart. */
function sniffOle(bytes: Buffer): FileType | undefined {
  if (bytes.includes(utf16('WordDocument'))) return 'application/msword';
  if (bytes.includes(utf16('Workbook'))) return 'application/vnd.ms-excel';
  return undefined;
}

// Markup a browser would render as a page. Browsers sniff the first bytes of a response, so a file whose magic bytes
// say "image" but whose head carries a page (a polyglot) is refused even though nosniff is always sent.
const markupProbeBytes = 2048;
// Whole tag names followed by a space, `>` or `/`: shorter patterns such as `<a` turn up in compressed data by chance.
// A namespace prefix (`<x:svg`) makes no difference to a browser. Photos are encoded again besides, so markup further
// on does not survive in them; a PDF, HEIC or Office file is kept as sent and only ever served as a download.
const markup = /<(?:!doctype\s+html|html|head|body|script|(?:[a-z][\w.-]*:)?svg|iframe|object|embed|meta|link|style|img|div|table|title|font|h1)[\s>/]|<\?xml-stylesheet/i;

function carriesMarkup(bytes: Buffer): boolean {
  return markup.test(bytes.subarray(0, markupProbeBytes).toString('latin1'));
}

function detect(bytes: Buffer): FileType | undefined {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (textAt(bytes, 0, 4) === 'RIFF' && textAt(bytes, 8, 4) === 'WEBP') return 'image/webp';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return sniffOfficeZip(bytes);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return sniffOle(bytes);
  return sniffHeif(bytes);
}

/**
 * The type of a file from its bytes, when it is one of `allowed`; undefined otherwise. Give it the whole file when
 * you have it: Office documents are told apart by part and stream names that may sit anywhere in the file. For the
 * other types the first 4 KB are enough.
 */
export function sniffFileType(bytes: Uint8Array, allowed: readonly FileType[]): FileType | undefined {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const type = detect(buffer);
  if (type === undefined || !allowed.includes(type)) return undefined;
  if (carriesMarkup(buffer)) return undefined;
  return type;
}
