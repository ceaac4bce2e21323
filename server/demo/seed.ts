// The demo business: a fictional Dutch installer with portal "demo" and two customers with their own data. Seeded
// through the real admin and portal APIs, as a back office would; idempotent, so it can run on every start.
import type { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { nowIso } from '../db/ids.js';
import type { AppEnv } from '../http/env.js';
import { createApiKey, createTenant } from '../tenants/tenants.js';
import { createInvitedStaff } from '../staff/accounts.js';
import { renderPdf, type PdfLine } from './pdf.js';

export const demoPortalSlug = 'demo';
export const demoPassword = 'demo-wachtwoord';
export const demoSignIns = [
  { email: 'jan@example.com', password: demoPassword, who: 'Jan de Vries, household (customer admin)' },
  { email: 'els@example.com', password: demoPassword, who: 'Els Bakker, Bakkerij De Korenschoof' },
];
/** The business's planner, an admin of the console (without two-step sign-in, so the demo opens in one step). */
export const demoStaffSignIn = { email: 'planning@vanderberg.example', password: demoPassword, who: 'Sanne Visser, planner (console admin)' };
const demoKeyName = 'demo-panel';

export interface DemoSeedResult {
  portal: string;
  created: boolean;
  tenantId: string;
  /** A fresh key for the demo panel's back-office buttons; older demo-panel keys are revoked. */
  apiKey: string;
}

export interface DemoOrigins {
  /** Where this server is reached (KP_PUBLIC_URL). */
  publicUrl: string;
  /** The demo site served from a second origin, to show the cross-site embed. */
  otherOrigin?: string;
}

type Call = (method: string, path: string, body?: unknown, contentType?: string) => Promise<any>;
type Api = Call & {
  /** A JSON call with headers of its own (a contact's bearer token, an idempotency key). */
  raw(method: string, path: string, body: unknown, headers: Record<string, string>): Promise<any>;
};

const day = 86_400_000;
const isoDate = (offsetDays: number) => new Date(Date.now() + offsetDays * day).toISOString().slice(0, 10);
const isoAt = (offsetDays: number, hour: number) => {
  const date = new Date(Date.now() + offsetDays * day);
  date.setUTCHours(hour - 1, 0, 0, 0);
  return date.toISOString();
};

function documentPdf(title: string, customer: string, lines: string[], totalLine?: string): Buffer {
  const body: PdfLine[] = [
    { text: 'Van der Berg Installatietechniek', size: 18, bold: true },
    { text: 'Kanaalweg 14 · 3526 KL Utrecht · 030 123 45 67 · KvK 30123456', size: 9 },
    { text: title, size: 15, bold: true, gap: 24 },
    { text: customer, gap: 6 },
    ...lines.map((text, index) => ({ text, gap: index === 0 ? 16 : 2 })),
    ...(totalLine ? [{ text: totalLine, bold: true, gap: 14 }] : []),
    { text: 'Betaling binnen 14 dagen op NL00 DEMO 0123 4567 89 o.v.v. het factuurnummer.', size: 9, gap: 30 },
  ];
  return renderPdf(title, body);
}

export async function seedDemo(app: Hono<AppEnv>, db: Kysely<Database>, origins: DemoOrigins): Promise<DemoSeedResult> {
  const existing = await db.selectFrom('portals').select(['tenant_id']).where('slug', '=', demoPortalSlug).executeTakeFirst();
  const tenantId =
    existing?.tenant_id ?? (await createTenant(db, { name: 'Van der Berg Installatietechniek', portalSlug: demoPortalSlug })).tenantId;
  await db
    .updateTable('api_keys')
    .set({ revoked_at: nowIso() })
    .where('tenant_id', '=', tenantId)
    .where('name', '=', demoKeyName)
    .where('revoked_at', 'is', null)
    .execute();
  const { apiKey } = await createApiKey(db, tenantId, demoKeyName);

  const call = async (method: string, path: string, body: unknown, headers: Record<string, string>) => {
    const response = await app.request(path, {
      method,
      headers,
      body: body === undefined ? undefined : Buffer.isBuffer(body) ? new Uint8Array(body) : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`demo seed: ${method} ${path} answered ${response.status}: ${text}`);
    return text ? JSON.parse(text) : undefined;
  };
  const api = Object.assign(
    (method: string, path: string, body?: unknown, contentType = 'application/json') =>
      call(method, path, body, {
        ...(path.startsWith('/api/v1/admin') ? { Authorization: `Bearer ${apiKey}` } : { 'X-Requested-With': 'klantportaal' }),
        ...(body === undefined ? {} : { 'Content-Type': contentType }),
      }),
    {
      raw: (method: string, path: string, body: unknown, headers: Record<string, string>) =>
        call(method, path, body, { ...headers, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) }),
    },
  ) as Api;
  const admin: Call = (method, path, body, contentType) => api(method, `/api/v1/admin${path}`, body, contentType);

  const origin = new URL(origins.publicUrl).origin;
  await admin('PUT', `/portals/${demoPortalSlug}`, {
    name: 'Van der Berg Installatietechniek',
    locale: 'nl',
    homeUrl: `${origins.publicUrl}/mijn-portaal`,
    allowedOrigins: [origin, ...(origins.otherOrigin ? [origins.otherOrigin] : [])],
    branding: { primaryColor: '#0b6e4f', logoUrl: `${origins.publicUrl}/demo/assets/logo.svg` },
    features: { orders: true, guestRequests: true },
    workOrders: { showPrices: true },
    requestForm: {
      workTypes: [
        { id: 'storing', label: { nl: 'Storing of lekkage', en: 'Fault or leak' } },
        { id: 'onderhoud', label: { nl: 'Onderhoud', en: 'Maintenance' } },
        { id: 'installatie', label: { nl: 'Nieuwe installatie of vervanging', en: 'New installation or replacement' } },
        { id: 'advies', label: { nl: 'Advies', en: 'Advice' } },
      ],
      requireTerms: true,
      termsUrl: `${origins.publicUrl}/#voorwaarden`,
      checklist: [
        { id: 'ketel-gereset', label: { nl: 'Ik heb de ketel al gereset', en: 'I have already reset the boiler' } },
        { id: 'waterdruk', label: { nl: 'De waterdruk is tussen 1 en 2 bar', en: 'The water pressure is between 1 and 2 bar' } },
      ],
    },
    notifications: { newRequestEmail: 'planning@vanderberg-installatie.example' },
  });

  await seedJan(admin);
  await seedEls(admin);
  await ensureContact(api, 'jan-de-vries', { email: 'jan@example.com', name: 'Jan de Vries', role: 'admin' });
  await ensureContact(api, 'jan-de-vries', { email: 'marieke@example.com', name: 'Marieke de Vries', role: 'member' }, false);
  await ensureContact(api, 'bakkerij-korenschoof', { email: 'els@example.com', name: 'Els Bakker', role: 'admin' });
  await ensureJansRequest(api);
  await ensureGuestRequest(api);
  await ensurePlanner(db, api, tenantId);

  return { portal: demoPortalSlug, created: !existing, tenantId, apiKey };
}

async function ensureContact(api: Api, customer: string, contact: { email: string; name: string; role: 'admin' | 'member' }, activate = true) {
  const existing = await api('GET', `/api/v1/admin/customers/${customer}/contacts`);
  const items: { email: string }[] = Array.isArray(existing) ? existing : (existing.items ?? []);
  if (items.some((item) => item.email === contact.email)) return;
  const created = await api('POST', `/api/v1/admin/customers/${customer}/contacts?portal=${demoPortalSlug}`, contact);
  if (activate) {
    await api('POST', `/api/v1/portal/${demoPortalSlug}/auth/invite/accept`, { token: created.invite.token, password: demoPassword });
  }
}

/** The planner, invited and accepting through the console's own sign-in route as a new colleague would. */
async function ensurePlanner(db: Kysely<Database>, api: Api, tenantId: string) {
  const existing = await db.selectFrom('staff').select('id').where('tenant_id', '=', tenantId).where('email', '=', demoStaffSignIn.email).executeTakeFirst();
  if (existing) return;
  const { invite } = await createInvitedStaff(db, { tenantId, email: demoStaffSignIn.email, name: 'Sanne Visser', role: 'admin', locale: 'nl' }, { actorType: 'system', actorName: 'demo' });
  await api.raw('POST', '/api/v1/console/auth/invite/accept', { token: invite.token, password: demoStaffSignIn.password }, {});
}

/** A new request from someone without an account, waiting in the console's inbox. */
async function ensureGuestRequest(api: Api) {
  const waiting = await api('GET', '/api/v1/admin/requests?status=submitted&limit=1');
  if (waiting.items.length > 0) return;
  await api('POST', `/api/v1/portal/${demoPortalSlug}/guest-requests`, {
    name: 'Fatima el Amrani',
    email: 'fatima@example.com',
    phone: '06 98 76 54 32',
    address: { street: 'Biltstraat', houseNumber: '88', postalCode: '3572 BJ', city: 'Utrecht', country: 'NL' },
    workType: 'storing',
    description: 'Onze cv-ketel geeft sinds vanochtend storing E10 en de radiatoren blijven koud. Kan er deze week iemand langskomen?',
    preferredPartOfDay: 'any',
    acceptTerms: true,
    locale: 'nl',
    website: '',
  });
}

/** A request of Jan's in conversation with the business, so the requests view and its thread have something to show. */
async function ensureJansRequest(api: Api) {
  const signIn = await api('POST', `/api/v1/portal/${demoPortalSlug}/auth/login`, { email: 'jan@example.com', password: demoPassword });
  const bearer = { Authorization: `Bearer ${signIn.accessToken}` };
  const portalCall = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await api.raw(method, `/api/v1/portal/${demoPortalSlug}${path}`, body, { ...bearer, ...headers });
    return response;
  };
  const existing = await portalCall('GET', '/requests?limit=1');
  if (existing.items.length > 0) return;
  const locations = await portalCall('GET', '/locations');
  const home = locations.items.find((location: { name: string | null }) => location.name === 'Woonhuis');
  const objects = await portalCall('GET', '/objects');
  const heatPump = objects.items.find((object: { name: string }) => object.name === 'Hybride warmtepomp');
  const request = await portalCall(
    'POST',
    '/requests',
    {
      workType: 'storing',
      description: 'De warmtepomp maakt sinds gisteren een brommend geluid als hij aanslaat, vooral \'s ochtends.',
      locationId: home?.id ?? null,
      objectId: heatPump?.id ?? null,
      preferredPartOfDay: 'morning',
      checklist: ['waterdruk'],
      acceptTerms: true,
    },
    { 'Idempotency-Key': 'demo-seed-jan-request' },
  );
  await api('PATCH', `/api/v1/admin/requests/${request.id}`, { status: 'in_review', note: 'We bekijken uw melding en bellen u vandaag.' });
  await api('POST', `/api/v1/admin/requests/${request.id}/messages`, {
    body: 'Goedemorgen meneer De Vries, kunt u een filmpje of foto van het display sturen? Dan nemen we de juiste onderdelen mee.',
    authorName: 'Sanne (planning)',
  });
  await portalCall('POST', `/requests/${request.id}/messages`, { body: 'Zeker, ik stuur vanavond een foto van het display.' });
}

async function seedJan(admin: Call) {
  const customer = 'jan-de-vries';
  const name = 'Jan de Vries';
  await admin('PUT', `/customers/${customer}`, {
    name,
    debtorNumber: 'D-10482',
    email: 'jan@example.com',
    phone: '06 12 34 56 78',
    address: { street: 'Oudegracht', houseNumber: '112', postalCode: '3511 AX', city: 'Utrecht', country: 'NL' },
  });
  await admin('PUT', `/customers/${customer}/locations/woonhuis`, { name: 'Woonhuis', street: 'Oudegracht', houseNumber: '112', postalCode: '3511 AX', city: 'Utrecht', country: 'NL' });
  await admin('PUT', `/customers/${customer}/locations/zomerhuis`, { name: 'Zomerhuis', street: 'Duinweg', houseNumber: '7', postalCode: '4373 AB', city: 'Biggekerke', country: 'NL' });
  await admin('PUT', '/objects/jan-cv-ketel', {
    customerExternalId: customer, locationExternalId: 'woonhuis', name: 'Cv-ketel', type: 'boiler', brand: 'Intergas', model: 'Kombi Kompakt HRE 36/30',
    serialNumber: 'IG-1609-22871', installedAt: '2016-09-14', warrantyUntil: '2026-09-14', lastServiceAt: isoDate(-200), nextServiceAt: isoDate(165),
  });
  await admin('PUT', '/objects/jan-warmtepomp', {
    customerExternalId: customer, locationExternalId: 'woonhuis', name: 'Hybride warmtepomp', type: 'heat_pump', brand: 'Daikin', model: 'Altherma 3 H HT',
    serialNumber: 'DK-A3-551902', installedAt: '2023-04-03', warrantyUntil: '2030-04-03', lastServiceAt: isoDate(-90), nextServiceAt: isoDate(9),
  });
  await admin('PUT', '/objects/jan-zomerhuis-ketel', {
    customerExternalId: customer, locationExternalId: 'zomerhuis', name: 'Combiketel zomerhuis', type: 'boiler', brand: 'Remeha', model: 'Calenta Ace 28c',
    serialNumber: 'RM-CA-90311', installedAt: '2019-05-20', warrantyUntil: '2024-05-20', lastServiceAt: isoDate(-400), nextServiceAt: isoDate(-35),
  });
  const workOrders: [string, Record<string, unknown>][] = [
    ['WB-2024-0311', { objectExternalId: 'jan-cv-ketel', workType: 'onderhoud', description: 'Jaarlijks onderhoud cv-ketel, rookgasmeting en veiligheidscontrole.', status: 'completed', plannedStart: isoAt(-560, 9), plannedEnd: isoAt(-560, 10), completedAt: isoAt(-560, 10), totalCents: 11900 }],
    ['WB-2025-0127', { objectExternalId: 'jan-cv-ketel', workType: 'storing', description: 'Storing F28: ontsteking. Ontstekingspen vervangen.', status: 'completed', plannedStart: isoAt(-300, 13), plannedEnd: isoAt(-300, 14), completedAt: isoAt(-300, 14), totalCents: 18650 }],
    ['WB-2026-0088', { objectExternalId: 'jan-warmtepomp', workType: 'onderhoud', description: 'Eerste onderhoudsbeurt warmtepomp: filters, druk en software-update.', status: 'completed', plannedStart: isoAt(-90, 8), plannedEnd: isoAt(-90, 10), completedAt: isoAt(-90, 10), totalCents: 14500 }],
    ['WB-2026-0412', { objectExternalId: 'jan-warmtepomp', workType: 'onderhoud', description: 'Controle warmtepomp voor de winter.', status: 'planned', statusLabel: 'Ingepland', plannedStart: isoAt(9, 8), plannedEnd: isoAt(9, 12), technicianFirstName: 'Sanne' }],
    ['WB-2026-0420', { objectExternalId: 'jan-zomerhuis-ketel', locationExternalId: 'zomerhuis', workType: 'storing', description: 'Ketel zomerhuis slaat af bij warm water tappen.', status: 'in_progress', statusLabel: 'Onderdeel besteld', plannedStart: isoAt(-2, 10), plannedEnd: isoAt(4, 12), technicianFirstName: 'Mehmet' }],
    ['WB-2026-0431', { workType: 'advies', description: 'Adviesgesprek over vervanging cv-ketel door volledige warmtepomp.', status: 'open' }],
    ['WB-2026-0199', { objectExternalId: 'jan-zomerhuis-ketel', locationExternalId: 'zomerhuis', workType: 'onderhoud', description: 'Onderhoud zomerhuis (op verzoek geannuleerd).', status: 'cancelled' }],
  ];
  for (const [number, fields] of workOrders) {
    await admin('PUT', `/work-orders/${number}`, { customerExternalId: customer, locationExternalId: 'woonhuis', number, ...fields });
  }
  const invoices: [string, Record<string, unknown>, string[]][] = [
    ['F-2025-0877', { workOrderExternalId: 'WB-2025-0127', issueDate: isoDate(-298), dueDate: isoDate(-284), totalCents: 18650, totalExclVatCents: 15413, status: 'paid' }, ['Storing F28 verholpen', 'Ontstekingspen en arbeid']],
    ['F-2026-0142', { workOrderExternalId: 'WB-2026-0088', issueDate: isoDate(-88), dueDate: isoDate(-74), totalCents: 14500, totalExclVatCents: 11983, status: 'paid' }, ['Onderhoud warmtepomp Daikin Altherma 3', 'Arbeid 1,5 uur, filters, software-update']],
    ['F-2026-0310', { workOrderExternalId: 'WB-2026-0420', issueDate: isoDate(-10), dueDate: isoDate(4), totalCents: 8948, totalExclVatCents: 7395, status: 'open', paymentUrl: 'https://betalen.example/F-2026-0310', lines: [{ description: 'Gasklep Remeha Calenta', quantity: 1, unitPriceCents: 6195, vatRate: 21 }, { description: 'Voorrijkosten', quantity: 1, unitPriceCents: 1200, vatRate: 21 }] }, ['Voorschot onderdelen combiketel zomerhuis', 'Gasklep Remeha Calenta']],
  ];
  for (const [number, fields, lines] of invoices) {
    await admin('PUT', `/invoices/${number}`, { customerExternalId: customer, number, currency: 'EUR', ...fields });
    const total = ((fields.totalCents as number) / 100).toFixed(2).replace('.', ',');
    await admin('PUT', `/invoices/${number}/pdf`, documentPdf(`Factuur ${number}`, `${name}, Oudegracht 112, 3511 AX Utrecht`, lines, `Totaal incl. btw: € ${total}`), 'application/pdf');
  }
  await admin('PUT', '/quotes/OF-2025-0212', {
    customerExternalId: customer, number: 'OF-2025-0212', title: 'Thermostaat Tado V3+', currency: 'EUR', validUntil: isoDate(-150), status: 'accepted',
    lines: [{ description: 'Tado slimme thermostaat incl. montage', quantity: 1, unitPriceCents: 24900, vatRate: 21 }], totalCents: 24900,
  });
  await admin('PUT', '/quotes/OF-2026-0057', {
    customerExternalId: customer, number: 'OF-2026-0057', title: 'Vervanging cv-ketel door volledige warmtepomp', currency: 'EUR', validUntil: isoDate(21), status: 'open',
    lines: [
      { description: 'Daikin Altherma 3 R 8 kW, lucht-water', quantity: 1, unitPriceCents: 689000, vatRate: 21 },
      { description: 'Boilervat 180 liter', quantity: 1, unitPriceCents: 142000, vatRate: 21 },
      { description: 'Montage en inbedrijfstelling', quantity: 16, unitPriceCents: 6500, vatRate: 21 },
      { description: 'ISDE-subsidieaanvraag', quantity: 1, unitPriceCents: 0, vatRate: 21 },
    ],
    totalCents: 1131350,
  });
  await admin('PUT', '/quotes/OF-2026-0057/pdf', documentPdf('Offerte OF-2026-0057', name, ['Daikin Altherma 3 R 8 kW, lucht-water: € 6.890,00', 'Boilervat 180 liter: € 1.420,00', 'Montage en inbedrijfstelling, 16 uur: € 1.040,00'], 'Totaal incl. btw: € 11.313,50'), 'application/pdf');
  await admin('PUT', '/documents/jan-garantie-warmtepomp', { customerExternalId: customer, objectExternalId: 'jan-warmtepomp', title: 'Garantiecertificaat warmtepomp', category: 'warranty' });
  await admin('PUT', '/documents/jan-garantie-warmtepomp/file?filename=garantie-warmtepomp.pdf', documentPdf('Garantiecertificaat', name, ['Daikin Altherma 3 H HT, serienummer DK-A3-551902', 'Garantie tot en met 3 april 2030']), 'application/pdf');
  await admin('PUT', '/documents/jan-onderhoudsrapport-0088', { customerExternalId: customer, objectExternalId: 'jan-warmtepomp', workOrderExternalId: 'WB-2026-0088', title: 'Onderhoudsrapport WB-2026-0088', category: 'report' });
  await admin('PUT', '/documents/jan-onderhoudsrapport-0088/file?filename=onderhoudsrapport-WB-2026-0088.pdf', documentPdf('Onderhoudsrapport WB-2026-0088', name, ['Filters gereinigd, systeemdruk 1,6 bar', 'Software bijgewerkt naar versie 4.2', 'Geen bijzonderheden']), 'application/pdf');
  await admin('PUT', '/orders/BS-2026-0033', {
    customerExternalId: customer, number: 'BS-2026-0033', orderedAt: isoDate(-12), status: 'shipped', currency: 'EUR',
    lines: [{ description: 'Filterset Daikin Altherma (2 stuks)', quantity: 1, unitPriceCents: 3450 }, { description: 'Inhibitor cv-water 1 liter', quantity: 2, unitPriceCents: 1995 }],
    totalCents: 7440,
  });
}

async function seedEls(admin: Call) {
  const customer = 'bakkerij-korenschoof';
  await admin('PUT', `/customers/${customer}`, {
    name: 'Bakkerij De Korenschoof', debtorNumber: 'D-20931', email: 'els@example.com', phone: '030 765 43 21',
    address: { street: 'Voorstraat', houseNumber: '41', postalCode: '3512 AK', city: 'Utrecht', country: 'NL' },
  });
  await admin('PUT', `/customers/${customer}/locations/winkel`, { name: 'Winkel en bakkerij', street: 'Voorstraat', houseNumber: '41', postalCode: '3512 AK', city: 'Utrecht', country: 'NL' });
  await admin('PUT', '/objects/els-airco', {
    customerExternalId: customer, locationExternalId: 'winkel', name: 'Airco winkel', type: 'airco', brand: 'Mitsubishi Heavy', model: 'SRK35ZS-W',
    serialNumber: 'MH-35-88120', installedAt: '2021-06-01', warrantyUntil: '2026-06-01', lastServiceAt: isoDate(-150), nextServiceAt: isoDate(30),
  });
  await admin('PUT', '/objects/els-cv', {
    customerExternalId: customer, locationExternalId: 'winkel', name: 'Cv-ketel bakkerij', type: 'boiler', brand: 'Vaillant', model: 'ecoTEC plus 846',
    serialNumber: 'VL-846-30019', installedAt: '2018-11-12', lastServiceAt: isoDate(-40), nextServiceAt: isoDate(325),
  });
  await admin('PUT', '/work-orders/WB-2026-0402', {
    customerExternalId: customer, locationExternalId: 'winkel', objectExternalId: 'els-airco', number: 'WB-2026-0402', workType: 'onderhoud',
    description: 'Reiniging binnen- en buitendeel airco.', status: 'planned', plannedStart: isoAt(6, 7), plannedEnd: isoAt(6, 8),
  });
  await admin('PUT', '/work-orders/WB-2026-0350', {
    customerExternalId: customer, locationExternalId: 'winkel', objectExternalId: 'els-cv', number: 'WB-2026-0350', workType: 'onderhoud',
    description: 'Onderhoud cv-ketel bakkerij.', status: 'completed', plannedStart: isoAt(-40, 7), plannedEnd: isoAt(-40, 8), completedAt: isoAt(-40, 8), totalCents: 13900,
  });
  await admin('PUT', '/invoices/F-2026-0290', {
    customerExternalId: customer, workOrderExternalId: 'WB-2026-0350', number: 'F-2026-0290', issueDate: isoDate(-38), dueDate: isoDate(-24),
    totalCents: 13900, totalExclVatCents: 11488, currency: 'EUR', status: 'open', paymentUrl: 'https://betalen.example/F-2026-0290',
  });
  await admin('PUT', '/invoices/F-2026-0290/pdf', documentPdf('Factuur F-2026-0290', 'Bakkerij De Korenschoof, Voorstraat 41, Utrecht', ['Onderhoud cv-ketel Vaillant ecoTEC plus'], 'Totaal incl. btw: € 139,00'), 'application/pdf');
}
