// Photos as phones and attackers make them: real pixels with EXIF, GPS and an orientation, markup appended or hidden
// in a comment segment, a cut-off file; and a PDF built like one, with its cross-reference table.
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';

export interface PhonePhoto {
  width: number;
  height: number;
  /** The EXIF orientation: 6 is a phone held upright, its pixels stored turned a quarter to the left. */
  orientation?: number;
  /** Random pixels, so the photo costs what a real one costs to decode and encode. */
  textured?: boolean;
}

export const phoneMake = 'KlantportaalPhone';

/** A JPEG with a camera's EXIF: make, model, GPS position and orientation. */
export async function phonePhoto({ width, height, orientation = 1, textured = false }: PhonePhoto): Promise<Buffer> {
  const pixels = textured
    ? sharp(randomBytes(Math.ceil(width / 4) * Math.ceil(height / 4) * 3), { raw: { width: Math.ceil(width / 4), height: Math.ceil(height / 4), channels: 3 } }).resize(width, height)
    : sharp({ create: { width, height, channels: 3, background: '#4a7ab0' } });
  const jpeg = await pixels.jpeg({ quality: 90 }).toBuffer();
  return sharp(jpeg)
    .withMetadata({ orientation })
    .withExif({
      IFD0: { Make: phoneMake, Model: 'Model 13 Pro' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 5/1 30/1', GPSLongitudeRef: 'E', GPSLongitude: '5/1 7/1 0/1' },
    })
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** A real image of `type`, `width` × `height`, of one colour. */
export function plainImage(type: 'jpeg' | 'png' | 'webp', width = 40, height = 30): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#c8502d' } })
    .toFormat(type)
    .toBuffer();
}

/** Markup a browser would run if it ever took the file for a page. */
export const hostileMarkup = [
  '<html><body><script>alert(document.cookie)</script></body></html>',
  '<div onmouseover="fetch(`/api/v1/portal/x/me`)">beweeg hier</div>',
  '<a href="javascript:alert(1)">klik</a>',
  '<x:svg xmlns:x="http://www.w3.org/2000/svg" onload="alert(1)"/>',
];

/** The photo with `markup` appended behind its last byte: past byte 2048 for any photo larger than that. */
export function withAppended(photo: Buffer, markup: string): Buffer {
  return Buffer.concat([photo, Buffer.from(markup, 'latin1')]);
}

/** A JPEG comment segment (COM) right after the start marker, carrying `text`. */
export function withCommentSegment(jpeg: Buffer, text: string): Buffer {
  const body = Buffer.from(text, 'latin1');
  const header = Buffer.from([0xff, 0xfe, 0, 0]);
  header.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), header, body, jpeg.subarray(2)]);
}

/** A PDF with a classic cross-reference table whose offsets are right, as writers make them. */
export function wellFormedPdf(text = 'Offerte'): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    `<< /Length ${`BT /F1 12 Tf 72 770 Td (${text}) Tj ET`.length} >>\nstream\nBT /F1 12 Tf 72 770 Td (${text}) Tj ET\nendstream`,
  ];
  let body = '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
