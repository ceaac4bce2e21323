// Accepting a quote is a commitment: the business publishes a quote, Jan opens it in the widget on the business's
// site, accepts it through the confirmation step (number, total including VAT, validity, "Ik ga akkoord", his full
// name), and both he and the business get a mail; the business sees the acceptance on the quote's page in the
// console. On a phone and on a desktop, with screenshots in test-artifacts/e2e/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleOf, consoleSignIn, live, portal, see, widgetSignIn, withSides } from './console-steps.js';
import { inEachBrowser, type Page } from './browsers.js';
import { startHarness, type Harness } from './harness.js';

inEachBrowser((browser) => {
  let harness: Harness<Page>;
  beforeAll(async () => {
    harness = await startHarness(browser);
  });
  afterAll(async () => {
    await harness?.close();
  });

  interface Mail {
    to: string;
    subject: string;
    text: string;
  }

  async function mailbox(): Promise<Mail[]> {
    return ((await (await fetch(`${harness.baseUrl}/demo/api/mailbox`)).json()) as { items: Mail[] }).items;
  }

  /** Publishes a quote for Jan through the back-office API, as the signed-in planner's console would. */
  async function publishQuote(staff: Page, number: string): Promise<void> {
    const status = await staff.evaluate(async (quoteNumber) => {
      const response = await fetch(`/api/v1/admin/quotes/${quoteNumber}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'klantportaal-console' },
        body: JSON.stringify({
          customerExternalId: 'jan-de-vries',
          number: quoteNumber,
          title: 'Warmtepomp met boilervat',
          lines: [
            { description: 'Daikin Altherma 3 R 8 kW', quantity: 1, unitPriceCents: 689000, vatRate: 21 },
            { description: 'Boilervat 180 liter', quantity: 1, unitPriceCents: 142000, vatRate: 21 },
            { description: 'Montage en inbedrijfstelling', quantity: 16, unitPriceCents: 6500, vatRate: 21 },
          ],
          totalCents: 1131350,
          currency: 'EUR',
          validUntil: '2099-01-31',
          status: 'open',
        }),
      });
      return response.status;
    }, number);
    expect(status).toBe(201);
  }

  for (const viewport of ['phone', 'desktop'] as const) {
    describe(`on a ${viewport}`, () => {
      it('Jan accepts a quote through the confirmation step, and he and the business both get a mail', async () => {
        await withSides(harness, viewport, 'quotes', async ({ staff, customer, shot }) => {
          const number = `OF-E2E-${viewport}`;
          await staff.goto(`${harness.baseUrl}/console`);
          await consoleSignIn(staff, 'planning@vanderberg.example', 'demo-wachtwoord');
          await see(consoleOf(staff).getByRole('navigation'));
          await publishQuote(staff, number);

          await widgetSignIn(customer, `${harness.baseUrl}/mijn-portaal`, 'jan@example.com', 'demo-wachtwoord');
          const widget = portal(customer);
          await widget.getByRole('link', { name: 'Offertes' }).first().click();
          await widget.getByRole('link', { name: new RegExp(`Warmtepomp met boilervat ${number}`) }).click();
          await see(widget.getByRole('heading', { name: 'Warmtepomp met boilervat', level: 2 }));

          await widget.getByRole('button', { name: 'Offerte accepteren…' }).click();
          const step = widget.locator('[part="confirm"]');
          await see(step.getByRole('heading', { name: 'Offerte accepteren' }));
          await expect.poll(() => step.locator('[part="summary"]').innerText(), live).toContain(number);
          const summary = (await step.locator('[part="summary"]').innerText()).replace(/\s+/g, ' ');
          expect(summary).toMatch(/€\s11\.313,50/);
          expect(summary).toContain('31 januari 2099');
          const accept = step.getByRole('button', { name: 'Akkoord, offerte accepteren' });
          expect(await accept.isDisabled()).toBe(true);
          await step.getByLabel(`Ik ga akkoord met offerte ${number}`, { exact: false }).check();
          await step.getByLabel('Uw volledige naam').fill('Jan');
          expect(await accept.isDisabled()).toBe(true);
          await step.getByLabel('Uw volledige naam').fill('Jan de Vries');
          await shot('customer', '01-confirmation');
          expect(await customer.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
          await accept.click();
          await see(widget.getByText('geaccepteerd als Jan de Vries', { exact: false }));
          await shot('customer', '02-accepted');

          let mails: Mail[] = [];
          await expect
            .poll(async () => {
              // The quote's own arrival was mailed too: these are the two about its acceptance.
              mails = (await mailbox()).filter((mail) => mail.subject.includes(number) && mail.subject.includes('geaccepteerd'));
              return mails.map((mail) => mail.to).sort();
            }, live)
            .toEqual(['jan@example.com', 'planning@vanderberg-installatie.example']);
          const toJan = mails.find((mail) => mail.to === 'jan@example.com')!;
          expect(toJan.subject).toBe(`Bevestiging: offerte ${number} geaccepteerd`);
          expect(toJan.text).toContain('als Jan de Vries');
          expect(toJan.text).toMatch(/€\s11\.313,50/);
          const link = /https?:\/\/\S+#kp\/quotes\/\S+/.exec(toJan.text)![0];
          expect(link.startsWith(`${harness.baseUrl}/mijn-portaal#kp/quotes/`)).toBe(true);
          const toBusiness = mails.find((mail) => mail.to === 'planning@vanderberg-installatie.example')!;
          expect(toBusiness.subject).toContain(`Offerte ${number} geaccepteerd door`);
          expect(toBusiness.text).toContain(`/console#/customers/jan-de-vries/quotes/${number}`);

          // The link in Jan's mail opens the accepted quote itself.
          await customer.goto(link);
          await see(portal(customer).getByText('geaccepteerd als Jan de Vries', { exact: false }));

          // The business sees the acceptance on the quote's page.
          await staff.evaluate((path) => (location.hash = path), `#/customers/jan-de-vries/quotes/${number}`);
          await see(consoleOf(staff).locator('[part="acceptance"]').getByText('Geaccepteerd door Jan de Vries', { exact: false }));
          await shot('staff', '03-acceptance');
        });
      });
    });
  }
});
