// Booking visits against the real server: an admin sets the portal's windows in the console (one morning place a day),
// a customer moves a planned visit to the first free morning, a second customer no longer sees that morning, staff
// confirm the move in the day and week view, and the first customer sees the visit moved without reloading, by mail
// and as the next visit on the home view.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { consoleOf, consoleSignIn, live, portal, see, seeInbox, widgetSignIn, withSides } from './console-steps.js';
import { newPage, screenshot, startHarness, type Harness } from './harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

async function openWidgetView(page: Page, view: string): Promise<void> {
  await page.evaluate((name) => (document.querySelector('klant-portaal') as unknown as { navigate(view: string): void }).navigate(name), view);
}

/** Opens a planned work order of the customer and the choice of another window; answers the windows offered. */
async function startMove(page: Page, number: string) {
  const widget = portal(page);
  await openWidgetView(page, 'work-orders');
  await widget.getByRole('link', { name: new RegExp(number) }).first().click();
  await see(widget.getByRole('heading', { name: `Werkbon ${number}` }));
  await widget.getByRole('button', { name: 'Afspraak verplaatsen' }).click();
  const windows = widget.locator('kp-booking-windows input[type="radio"]');
  await see(windows);
  return windows;
}

describe('booking visits', () => {
  it('a customer takes the last morning place, another no longer sees it, staff confirm and the customer sees the visit moved', async () => {
    await withSides(harness, 'desktop', 'booking', async ({ staff, customer: jan, shot }) => {
      const second = await newPage(harness, 'phone');
      const els = second.page;
      try {
        await Promise.all([
          staff.goto(`${harness.baseUrl}/console`).then(() => consoleSignIn(staff, 'planning@vanderberg.example', 'demo-wachtwoord')),
          widgetSignIn(jan, `${harness.baseUrl}/mijn-portaal`, 'jan@example.com', 'demo-wachtwoord'),
          widgetSignIn(els, `${harness.baseUrl}/mijn-portaal`, 'els@example.com', 'demo-wachtwoord'),
        ]);

        // The admin opens booking for maintenance: a morning window on each working day, with one place.
        const desk = consoleOf(staff);
        await see(desk.getByRole('heading', { name: 'Overzicht', level: 1 }));
        await desk.getByRole('link', { name: /^Afspraken/ }).click();
        await see(desk.getByRole('heading', { name: 'Afspraken', level: 1 }));
        await desk.getByRole('link', { name: 'Afspraakinstellingen' }).click();
        await see(desk.getByRole('heading', { name: 'Afspraakinstellingen', level: 1 }));
        await desk.getByRole('checkbox', { name: 'Klanten kiezen zelf een vrij tijdvak' }).check();
        await desk.getByRole('checkbox', { name: 'Onderhoud', exact: true }).check();
        await desk.getByRole('button', { name: 'Tijdvak toevoegen (Maandag)' }).click();
        await desk.locator('#windows-0-capacity').fill('1');
        await desk.getByRole('button', { name: 'Dezelfde tijdvakken op dinsdag tot en met vrijdag' }).click();
        await expect.poll(() => desk.locator('[part="window"]').count()).toBe(5);
        await desk.getByRole('button', { name: 'Opslaan' }).click();
        await see(desk.getByText('De afspraakinstellingen zijn opgeslagen.'));
        await shot('staff', '01-settings');

        // Jan moves his planned visit to the first free morning.
        const janWindows = await startMove(jan, 'WB-2026-0412');
        const taken = (await janWindows.first().getAttribute('value'))!;
        const [date] = taken.split('|');
        await janWindows.first().check();
        await portal(jan).locator('#visit-reason').fill('Dan ben ik thuis.');
        await portal(jan).getByRole('button', { name: 'Verplaatsing aanvragen' }).click();
        await see(portal(jan).getByText(/^Verplaatsing aangevraagd naar/));
        await shot('customer', '02-move-requested');

        // That morning had one place: Els is not offered it any more.
        const elsWindows = await startMove(els, 'WB-2026-0402');
        const offered = await elsWindows.evaluateAll((radios) => radios.map((radio) => (radio as HTMLInputElement).value));
        expect(offered.length).toBeGreaterThan(0);
        expect(offered).not.toContain(taken);
        await screenshot(els, 'console-phone-booking-03-second-customer');

        // Staff see the move waiting in that week, and confirm it.
        await staff.evaluate((day) => (location.hash = `#/bookings/week/${day}`), date!);
        const booking = desk.locator('[part="booking"]', { hasText: 'WB-2026-0412' });
        await see(booking);
        await see(booking.getByText('Aangevraagd', { exact: true }));
        await booking.getByRole('button', { name: /^Bevestigen/ }).click();
        await see(desk.locator('[part="booking"]', { hasText: 'WB-2026-0412' }).getByText('Bevestigd', { exact: true }));
        await shot('staff', '04-confirmed');

        // Jan's work order follows without a reload: the move is confirmed.
        await see(portal(jan).getByText(/^Uw verplaatsing is bevestigd/), live);
        await shot('customer', '05-visit-moved');
        // His home view names the moved visit as the next one: that morning, from 08:00.
        const day = new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(new Date(`${date}T12:00:00Z`));
        await openWidgetView(jan, 'home');
        const nextVisit = portal(jan).locator('[part~="next-visit"]');
        await see(nextVisit.getByText(`${day}, 08:00`, { exact: false }));
        await shot('customer', '06-home-next-visit');
        // And by mail, with the visit to add to the calendar.
        await expect
          .poll(async () => {
            const { items } = (await (await fetch(`${harness.baseUrl}/demo/api/mailbox`)).json()) as { items: { to: string; subject: string; text: string }[] };
            return items.some((mail) => mail.to === 'jan@example.com' && mail.subject.startsWith('Afspraak bevestigd') && mail.text.includes('.ics'));
          }, live)
          .toBe(true);
      } finally {
        await second.context.close();
      }
    });
  });

  // Booking is on from the journey above: one place on each working-day morning for maintenance.
  it('a customer books a free window with a new request; staff find it among the visit requests and confirm it', async () => {
    await withSides(harness, 'desktop', 'booking-request', async ({ staff, customer: jan, shot }) => {
      await Promise.all([
        staff.goto(`${harness.baseUrl}/console`).then(() => consoleSignIn(staff, 'planning@vanderberg.example', 'demo-wachtwoord')),
        widgetSignIn(jan, `${harness.baseUrl}/mijn-portaal`, 'jan@example.com', 'demo-wachtwoord'),
      ]);
      const widget = portal(jan);
      await widget.getByRole('button', { name: 'Storing melden of onderhoud aanvragen' }).click();
      await widget.getByLabel('Soort werk').selectOption({ label: 'Onderhoud' });
      const windows = widget.locator('kp-booking-windows input[type="radio"]');
      await see(windows);
      const chosen = (await windows.first().getAttribute('value'))!;
      await windows.first().check();
      await widget.getByLabel('Wat is er aan de hand?').fill('Jaarlijks onderhoud van de cv-ketel.');
      await widget.getByLabel('Adres').selectOption({ index: 1 });
      await widget.getByRole('checkbox', { name: /akkoord/ }).check();
      await widget.getByRole('button', { name: 'Aanvraag versturen' }).click();
      await see(widget.getByRole('heading', { name: 'Aanvraag verstuurd' }));
      await see(widget.getByText(/Aangevraagd: .+de monteur bevestigt/));
      const reference = (await widget.locator('[part="reference"]').textContent())!.trim();
      await shot('customer', '01-booked-with-request');

      // Staff filter the inbox on visit requests: the new request is there.
      await seeInbox(staff);
      const desk = consoleOf(staff);
      await desk.getByLabel('Afspraak').selectOption('requested');
      await see(desk.locator('[part~="request"]', { hasText: reference }));
      await shot('staff', '02-inbox-visit-requests');

      // And confirm it in that week, where the booking names the request.
      await staff.evaluate((day) => (location.hash = `#/bookings/week/${day}`), chosen.split('|')[0]!);
      const booking = desk.locator('[part="booking"]', { hasText: reference });
      await see(booking.getByText('Aangevraagd', { exact: true }));
      await booking.getByRole('button', { name: /^Bevestigen/ }).click();
      await see(desk.locator('[part="booking"]', { hasText: reference }).getByText('Bevestigd', { exact: true }));
      await shot('staff', '03-confirmed');
    });
  });
});
