import { describe, expect, it } from 'vitest';
import {
  docxBytes,
  heicBytes,
  htmlBytes,
  jpegBytes,
  jpegHtmlPolyglotBytes,
  oleBytes,
  pdfBytes,
  pdfHtmlPolyglotBytes,
  pngBytes,
  svgBytes,
  webpBytes,
  xlsxBytes,
  zipBytes,
} from '../../test/support/customer-data-fixtures.js';
import { documentTypes, pdfTypes, photoTypes, sniffFileType } from './sniff.js';

describe('file types from magic bytes', () => {
  it.each([
    ['a PDF', pdfBytes(), 'application/pdf'],
    ['a PNG', pngBytes(), 'image/png'],
    ['a JPEG', jpegBytes(), 'image/jpeg'],
    ['a WebP', webpBytes(), 'image/webp'],
    ['a HEIC photo', heicBytes(), 'image/heic'],
    ['a Word document', docxBytes(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['an Excel workbook', xlsxBytes(), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['a legacy Word document', oleBytes('WordDocument'), 'application/msword'],
    ['a legacy Excel workbook', oleBytes('Workbook'), 'application/vnd.ms-excel'],
  ])('recognise %s among document types', (_name, bytes, type) => {
    expect(sniffFileType(bytes, documentTypes)).toBe(type);
  });

  it('accept only what the allow-list names', () => {
    expect(sniffFileType(pngBytes(), pdfTypes)).toBeUndefined();
    expect(sniffFileType(docxBytes(), photoTypes)).toBeUndefined();
    expect(sniffFileType(pdfBytes(), pdfTypes)).toBe('application/pdf');
  });

  it('never accept SVG or HTML, whatever the list says', () => {
    for (const bytes of [svgBytes(), htmlBytes(), Buffer.from('just text'), Buffer.alloc(0)]) {
      expect(sniffFileType(bytes, documentTypes)).toBeUndefined();
    }
  });

  it('refuse polyglots: real magic bytes with a page in their first 2 KB, a namespaced SVG or a bare div included', () => {
    expect(sniffFileType(pdfHtmlPolyglotBytes(), documentTypes)).toBeUndefined();
    expect(sniffFileType(jpegHtmlPolyglotBytes(), documentTypes)).toBeUndefined();
    for (const markup of ['<div onmouseover=alert(1)>', '<x:svg xmlns:x="http://www.w3.org/2000/svg" onload=alert(1)>', '<TITLE>x</TITLE>']) {
      expect(sniffFileType(Buffer.concat([jpegBytes(), Buffer.from(markup)]), photoTypes), markup).toBeUndefined();
      expect(sniffFileType(Buffer.concat([pdfBytes(), Buffer.from(markup)]), pdfTypes), markup).toBeUndefined();
    }
  });

  it('judge the type, not the tail: markup past 2 KB is for the photo encoder and the download headers to deal with', () => {
    const late = Buffer.concat([jpegBytes(), Buffer.alloc(2048, 0x20), Buffer.from('<html><script>alert(1)</script>')]);
    expect(sniffFileType(late, photoTypes)).toBe('image/jpeg');
  });

  it('refuse a zip that is not an Office document, and an OLE file that is neither .doc nor .xls', () => {
    expect(sniffFileType(zipBytes({ 'evil.html': '<html></html>' }), documentTypes)).toBeUndefined();
    expect(sniffFileType(zipBytes({ '[Content_Types].xml': '<Types/>', 'ppt/slide1.xml': '<p/>' }), documentTypes)).toBeUndefined();
    const ole = oleBytes('WordDocument');
    ole.fill(0, 512);
    expect(sniffFileType(ole, documentTypes)).toBeUndefined();
  });

  it('work on a Uint8Array view as well as on a Buffer', () => {
    const bytes = pdfBytes();
    const view = new Uint8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    expect(sniffFileType(view, pdfTypes)).toBe('application/pdf');
  });
});
