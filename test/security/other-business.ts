// Business B's records beside the world's business A: the same external ids as A's where an id is the business's own,
// every text carrying B's marker, so an answer to A that carries the marker shows B's data leaked.
import { randomUUID } from 'node:crypto';
import { pdfBytes, pngBytes } from '../support/customer-data-fixtures.js';
import { createApiKey } from '../../server/tenants/tenants.js';
import type { World } from './world.js';

export const otherMarker = 'Geheim-Bravo-4K9';

export interface OtherBusiness {
  /** Every id and external id of B's records, to be tried where A's go. */
  ids: string[];
}

export async function seedOtherBusiness(world: World): Promise<OtherBusiness> {
  const { app, bravo, stranger, t } = world;
  const db = t.deps.db;
  const admin = async (method: string, path: string, body?: unknown, contentType = 'application/json') => {
    const response = await app.request(`/api/v1/admin${path}`, {
      method,
      headers: { Authorization: `Bearer ${bravo.apiKey}`, ...(body === undefined ? {} : { 'Content-Type': contentType }) },
      ...(body === undefined ? {} : { body: body instanceof Uint8Array ? (body as Uint8Array<ArrayBuffer>) : JSON.stringify(body) }),
    });
    const text = await response.text();
    if (response.status >= 300) throw new Error(`business B: ${method} ${path}: ${response.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  };
  const customer = stranger.customerExternalId;
  const text = (what: string) => `${what} ${otherMarker}`;
  await admin('PUT', `/customers/${customer}`, { name: text('Familie'), email: 'familie@bravo-klant.example', address: { street: text('Straat'), houseNumber: '9', postalCode: '9999 ZZ', city: 'Groningen' } });
  await admin('PUT', '/customers/a-cus', { name: text('Naamgenoot') });
  await admin('PUT', `/customers/${customer}/locations/a-loc`, { name: text('Woning'), street: 'Kade', houseNumber: '3', postalCode: '9999 ZZ', city: 'Groningen' });
  await admin('PUT', '/objects/a-obj', { customerExternalId: customer, locationExternalId: 'a-loc', name: text('Warmtepomp') });
  await admin('PUT', '/work-orders/a-wo', { customerExternalId: customer, objectExternalId: 'a-obj', number: 'WO-B-1', description: text('Storing'), status: 'planned' });
  const money = { totalCents: 500, currency: 'EUR', customerExternalId: customer };
  await admin('PUT', '/quotes/a-q', { ...money, number: 'Q-B-1', title: text('Offerte'), lines: [{ description: text('Pomp'), quantity: 1, unitPriceCents: 413, vatRate: 21 }], status: 'open' });
  await admin('PUT', '/quotes/a-q/pdf', pdfBytes(otherMarker), 'application/pdf');
  await admin('PUT', '/invoices/a-inv', { ...money, number: 'INV-B-1', issueDate: '2099-01-01', dueDate: '2099-01-31', status: 'open' });
  await admin('PUT', '/invoices/a-inv/pdf', pdfBytes(otherMarker), 'application/pdf');
  await admin('PUT', '/documents/a-doc', { customerExternalId: customer, title: text('Garantie') });
  await admin('PUT', `/documents/a-doc/file?filename=${encodeURIComponent(text('garantie'))}.pdf`, pdfBytes(otherMarker), 'application/pdf');
  await admin('PUT', '/orders/a-ord', { ...money, number: 'ORD-B-1', orderedAt: '2099-02-01', status: 'confirmed', lines: [{ description: text('Filter'), quantity: 1, unitPriceCents: 500 }] });
  const webhook = await admin('POST', '/webhooks', { url: 'https://hooks.bravo-onderhoud.example/kp', events: ['request.created'] });

  const portal = (path: string, init: RequestInit) =>
    Promise.resolve(app.request(`/api/v1/portal/${bravo.slug}${path}`, { ...init, headers: { Authorization: `Bearer ${stranger.token}`, ...init.headers } })).then(async (response) => {
      const body = await response.text();
      if (response.status >= 300) throw new Error(`business B's customer: ${path}: ${response.status} ${body}`);
      return JSON.parse(body);
    });
  const json = { 'Content-Type': 'application/json' };
  const request = await portal('/requests', {
    method: 'POST',
    headers: { ...json, 'Idempotency-Key': randomUUID() },
    body: JSON.stringify({ workType: 'repair', description: text('Lekkage'), phone: '0687654321' }),
  });
  const boundary = 'kpother4K9';
  const attachment = await portal(`/requests/${request.id}/attachments`, {
    method: 'POST',
    headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
    body: Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${text('lek')}.png"\r\nContent-Type: image/png\r\n\r\n`),
      pngBytes(),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  });
  await portal(`/requests/${request.id}/messages`, { method: 'POST', headers: { ...json, 'Idempotency-Key': randomUUID() }, body: JSON.stringify({ body: text('Vraag') }) });
  const key = await createApiKey(db, bravo.tenantId, text('Koppeling'));
  await t.deps.mailer.idle();

  const internalIds = async (table: 'objects' | 'work_orders' | 'quotes' | 'invoices' | 'documents' | 'orders' | 'locations' | 'contacts' | 'staff' | 'customers') =>
    (await db.selectFrom(table).select('id').where('tenant_id', '=', bravo.tenantId).execute()).map((row) => row.id);
  const deliveries = await db.selectFrom('webhook_deliveries').select('id').where('webhook_id', '=', webhook.id).execute();
  const ids = [
    bravo.slug,
    customer,
    ...(await Promise.all((['objects', 'work_orders', 'quotes', 'invoices', 'documents', 'orders', 'locations', 'contacts', 'staff', 'customers'] as const).map(internalIds))).flat(),
    request.id,
    attachment.id,
    webhook.id,
    key.id,
    ...deliveries.map((row) => row.id),
  ];
  return { ids };
}
