// A bank's or housing corporation's page runs a strict Content Security Policy: no inline styles, scripts and
// connections to the portal's server only. The demo's business page runs such a policy; the widget signs a customer
// in there and shows its views without one violation report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portal, see, widgetSignIn } from './console-steps.js';
import { inEachBrowser, type Page } from './browsers.js';
import { newPage, startHarness, viewports, type Harness } from './harness.js';

inEachBrowser((browser) => {
  let harness: Harness<Page>;
  beforeAll(async () => {
    harness = await startHarness(browser);
  });
  afterAll(async () => {
    await harness?.close();
  });

  describe('the widget on a page with a strict Content Security Policy', () => {
    for (const viewport of Object.keys(viewports) as (keyof typeof viewports)[]) {
      it(`signs in and shows its views without a single violation (${viewport})`, async () => {
        const { context, page } = await newPage(harness, viewport);
        try {
          const violations: string[] = [];
          page.on('console', (message) => {
            if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
          });
          await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
          await page.addInitScript(() => {
            document.addEventListener('securitypolicyviolation', (event) => {
              const report = (window as unknown as { reportViolation(text: string): void }).reportViolation;
              report(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
            });
          });
          const url = `${harness.otherOrigin}/mijn-portaal`;
          const answer = await fetch(url);
          const policy = answer.headers.get('content-security-policy') ?? '';
          expect(policy).toMatch(/style-src 'self'(;|$)/);
          expect(policy).not.toContain('unsafe-inline');

          await widgetSignIn(page, url, 'jan@example.com', 'demo-wachtwoord');
          for (const view of ['requests', 'work-orders', 'quotes', 'invoices', 'objects', 'documents', 'orders', 'account', 'requests/new']) {
            await page.evaluate((name) => (document.querySelector('klant-portaal') as unknown as { navigate(view: string): void }).navigate(name), view);
            await see(portal(page).locator('[part="content"] h2').first());
            const record = portal(page).locator('[part="content"] ul a[href]').first();
            if (view !== 'account' && (await record.count()) > 0) {
              await record.click();
              await see(portal(page).locator('[part="content"] h2').first());
            }
          }
          expect(violations).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  });
});
