// Portal settings as the console saves them: every field reaches the public config and the portal API at once,
// another portal keeps its own, only administrators change them, and the logo and the embed check hold their limits.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { backOffice, htmlBytes, jpegHtmlPolyglotBytes, pngBytes, portalUser, svgBytes, webpBytes } from '../../test/support/customer-data-fixtures.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { callAdmin, callPortal, seedTwoTenants } from '../../test/support/fixtures.js';
import { callAdminAsStaff, seedStaff, signInStaff } from '../../test/support/staff-fixtures.js';

let t: TestApp;
let tenants: Awaited<ReturnType<typeof seedTwoTenants>>;
let office: ReturnType<typeof backOffice>;

beforeAll(async () => {
  t = await createTestApp();
  tenants = await seedTwoTenants(t.deps);
  office = backOffice(t.app, tenants.alpha.apiKey);
});
afterAll(async () => {
  await t?.close();
});

const admin = (method: string, path: string, body?: unknown) => callAdmin(t.app, tenants.alpha.apiKey, method, path, body);
const settingsOf = async (slug: string) =>
  (await json(await admin('GET', '/portals'))).items.find((item: { slug: string }) => item.slug === slug).settings;

const everySetting = {
  name: 'Alpha Service',
  enabled: true,
  locale: 'en',
  homeUrl: 'https://www.alpha.example/klantportaal',
  allowedOrigins: ['https://www.alpha.example', 'https://alpha.example:8443'],
  branding: { primaryColor: '#14532d', logoUrl: 'https://cdn.alpha.example/logo.png' },
  features: {
    requests: true,
    workOrders: true,
    quotes: false,
    invoices: false,
    objects: true,
    documents: false,
    orders: true,
    messages: true,
    guestRequests: true,
    contacts: false,
  },
  workOrders: { showPrices: true, visibleStatuses: ['planned', 'completed'] },
  requestForm: {
    workTypes: [
      { id: 'cv-ketel', label: { nl: 'Cv-ketel', en: 'Boiler' } },
      { id: 'airco', label: { nl: 'Airco', en: 'Air conditioning' } },
    ],
    requireTerms: true,
    requirePhoto: true,
    termsUrl: 'https://www.alpha.example/voorwaarden',
    checklist: [{ id: 'toegang', label: { nl: 'Er is iemand thuis', en: 'Someone is home' } }],
  },
  quotes: { requireSignature: true },
  notifications: { newRequestEmail: 'planning@alpha.example', customerEmails: { statusChanged: false, newMessage: true, newInvoice: false, newQuote: true } },
  auth: { password: true, magicLink: false, sso: { enabled: false } },
};

describe(`portal settings saved by the business on ${dialectUnderTest}`, () => {
  it('every setting is stored as sent and the public config follows at once', async () => {
    const response = await admin('PUT', '/portals/alpha', everySetting);
    expect(response.status).toBe(200);
    expect((await json(response)).settings).toEqual(everySetting);
    const config = await json(await callPortal(t.app, 'alpha', '/config'));
    expect(config).toEqual({
      portal: { slug: 'alpha', name: 'Alpha Service', locale: 'en', homeUrl: 'https://www.alpha.example/klantportaal' },
      branding: everySetting.branding,
      features: everySetting.features,
      requestForm: everySetting.requestForm,
      quotes: { requireSignature: true },
      auth: { password: true, magicLink: false, sso: false },
    });
    expect(config.requestForm.requirePhoto).toBe(true);
  });

  it('settings saved before quotes.requireSignature existed read it as off', async () => {
    const { quotes: _quotes, ...older } = everySetting;
    await t.deps.db.updateTable('portals').set({ settings: JSON.stringify(older) }).where('slug', '=', 'alpha').execute();
    expect((await settingsOf('alpha')).quotes).toEqual({ requireSignature: false });
    expect((await json(await callPortal(t.app, 'alpha', '/config'))).quotes).toEqual({ requireSignature: false });
    expect((await admin('PUT', '/portals/alpha', everySetting)).status).toBe(200);
  });

  it('a part switched off is 403 feature_disabled at once, and on again it answers', async () => {
    const customer = portalUser(t.app, 'alpha', tenants.alpha.customers[0]!.token);
    for (const path of ['/invoices', '/quotes', '/documents']) {
      const response = await customer.get(path);
      expect(response.status, path).toBe(403);
      expect((await json(response)).error.code).toBe('feature_disabled');
    }
    await admin('PUT', '/portals/alpha', { ...everySetting, features: { ...everySetting.features, invoices: true } });
    expect((await customer.get('/invoices')).status).toBe(200);
    expect((await customer.get('/quotes')).status).toBe(403);
  });

  it('work orders show only the chosen statuses, and prices only while showPrices is on', async () => {
    const customer = portalUser(t.app, 'alpha', tenants.alpha.customers[0]!.token);
    for (const [externalId, status] of [['wo-planned', 'planned'], ['wo-open', 'open']] as const) {
      const pushed = await office.put(`/work-orders/${externalId}`, { customerExternalId: 'alpha-c1', number: externalId, description: 'Ketel', status, totalCents: 12_500 });
      expect(pushed.status).toBe(201);
    }
    const shown = (await json(await customer.get('/work-orders'))).items;
    expect(shown.map((item: { number: string }) => item.number)).toEqual(['wo-planned']);
    expect(shown[0].totalCents).toBe(12_500);
    await admin('PUT', '/portals/alpha', { ...everySetting, workOrders: { showPrices: false, visibleStatuses: ['planned', 'open'] } });
    const now = (await json(await customer.get('/work-orders'))).items;
    expect(now.map((item: { number: string }) => item.number).sort()).toEqual(['wo-open', 'wo-planned']);
    for (const item of now) expect(item).not.toHaveProperty('totalCents');
  });

  it('origins and the home URL are checked, each problem named at its field, and nothing is stored', async () => {
    const before = await settingsOf('alpha');
    const cases: [unknown, string][] = [
      [{ allowedOrigins: ['https://www.alpha.example/shop'] }, 'allowedOrigins.0'],
      [{ allowedOrigins: ['https://ok.example', 'www.alpha.example'] }, 'allowedOrigins.1'],
      [{ allowedOrigins: ['ftp://alpha.example'] }, 'allowedOrigins.0'],
      [{ allowedOrigins: ['https://a.example?x=1'] }, 'allowedOrigins.0'],
      [{ allowedOrigins: ['https://user:pw@a.example'] }, 'allowedOrigins.0'],
      [{ allowedOrigins: ['https://a.example', 'https://A.example/'] }, 'allowedOrigins.1'],
      [{ homeUrl: 'javascript:alert(1)' }, 'homeUrl'],
      [{ homeUrl: 'https://user:secret@alpha.example/' }, 'homeUrl'],
      [{ homeUrl: 'alpha.example' }, 'homeUrl'],
    ];
    for (const [change, path] of cases) {
      const response = await admin('PUT', '/portals/alpha', { ...everySetting, ...(change as object) });
      expect(response.status, JSON.stringify(change)).toBe(400);
      const body = await json(response);
      expect(body.error.code).toBe('validation_failed');
      expect(body.error.details.map((detail: { path: string }) => detail.path), JSON.stringify(change)).toContain(path);
    }
    expect(await settingsOf('alpha')).toEqual(before);
  });

  it('an origin is stored as the browser sends it: lowercase, no default port, no slash at the end', async () => {
    const response = await admin('PUT', '/portals/alpha', { ...everySetting, allowedOrigins: ['https://WWW.Alpha.example/', 'https://alpha.example:443', 'http://localhost:5173'] });
    expect(response.status).toBe(200);
    expect((await json(response)).settings.allowedOrigins).toEqual(['https://www.alpha.example', 'https://alpha.example', 'http://localhost:5173']);
    await admin('PUT', '/portals/alpha', everySetting);
  });
});

describe(`another portal on ${dialectUnderTest}`, () => {
  it('POST /portals makes a portal with its own settings, audited; the first portal is unchanged', async () => {
    const first = await settingsOf('alpha');
    const response = await admin('POST', '/portals', { slug: 'alpha-zakelijk', name: 'Alpha Zakelijk' });
    expect(response.status).toBe(201);
    const created = await json(response);
    expect(created).toMatchObject({ slug: 'alpha-zakelijk', settings: { name: 'Alpha Zakelijk', locale: 'nl', features: { invoices: true } } });
    await admin('PUT', '/portals/alpha-zakelijk', { name: 'Alpha Zakelijk', features: { invoices: false } });
    expect(await settingsOf('alpha')).toEqual(first);
    expect((await json(await callPortal(t.app, 'alpha-zakelijk', '/config'))).features.invoices).toBe(false);
    const audit = await t.deps.db.selectFrom('audit_events').select(['action', 'actor_type']).where('subject_id', '=', (await t.deps.db.selectFrom('portals').select('id').where('slug', '=', 'alpha-zakelijk').executeTakeFirstOrThrow()).id).execute();
    expect(audit.map((row) => row.action)).toContain('portal.created');
  });

  it('a slug that is taken, by this business or another, is 409 and changes nothing', async () => {
    for (const slug of ['alpha-zakelijk', 'bravo']) {
      const response = await admin('POST', '/portals', { slug, name: 'Overname' });
      expect(response.status, slug).toBe(409);
      expect((await json(response)).error).toMatchObject({ code: 'conflict', details: [{ path: 'slug' }] });
    }
    expect((await settingsOf('alpha-zakelijk')).name).toBe('Alpha Zakelijk');
    const bravo = await json(await callAdmin(t.app, tenants.bravo.apiKey, 'GET', '/portals'));
    expect(bravo.items[0].settings.name).toBe('Business bravo');
  });

  it('a slug that is not one is 400 at its field', async () => {
    for (const slug of ['Hoofd_Letters', '-rand', 'a'.repeat(41), '']) {
      const response = await admin('POST', '/portals', { slug, name: 'X' });
      expect(response.status, slug).toBe(400);
      expect((await json(response)).error.details[0].path).toBe('slug');
    }
  });
});

describe(`who may change settings on ${dialectUnderTest}`, () => {
  it('role staff reads the portals but cannot change settings, create a portal or upload a logo (403)', async () => {
    await seedStaff(t.deps, { tenantId: tenants.alpha.tenantId, email: 'balie@alpha.example', role: 'staff' });
    const cookie = await signInStaff(t.app, 'balie@alpha.example');
    expect((await callAdminAsStaff(t.app, cookie, 'GET', '/portals')).status).toBe(200);
    const before = await settingsOf('alpha');
    for (const [method, path, body] of [
      ['PUT', '/portals/alpha', { ...everySetting, name: 'Door de balie' }],
      ['POST', '/portals', { slug: 'alpha-balie', name: 'Balie' }],
      ['DELETE', '/portals/alpha/logo', undefined],
    ] as const) {
      const response = await callAdminAsStaff(t.app, cookie, method, path, body);
      expect(response.status, `${method} ${path}`).toBe(403);
      expect((await json(response)).error.code).toBe('forbidden');
    }
    expect(await settingsOf('alpha')).toEqual(before);
  });
});

const uploadLogo = (slug: string, bytes: Uint8Array, contentType = 'image/png') => office.upload(`/portals/${slug}/logo`, bytes, contentType);

describe(`the portal's logo on ${dialectUnderTest}`, () => {
  it('is stored from a PNG, named by branding.logoUrl with a version, and served to anyone with nosniff and an ETag', async () => {
    const response = await uploadLogo('alpha', pngBytes(), 'application/octet-stream');
    expect(response.status).toBe(200);
    const { settings } = await json(response);
    expect(settings.branding.logoUrl).toMatch(/^http:\/\/portal\.test\/api\/v1\/portal\/alpha\/logo\?v=[0-9a-f]{16}$/);
    expect((await json(await callPortal(t.app, 'alpha', '/config'))).branding.logoUrl).toBe(settings.branding.logoUrl);

    const served = await t.app.request('/api/v1/portal/alpha/logo');
    expect(served.status).toBe(200);
    expect(served.headers.get('Content-Type')).toBe('image/png');
    expect(served.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(served.headers.get('Cache-Control')).toBe('public, no-cache');
    // Encoded again: the same pixel, not the same bytes.
    expect(Buffer.from(await served.arrayBuffer()).subarray(0, 8)).toEqual(pngBytes().subarray(0, 8));
    const etag = served.headers.get('ETag')!;
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    const again = await t.app.request('/api/v1/portal/alpha/logo', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
  });

  it('a new logo gets a new version and replaces the old one', async () => {
    const before = (await settingsOf('alpha')).branding.logoUrl;
    const response = await uploadLogo('alpha', webpBytes(), 'image/png');
    expect(response.status).toBe(200);
    const after = (await json(response)).settings.branding.logoUrl;
    expect(after).not.toBe(before);
    const served = await t.app.request('/api/v1/portal/alpha/logo');
    expect(served.headers.get('Content-Type')).toBe('image/webp');
    const logos = await t.deps.db.selectFrom('portal_logos').select('file_id').execute();
    expect(logos).toHaveLength(1);
  });

  it('anything but a PNG, JPEG or WebP, or more than 1 MB, is refused and nothing changes', async () => {
    const before = await settingsOf('alpha');
    const servedBefore = Buffer.from(await (await t.app.request('/api/v1/portal/alpha/logo')).arrayBuffer());
    const oversized = Buffer.concat([pngBytes(), Buffer.alloc(1024 * 1024)]);
    for (const [bytes, contentType, status] of [
      [svgBytes(), 'image/svg+xml', 415],
      [htmlBytes(), 'image/png', 415],
      [jpegHtmlPolyglotBytes(), 'image/jpeg', 415],
      [Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'), 'image/gif', 415],
      [Buffer.from('just text'), 'image/png', 415],
      [oversized, 'image/png', 413],
      [Buffer.alloc(0), 'image/png', 400],
      [pngBytes().subarray(0, 12), 'image/png', 400],
    ] as const) {
      const response = await uploadLogo('alpha', bytes, contentType);
      expect(response.status, `${contentType} ${bytes.byteLength}`).toBe(status);
      expect((await json(response)).error.code).toBeTypeOf('string');
    }
    expect(await settingsOf('alpha')).toEqual(before);
    expect(Buffer.from(await (await t.app.request('/api/v1/portal/alpha/logo')).arrayBuffer())).toEqual(servedBefore);
  });

  it('another business’s portal is 404, and its logo route stays empty', async () => {
    expect((await uploadLogo('bravo', pngBytes())).status).toBe(404);
    expect((await t.app.request('/api/v1/portal/bravo/logo')).status).toBe(404);
  });

  it('DELETE removes it: branding.logoUrl is cleared and the logo route answers 404', async () => {
    const response = await admin('DELETE', '/portals/alpha/logo');
    expect(response.status).toBe(200);
    expect((await json(response)).settings.branding.logoUrl).toBeNull();
    expect((await t.app.request('/api/v1/portal/alpha/logo')).status).toBe(404);
    expect(await t.deps.db.selectFrom('files').select('id').where('filename', '=', 'logo-alpha').execute()).toEqual([]);
    expect((await admin('DELETE', '/portals/alpha/logo')).status).toBe(200);
  });
});

describe(`the embed check on ${dialectUnderTest}`, () => {
  it('reports a home URL whose origin is not allowed, and refuses to fetch a private address', async () => {
    await admin('PUT', '/portals/alpha', { ...everySetting, homeUrl: 'http://127.0.0.1:9/klant', allowedOrigins: ['https://www.alpha.example'] });
    const check = await json(await admin('GET', '/portals/alpha/embed-check'));
    expect(check).toMatchObject({
      slug: 'alpha',
      homeUrl: 'http://127.0.0.1:9/klant',
      homeOrigin: 'http://127.0.0.1:9',
      originAllowed: false,
      allowedOrigins: ['https://www.alpha.example'],
      reach: { outcome: 'refused', httpStatus: null, widgetFound: null },
    });
    expect(check.reach.detail).toMatch(/internal address \(loopback\)/);
    for (const homeUrl of ['http://localhost/', 'http://169.254.169.254/latest/meta-data', 'http://[::1]/', 'http://10.0.0.8/']) {
      await admin('PUT', '/portals/alpha', { ...everySetting, homeUrl });
      expect((await json(await admin('GET', '/portals/alpha/embed-check'))).reach.outcome, homeUrl).toBe('refused');
    }
  });

  it('says nothing was fetched while no home URL is set', async () => {
    await admin('PUT', '/portals/alpha', { ...everySetting, homeUrl: null });
    const check = await json(await admin('GET', '/portals/alpha/embed-check'));
    expect(check).toMatchObject({ homeUrl: null, originAllowed: null, reach: { outcome: 'not_checked' } });
  });

  it('another business’s portal is 404', async () => {
    expect((await admin('GET', '/portals/bravo/embed-check')).status).toBe(404);
  });
});

describe(`the embed check against a page that answers, on ${dialectUnderTest}`, () => {
  let local: TestApp;
  let page: Server;
  let base = '';

  beforeAll(async () => {
    local = await createTestApp({ config: { webhookAllowPrivate: true } });
    page = createServer((request, response) => {
      if (request.url === '/oud') {
        response.writeHead(301, { Location: '/klant' }).end();
        return;
      }
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end('<!doctype html><script type="module" src="/widget/klantportaal.js"></script><klant-portaal portal="lokaal"></klant-portaal>');
    });
    await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(page.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => page?.close(resolve));
    await local?.close();
  });

  it('follows a redirect, reports the answer and finds the portal’s element on the page', async () => {
    const world = await seedTwoTenants(local.deps);
    const call = (method: string, path: string, body?: unknown) => callAdmin(local.app, world.alpha.apiKey, method, path, body);
    expect((await call('POST', '/portals', { slug: 'lokaal', name: 'Lokaal' })).status).toBe(201);
    await call('PUT', '/portals/lokaal', { name: 'Lokaal', homeUrl: `${base}/oud`, allowedOrigins: [base] });
    const check = await json(await call('GET', '/portals/lokaal/embed-check'));
    expect(check).toMatchObject({
      originAllowed: true,
      reach: { outcome: 'answered', httpStatus: 200, redirects: 1, finalUrl: `${base}/klant`, widgetFound: true },
    });
  });
});
