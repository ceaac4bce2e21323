// A customer's journeys through the demo portal, embedded in the business's site, against the real server: on a
// phone and on a desktop, with a screenshot of each step in test-artifacts/e2e/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inEachBrowser, type Page } from './browsers.js';
import { download, newPage, screenshot, startHarness, type Harness } from './harness.js';

inEachBrowser((browser) => {
  let harness: Harness<Page>;
  beforeAll(async () => {
    harness = await startHarness(browser);
  });
  afterAll(async () => {
    await harness?.close();
  });

  const portal = (page: Page) => page.locator('klant-portaal');
  /** Sign-in mails already used, so each journey opens the link it asked for. */
  const usedMails = new Set<string>();

  async function backOffice(method: string, path: string, body?: unknown): Promise<any> {
    const response = await fetch(`${harness.baseUrl}/demo/api/admin${path}`, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  }

  async function signIn(page: Page, email = 'jan@example.com', password = 'demo-wachtwoord', site = harness.baseUrl) {
    await page.goto(`${site}/mijn-portaal`);
    await portal(page).getByLabel('E-mailadres').fill(email);
    await portal(page).getByLabel('Wachtwoord', { exact: true }).fill(password);
    await portal(page).getByRole('button', { name: 'Inloggen', exact: true }).click();
    await expect.poll(() => portal(page).getByRole('heading', { name: /Welkom/ }).count(), { timeout: 15_000 }).toBe(1);
  }

  async function go(page: Page, view: string) {
    await page.evaluate((name) => (document.querySelector('klant-portaal') as unknown as { navigate(view: string): void }).navigate(name), view);
  }

  /** A photo as a phone camera would give it: a 3000×2000 JPEG, drawn in the page. */
  async function cameraPhoto(page: Page): Promise<Buffer> {
    const dataUrl = await page.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 3000;
      canvas.height = 2000;
      const context = canvas.getContext('2d')!;
      const gradient = context.createLinearGradient(0, 0, 3000, 2000);
      gradient.addColorStop(0, '#d9d4c7');
      gradient.addColorStop(1, '#5b6770');
      context.fillStyle = gradient;
      context.fillRect(0, 0, 3000, 2000);
      context.fillStyle = '#c0392b';
      context.font = 'bold 240px sans-serif';
      context.fillText('F28', 1200, 1100);
      return canvas.toDataURL('image/jpeg', 0.9);
    });
    return Buffer.from(dataUrl.split(',')[1]!, 'base64');
  }

  for (const viewport of ['phone', 'desktop'] as const) {
    describe(`on a ${viewport}`, () => {
      it('a customer signs in, reports a fault with a photo, and sees the back office take it on', async () => {
        const { context, page } = await newPage(harness, viewport);
        try {
          await signIn(page);
          await screenshot(page, `${viewport}-01-home`);

          await go(page, 'requests/new');
          const form = portal(page);
          await form.getByLabel('Soort werk').selectOption({ label: 'Storing of lekkage' });
          await form.getByLabel('Wat is er aan de hand?').fill(`Ketel geeft storing F28 en slaat af (${viewport}).`);
          await form.getByLabel('Adres').selectOption({ index: 1 });
          await form.locator('input[type="file"]').first().setInputFiles({ name: 'ketel.jpg', mimeType: 'image/jpeg', buffer: await cameraPhoto(page) });
          await expect.poll(() => form.locator('img').count(), { timeout: 10_000 }).toBeGreaterThan(0);
          await form.getByRole('checkbox', { name: /akkoord/ }).check();
          await screenshot(page, `${viewport}-02-request-form`);
          await form.getByRole('button', { name: 'Aanvraag versturen' }).click();
          await expect.poll(() => form.getByRole('heading', { name: 'Aanvraag verstuurd' }).count(), { timeout: 20_000 }).toBe(1);
          await screenshot(page, `${viewport}-03-request-sent`);

          const inbox = await backOffice('GET', '/requests?limit=10');
          const request = inbox.items.find((item: { description: string }) => item.description.includes(`(${viewport})`));
          expect(request).toBeDefined();
          expect(request.status).toBe('submitted');
          const detail = await backOffice('GET', `/requests/${request.id}`);
          expect(detail.attachments).toHaveLength(1);
          expect(detail.attachments[0].contentType).toBe('image/jpeg');

          await backOffice('PATCH', `/requests/${request.id}`, { status: 'in_review' });
          await backOffice('POST', `/requests/${request.id}/messages`, { body: 'We komen morgen tussen 8 en 12 uur langs.' });
          await go(page, `requests/${request.id}`);
          await expect.poll(() => portal(page).getByText('We komen morgen tussen 8 en 12 uur langs.').count(), { timeout: 15_000 }).toBe(1);
          await expect.poll(() => portal(page).getByText('In behandeling').count()).toBeGreaterThan(0);
          await screenshot(page, `${viewport}-04-request-in-review`);
        } finally {
          await context.close();
        }
      });

      it('a customer reads an invoice and downloads its PDF', async () => {
        const { context, page } = await newPage(harness, viewport);
        try {
          await signIn(page);
          await go(page, 'invoices');
          await portal(page).getByText('F-2026-0310').first().click();
          await expect.poll(() => portal(page).getByRole('link', { name: /Nu betalen/ }).count(), { timeout: 15_000 }).toBe(1);
          await screenshot(page, `${viewport}-05-invoice`);
          const saved = await download(page, () => portal(page).getByRole('button', { name: /Factuur als PDF|Downloaden/ }).first().click());
          expect(saved.bytes.subarray(0, 5).toString()).toBe('%PDF-');
          expect(saved.filename).toMatch(/\.pdf$/);
        } finally {
          await context.close();
        }
      });

      it('a customer accepts a quote with their name, once', async () => {
        const { context, page } = await newPage(harness, viewport);
        try {
          const number = `OF-E2E-${viewport}`;
          await backOffice('PUT', `/quotes/${number}`, {
            customerExternalId: 'jan-de-vries', number, title: `Vervanging expansievat (${viewport})`, currency: 'EUR', validUntil: '2099-12-31', status: 'open',
            lines: [{ description: 'Expansievat 18 liter incl. montage', quantity: 1, unitPriceCents: 32500, vatRate: 21 }], totalCents: 32500,
          });
          await signIn(page);
          await go(page, 'quotes');
          await portal(page).getByText(`Vervanging expansievat (${viewport})`).click();
          await portal(page).getByRole('button', { name: 'Offerte accepteren…' }).click();
          await portal(page).getByLabel(`Ik ga akkoord met offerte ${number}`, { exact: false }).check();
          await portal(page).getByLabel('Uw volledige naam').fill('Jan de Vries');
          await screenshot(page, `${viewport}-06-quote`);
          await portal(page).getByRole('button', { name: 'Akkoord, offerte accepteren' }).click();
          await expect.poll(() => portal(page).getByText(/geaccepteerd als Jan de Vries/).count(), { timeout: 15_000 }).toBe(1);
          await screenshot(page, `${viewport}-07-quote-accepted`);
          expect(await portal(page).getByRole('button', { name: /Offerte accepteren/ }).count()).toBe(0);
          expect((await backOffice('GET', `/quotes/${number}`)).status).toBe('accepted');
        } finally {
          await context.close();
        }
      });

      it('a customer signs in with a link from the mailbox, and signs out', async () => {
        const { context, page } = await newPage(harness, viewport);
        try {
          await page.goto(`${harness.baseUrl}/mijn-portaal`);
          await portal(page).getByLabel('E-mailadres').fill('els@example.com');
          await portal(page).getByRole('button', { name: /link/i }).first().click();
          let link = '';
          await expect
            .poll(
              async () => {
                const { items } = await (await fetch(`${harness.baseUrl}/demo/api/mailbox`)).json();
                const mail = items.find((item: { id: string; to: string; text: string }) => item.to === 'els@example.com' && item.text.includes('#kp-magic=') && !usedMails.has(item.id));
                if (mail) usedMails.add(mail.id);
                link = mail ? /https?:\/\/\S+#kp-magic=\S+/.exec(mail.text)![0] : '';
                return link;
              },
              { timeout: 15_000 },
            )
            .not.toBe('');
          await screenshot(page, `${viewport}-08-link-sent`);
          // Opened from the mail, as a mail program would: a new page load with the token in the fragment.
          await page.goto('about:blank');
          await page.goto(link);
          // The token leaves the address bar at once and is used only when the customer presses the button.
          await expect.poll(() => page.url()).not.toContain('kp-magic');
          await portal(page).getByRole('button', { name: /Inloggen/ }).first().click();
          await expect.poll(() => portal(page).getByRole('heading', { name: /Welkom/ }).count(), { timeout: 15_000 }).toBe(1);
          await screenshot(page, `${viewport}-09-signed-in-by-link`);
          expect(await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }))).not.toMatch(/eyJ/);

          const menu = portal(page).getByRole('button', { name: 'Menu' });
          if (await menu.isVisible()) await menu.click();
          await portal(page).getByRole('button', { name: 'Uitloggen' }).first().click();
          await expect.poll(() => portal(page).getByLabel('E-mailadres').count(), { timeout: 10_000 }).toBe(1);
          await page.reload();
          await expect.poll(() => portal(page).getByLabel('E-mailadres').count(), { timeout: 10_000 }).toBe(1);
          await screenshot(page, `${viewport}-10-signed-out`);
        } finally {
          await context.close();
        }
      });

      it('a visitor without an account sends a request from the business site on another origin', async () => {
        const { context, page } = await newPage(harness, viewport);
        try {
          await page.goto(`${harness.otherOrigin}/mijn-portaal`);
          await portal(page).getByRole('button', { name: /zonder account/ }).click();
          const form = portal(page);
          await form.getByLabel('Naam').fill('Piet Pieters');
          await form.getByLabel('E-mailadres').fill('piet@example.com');
          await form.getByLabel('Telefoonnummer').fill('06 98765432');
          await form.getByLabel('Straat').fill('Lange Nieuwstraat');
          await form.getByLabel('Huisnummer').fill('3');
          await form.getByLabel('Postcode').fill('3512 PA');
          await form.getByLabel('Plaats').fill('Utrecht');
          await form.getByLabel('Soort werk').selectOption({ label: 'Onderhoud' });
          await form.getByLabel('Wat is er aan de hand?').fill(`Graag onderhoud aan mijn cv-ketel (${viewport}).`);
          const terms = form.getByRole('checkbox', { name: /akkoord/ });
          if (await terms.count()) await terms.check();
          await screenshot(page, `${viewport}-11-guest-form`);
          await form.getByRole('button', { name: 'Aanvraag versturen' }).click();
          await expect.poll(() => form.getByText(/Bedankt, uw aanvraag is verstuurd/).count(), { timeout: 15_000 }).toBe(1);
          await screenshot(page, `${viewport}-12-guest-sent`);
          const inbox = await backOffice('GET', '/requests?limit=20');
          expect(inbox.items.some((item: { description: string }) => item.description === `Graag onderhoud aan mijn cv-ketel (${viewport}).`)).toBe(true);
        } finally {
          await context.close();
        }
      });

      it('a customer signs in on the business site of another origin, and stays signed in after a reload', async () => {
        const { context, page } = await newPage(harness, viewport);
        try {
          await signIn(page, 'els@example.com', 'demo-wachtwoord', harness.otherOrigin);
          await page.reload();
          await expect.poll(() => portal(page).getByRole('heading', { name: /Welkom, Els/ }).count(), { timeout: 15_000 }).toBe(1);
          await screenshot(page, `${viewport}-13-other-origin-after-reload`);
        } finally {
          await context.close();
        }
      });
    });
  }
});
