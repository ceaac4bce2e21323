// A business without a back office serves its customer from the console alone: the planner makes a work order and
// publishes an invoice with its PDF in the record editors, and the customer, signed in on the business's site, finds
// both in the widget without reloading the page (the invoice appears on the list the customer has open) and downloads
// the PDF. On a phone and on a desktop, with screenshots in test-artifacts/e2e/.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfBytes } from '../support/customer-data-fixtures.js';
import { consoleOf, consoleSignIn, live, portal, see, widgetSignIn, withSides } from './console-steps.js';
import { startHarness, type Harness } from './harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** Opens a view of the console by its address, as a link from the customer's page does. */
async function openConsoleView(page: Page, path: string): Promise<void> {
  await page.evaluate((view) => {
    location.hash = `#/${view}`;
  }, path);
}

async function openWidgetView(page: Page, view: string): Promise<void> {
  await page.evaluate((name) => (document.querySelector('klant-portaal') as unknown as { navigate(view: string): void }).navigate(name), view);
}

/** The customer moves to another part of the widget and back: the page itself stays, signed in. */
async function revisit(page: Page, view: string): Promise<void> {
  await openWidgetView(page, 'home');
  await see(portal(page).getByRole('heading', { name: /Welkom/ }));
  await openWidgetView(page, view);
}

const pageLoads = (page: Page) => page.evaluate(() => performance.getEntriesByType('navigation').length + (window as unknown as { kpLoads?: number }).kpLoads!);

for (const viewport of ['phone', 'desktop'] as const) {
  describe(`on a ${viewport}`, () => {
    it('staff make a work order and publish an invoice with a PDF in the console; the customer finds both without reloading and downloads the PDF', async () => {
      await withSides(harness, viewport, 'records', async ({ staff, customer, shot }) => {
        await Promise.all([
          staff.goto(`${harness.baseUrl}/console`).then(() => consoleSignIn(staff, 'planning@vanderberg.example', 'demo-wachtwoord')),
          widgetSignIn(customer, `${harness.baseUrl}/mijn-portaal`, 'jan@example.com', 'demo-wachtwoord'),
        ]);
        const desk = consoleOf(staff);
        const widget = portal(customer);
        await see(desk.getByRole('navigation'));
        // A marker that a reload of the customer's page would wipe.
        await customer.evaluate(() => ((window as unknown as { kpLoads: number }).kpLoads = 0));
        const loads = await pageLoads(customer);
        await openWidgetView(customer, 'work-orders');

        // A work order, made in the console's editor.
        const number = `WB-CONSOLE-${viewport}`;
        await openConsoleView(staff, 'customers/jan-de-vries/work-orders/new');
        await see(desk.getByRole('heading', { name: 'Nieuw: werkbon', level: 1 }));
        await desk.getByLabel('Werkbonnummer').fill(number);
        await desk.getByLabel('Omschrijving van het werk').fill('Thermostaat vervangen en de cv-ketel bijvullen.');
        await desk.getByLabel('Status', { exact: true }).selectOption('planned');
        const visitDay = `${new Date().getFullYear() + 1}-01-12`;
        await desk.getByLabel('Begindatum').fill(visitDay);
        await desk.getByLabel('Begintijd').fill('08:00');
        await desk.getByLabel('Einddatum').fill(visitDay);
        await desk.getByLabel('Eindtijd').fill('12:00');
        await desk.getByLabel('Prijs in euro').fill('1.234,50');
        await shot('staff', '01-work-order-form');
        await desk.getByRole('button', { name: 'Opslaan', exact: true }).click();
        await see(desk.getByText('Werkbon is aangemaakt en opgeslagen.'));
        await expect.poll(() => staff.evaluate(() => location.hash), live).toMatch(/^#\/customers\/jan-de-vries\/work-orders\/console-wo-/);
        await see(desk.getByText('Bijgehouden in de console'));

        await revisit(customer, 'work-orders');
        await see(widget.getByText(number));
        await shot('customer', '02-work-order-arrived');

        // An invoice with its PDF, published the same way while the customer looks at the invoices.
        await openWidgetView(customer, 'invoices');
        await see(widget.getByRole('heading', { name: 'Facturen' }));
        const invoiceNumber = `F-CONSOLE-${viewport}`;
        await openConsoleView(staff, 'customers/jan-de-vries/invoices/new');
        await see(desk.getByRole('heading', { name: 'Nieuw: factuur', level: 1 }));
        await desk.getByLabel('Factuurnummer').fill(invoiceNumber);
        await desk.getByLabel('Te betalen voor').fill('2099-01-31');
        await desk.getByLabel('Bedrag excl. btw').fill('1.020,25');
        await desk.getByLabel('Bedrag incl. btw').fill('1.234,50');
        await desk.getByLabel('PDF').setInputFiles({ name: 'factuur.pdf', mimeType: 'application/pdf', buffer: pdfBytes('factuur') });
        await shot('staff', '03-invoice-form');
        await desk.getByRole('button', { name: 'Opslaan', exact: true }).click();
        await see(desk.getByText('Factuur is aangemaakt en opgeslagen.'));
        await see(desk.getByText(/Nu: .*KB/));
        await shot('staff', '04-invoice-saved');

        await see(widget.getByText(invoiceNumber));
        await shot('customer', '05-invoice-arrived');
        await widget.getByText(invoiceNumber).first().click();
        await see(widget.getByText(/1\.234,50/));
        const [download] = await Promise.all([customer.waitForEvent('download'), widget.getByRole('button', { name: /Factuur als PDF|Downloaden/ }).first().click()]);
        expect(readFileSync(await download.path()).subarray(0, 5).toString()).toBe('%PDF-');
        expect(download.suggestedFilename()).toMatch(/\.pdf$/);
        await shot('customer', '06-invoice-downloaded');
        expect(await pageLoads(customer)).toBe(loads);
      });
    });
  });
}
