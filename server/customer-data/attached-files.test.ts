// Files of quotes, invoices and documents: uploaded raw by the back office, judged by their bytes and cut off at the
// size limit while streaming; downloaded by their owner only, as attachments that never run in the portal's origin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { seedTwoTenants } from '../../test/support/fixtures.js';
import {
  backOffice,
  docxBytes,
  heicBytes,
  htmlBytes,
  jpegHtmlPolyglotBytes,
  oleBytes,
  pdfBytes,
  pdfHtmlPolyglotBytes,
  pngBytes,
  portalUser,
  svgBytes,
  xlsxBytes,
} from '../../test/support/customer-data-fixtures.js';

let t: TestApp;
let tenants: Awaited<ReturnType<typeof seedTwoTenants>>;
let office: ReturnType<typeof backOffice>;
let customer: ReturnType<typeof portalUser>;
const megabyte = 1024 * 1024;

async function idOf(table: 'quotes' | 'invoices' | 'documents', externalId: string): Promise<string> {
  return (await t.deps.db.selectFrom(table).select('id').where('external_id', '=', externalId).executeTakeFirstOrThrow()).id;
}

const fileCount = async () => Number((await t.deps.db.selectFrom('files').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

/** A body streamed without Content-Length, `chunks` pieces of 1 MB, or endlessly when `chunks` is Infinity. */
function streamedBody(chunks: number): ReadableStream<Uint8Array> {
  const chunk = new Uint8Array(megabyte).fill(0x20);
  // One PDF spread over the chunks: its objects open the first, its trailer ends the last.
  const pdf = pdfBytes();
  const trailerAt = pdf.indexOf('trailer');
  const first = chunk.slice();
  first.set(pdf.subarray(0, trailerAt));
  const last = chunk.slice();
  last.set(pdf.subarray(trailerAt), megabyte - (pdf.length - trailerAt));
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= chunks) return controller.close();
      sent += 1;
      controller.enqueue(sent === 1 ? first : sent === chunks ? last : chunk.slice());
    },
  });
}

function putStream(path: string, body: ReadableStream<Uint8Array>): Promise<Response> {
  return Promise.resolve(
    t.app.request(`/api/v1/admin${path}`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${tenants.alpha.apiKey}`, 'Content-Type': 'application/pdf' },
      body,
      duplex: 'half',
    } as RequestInit),
  );
}

beforeAll(async () => {
  t = await createTestApp();
  tenants = await seedTwoTenants(t.deps);
  office = backOffice(t.app, tenants.alpha.apiKey);
  customer = portalUser(t.app, 'alpha', tenants.alpha.customers[0]!.token);
  const customerExternalId = 'alpha-c1';
  await office.put('/quotes/q1', { customerExternalId, number: 'OF-2026-7', title: 'Ketel', lines: [], totalCents: 1000, currency: 'EUR', status: 'open' });
  await office.put('/invoices/i1', {
    customerExternalId,
    number: 'F-2026-9',
    issueDate: '2026-01-01',
    dueDate: '2026-01-31',
    totalCents: 1000,
    currency: 'EUR',
    status: 'open',
  });
  await office.put('/documents/d1', { customerExternalId, title: 'Garantiebewijs' });
});
afterAll(async () => {
  await t?.close();
});

describe(`record files on ${dialectUnderTest}`, () => {
  it('store a quote PDF once: the same file again changes nothing, another one replaces it', async () => {
    const first = await office.upload('/quotes/q1/pdf', pdfBytes('v1'), 'application/pdf');
    expect(first.status).toBe(200);
    const record = await json(first);
    expect(record.pdf).toEqual(expect.objectContaining({ contentType: 'application/pdf', size: pdfBytes('v1').length }));
    const files = await fileCount();

    const again = await json(await office.upload('/quotes/q1/pdf', pdfBytes('v1')));
    expect(again.updatedAt).toBe(record.updatedAt);
    expect(again.pdf).toEqual(record.pdf);
    expect(await fileCount()).toBe(files);

    const replaced = await json(await office.upload('/quotes/q1/pdf', pdfBytes('v2')));
    expect(replaced.pdf.sha256).not.toBe(record.pdf.sha256);
    expect(await fileCount()).toBe(files);
    const download = await customer.get(`/quotes/${await idOf('quotes', 'q1')}/pdf`);
    expect(Buffer.from(await download.arrayBuffer()).toString('latin1')).toContain('% v2');
  });

  it.each([
    ['SVG disguised as a PDF', '/quotes/q1/pdf', svgBytes()],
    ['HTML disguised as a PDF', '/invoices/i1/pdf', htmlBytes()],
    ['a PDF/HTML polyglot', '/invoices/i1/pdf', pdfHtmlPolyglotBytes()],
    ['a PNG where a PDF belongs', '/invoices/i1/pdf', pngBytes()],
    ['SVG as a document', '/documents/d1/file?filename=tekening.svg', svgBytes()],
    ['a JPEG/SVG polyglot as a document', '/documents/d1/file?filename=foto.jpg', jpegHtmlPolyglotBytes()],
    ['HTML as a document', '/documents/d1/file?filename=rapport.pdf', htmlBytes()],
  ])('refuse %s with 415 and store nothing', async (_name, path, bytes) => {
    const files = await fileCount();
    const response = await office.upload(path, bytes, 'application/pdf');
    expect(response.status).toBe(415);
    expect((await json(response)).error.code).toBe('unsupported_media_type');
    expect(await fileCount()).toBe(files);
  });

  it.each([
    ['a Word document', docxBytes(), 'offerte.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['an Excel workbook', xlsxBytes(), 'meetstaat.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['a legacy Word document', oleBytes('WordDocument'), 'brief.doc', 'application/msword'],
    ['a legacy Excel workbook', oleBytes('Workbook'), 'lijst.xls', 'application/vnd.ms-excel'],
    ['a HEIC photo', heicBytes(), 'IMG_0001.HEIC', 'image/heic'],
  ])('accept %s as a document, typed by its bytes', async (_name, bytes, filename, type) => {
    const record = await json(await office.upload(`/documents/d1/file?filename=${encodeURIComponent(filename)}`, bytes));
    expect(record.file).toEqual(expect.objectContaining({ filename, contentType: type, size: bytes.length }));
  });

  it('cut off a streamed upload without Content-Length at 20 MB with 413, even one that never ends', async () => {
    const files = await fileCount();
    const tooLarge = await putStream('/quotes/q1/pdf', streamedBody(21));
    expect(tooLarge.status).toBe(413);
    expect((await json(tooLarge)).error.code).toBe('payload_too_large');
    const endless = await putStream('/invoices/i1/pdf', streamedBody(Infinity));
    expect(endless.status).toBe(413);
    expect(await fileCount()).toBe(files);

    const withinLimit = await putStream('/invoices/i1/pdf', streamedBody(3));
    expect(withinLimit.status).toBe(200);
    expect((await json(withinLimit)).pdf.size).toBe(3 * megabyte);
  });

  it('refuse a body that announces more than 20 MB before reading it', async () => {
    const response = await t.app.request('/api/v1/admin/quotes/q1/pdf', {
      method: 'PUT',
      headers: { Authorization: `Bearer ${tenants.alpha.apiKey}`, 'Content-Length': String(21 * megabyte) },
      body: new Uint8Array(pdfBytes()),
    });
    expect(response.status).toBe(413);
  });

  it('refuse an empty body, an unknown record and another business’s record', async () => {
    expect((await office.upload('/quotes/q1/pdf', new Uint8Array(0))).status).toBe(400);
    expect((await office.upload('/quotes/nope/pdf', pdfBytes())).status).toBe(404);
    expect((await backOffice(t.app, tenants.bravo.apiKey).upload('/quotes/q1/pdf', pdfBytes())).status).toBe(404);
  });

  it('name a document file safely and after what it really is', async () => {
    const record = await json(await office.upload(`/documents/d1/file?filename=${encodeURIComponent('../../garantie\r\n"bewijs".pdf')}`, pngBytes()));
    expect(record.file.filename).toBe('garantiebewijs.pdf.png');
    expect(record.file.contentType).toBe('image/png');
    const untitled = await json(await office.upload('/documents/d1/file', pdfBytes('untitled')));
    expect(untitled.file.filename).toBe('Garantiebewijs.pdf');
  });

  it('download with the stored type, as an attachment, never sniffed, sandboxed and never cached', async () => {
    await office.upload(`/documents/d1/file?filename=${encodeURIComponent('Garantie ketel – 2026.pdf')}`, pdfBytes('garantie'));
    const response = await customer.get(`/documents/${await idOf('documents', 'd1')}/file`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Garantie ketel _ 2026.pdf"; filename*=UTF-8''Garantie%20ketel%20%E2%80%93%202026.pdf`,
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toMatch(/(^|;\s*)sandbox(;|$)/);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(Buffer.from(await response.arrayBuffer()).toString('latin1')).toContain('% garantie');

    await office.upload('/invoices/i1/pdf', pdfBytes('factuur'));
    const invoice = await customer.get(`/invoices/${await idOf('invoices', 'i1')}/pdf`);
    expect(invoice.headers.get('content-disposition')).toMatch(/^attachment; filename="factuur F-2026-9.pdf"/);
  });

  it('answer 404 for a record whose file has not arrived yet, and keep such documents out of the list', async () => {
    await office.put('/quotes/no-pdf', { customerExternalId: 'alpha-c1', number: 'OF-X', title: 'x', lines: [], totalCents: 1, currency: 'EUR', status: 'open' });
    const quoteId = await idOf('quotes', 'no-pdf');
    expect((await json(await customer.get(`/quotes/${quoteId}`))).hasPdf).toBe(false);
    expect((await customer.get(`/quotes/${quoteId}/pdf`)).status).toBe(404);
    await office.put('/documents/no-file', { customerExternalId: 'alpha-c1', title: 'Volgt nog' });
    const documentId = await idOf('documents', 'no-file');
    expect((await customer.get(`/documents/${documentId}/file`)).status).toBe(404);
    expect(JSON.stringify(await json(await customer.get('/documents')))).not.toContain(documentId);
  });

  it('record every download in the audit trail', async () => {
    const documentId = await idOf('documents', 'd1');
    await customer.get(`/documents/${documentId}/file`);
    const events = await t.deps.db.selectFrom('audit_events').selectAll().where('subject_id', '=', documentId).where('action', '=', 'document.downloaded').execute();
    expect(events.length).toBeGreaterThan(0);
    expect(events[0]).toEqual(expect.objectContaining({ actor_type: 'contact', actor_id: tenants.alpha.customers[0]!.contactId, subject_type: 'document' }));
  });

  it('delete the file with its record', async () => {
    await office.put('/documents/temp', { customerExternalId: 'alpha-c1', title: 'Tijdelijk' });
    await office.upload('/documents/temp/file?filename=t.pdf', pdfBytes('temp'));
    const files = await fileCount();
    expect((await office.delete('/documents/temp')).status).toBe(204);
    expect(await fileCount()).toBe(files - 1);
  });
});
