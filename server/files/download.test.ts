import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { contentDisposition, fileDownload, safeFilename } from './download.js';

describe('download headers', () => {
  it('make the browser save the file, never sniff or run it, and never cache it', async () => {
    const app = new Hono().get('/file', (c) => fileDownload(c, { data: Buffer.from('%PDF-1.4'), contentType: 'application/pdf', filename: 'Factuur 2026-001.pdf' }));
    const response = await app.request('/file');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-length')).toBe('8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="Factuur 2026-001.pdf"; filename*=UTF-8''Factuur%202026-001.pdf`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toMatch(/(^|;\s*)sandbox(;|$)/);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(Buffer.from(await response.arrayBuffer()).toString()).toBe('%PDF-1.4');
  });

  it('keep a non-ASCII name exact in filename* and readable in filename', () => {
    expect(contentDisposition('Überdruckventil – foto’s.pdf')).toBe(
      `attachment; filename="_berdruckventil _ foto_s.pdf"; filename*=UTF-8''%C3%9Cberdruckventil%20%E2%80%93%20foto%E2%80%99s.pdf`,
    );
  });

  it('strip what could split the header or climb out of a folder', () => {
    const header = contentDisposition('../../etc/pa"ss\r\nSet-Cookie: x=1\\..\\boot.ini');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).not.toContain('..');
    expect(header).not.toContain('/');
    expect(header).not.toContain('\\');
    expect(header.match(/"/g)).toHaveLength(2);
    expect(safeFilename('../../etc/passwd')).toBe('etcpasswd');
    expect(safeFilename('..')).toBe('download');
    expect(safeFilename('\r\n', 'offerte.pdf')).toBe('offerte.pdf');
    expect(safeFilename('factuur\u202Efdp.exe')).toBe('factuurfdp.exe');
  });

  it('shorten very long names but keep the extension', () => {
    const name = safeFilename(`${'a'.repeat(300)}.pdf`);
    expect(name).toHaveLength(150);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});
