// Screenshots of the demo portal page at phone and desktop width, signed out and signed in as Jan.
// Usage: node test/screenshots/demo-journey.mjs [base-url]   (images go to test-artifacts/demo/)
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findChromium } from '../support/chromium.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:8787';
const out = 'test-artifacts/demo';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: await findChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
for (const [name, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 900 }]]) {
  for (const locale of ['nl', 'en']) {
    const page = await browser.newPage({ viewport, locale: locale === 'nl' ? 'nl-NL' : 'en-GB', timezoneId: 'Europe/Amsterdam' });
    page.on('console', (message) => message.type() === 'error' && console.log(`[${name}/${locale}] console: ${message.text()}`));
    page.on('pageerror', (error) => console.log(`[${name}/${locale}] page error: ${error.message}`));
    await page.goto(`${base}/mijn-portaal`);
    if (locale === 'en') await page.evaluate(() => document.querySelector('klant-portaal').setAttribute('locale', 'en'));
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${out}/${name}-${locale}-1-signin.png`, fullPage: true });
    const email = page.locator('klant-portaal input[type="email"]').first();
    if (await email.count()) {
      await email.fill('jan@example.com');
      await page.locator('klant-portaal input[type="password"]').first().fill('demo-wachtwoord');
      await page.locator('klant-portaal input[type="password"]').first().press('Enter');
      await page.waitForTimeout(2500);
      await page.screenshot({ path: `${out}/${name}-${locale}-2-home.png`, fullPage: true });
      for (const view of ['requests', 'requests/new', 'work-orders', 'invoices', 'quotes', 'objects', 'documents', 'orders', 'account']) {
        await page.evaluate((v) => document.querySelector('klant-portaal').navigate(v), view);
        await page.waitForTimeout(1500);
        await page.screenshot({ path: `${out}/${name}-${locale}-3-${view.replace('/', '-')}.png`, fullPage: true });
      }
    }
    await page.close();
  }
}
await browser.close();
console.log(`screenshots in ${out}/`);
