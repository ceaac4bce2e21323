// Customer data for tests: sample files of every accepted type (and disguised ones), locations seeded directly, and
// the back office's upserts driven through the admin API like a sync job would.
import { crc32 } from 'node:zlib';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../server/db/schema.js';
import { newId, nowIso } from '../../server/db/ids.js';
import type { PortalSettings } from '../../server/portals/settings.js';

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

/** A 2×2 JFIF JPEG: its APP0 segment first, as cameras write it, so its frame header follows at byte 20. */
export const jpegBytes = (): Buffer =>
  Buffer.from(
    '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgMCAgMDAwMEAwMEBQgFBQQEBQoHBwYIDAoMDAsKCwsNDhIQDQ4RDgsLEBYQERMUFRUVDA8XGBYUGBIUFRT/2wBDAQMEBAUEBQkFBQkUDQsNFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBT/wAARCAACAAIDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAf/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAABwj/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCaACRYD//Z',
    'base64',
  );

/** A 2×2 lossy WebP. */
export const webpBytes = (): Buffer =>
  Buffer.from('UklGRj4AAABXRUJQVlA4IDIAAADwAQCdASoCAAIAAMASJaACdLoB+AAEyAAAm//cHHsHHsHH71v/6Jr+ia/omv/obgAAAA==', 'base64');

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

type RequestApp = { request(path: string, init?: RequestInit): Response | Promise<Response> };

/** The back office: JSON upserts and raw file uploads with its API key. */
export function backOffice(app: RequestApp, apiKey: string) {
  const call = (method: string, path: string, body?: unknown) =>
    app.request(`/api/v1/admin${path}`, {
      method,
      headers: { Authorization: `Bearer ${apiKey}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return {
    put: (path: string, body: unknown) => call('PUT', path, body),
    get: (path: string) => call('GET', path),
    delete: (path: string) => call('DELETE', path),
    upload: (path: string, bytes: Uint8Array, contentType = 'application/octet-stream') =>
      app.request(`/api/v1/admin${path}`, {
        method: 'PUT',
        headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': contentType },
        body: bytes as Uint8Array<ArrayBuffer>,
      }),
  };
}

/** A signed-in contact using the portal API. */
export function portalUser(app: RequestApp, slug: string, token: string | undefined) {
  const headers = (json: boolean): Record<string, string> => ({
    ...(token ? { Authorization: `Bearer ${token}` } : {}),
    ...(json ? { 'Content-Type': 'application/json' } : {}),
  });
  return {
    get: (path: string) => app.request(`/api/v1/portal/${slug}${path}`, { headers: headers(false) }),
    post: (path: string, body: unknown = {}) =>
      app.request(`/api/v1/portal/${slug}${path}`, { method: 'POST', headers: headers(true), body: JSON.stringify(body) }),
  };
}

async function expectStatus(response: Response, status: number): Promise<any> {
  const body = response.headers.get('content-type')?.includes('json') ? await response.json() : await response.text();
  if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}: ${JSON.stringify(body)}`);
  return body;
}

export interface CustomerDataset {
  locationId: string;
  objectId: string;
  childObjectId: string;
  workOrderId: string;
  quoteId: string;
  /** Open quotes kept for answering, so that answering one leaves the others open. */
  quoteToAcceptId: string;
  quoteToDeclineId: string;
  invoiceId: string;
  documentId: string;
  orderId: string;
}

/**
 * One of every kind of record for a customer, pushed through the admin API the way a back office would (the
 * customer itself must exist), with `prefix` keeping external ids apart. Returns the portal ids.
 */
export async function seedCustomerDataset(
  app: RequestApp,
  db: Kysely<Database>,
  tenant: { tenantId: string; apiKey: string },
  customer: { customerId: string; externalId: string },
  prefix: string,
): Promise<CustomerDataset> {
  const office = backOffice(app, tenant.apiKey);
  const customerExternalId = customer.externalId;
  const locationId = await seedLocation(db, { tenantId: tenant.tenantId, customerId: customer.customerId, externalId: `${prefix}-loc`, name: 'Woning' });
  await expectStatus(
    await office.put(`/objects/${prefix}-obj`, { customerExternalId, locationExternalId: `${prefix}-loc`, name: 'Cv-ketel', brand: 'Remeha', model: 'Tzerra Ace' }),
    201,
  );
  await expectStatus(await office.put(`/objects/${prefix}-obj-pump`, { customerExternalId, parentExternalId: `${prefix}-obj`, name: 'Circulatiepomp' }), 201);
  await expectStatus(
    await office.put(`/work-orders/${prefix}-wo`, {
      customerExternalId,
      locationExternalId: `${prefix}-loc`,
      objectExternalId: `${prefix}-obj`,
      number: `${prefix.toUpperCase()}-WO-1`,
      description: 'Jaarlijks onderhoud cv-ketel',
      status: 'planned',
      plannedStart: '2099-03-02T08:00:00+01:00',
      plannedEnd: '2099-03-02T10:00:00+01:00',
      totalCents: 12500,
    }),
    201,
  );
  const quote = (number: string) => ({
    customerExternalId,
    number,
    title: 'Vervanging cv-ketel',
    lines: [{ description: 'Remeha Tzerra Ace 28c', quantity: 1, unitPriceCents: 189900, vatRate: 21 }],
    totalCents: 229779,
    currency: 'EUR',
    validUntil: '2099-12-31',
    status: 'open',
  });
  for (const suffix of ['q', 'q-accept', 'q-decline']) {
    await expectStatus(await office.put(`/quotes/${prefix}-${suffix}`, quote(`${prefix.toUpperCase()}-${suffix.toUpperCase()}`)), 201);
    await expectStatus(await office.upload(`/quotes/${prefix}-${suffix}/pdf`, pdfBytes(`${prefix} quote`), 'application/pdf'), 200);
  }
  await expectStatus(
    await office.put(`/invoices/${prefix}-inv`, {
      customerExternalId,
      workOrderExternalId: `${prefix}-wo`,
      number: `${prefix.toUpperCase()}-INV-1`,
      issueDate: '2099-01-01',
      dueDate: '2099-01-31',
      totalCents: 12500,
      currency: 'EUR',
      status: 'open',
      paymentUrl: 'https://pay.example.com/inv-1',
    }),
    201,
  );
  await expectStatus(await office.upload(`/invoices/${prefix}-inv/pdf`, pdfBytes(`${prefix} invoice`), 'application/pdf'), 200);
  await expectStatus(await office.put(`/documents/${prefix}-doc`, { customerExternalId, objectExternalId: `${prefix}-obj`, title: 'Handleiding' }), 201);
  await expectStatus(await office.upload(`/documents/${prefix}-doc/file?filename=handleiding.pdf`, pdfBytes(`${prefix} manual`), 'application/pdf'), 200);
  await expectStatus(
    await office.put(`/orders/${prefix}-ord`, {
      customerExternalId,
      number: `${prefix.toUpperCase()}-ORD-1`,
      orderedAt: '2099-02-01',
      status: 'confirmed',
      lines: [{ description: 'Filter', quantity: 2, unitPriceCents: 1250 }],
      totalCents: 2500,
      currency: 'EUR',
    }),
    201,
  );
  const idOf = async (table: 'objects' | 'work_orders' | 'quotes' | 'invoices' | 'documents' | 'orders', externalId: string) =>
    (await db.selectFrom(table).select('id').where('tenant_id', '=', tenant.tenantId).where('external_id', '=', externalId).executeTakeFirstOrThrow()).id;
  return {
    locationId,
    objectId: await idOf('objects', `${prefix}-obj`),
    childObjectId: await idOf('objects', `${prefix}-obj-pump`),
    workOrderId: await idOf('work_orders', `${prefix}-wo`),
    quoteId: await idOf('quotes', `${prefix}-q`),
    quoteToAcceptId: await idOf('quotes', `${prefix}-q-accept`),
    quoteToDeclineId: await idOf('quotes', `${prefix}-q-decline`),
    invoiceId: await idOf('invoices', `${prefix}-inv`),
    documentId: await idOf('documents', `${prefix}-doc`),
    orderId: await idOf('orders', `${prefix}-ord`),
  };
}

/** Switches portal features on or off, as the business would in its settings. */
export async function setPortalSettings(db: Kysely<Database>, slug: string, change: (settings: PortalSettings) => void): Promise<void> {
  const row = await db.selectFrom('portals').select('settings').where('slug', '=', slug).executeTakeFirstOrThrow();
  const settings = JSON.parse(row.settings) as PortalSettings;
  change(settings);
  await db.updateTable('portals').set({ settings: JSON.stringify(settings) }).where('slug', '=', slug).execute();
}

/** A customer request row with only the columns every request has, for counts and links from work orders. */
export async function seedRequestRow(
  db: Kysely<Database>,
  input: { tenantId: string; portalId: string; customerId: string; contactId: string; status: string; id?: string },
): Promise<string> {
  const id = input.id ?? newId('req');
  const now = nowIso();
  await sql`insert into requests (id, tenant_id, portal_id, customer_id, contact_id, reference, work_type, description, checklist, locale, status, created_at, updated_at)
    values (${id}, ${input.tenantId}, ${input.portalId}, ${input.customerId}, ${input.contactId}, ${`KP-${id.slice(-8)}`}, 'repair', 'Storing', '[]', 'nl',
      ${input.status}, ${now}, ${now})`.execute(db);
  return id;
}
