// Portal settings from the console against the real server: what the admin switches shows in the preview before it
// is saved, and once saved a signed-in customer's widget on the business's own site follows it, logo and colour too.
// On a phone and on a desktop, each in a new portal of its own, with a screenshot of each step in test-artifacts/e2e/.
import { deflateSync } from 'node:zlib';
import { crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBusinessSite, type BusinessSite } from './business-site.js';
import { consoleOf, consoleSignIn, live, portal, see, widgetSignIn, withSides } from './console-steps.js';
import { startHarness, type Harness } from './harness.js';

let harness: Harness;
let site: BusinessSite;
beforeAll(async () => {
  harness = await startHarness();
  site = await startBusinessSite(harness.baseUrl);
});
afterAll(async () => {
  await site?.close();
  await harness?.close();
});

/** A small solid PNG of `rgb`: a logo as a business would upload it. */
function solidPng(width: number, height: number, rgb: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

const previewOf = (desk: ReturnType<typeof consoleOf>) => desk.locator('kp-settings-preview klant-portaal');

for (const viewport of ['phone', 'desktop'] as const) {
  describe(`portal settings on a ${viewport}`, () => {
    it('in a new portal, invoices off and prices on: invoices leave the preview before saving; saved, the customer’s widget on the business’s site has no invoices and shows prices; a new logo and colour show there too', async () => {
      // A portal of its own, so that what one screen size changes is not what the other finds.
      const slug = `service-${viewport}`;
      const name = `Van der Berg Service ${viewport}`;
      await withSides(harness, viewport, 'settings', async ({ staff, customer, shot }) => {
        await staff.goto(`${harness.baseUrl}/console`);
        await consoleSignIn(staff, 'planning@vanderberg.example', 'demo-wachtwoord');
        const desk = consoleOf(staff);
        await see(desk.getByRole('link', { name: 'Portaalinstellingen' }));
        await desk.getByRole('link', { name: 'Portaalinstellingen' }).first().click();
        await see(desk.getByRole('heading', { name: 'Portaalinstellingen', level: 1 }));

        await desk.getByRole('button', { name: 'Nieuw portaal' }).click();
        const newPortal = desk.getByRole('region', { name: 'Nieuw portaal' });
        await newPortal.getByLabel('Naam', { exact: true }).fill(`Van der Berg ${viewport}`);
        await newPortal.getByLabel(/^Adres \(portal=/).fill(slug);
        await newPortal.getByRole('button', { name: 'Portaal maken' }).click();
        await expect.poll(() => desk.getByLabel('Portaal', { exact: true }).inputValue(), live).toBe(slug);
        await see(previewOf(desk));

        // The business's own site must be allowed before its page may show the portal.
        await desk.getByRole('button', { name: 'Website toevoegen' }).click();
        const origins = desk.locator('.origins input');
        await origins.last().fill(`${site.origin}/pad`);
        await see(desk.getByText('Alleen het begin van het adres'));
        await origins.last().fill(site.origin);

        // On a phone the preview sits below the form: the admin scrolls down to it and picks the width to look at.
        const preview = desk.getByRole('complementary', { name: 'Voorbeeld' });
        await preview.scrollIntoViewIfNeeded();
        const width = preview.getByRole('button', { name: viewport === 'phone' ? 'Telefoon' : 'Computer' });
        await width.click();
        await expect.poll(() => width.getAttribute('aria-pressed')).toBe('true');
        await expect.poll(() => preview.locator('[data-width]').getAttribute('data-width')).toBe(viewport);

        // The preview as one of the business's customers sees the portal, read-only.
        await preview.getByLabel('Bekijken als klant').fill('jan@example.com');
        await preview.getByRole('button', { name: 'Bekijken', exact: true }).click();
        await see(previewOf(desk).getByRole('link', { name: 'Facturen' }));
        await shot('staff', 'preview-as-customer');
        const previewToken = () => previewOf(desk).evaluate((element) => (element as unknown as { previewToken?: { accessToken: string } }).previewToken?.accessToken ?? '');
        const firstToken = await previewToken();

        await desk.getByLabel('Facturen', { exact: true }).uncheck();
        const prices = desk.getByLabel('Prijzen tonen op werkbonnen');
        // A new portal keeps prices to itself until the business says otherwise.
        expect(await prices.isChecked()).toBe(false);
        await prices.check();
        await desk.getByLabel('Naam', { exact: true }).first().fill(name);
        await preview.scrollIntoViewIfNeeded();
        await expect.poll(() => previewOf(desk).getByRole('link', { name: 'Facturen' }).count(), live).toBe(0);
        await see(previewOf(desk).getByRole('link', { name: 'Werkbonnen' }));
        await see(previewOf(desk).getByText(name));
        // The customer's own data follows the form as well: with prices on, not saved yet, the preview shows the amount.
        await expect.poll(previewToken, live).not.toBe(firstToken);
        const inPreview = previewOf(desk);
        await inPreview.getByRole('link', { name: 'Werkbonnen' }).first().click();
        await inPreview.getByRole('button', { name: 'Afgerond', exact: true }).click();
        await inPreview.getByRole('link', { name: /WB-2026-0088/ }).click();
        await see(inPreview.getByText(/€\s145,00/));
        await shot('staff', 'before-saving');
        await desk.getByRole('button', { name: 'Opslaan', exact: true }).click();
        await see(desk.getByText('4 instellingen opgeslagen: Naam, Toegestane websites, Facturen, Prijzen tonen.'));

        await widgetSignIn(customer, site.pageUrl(slug), 'jan@example.com', 'demo-wachtwoord');
        const widget = portal(customer);
        await see(widget.getByText(name));
        expect(await widget.getByRole('link', { name: 'Facturen' }).count()).toBe(0);
        await shot('customer', 'no-invoices');
        await widget.getByRole('link', { name: 'Werkbonnen' }).first().click();
        await widget.getByRole('button', { name: 'Afgerond', exact: true }).click();
        await widget.getByRole('link', { name: /WB-2026-0088/ }).click();
        await see(widget.getByRole('heading', { name: 'Werkbon WB-2026-0088' }));
        await see(widget.getByText(/€\s145,00/));
        await shot('customer', 'work-order-price');

        await desk.locator('input[type="file"]').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: solidPng(120, 40, [20, 83, 45]) });
        await see(desk.locator('img.logo-preview'));
        await desk.locator('#branding-primaryColor').fill('#14532d');
        await see(desk.getByText(/Contrast met witte tekst: .*goed leesbaar/));
        await desk.getByRole('button', { name: 'Opslaan', exact: true }).click();
        await see(desk.getByText('1 instelling opgeslagen: Kleur.'));
        await shot('staff', 'branding-saved');

        await customer.reload();
        const logo = portal(customer).locator('img[part="logo"]');
        await see(logo);
        expect(await logo.getAttribute('src')).toMatch(new RegExp(`/api/v1/portal/${slug}/logo\\?v=[0-9a-f]{16}$`));
        await expect.poll(() => logo.evaluate((image) => (image as HTMLImageElement).naturalWidth), live).toBe(120);
        const colour = await portal(customer).evaluate((element) => getComputedStyle(element).getPropertyValue('--kp-color-primary').trim().toLowerCase());
        expect(colour).toBe('#14532d');
        await shot('customer', 'branding');
      });
    });
  });
}
