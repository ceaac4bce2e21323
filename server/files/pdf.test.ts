import { describe, expect, it } from 'vitest';
import { htmlBytes, jpegBytes, pdfBytes } from '../../test/support/customer-data-fixtures.js';
import { wellFormedPdf } from '../../test/support/photo-fixtures.js';
import { isWellFormedPdf, refuseMalformedPdf } from './pdf.js';

describe('a PDF is built like one', () => {
  it('accepts a PDF with its cross-reference table, an xref stream, or only a trailer', () => {
    expect(isWellFormedPdf(wellFormedPdf())).toBe(true);
    expect(isWellFormedPdf(pdfBytes())).toBe(true);
    const body = '%PDF-1.5\n1 0 obj << /Type /Catalog >> endobj\n';
    const xrefStream = `${body}2 0 obj << /Type /XRef /Size 3 >>\nstream\nx\nendstream\nendobj\nstartxref\n${body.length}\n%%EOF`;
    expect(isWellFormedPdf(Buffer.from(xrefStream, 'latin1'))).toBe(true);
    expect(isWellFormedPdf(Buffer.concat([wellFormedPdf(), Buffer.alloc(600, 0x0a)]))).toBe(true);
  });

  it('refuses a file that only starts like a PDF: cut off, a page or a photo behind the header, or a wrong startxref with no trailer', () => {
    const whole = wellFormedPdf();
    expect(isWellFormedPdf(whole.subarray(0, whole.length - 20))).toBe(false);
    expect(isWellFormedPdf(Buffer.from('%PDF-1.4\n<div onmouseover=alert(1)>x</div>\n%%EOF\n', 'latin1'))).toBe(false);
    expect(isWellFormedPdf(Buffer.concat([Buffer.from('%PDF-1.4\n'), jpegBytes(), Buffer.from('\n%%EOF')]))).toBe(false);
    expect(isWellFormedPdf(Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\nstartxref\n999999\n%%EOF\n', 'latin1'))).toBe(false);
    expect(isWellFormedPdf(Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\nstartxref\n9\n%%EOF\n', 'latin1'))).toBe(true);
    expect(isWellFormedPdf(Buffer.concat([whole, Buffer.alloc(2048, 0x41)]))).toBe(false);
    expect(isWellFormedPdf(jpegBytes())).toBe(false);
    expect(isWellFormedPdf(htmlBytes())).toBe(false);
    expect(isWellFormedPdf(Buffer.alloc(0))).toBe(false);
  });

  it('names the problem in the 415 it throws', () => {
    expect(() => refuseMalformedPdf(Buffer.from('%PDF-1.4\n'), 'body')).toThrow(expect.objectContaining({ status: 415, details: [{ path: 'body', message: 'not a readable PDF' }] }));
  });
});
