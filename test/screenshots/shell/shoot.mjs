// Screenshots of the widget's frame, sign-in screens and account view, as built (dist/widget), embedded in a business's
// page on another origin with a mocked portal API: test-artifacts/shell/<scene>-<width>-<locale>.png.
// Usage: npm run build && node test/screenshots/shell/shoot.mjs [scene…]   (SHOOT_WIDTHS=320,390 for other widths)
/* global document */
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../../support/chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const out = join(root, 'test-artifacts/shell');
mkdirSync(out, { recursive: true });

const site = 'https://www.installateur.test';
const server = 'https://portaal.installateur.test';

// The business's own page: its font, colours, and a few careless global rules the widget must shrug off.
const page = (locale) => `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mijn portaal</title>
<style>
  html { font-size: 20px; }
  body { margin: 0; background: #eef1f5; font-family: Georgia, serif; color: #333; line-height: 1.8; }
  header { background: #0b6e4f; color: #fff; padding: 12px 16px; font-weight: bold; }
  main { max-width: 1180px; margin: 0 auto; padding: 16px; }
  h2 { text-transform: uppercase; color: hotpink; } button { border-radius: 0; background: yellow; } input { border: 3px dotted red; }
  p { letter-spacing: 1px; }
</style></head><body><header>Van der Berg Installatietechniek</header><main>
<h1>Mijn portaal</h1>
<script type="module" src="${server}/widget/klantportaal.js"></script>
<klant-portaal portal="demo" api-base="${server}"></klant-portaal>
</main></body></html>`;

const config = (overrides = {}) => ({
  portal: { slug: 'demo', name: 'Van der Berg Installatietechniek', locale: 'nl', homeUrl: `${site}/portaal` },
  branding: { primaryColor: '#0b6e4f', logoUrl: null },
  features: {
    requests: true,
    workOrders: true,
    quotes: true,
    invoices: true,
    objects: true,
    documents: true,
    orders: false,
    messages: true,
    guestRequests: true,
    contacts: true,
  },
  requestForm: {
    workTypes: [
      { id: 'repair', label: { nl: 'Storing of reparatie', en: 'Fault or repair' } },
      { id: 'maintenance', label: { nl: 'Onderhoud', en: 'Maintenance' } },
    ],
    requireTerms: true,
    termsUrl: `${site}/voorwaarden`,
    checklist: [],
  },
  auth: { password: true, magicLink: true, sso: false },
  ...overrides,
});

const user = {
  id: 'con_1',
  email: 'jan.devries@example.nl',
  name: 'Jan de Vries',
  phone: '06 12345678',
  role: 'admin',
  locale: 'nl',
  customer: { id: 'cus_1', name: 'De Vries Vastgoed B.V.' },
};
const signIn = { accessToken: 'eyJhbGciOiJIUzI1NiJ9.e30.signature', expiresIn: 600, user };
const colleagues = {
  items: [
    { ...user, status: 'active' },
    { id: 'con_2', email: 'petra@devriesvastgoed.nl', name: 'Petra Smit', role: 'member', status: 'active' },
    { id: 'con_3', email: 'k.bakker@devriesvastgoed.nl', name: 'Karim Bakker', role: 'member', status: 'invited' },
  ],
  nextCursor: null,
};

/** The portal API of one scene: `signedIn` decides what the refresh cookie gives. */
function api({ signedIn = false, portal = config() } = {}) {
  return {
    'GET /config': () => [200, portal],
    'POST /auth/refresh': () => (signedIn ? [200, signIn] : [401, { error: { code: 'unauthorized', message: 'Please sign in again.' } }]),
    'POST /auth/login': () => [200, signIn],
    'POST /auth/magic-link': () => [202, null],
    'POST /auth/password-reset': () => [202, null],
    'POST /auth/magic-link/verify': () => [400, { error: { code: 'validation_failed', message: 'x', details: [{ path: 'token', message: 'expired', reason: 'link_invalid' }] } }],
    'POST /guest-requests': () => [202, { reference: 'AV-2026-0042' }],
    'GET /me': () => [200, user],
    'GET /contacts': () => [200, colleagues],
    'GET /requests': () => [200, { items: [], nextCursor: null }],
    'GET /work-orders': () => [200, { items: [], nextCursor: null }],
    'GET /overview': () => [
      200,
      {
        openRequests: 1,
        openWorkOrders: 1,
        nextVisit: null,
        openInvoices: { count: 1, overdueCount: 0, totals: [{ currency: 'EUR', totalCents: 48250 }] },
        openQuotes: 0,
      },
    ],
  };
}

const type = async (page, selector, value) => {
  const field = page.locator(selector);
  await field.fill(value);
};

const scenes = {
  'sign-in': { api: api() },
  'sign-in-errors': {
    api: api(),
    act: async (page) => {
      await page.locator('kp-sign-in button[type="submit"]').click();
      await page.locator('kp-sign-in #email-error').waitFor();
    },
  },
  'magic-sent': {
    api: api(),
    act: async (page) => {
      await type(page, 'kp-sign-in #email', 'jan.devries@example.nl');
      await page.locator('kp-sign-in [part~="magic-link"]').click();
      await page.locator('kp-sign-in #sent-heading').waitFor();
    },
  },
  forgot: {
    api: api(),
    act: async (page) => {
      await page.locator('kp-sign-in [part~="forgot"]').click();
      await page.locator('kp-sign-in #forgot-heading').waitFor();
    },
  },
  invite: { api: api(), hash: '#kp-invite=inv_0123456789abcdefghijklmnop' },
  reset: { api: api(), hash: '#kp-reset=res_0123456789abcdefghijklmnop' },
  'magic-expired': {
    api: api(),
    hash: '#kp-magic=mag_0123456789abcdefghijklmnop',
    act: async (page) => {
      await page.locator('kp-sign-in button[type="submit"]').click();
      await page.locator('kp-sign-in #expired-heading').waitFor();
    },
  },
  guest: {
    api: api(),
    act: async (page) => {
      await page.locator('kp-sign-in [part~="guest-button"]').click();
      await page.locator('kp-guest-request form').waitFor();
      await type(page, 'kp-guest-request #name', 'Piet Bakker');
      await page.locator('kp-guest-request button[type="submit"]').click();
      await page.locator('kp-guest-request #email-error').waitFor();
    },
  },
  'guest-done': {
    api: api(),
    act: async (page) => {
      await page.locator('kp-sign-in [part~="guest-button"]').click();
      const fields = {
        '#name': 'Piet Bakker',
        '#email': 'piet@example.nl',
        '#phone': '06 98765432',
        '#street': 'Kerkstraat',
        '#houseNumber': '3a',
        '#postalCode': '3511 AB',
        '#city': 'Utrecht',
        '#description': 'De cv-ketel geeft storing E133.',
      };
      for (const [selector, value] of Object.entries(fields)) await type(page, `kp-guest-request ${selector}`, value);
      await page.locator('kp-guest-request #workType').selectOption('repair');
      await page.locator('kp-guest-request #acceptTerms').check();
      await page.locator('kp-guest-request button[type="submit"]').click();
      await page.locator('kp-guest-request [part~="reference"]').waitFor();
    },
  },
  account: { api: api({ signedIn: true }), view: 'account', wait: 'kp-account-view [part~="colleague"]' },
  'account-errors': {
    api: api({ signedIn: true }),
    view: 'account',
    wait: 'kp-account-view [part~="colleague"]',
    act: async (page) => {
      await type(page, 'kp-account-view #name', '');
      await page.locator('kp-account-view [part~="save-profile"]').click();
      await page.locator('kp-account-view [part~="change-password"]').click();
      await page.locator('kp-account-view #newPassword-error').waitFor();
    },
  },
  menu: {
    api: api({ signedIn: true }),
    view: 'account',
    wait: 'kp-account-view',
    widths: [390],
    act: async (page) => {
      await page.locator('klant-portaal [part~="menu-button"]').click();
    },
  },
  home: { api: api({ signedIn: true }), wait: 'kp-home-view' },
};

const types = { '.js': 'text/javascript', '.map': 'application/json', '.json': 'application/json' };

const browser = await chromium.launch({
  executablePath: await findChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const wanted = process.argv.slice(2);
  for (const [name, scene] of Object.entries(scenes).filter(([candidate]) => wanted.length === 0 || wanted.includes(candidate))) {
    const widths = process.env.SHOOT_WIDTHS?.split(',').map(Number) ?? scene.widths ?? [390, 1280];
    for (const width of widths) {
      for (const locale of ['nl', 'en']) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1, locale });
        const tab = await context.newPage();
        tab.on('pageerror', (error) => console.error(`${name}: page error: ${error.message}`));
        await tab.route(`${site}/**`, (route) => route.fulfill({ contentType: 'text/html', body: page(locale) }));
        await tab.route(`${server}/widget/**`, (route) => {
          const path = new URL(route.request().url()).pathname.replace(/^\/widget\//, '');
          route.fulfill({ body: readFileSync(join(root, 'dist/widget', path)), headers: { 'Content-Type': types[extname(path)] ?? 'text/plain', 'Access-Control-Allow-Origin': '*' } });
        });
        await tab.route(`${server}/api/v1/portal/demo/**`, (route) => {
          const request = route.request();
          const cors = {
            'Access-Control-Allow-Origin': site,
            'Access-Control-Allow-Credentials': 'true',
            'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Requested-With, Accept-Language, Idempotency-Key',
            'Access-Control-Allow-Methods': 'GET, POST, PATCH, DELETE',
          };
          if (request.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
          const path = new URL(request.url()).pathname.replace(/^\/api\/v1\/portal\/demo/, '');
          const handler = scene.api[`${request.method()} ${path}`];
          const [status, body] = handler ? handler() : [404, { error: { code: 'not_found', message: 'Not found' } }];
          return route.fulfill({ status, headers: { ...cors, 'Content-Type': 'application/json' }, body: body === null ? '' : JSON.stringify(body) });
        });
        await tab.goto(`${site}/portaal${scene.hash ?? ''}`);
        await tab.evaluate(([view, language]) => {
          const portal = document.querySelector('klant-portaal');
          portal.setAttribute('locale', language);
          if (view) portal.navigate(view);
        }, [scene.view, locale]);
        await tab.locator(scene.wait ?? 'kp-sign-in h2').first().waitFor();
        if (scene.act) await scene.act(tab);
        await tab.waitForTimeout(300);
        const file = join(out, `${name}-${width}-${locale}.png`);
        await tab.screenshot({ path: file, fullPage: true });
        console.log(file);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
}
