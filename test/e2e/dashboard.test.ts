// The console's overview against the real server: a customer files a request on the business's site, and the admin
// watching the overview sees this week's requests grow by one and follows the count to the request in the inbox.
// On a phone and on a desktop, with a screenshot of each step in test-artifacts/e2e/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { consoleOf, consoleSignIn, fileRequest, inboxRow, live, see, seeOverview, widgetSignIn, withSides } from './console-steps.js';
import { startHarness, type Harness } from './harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** The overview's figure of this week's requests: its number, and the link to what is new in the inbox. */
function thisWeek(page: Page) {
  const figure = consoleOf(page).locator('[part="figure"]').filter({ hasText: 'Aanvragen deze week' });
  const newLink = figure.getByRole('link', { name: /^\d+ nieuw in de inbox$/ });
  return {
    figure,
    newLink,
    async count(): Promise<number> {
      return Number((await figure.locator('[part="value"]').textContent())?.trim());
    },
    async newCount(): Promise<number> {
      return (await newLink.count()) ? Number.parseInt((await newLink.textContent())!.trim(), 10) : 0;
    },
  };
}

for (const viewport of ['phone', 'desktop'] as const) {
  describe(`on a ${viewport}`, () => {
    it('a request filed on the business’s site counts on the admin’s overview as it arrives, and its count leads to it in the inbox', async () => {
      await withSides(harness, viewport, 'dashboard', async ({ staff, customer, shot }) => {
        await Promise.all([
          staff.goto(`${harness.baseUrl}/console`).then(() => consoleSignIn(staff, 'planning@vanderberg.example', 'demo-wachtwoord')),
          widgetSignIn(customer, `${harness.otherOrigin}/mijn-portaal`, 'jan@example.com', 'demo-wachtwoord'),
        ]);
        // An admin lands on the overview.
        await seeOverview(staff);
        const figures = thisWeek(staff);
        await see(figures.figure.locator('[part="value"]'));
        const before = await figures.count();
        const newBefore = await figures.newCount();
        expect(Number.isInteger(before)).toBe(true);
        await shot('staff', '01-overview');

        const description = `De radiator in de badkamer wordt niet meer warm (${viewport}).`;
        await fileRequest(customer, { workType: 'Storing of lekkage', description, chooseAddress: true, terms: true });
        await shot('customer', '02-request-sent');

        // The overview follows without a reload.
        await expect.poll(() => figures.count(), live).toBe(before + 1);
        await expect.poll(() => figures.newCount(), live).toBe(newBefore + 1);
        await expect(figures.newLink.textContent()).resolves.toBe(`${newBefore + 1} nieuw in de inbox`);
        await shot('staff', '03-overview-grown');

        // Opened again later, the overview still counts it.
        await staff.reload();
        await seeOverview(staff);
        await expect.poll(() => figures.count(), live).toBe(before + 1);
        await expect.poll(() => figures.newCount(), live).toBe(newBefore + 1);

        await figures.newLink.click();
        const desk = consoleOf(staff);
        await see(desk.getByRole('heading', { name: 'Inbox', level: 1 }));
        const row = inboxRow(staff, description);
        await see(row);
        await see(row.getByText('Nieuw', { exact: true }));
        await shot('staff', '04-inbox');
      });
    });
  });
}
