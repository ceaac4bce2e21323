// Photos after sending, against the real server: the business asks in the console for a photo, the customer answers
// in the widget's conversation with one, and staff see it. On a phone and on a desktop, with a screenshot of each step.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleOf, consoleSignIn, fileRequest, inboxRow, live, photoOf, portal, see, seeInbox, widgetSignIn, withSides } from './console-steps.js';
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

  for (const viewport of ['phone', 'desktop'] as const) {
    describe(`on a ${viewport}`, () => {
      it('staff ask for a photo of the display, the customer answers with one in the thread, staff see it and answer with a photo of their own', async () => {
        await withSides(harness, viewport, 'photos', async ({ staff, customer, shot }) => {
          await Promise.all([
            staff.goto(`${harness.baseUrl}/console`).then(() => consoleSignIn(staff, 'planning@vanderberg.example', 'demo-wachtwoord')),
            widgetSignIn(customer, `${harness.baseUrl}/mijn-portaal`, 'jan@example.com', 'demo-wachtwoord'),
          ]);
          await seeInbox(staff);
          const description = `De ketel geeft een foutcode op het display (${viewport}).`;
          const reference = await fileRequest(customer, { workType: 'Storing of lekkage', description, chooseAddress: true, terms: true });
          const widget = portal(customer);
          await widget.getByRole('link', { name: 'Bekijk uw aanvraag' }).click();
          await see(widget.getByText(description));

          const row = inboxRow(staff, description);
          await see(row);
          await row.click();
          const desk = consoleOf(staff);
          await see(desk.getByText(`Aanvraag ${reference}`));
          const question = 'Kunt u een foto van het display sturen?';
          await desk.getByLabel('Antwoord aan de klant').fill(question);
          await desk.getByRole('button', { name: 'Antwoord versturen' }).click();
          await see(desk.getByText('Uw antwoord is verstuurd.', { exact: false }));
          await shot('staff', '01-question');

          const thread = widget.locator('kp-message-thread');
          await see(thread.getByText(question));
          const answer = 'Hier is de foto van het display.';
          await thread.getByLabel('Uw bericht').fill(answer);
          await thread.locator('input#choose').setInputFiles({ name: 'display.jpg', mimeType: 'image/jpeg', buffer: await photoOf(customer) });
          await see(thread.locator('[part="preview"] img'));
          await shot('customer', '02-photo-chosen');
          await thread.getByRole('button', { name: 'Bericht versturen' }).click();
          await see(thread.getByText('Uw bericht is verstuurd.'));
          const shown = thread.locator('[part="files"] kp-protected-image img');
          await see(shown);
          await expect.poll(() => shown.first().evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0), live).toBe(true);
          await shot('customer', '03-photo-sent');

          await see(desk.getByText(answer));
          const seen = desk.locator('kp-message-thread [part="files"] img');
          await see(seen);
          await expect.poll(() => seen.first().evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0), live).toBe(true);
          await shot('staff', '04-photo-arrived');

          // The business answers with a photo of its own, attached in the console the same way.
          const reply = 'Dank u. Zo ziet het display eruit na de reset.';
          await desk.getByLabel('Antwoord aan de klant').fill(reply);
          await desk.locator('kp-message-thread input#choose').setInputFiles({ name: 'reset.jpg', mimeType: 'image/jpeg', buffer: await photoOf(staff) });
          await see(desk.locator('kp-message-thread [part="preview"]'));
          await desk.getByRole('button', { name: 'Antwoord versturen' }).click();
          await see(desk.getByText('Uw antwoord is verstuurd.', { exact: false }));
          await see(thread.getByText(reply));
          await expect.poll(() => thread.locator('[part="files"] kp-protected-image img').count(), live).toBe(2);
          await shot('customer', '05-business-photo');
        });
      });
    });
  }
});
