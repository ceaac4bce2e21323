// The world the security suite attacks: two businesses, a customer with one record of every kind (pushed through the
// admin API and the portal like real clients would), a second customer of the same business, and the routes of the
// app as its router registers them, each with the ids of the first customer's records filled in.
import { randomUUID } from 'node:crypto';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Hono } from 'hono';
import { z, type ZodType } from 'zod';
import type { TableMetadata } from 'kysely';
import { describedRoutes, type RouteDoc } from '../../server/openapi/index.js';
import type { AppEnv } from '../../server/http/env.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { pdfBytes, pngBytes } from '../support/customer-data-fixtures.js';
import { seedTenant } from '../support/fixtures.js';
import { seedStaff, signInStaff } from '../support/staff-fixtures.js';
import { adminOnlyAreaOf } from '../../server/admin/auth.js';
import { createApiKey } from '../../server/tenants/tenants.js';
import { storeFile } from '../../server/files/store.js';
import { addDays, amsterdamWallClock, isoWeekday } from '../../server/bookings/amsterdam-time.js';

/** Written into every text of the first customer's records: an answer that carries it leaks that customer's data. */
export const ownerMarker = 'Geheim-Alfa-7Q2';

export const allowedOrigin = 'https://www.alfa-installatie.example';

export interface Caller {
  /** Authorization header value, if any. */
  authorization?: string;
}

export interface PortalAccount {
  slug: string;
  customerExternalId: string;
  contactId: string;
  email: string;
  password: string;
  token: string;
}

export interface Business {
  tenantId: string;
  portalId: string;
  slug: string;
  apiKey: string;
}

/** The first customer's records, by the name of the URL parameter that addresses them. */
export interface OwnerRecords {
  /** The owner's business's portal, as the admin API addresses it. */
  portalSlug: string;
  portalIds: Record<string, string>;
  externalIds: Record<string, string>;
  attachmentId: string;
  /** A message with a file, per conversation: `requests` and `work-orders`. */
  messageFiles: Record<string, { messageId: string; fileId: string }>;
  locationExternalId: string;
  contactId: string;
  colleagueContactId: string;
  webhookId: string;
  /** A booking window of the owner's portal on a date it can be booked: :date and :windowId of the block routes. */
  bookingWindow: { date: string; windowId: string };
}

export interface World {
  t: TestApp;
  app: OpenAPIHono<AppEnv>;
  alpha: Business;
  bravo: Business;
  /** Customer A of business A: owns every record. */
  owner: PortalAccount;
  /** Another customer of business A. */
  neighbour: PortalAccount;
  /** A customer of business B, on business B's portal. */
  stranger: PortalAccount;
  records: OwnerRecords;
  /** Console sessions (kp_staff tokens): business A's admin and a colleague of role staff, and business B's admin. */
  staffSessions: { alphaAdmin: string; alphaStaff: string; bravoAdmin: string };
  close(): Promise<void>;
}

type RequestApp = { request(path: string, init?: RequestInit): Response | Promise<Response> };

async function expectOk(response: Response, what: string): Promise<any> {
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${what}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

function admin(app: RequestApp, apiKey: string) {
  const call = (method: string, path: string, body?: unknown) =>
    Promise.resolve(
      app.request(`/api/v1/admin${path}`, {
        method,
        headers: { Authorization: `Bearer ${apiKey}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    ).then((response) => expectOk(response, `${method} ${path}`));
  const upload = (path: string, bytes: Uint8Array, contentType: string) =>
    Promise.resolve(
      app.request(`/api/v1/admin${path}`, {
        method: 'PUT',
        headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': contentType },
        body: bytes as Uint8Array<ArrayBuffer>,
      }),
    ).then((response) => expectOk(response, `PUT ${path}`));
  return { call, upload };
}

function portal(app: RequestApp, slug: string, token?: string) {
  return (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    Promise.resolve(
      app.request(`/api/v1/portal/${slug}${path}`, {
        method,
        headers: {
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...headers,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    ).then((response) => expectOk(response, `${method} ${path}`));
}

const allFeatures = {
  requests: true,
  workOrders: true,
  quotes: true,
  invoices: true,
  objects: true,
  documents: true,
  orders: true,
  messages: true,
  guestRequests: true,
  contacts: true,
};

async function openPortal(app: RequestApp, business: Business, name: string, origin: string): Promise<void> {
  await admin(app, business.apiKey).call('PUT', `/portals/${business.slug}`, {
    name,
    homeUrl: `${origin}/portaal`,
    allowedOrigins: [origin],
    features: allFeatures,
    auth: { password: true, magicLink: true, sso: { enabled: true } },
  });
}

/** A customer admin invited by the back office, who accepts the invite in the portal and is signed in. */
async function customerAdmin(app: RequestApp, business: Business, customerExternalId: string, email: string): Promise<PortalAccount> {
  const password = `Lange zin ${randomUUID()}`;
  const invited = await admin(app, business.apiKey).call('POST', `/customers/${customerExternalId}/contacts?portal=${business.slug}`, {
    email,
    name: `Beheerder ${customerExternalId}`,
    role: 'admin',
  });
  const signedIn = await portal(app, business.slug)('POST', '/auth/invite/accept', { token: invited.invite.token, password });
  return { slug: business.slug, customerExternalId, contactId: invited.contact.id, email, password, token: signedIn.accessToken };
}

/** A one-page PDF whose bytes carry the marker, as a quote, invoice or document of the owner. */
const ownerPdf = () => pdfBytes(ownerMarker);

export async function buildWorld(): Promise<World> {
  const t = await createTestApp();
  const { app, deps } = t;
  const alpha = await seedTenant(deps.db, 'alfa');
  const bravo = await seedTenant(deps.db, 'bravo');
  await openPortal(app, alpha, 'Alfa Installatie', allowedOrigin);
  await openPortal(app, bravo, 'Bravo Onderhoud', 'https://www.bravo-onderhoud.example');

  const office = admin(app, alpha.apiKey);
  const customer = 'a-cus';
  await office.call('PUT', `/customers/${customer}`, {
    name: `Familie ${ownerMarker}`,
    email: 'familie@alfa-klant.example',
    address: { street: `Straat ${ownerMarker}`, houseNumber: '1', postalCode: '1234 AB', city: 'Utrecht' },
  });
  await office.call('PUT', `/customers/${customer}/locations/a-loc`, {
    name: `Woning ${ownerMarker}`,
    street: 'Dorpsstraat',
    houseNumber: '7',
    postalCode: '1234 AB',
    city: 'Utrecht',
  });
  await office.call('PUT', '/objects/a-obj', { customerExternalId: customer, locationExternalId: 'a-loc', name: `Cv-ketel ${ownerMarker}`, brand: 'Remeha' });
  await office.call('PUT', '/work-orders/a-wo', {
    customerExternalId: customer,
    locationExternalId: 'a-loc',
    objectExternalId: 'a-obj',
    number: 'WO-A-1',
    description: `Onderhoud ${ownerMarker}`,
    status: 'planned',
    plannedStart: '2099-03-02T08:00:00+01:00',
  });
  await office.call('PUT', '/quotes/a-q', {
    customerExternalId: customer,
    number: 'Q-A-1',
    title: `Offerte ${ownerMarker}`,
    lines: [{ description: `Ketel ${ownerMarker}`, quantity: 1, unitPriceCents: 100000, vatRate: 21 }],
    totalCents: 121000,
    currency: 'EUR',
    validUntil: '2099-12-31',
    status: 'open',
  });
  await office.upload('/quotes/a-q/pdf', ownerPdf(), 'application/pdf');
  // A signature as an acceptance keeps it, for the staff's download route; the quote itself stays open for the answer routes.
  const quoteRow = await deps.db.selectFrom('quotes').select(['id', 'customer_id']).where('tenant_id', '=', alpha.tenantId).where('external_id', '=', 'a-q').executeTakeFirstOrThrow();
  const signature = await storeFile(deps.db, { tenantId: alpha.tenantId, customerId: quoteRow.customer_id, filename: 'handtekening Q-A-1.png', contentType: 'image/png', data: pngBytes() });
  await deps.db.updateTable('quotes').set({ signature_file_id: signature.id }).where('id', '=', quoteRow.id).execute();
  await office.call('PUT', '/invoices/a-inv', {
    customerExternalId: customer,
    workOrderExternalId: 'a-wo',
    number: 'INV-A-1',
    issueDate: '2099-01-01',
    dueDate: '2099-01-31',
    totalCents: 12500,
    currency: 'EUR',
    status: 'open',
    paymentUrl: `https://pay.example/${ownerMarker}`,
  });
  await office.upload('/invoices/a-inv/pdf', ownerPdf(), 'application/pdf');
  await office.call('PUT', '/documents/a-doc', { customerExternalId: customer, objectExternalId: 'a-obj', title: `Handleiding ${ownerMarker}` });
  await office.upload(`/documents/a-doc/file?filename=${encodeURIComponent(`handleiding ${ownerMarker}.pdf`)}`, ownerPdf(), 'application/pdf');
  await office.call('PUT', '/orders/a-ord', {
    customerExternalId: customer,
    number: 'ORD-A-1',
    orderedAt: '2099-02-01',
    status: 'confirmed',
    lines: [{ description: `Filter ${ownerMarker}`, quantity: 2, unitPriceCents: 1250 }],
    totalCents: 2500,
    currency: 'EUR',
  });
  const webhook = await office.call('POST', '/webhooks', { url: 'https://hooks.alfa-installatie.example/kp', events: ['request.created'] });

  const owner = await customerAdmin(app, alpha, customer, 'eigenaar@alfa-klant.example');
  const colleague = await office.call('POST', `/customers/${customer}/contacts`, { email: 'collega@alfa-klant.example', name: `Collega ${ownerMarker}` });

  const asOwner = portal(app, alpha.slug, owner.token);
  const bookingDate = addDays(amsterdamWallClock(new Date()).date, 14);
  const bookingWindow = { date: bookingDate, windowId: `ochtend-${isoWeekday(bookingDate)}` };
  await office.call('PUT', `/portals/${alpha.slug}/booking`, {
    enabled: true,
    workTypes: ['repair'],
    windows: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ id: `ochtend-${weekday}`, weekday, start: '08:00', end: '12:00', label: { nl: 'Ochtend', en: 'Morning' }, capacity: 5 })),
  });
  const ownerWorkOrderId = (await deps.db.selectFrom('work_orders').select('id').where('tenant_id', '=', alpha.tenantId).where('external_id', '=', 'a-wo').executeTakeFirstOrThrow()).id;
  const booking = await asOwner('POST', `/work-orders/${ownerWorkOrderId}/reschedule`, { ...bookingWindow, reason: `Verzetten ${ownerMarker}` });
  const request = await asOwner(
    'POST',
    '/requests',
    { workType: 'repair', description: `Lekkage ${ownerMarker}`, phone: '0612345678' },
    { 'Idempotency-Key': randomUUID() },
  );
  const boundary = `----kp${randomUUID().replaceAll('-', '')}`;
  const multipart = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="lek ${ownerMarker}.png"\r\nContent-Type: image/png\r\n\r\n`),
    pngBytes(),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const attachment = await expectOk(
    await app.request(`/api/v1/portal/${alpha.slug}/requests/${request.id}/attachments`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${owner.token}`, 'Content-Type': `multipart/form-data; boundary=${boundary}` },
      body: multipart,
    }),
    'upload attachment',
  );
  const messageFile = await expectOk(
    await app.request(`/api/v1/portal/${alpha.slug}/requests/${request.id}/messages/files`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${owner.token}`, 'Content-Type': `multipart/form-data; boundary=${boundary}` },
      body: multipart,
    }),
    'upload message file',
  );
  const question = await asOwner('POST', `/requests/${request.id}/messages`, { body: `Vraag ${ownerMarker}`, fileIds: [messageFile.id] });
  await office.call('POST', `/requests/${request.id}/messages`, { body: `Antwoord ${ownerMarker}` });
  const workOrderFile = await expectOk(
    await app.request('/api/v1/admin/work-orders/a-wo/messages/files', {
      method: 'POST',
      headers: { Authorization: `Bearer ${alpha.apiKey}`, 'Content-Type': `multipart/form-data; boundary=${boundary}` },
      body: multipart,
    }),
    'upload work order message file',
  );
  const technician = await office.call('POST', '/work-orders/a-wo/messages', { body: `Monteur ${ownerMarker}`, fileIds: [workOrderFile.id] });

  const idOf = async (table: 'objects' | 'work_orders' | 'quotes' | 'invoices' | 'documents' | 'orders', externalId: string) =>
    (await deps.db.selectFrom(table).select('id').where('tenant_id', '=', alpha.tenantId).where('external_id', '=', externalId).executeTakeFirstOrThrow()).id;

  await office.call('PUT', '/customers/a2-cus', { name: 'Buren BV' });
  const neighbour = await customerAdmin(app, alpha, 'a2-cus', 'buur@buren.example');
  await admin(app, bravo.apiKey).call('PUT', '/customers/b-cus', { name: 'Bravo klant' });
  const stranger = await customerAdmin(app, bravo, 'b-cus', 'klant@bravo-klant.example');

  await seedStaff(deps, { tenantId: alpha.tenantId, email: 'beheer@alfa-installatie.example', name: `Beheerder ${ownerMarker}`, role: 'admin' });
  const alphaColleague = await seedStaff(deps, { tenantId: alpha.tenantId, email: 'planner@alfa-installatie.example', name: `Planner ${ownerMarker}`, role: 'staff' });
  await seedStaff(deps, { tenantId: bravo.tenantId, email: 'beheer@bravo-onderhoud.example', name: 'Beheerder Bravo', role: 'admin' });
  const staffSessions = {
    alphaAdmin: await signInStaff(app, 'beheer@alfa-installatie.example'),
    alphaStaff: await signInStaff(app, 'planner@alfa-installatie.example'),
    bravoAdmin: await signInStaff(app, 'beheer@bravo-onderhoud.example'),
  };
  const alphaKey = await createApiKey(deps.db, alpha.tenantId, `Koppeling ${ownerMarker}`);

  const location = await deps.db.selectFrom('locations').select('id').where('tenant_id', '=', alpha.tenantId).where('external_id', '=', 'a-loc').executeTakeFirstOrThrow();
  const records: OwnerRecords = {
    portalSlug: alpha.slug,
    portalIds: {
      locations: location.id,
      contacts: colleague.contact.id,
      objects: await idOf('objects', 'a-obj'),
      'work-orders': await idOf('work_orders', 'a-wo'),
      quotes: await idOf('quotes', 'a-q'),
      invoices: await idOf('invoices', 'a-inv'),
      documents: await idOf('documents', 'a-doc'),
      orders: await idOf('orders', 'a-ord'),
      requests: request.id,
      'guest-requests': request.id,
      webhooks: webhook.id,
      deliveries: (await deps.db.selectFrom('webhook_deliveries').select('id').where('webhook_id', '=', webhook.id).executeTakeFirstOrThrow()).id,
      'api-keys': alphaKey.id,
      staff: alphaColleague,
      bookings: booking.id,
    },
    externalIds: {
      customers: customer,
      objects: 'a-obj',
      'work-orders': 'a-wo',
      quotes: 'a-q',
      invoices: 'a-inv',
      documents: 'a-doc',
      orders: 'a-ord',
    },
    attachmentId: attachment.id,
    messageFiles: {
      requests: { messageId: question.id, fileId: messageFile.id },
      'work-orders': { messageId: technician.id, fileId: workOrderFile.id },
    },
    locationExternalId: 'a-loc',
    contactId: owner.contactId,
    colleagueContactId: colleague.contact.id,
    webhookId: webhook.id,
    bookingWindow,
  };
  await deps.mailer.idle();
  return { t, app, alpha, bravo, owner, neighbour, stranger, records, staffSessions, close: () => t.close() };
}

// ── The routes ─────────────────────────────────────────────────────────────────────────────────────────────────

export type Api = 'portal' | 'admin' | 'console' | 'operations';

export interface Route {
  method: string;
  /** As the router registered it: /api/v1/portal/:slug/quotes/:id/pdf */
  path: string;
  key: string;
  api: Api;
  doc: RouteDoc;
}

/**
 * Every route the app answers, from its router. `use()` middleware is registered under the method ALL and is not a
 * route of its own; a handler registered for ALL methods would be, so none may exist outside the middleware paths.
 */
export function routesOf(app: OpenAPIHono<AppEnv>): Route[] {
  const docs = new Map(describedRoutes(app).map((doc) => [`${doc.method.toUpperCase()} ${doc.path}`, doc]));
  const seen = new Set<string>();
  const routes: Route[] = [];
  for (const registered of app.routes) {
    if (registered.method === 'ALL') continue;
    const key = `${registered.method} ${registered.path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const doc = docs.get(key);
    if (!doc) throw new Error(`${key} has no createRoute() definition: define it, and this suite will cover it`);
    const api: Api = registered.path.startsWith('/api/v1/portal/')
      ? 'portal'
      : registered.path.startsWith('/api/v1/admin/')
        ? 'admin'
        : registered.path.startsWith('/api/v1/console/')
          ? 'console'
          : 'operations';
    routes.push({ method: registered.method, path: registered.path, key, api, doc });
  }
  return routes;
}

/** Middleware registered for all methods, by path: anything else under ALL would be a route no walk covers. */
export function allMethodPaths(app: Hono<AppEnv>): string[] {
  return [...new Set(app.routes.filter((route) => route.method === 'ALL').map((route) => route.path))];
}

/**
 * The one explicit list of routes anyone may call without signing in. Anything else must answer 401 without
 * credentials; a route missing here that does not is a finding, and so is an entry here the app no longer has.
 */
export const publicRoutes = new Set([
  'GET /healthz',
  'GET /readyz',
  'GET /openapi.json',
  'GET /widget/*',
  'GET /console',
  'GET /console/*',
  'GET /api/v1/portal/:slug/config',
  'GET /api/v1/portal/:slug/logo',
  'POST /api/v1/portal/:slug/auth/login',
  'POST /api/v1/portal/:slug/auth/refresh',
  'POST /api/v1/portal/:slug/auth/logout',
  'POST /api/v1/portal/:slug/auth/magic-link',
  'POST /api/v1/portal/:slug/auth/magic-link/verify',
  'POST /api/v1/portal/:slug/auth/password-reset',
  'POST /api/v1/portal/:slug/auth/password-reset/confirm',
  'POST /api/v1/portal/:slug/auth/invite/accept',
  'POST /api/v1/portal/:slug/auth/invite/preview',
  'POST /api/v1/portal/:slug/auth/sso',
  'POST /api/v1/portal/:slug/guest-requests',
  'POST /api/v1/portal/:slug/guest-requests/:id/attachments',
  'POST /api/v1/portal/:slug/guest-follow',
  'POST /api/v1/console/auth/login',
  'POST /api/v1/console/auth/mfa',
  'POST /api/v1/console/auth/logout',
  'POST /api/v1/console/auth/password-reset',
  'POST /api/v1/console/auth/password-reset/confirm',
  'POST /api/v1/console/auth/invite/accept',
]);

export const isPublic = (route: Route) => publicRoutes.has(route.key);

/** The URL of a route with the owner's records in its parameters, on the portal `slug`. */
export function urlOf(route: Route, records: OwnerRecords, slug: string): string {
  const segments = route.path.split('/');
  return segments
    .map((segment, index) => {
      if (segment === '*') return 'klantportaal.js';
      if (!segment.startsWith(':')) return segment;
      const name = segment.slice(1);
      const before = segments[index - 1]!;
      let value: string | undefined;
      if (name === 'slug') value = route.api === 'portal' ? slug : records.portalSlug;
      else if (name === 'attachmentId') value = records.attachmentId;
      else if (name === 'messageId' || name === 'fileId') value = records.messageFiles[segments[index - (name === 'messageId' ? 3 : 5)]!]?.[name];
      else if (name === 'locationExternalId') value = records.locationExternalId;
      else if (name === 'externalId') value = records.externalIds[before];
      else if (name === 'id' || name === 'deliveryId') value = records.portalIds[before];
      else if (name === 'date' || name === 'windowId') value = records.bookingWindow[name];
      if (value === undefined) throw new Error(`${route.key}: no record of the owner for :${name} after /${before}; add one to the world`);
      return encodeURIComponent(value);
    })
    .join('/');
}

export const hasPathIds = (route: Route) => /:(id|externalId|attachmentId|messageId|fileId|locationExternalId|deliveryId)\b/.test(route.path) || route.key === 'PUT /api/v1/admin/portals/:slug';

/** Settings written with PUT that are no record of the business's: the portal's, and the business's own. */
const settingsWrites = new Set(['PUT /api/v1/admin/portals/:slug', 'PUT /api/v1/admin/tenant']);

/** A back-office upsert: PUT of a record by the business's own id. Another business may make its own with that id. */
export const isUpsert = (route: Route) => route.api === 'admin' && route.method === 'PUT' && route.doc.body !== undefined && !settingsWrites.has(route.key);

export const isList = (route: Route) => route.method === 'GET' && queryKeys(route.doc.query).includes('limit');

/** A route that stores the file it is sent; the customer import reads rows out of its CSV and keeps no file. */
export const isUpload = (route: Route) => route.doc.upload !== undefined && route.key !== 'POST /api/v1/admin/imports/customers';

export function queryKeys(schema: ZodType | undefined): string[] {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, unknown> };
  return Object.keys(json.properties ?? {});
}

export function bodyKeys(schema: ZodType | undefined): string[] {
  return queryKeys(schema);
}

// ── Valid bodies ───────────────────────────────────────────────────────────────────────────────────────────────

const linkToken = 'A'.repeat(43);

/**
 * A valid body for every JSON write route: the mass-assignment and size checks change one thing in it at a time,
 * so a 400 is the answer to that one change. A new write route fails the suite until it has one here.
 */
export function validBodies(records: OwnerRecords): Record<string, Record<string, unknown>> {
  const p = '/api/v1/portal/:slug';
  const a = '/api/v1/admin';
  const c = '/api/v1/console/auth';
  // A preferred day a request may name: from today to two years ahead.
  const soon = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  return {
    [`POST ${p}/auth/login`]: { email: 'iemand@example.com', password: 'een wachtwoord' },
    [`POST ${p}/auth/magic-link`]: { email: 'iemand@example.com' },
    [`POST ${p}/auth/magic-link/verify`]: { token: linkToken },
    [`POST ${p}/auth/password-reset`]: { email: 'iemand@example.com' },
    [`POST ${p}/auth/password-reset/confirm`]: { token: linkToken, password: 'Een nieuwe lange zin' },
    [`POST ${p}/auth/invite/accept`]: { token: linkToken, password: 'Een nieuwe lange zin', name: 'Nieuwe naam' },
    [`POST ${p}/auth/invite/preview`]: { token: linkToken },
    [`POST ${p}/guest-follow`]: { token: linkToken },
    [`POST ${p}/auth/sso`]: { identityToken: 'eyJhbGciOiJIUzI1NiJ9.e30.c2ln' },
    [`PATCH ${p}/me`]: { name: 'Andere naam', phone: '0612345678', locale: 'en' },
    [`POST ${p}/me/password`]: { currentPassword: 'het oude wachtwoord', newPassword: 'Een nieuwe lange zin' },
    [`POST ${p}/contacts`]: { email: 'nieuw@example.com', name: 'Nieuwe collega', role: 'member', locale: 'nl' },
    [`PATCH ${p}/contacts/:id`]: { role: 'admin', status: 'active' },
    [`POST ${p}/quotes/:id/accept`]: { agree: true, fullName: 'J. Jansen' },
    [`POST ${p}/quotes/:id/decline`]: { reason: 'Te duur' },
    [`POST ${p}/requests`]: {
      workType: 'repair',
      description: 'De ketel lekt',
      locationId: null,
      objectId: null,
      preferredDate: soon,
      preferredPartOfDay: 'morning',
      phone: '0612345678',
      checklist: [],
      acceptTerms: true,
    },
    [`POST ${p}/requests/:id/messages`]: { body: 'Een vraag' },
    [`POST ${p}/work-orders/:id/reschedule`]: { ...records.bookingWindow, reason: 'Dan ben ik thuis' },
    [`POST ${p}/work-orders/:id/cancel-visit`]: { reason: 'Niet meer nodig' },
    [`POST ${p}/work-orders/:id/messages`]: { body: 'Een vraag' },
    [`POST ${p}/guest-requests`]: {
      name: 'Gast',
      email: 'gast@example.com',
      phone: '0612345678',
      address: { street: 'Laan', houseNumber: '2', postalCode: '1234 AB', city: 'Utrecht', country: 'NL' },
      workType: 'repair',
      description: 'Storing',
      preferredDate: soon,
      preferredPartOfDay: 'any',
      acceptTerms: true,
      locale: 'nl',
      website: '',
    },
    [`POST ${a}/requests/:id/proposed-address`]: { decision: 'accept' },
    [`PUT ${a}/portals/:slug`]: { name: 'Alfa Installatie', features: { orders: true } },
    [`POST ${a}/portals`]: { slug: 'alfa-tweede', name: 'Alfa Tweede' },
    [`PUT ${a}/customers/:externalId`]: {
      name: 'Familie',
      debtorNumber: 'D-1',
      email: 'familie@example.com',
      phone: '0612345678',
      address: { street: 'Laan', houseNumber: '2', postalCode: '1234 AB', city: 'Utrecht', country: 'NL' },
    },
    [`PUT ${a}/customers/:externalId/locations/:locationExternalId`]: { name: 'Woning', street: 'Laan', houseNumber: '2', postalCode: '1234 AB', city: 'Utrecht', country: 'NL' },
    [`POST ${a}/customers/:externalId/contacts`]: { email: 'nieuw@example.com', name: 'Nieuw', role: 'member', phone: '0612345678', locale: 'nl', sendInvite: false },
    [`PATCH ${a}/contacts/:id`]: { role: 'admin', status: 'active' },
    [`POST ${a}/contacts/:id/invite`]: { sendInvite: false },
    [`PUT ${a}/objects/:externalId`]: {
      customerExternalId: records.externalIds.customers,
      locationExternalId: records.locationExternalId,
      name: 'Ketel',
      type: 'cv',
      brand: 'Remeha',
      model: 'Tzerra',
      serialNumber: 'S-1',
      installedAt: '2020-01-01',
      warrantyUntil: '2030-01-01',
      lastServiceAt: '2024-01-01',
      nextServiceAt: '2099-01-01',
    },
    [`PUT ${a}/work-orders/:externalId`]: {
      customerExternalId: records.externalIds.customers,
      number: 'WO-1',
      workType: 'repair',
      description: 'Onderhoud',
      status: 'open',
      statusLabel: 'Nieuw',
      plannedStart: '2099-03-02T08:00:00+01:00',
      plannedEnd: '2099-03-02T10:00:00+01:00',
      totalCents: 100,
    },
    [`PUT ${a}/quotes/:externalId`]: {
      customerExternalId: records.externalIds.customers,
      number: 'Q-1',
      title: 'Offerte',
      lines: [{ description: 'Ketel', quantity: 1, unitPriceCents: 100, vatRate: 21 }],
      totalCents: 121,
      currency: 'EUR',
      validUntil: '2099-12-31',
      status: 'open',
    },
    [`PUT ${a}/invoices/:externalId`]: {
      customerExternalId: records.externalIds.customers,
      number: 'INV-1',
      issueDate: '2099-01-01',
      dueDate: '2099-01-31',
      totalCents: 100,
      totalExclVatCents: 83,
      currency: 'EUR',
      status: 'open',
      paymentUrl: 'https://pay.example/1',
    },
    [`PUT ${a}/documents/:externalId`]: { customerExternalId: records.externalIds.customers, title: 'Handleiding', category: 'manual' },
    [`PUT ${a}/orders/:externalId`]: {
      customerExternalId: records.externalIds.customers,
      number: 'ORD-1',
      orderedAt: '2099-02-01',
      status: 'confirmed',
      lines: [{ description: 'Filter', quantity: 2, unitPriceCents: 50 }],
      totalCents: 100,
      currency: 'EUR',
    },
    [`PATCH ${a}/requests/:id`]: { status: 'in_review', note: 'We kijken ernaar' },
    [`POST ${a}/requests/:id/messages`]: { body: 'Een antwoord', authorName: 'Piet' },
    [`POST ${a}/requests/:id/notes`]: { body: 'Een interne notitie' },
    [`POST ${a}/requests/:id/customer`]: { externalId: 'gast-1', name: 'Gast', invite: false, portal: records.portalSlug },
    [`POST ${a}/work-orders/:externalId/messages`]: { body: 'Een antwoord', authorName: 'Piet' },
    [`POST ${a}/webhooks`]: { url: 'https://hooks.example/kp', events: ['request.created'] },
    [`POST ${a}/preview-token`]: { contactId: records.contactId },
    [`POST ${a}/staff`]: { email: 'nieuwe.collega@example.com', name: 'Nieuwe collega', role: 'staff', locale: 'nl' },
    [`PATCH ${a}/staff/:id`]: { role: 'staff', status: 'active' },
    [`POST ${a}/api-keys`]: { name: 'Nieuwe koppeling' },
    [`PUT ${a}/tenant`]: { name: 'Een andere naam', requireTotp: false },
    [`PUT ${a}/portals/:slug/booking`]: {
      enabled: true,
      workTypes: ['repair'],
      windows: [{ id: `ochtend-${isoWeekday(records.bookingWindow.date)}`, weekday: isoWeekday(records.bookingWindow.date), start: '08:00', end: '12:00', label: { nl: 'Ochtend', en: 'Morning' }, capacity: 5 }],
      leadBusinessDays: 1,
      cutoffHour: 16,
      horizonWeeks: 8,
      closedDates: [],
      requireConfirmation: true,
      holdHours: 48,
    },
    [`PUT ${a}/portals/:slug/booking/blocks/:date/:windowId`]: { note: 'Monteur op cursus' },
    [`PATCH ${a}/bookings/:id`]: { status: 'declined' },
    [`POST ${c}/login`]: { email: 'iemand@example.com', password: 'een wachtwoord' },
    [`POST ${c}/mfa`]: { challenge: linkToken, code: '123456' },
    [`POST ${c}/password-reset`]: { email: 'iemand@example.com' },
    [`POST ${c}/password-reset/confirm`]: { token: linkToken, password: 'Een nieuwe lange zin' },
    [`POST ${c}/invite/accept`]: { token: linkToken, password: 'Een nieuwe lange zin', name: 'Nieuwe naam' },
    [`PATCH ${c}/me`]: { name: 'Andere naam', locale: 'en' },
    [`POST ${c}/totp/confirm`]: { code: '123456' },
    [`POST ${c}/totp/disable`]: { code: '123456' },
    [`POST ${c}/me/password`]: { currentPassword: 'het oude wachtwoord', newPassword: 'Een nieuwe lange zin' },
  };
}

/** A body for `route` in which the owner's records are referred to by id, for callers that must not reach them. */
export function bodyReferringToOwner(route: Route, records: OwnerRecords): Record<string, unknown> | undefined {
  const body = validBodies(records)[route.key];
  if (!body) return undefined;
  if (route.key === 'POST /api/v1/portal/:slug/requests') {
    return { ...body, objectId: records.portalIds.objects };
  }
  return body;
}

/** Headers a write needs beyond its body (a fresh Idempotency-Key where one is required). */
export function writeHeaders(route: Route): Record<string, string> {
  return route.doc.headers?.some((header) => header.name === 'Idempotency-Key' && header.required) ? { 'Idempotency-Key': randomUUID() } : {};
}

// ── Calling a route ────────────────────────────────────────────────────────────────────────────────────────────

export interface Call {
  /** A console session: sent as the kp_staff cookie. */
  staffCookie?: string;
  /** The whole Authorization header, or none. */
  authorization?: string;
  /** A JSON body, serialised. */
  body?: unknown;
  /** A body sent as it is, with `contentType`. */
  rawBody?: BodyInit;
  contentType?: string;
  headers?: Record<string, string>;
  /** Appended to the URL, without the `?`. */
  query?: string;
  /** The portal slug for portal routes; the owner's business by default. */
  slug?: string;
  method?: string;
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body when it is JSON. */
  json: any;
}

export const bearer = (token: string) => `Bearer ${token}`;

export async function send(world: World, route: Route, call: Call = {}): Promise<Answer> {
  const headers: Record<string, string> = { ...(route.method === 'GET' ? {} : writeHeaders(route)), ...call.headers };
  if (call.authorization) headers.Authorization = call.authorization;
  if (call.staffCookie) headers.Cookie = `kp_staff=${call.staffCookie}`;
  let body: BodyInit | undefined;
  if (call.rawBody !== undefined) {
    body = call.rawBody;
    if (call.contentType) headers['Content-Type'] = call.contentType;
  } else if (call.body !== undefined) {
    body = JSON.stringify(call.body);
    headers['Content-Type'] = call.contentType ?? 'application/json';
  }
  const url = urlOf(route, world.records, call.slug ?? world.alpha.slug) + (call.query ? `?${call.query}` : '');
  const init: RequestInit & { duplex?: 'half' } = { method: call.method ?? route.method, headers, ...(body === undefined ? {} : { body }) };
  if (body instanceof ReadableStream) init.duplex = 'half';
  const response = await world.app.request(url, init, { incoming: { socket: { remoteAddress: '203.0.113.9' } } });
  const text = response.headers.get('Content-Type')?.startsWith('text/event-stream') ? await openingOf(response) : await response.text();
  let json: any;
  if (response.headers.get('Content-Type')?.includes('json')) {
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** A live-update stream never ends: what it sends at once stands for its answer, and the stream is closed. */
export async function openingOf(response: Response): Promise<string> {
  const reader = response.body!.getReader();
  const { value } = await reader.read();
  await reader.cancel();
  return new TextDecoder().decode(value);
}

/** True when `answer` is the one error shape of design §4 with `code`. */
export function isError(answer: Answer, code?: string): boolean {
  const error = answer.json?.error;
  return typeof error?.code === 'string' && typeof error.message === 'string' && (code === undefined || error.code === code);
}

export const describeAnswer = (route: Route, answer: Answer) => `${route.key} → ${answer.status} ${answer.text.slice(0, 200)}`;

// ── Console sessions ───────────────────────────────────────────────────────────────────────────────────────────

/** A staff session as the console sends it: the cookie, and the header every write with it needs. */
export const asStaff = (session: string): Call => ({ staffCookie: session, headers: { 'X-Requested-With': 'klantportaal-console' } });

/** Admin routes that only a staff session of an admin may use: not role staff, and for some not an API key either. */
export const adminOnlyArea = (route: Route) => (route.api === 'admin' ? adminOnlyAreaOf(route.method, route.path) : undefined);
export const staffSessionOnly = (route: Route) => adminOnlyArea(route)?.staffSessionOnly === true;

/**
 * Who may rightly call a route: the owner on portal routes; the owner's business on admin routes (its API key, or
 * its admin's console session where only a session may go); that admin on the console's own routes; anyone on public ones.
 */
export function rightfulCaller(world: World, route: Route): Call {
  if (isPublic(route) || route.api === 'operations') return {};
  if (route.api === 'portal') return { authorization: bearer(world.owner.token) };
  if (route.api === 'console' || staffSessionOnly(route)) return asStaff(world.staffSessions.alphaAdmin);
  return { authorization: bearer(world.alpha.apiKey) };
}

// ── What the database holds ────────────────────────────────────────────────────────────────────────────────────

/** Columns a read may touch on its own: an API key's and a console session's last use are noted once a minute. */
const volatileColumns = new Set(['api_keys.last_used_at', 'staff_sessions.last_used_at']);

// The tables, by name, do not change once the world is built; on PostgreSQL, reading them reads every schema of the test
// server, which grows with each suite that has run.
const tablesRead = new WeakMap<World, Promise<TableMetadata[]>>();

function tablesOf(world: World): Promise<TableMetadata[]> {
  let tables = tablesRead.get(world);
  if (!tables) {
    const { db, schema } = world.t.database;
    tables = db.introspection
      .getTables()
      .then((all) => all.filter((table) => !table.isView && (schema === undefined || table.schema === schema)).sort((a, b) => a.name.localeCompare(b.name)));
    tablesRead.set(world, tables);
  }
  return tables;
}

/**
 * Every row of every table of this test database, as one comparable text: two equal fingerprints mean nothing was
 * written in between. `tenantId` limits it to that business's rows (tables without a tenant column are kept whole).
 */
export async function databaseFingerprint(world: World, tenantId?: string): Promise<string> {
  const { db } = world.t.database;
  await world.t.deps.mailer.idle();
  const tables = await tablesOf(world);
  const parts: string[] = [];
  for (const table of tables) {
    // The tenants table's own id is its tenant column.
    const tenantColumn = table.name === 'tenants' ? 'id' : table.columns.some((column) => column.name === 'tenant_id') ? 'tenant_id' : undefined;
    let query = (db as any).selectFrom(table.name).selectAll();
    if (tenantId && tenantColumn) query = query.where(tenantColumn, '=', tenantId);
    const rows: Record<string, unknown>[] = await query.execute();
    const lines = rows.map((row) =>
      JSON.stringify(
        Object.keys(row)
          .sort()
          .filter((column) => !volatileColumns.has(`${table.name}.${column}`))
          .map((column) => {
            const value = row[column];
            return value instanceof Uint8Array ? Buffer.from(value).toString('base64') : value;
          }),
      ),
    );
    parts.push(`${table.name}:${lines.sort().join('\n')}`);
  }
  return parts.join('\n\n');
}
