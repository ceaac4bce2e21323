// The business console against the real server, beside the customer's widget in a browser of its own: a request
// handled from both sides as it happens, and a business made with the CLI that runs its portal from the console alone.
// On a phone and on a desktop, with a screenshot of each step in test-artifacts/e2e/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastJsonLine, runCli } from '../support/processes.js';
import { startBusinessSite, type BusinessSite } from './business-site.js';
import {
  Authenticator,
  acceptIntoWorkOrder,
  addWorkAddress,
  createCustomer,
  inviteContact,
  consoleSignIn,
  consoleOf,
  fileRequest,
  tabTitle,
  inboxRow,
  live,
  openAccountMenu,
  portal,
  see,
  seeInbox,
  widgetSignIn,
  withSides,
} from './console-steps.js';
import { inEachBrowser, type Page } from './browsers.js';
import { startHarness, type Harness } from './harness.js';

inEachBrowser((browser) => {
  let harness: Harness<Page>;
  let site: BusinessSite;
  beforeAll(async () => {
    harness = await startHarness(browser);
    site = await startBusinessSite(harness.baseUrl);
  });
  afterAll(async () => {
    await site?.close();
    await harness?.close();
  });

  const demoBusiness = 'Van der Berg Installatietechniek';

  /** A day next week as a date field takes it, and as the widget writes it out: in the browsers' time zone. */
  function nextWeek(): { day: string; written: string } {
    const date = new Date(Date.now() + 7 * 86_400_000);
    const zone = 'Europe/Amsterdam';
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
    const written = new Intl.DateTimeFormat('nl-NL', { timeZone: zone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(date);
    return { day, written };
  }

  for (const viewport of ['phone', 'desktop'] as const) {
    describe(`on a ${viewport}`, () => {
      it('staff see a request with a photo arrive, ask a question, get the answer and make it a work order, and the customer sees each step', async () => {
        await withSides(harness, viewport, 'request', async ({ staff, customer, shot }) => {
          // Each at their own screen at the same time: the planner in the console, the customer on the business's site.
          await Promise.all([
            staff.goto(`${harness.baseUrl}/console`).then(() => consoleSignIn(staff, 'planning@vanderberg.example', 'demo-wachtwoord')),
            widgetSignIn(customer, `${harness.baseUrl}/mijn-portaal`, 'jan@example.com', 'demo-wachtwoord'),
          ]);
          await seeInbox(staff);
          // Every request nobody took on yet is new to someone who never opened it, and counted in the tab's title.
          const untouched = await fetch(`${harness.baseUrl}/demo/api/admin/requests?status=submitted&limit=100`).then((response) => response.json());
          const waiting = untouched.items.length as number;
          await expect.poll(() => staff.title(), live).toBe(tabTitle(waiting, demoBusiness));
          await shot('staff', '01-inbox');

          const description = `De cv-ketel lekt water onder de sifon (${viewport}).`;
          const reference = await fileRequest(customer, { workType: 'Storing of lekkage', description, chooseAddress: true, terms: true });
          await portal(customer).getByRole('link', { name: 'Bekijk uw aanvraag' }).click();
          await see(portal(customer).getByText(description));
          await shot('customer', '02-request-sent');

          // In the inbox without a reload, marked new, and counted in the tab's title.
          const row = inboxRow(staff, description);
          await see(row);
          await see(row.getByText('Nieuw', { exact: true }));
          await expect.poll(() => staff.title(), live).toBe(tabTitle(waiting + 1, demoBusiness));
          await shot('staff', '03-request-arrived');

          await row.click();
          const desk = consoleOf(staff);
          await see(desk.getByText(`Aanvraag ${reference}`));
          // Opened, so no longer new.
          await expect.poll(() => staff.title(), live).toBe(tabTitle(waiting, demoBusiness, 'Aanvraag'));
          await desk.getByRole('button', { name: 'Foto 1 van 1 groot bekijken' }).click();
          const viewer = desk.getByRole('dialog');
          await expect.poll(() => viewer.isVisible()).toBe(true);
          const photo = viewer.getByRole('img', { name: 'Foto 1 van 1' });
          await expect.poll(() => photo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0), live).toBe(true);
          await shot('staff', '04-photo-viewer');
          await staff.keyboard.press('Escape');
          await expect.poll(() => viewer.isVisible()).toBe(false);

          const note = 'Vaste klant: sifon van dit type ligt op voorraad in de bus.';
          await desk.getByLabel('Nieuwe interne notitie').fill(note);
          await desk.getByRole('button', { name: 'Notitie opslaan' }).click();
          await see(desk.getByText('Notitie opgeslagen.'));

          const question = 'Lekt het alleen als de verwarming aan staat, of ook als hij uit staat?';
          await desk.getByLabel('Antwoord aan de klant').fill(question);
          await desk.getByRole('button', { name: 'Antwoord versturen' }).click();
          await see(desk.getByText('Uw antwoord is verstuurd.', { exact: false }));

          // The open request shows the question as it is sent, and the customer answers in it.
          const widget = portal(customer);
          await see(widget.getByText(question));
          await shot('customer', '05-question-arrived');
          const answer = 'Alleen als de verwarming aan staat, dan druppelt het ongeveer elke minuut.';
          await widget.getByLabel('Uw bericht').fill(answer);
          await widget.getByRole('button', { name: 'Bericht versturen' }).click();
          await see(widget.getByText('Uw bericht is verstuurd.'));

          await see(desk.getByText(answer));
          await shot('staff', '06-answer-arrived');

          const { day, written } = nextWeek();
          const workOrder = { number: `WB-${viewport}-${reference}`, day, from: '08:00', to: '12:00', description: 'Sifon van de cv-ketel vervangen en de ketel op lekkage controleren.' };
          await acceptIntoWorkOrder(staff, workOrder);
          await shot('staff', '07-accept-form');
          await desk.getByRole('button', { name: 'Accepteren', exact: true }).click();
          await see(desk.getByText(`Geaccepteerd. Werkbon: ${workOrder.number}.`));
          await shot('staff', '08-accepted');

          // The open request turns into the work order by itself; the work order shows what the business planned.
          await see(widget.getByText(`Wij hebben uw aanvraag aangenomen als werkbon ${workOrder.number}.`));
          await shot('customer', '09-request-accepted');
          await widget.getByRole('link', { name: 'Bekijk de werkbon' }).click();
          await see(widget.getByRole('heading', { name: `Werkbon ${workOrder.number}` }));
          await see(widget.getByText(`${written}, 08:00 – 12:00`));
          await see(widget.getByText(workOrder.description));
          await shot('customer', '10-work-order');
          await widget.getByRole('link', { name: 'Bekijk uw aanvraag' }).click();
          await see(widget.getByText(answer));
          // The team's note stays with the team.
          expect(await widget.getByText(note).count()).toBe(0);
        });
      });

      // Firefox walks the request from both sides above; the console's other screens are covered in Chromium.
      if (browser === 'chromium') it('a business made with the CLI has its owner accept the invite, turn on two-step sign-in, and handle a request to a work order in the console', async () => {
        const slug = `jansen-${viewport}`;
        const business = 'Installatiebedrijf Jansen';
        const owner = { email: `eva.${viewport}@jansen.example`, name: 'Eva Jansen', password: 'Lekkage-Sifon-2026' };
        const created = await runCli(
          ['tenant', 'create', '--name', business, '--portal', slug, '--origin', site.origin, '--home-url', site.pageUrl(slug), '--owner-email', owner.email, '--owner-name', owner.name],
          harness.env,
        );
        expect(created.code, created.stderr).toBe(0);
        const { ownerInviteUrl } = lastJsonLine<{ ownerInviteUrl: string }>(created.stdout);
        expect(ownerInviteUrl).toMatch(new RegExp(`^${harness.baseUrl}/console#kp-staff-invite=`));
        const address = { street: 'Kerkstraat', houseNumber: '8', postalCode: '3581 RA', city: 'Utrecht' };

        await withSides(harness, viewport, 'new-business', async ({ staff, customer, shot }) => {
          const desk = consoleOf(staff);
          await staff.goto(ownerInviteUrl);
          await see(desk.getByRole('heading', { name: 'Welkom bij de console' }));
          expect(staff.url()).not.toContain('kp-staff-invite');
          await desk.getByLabel('Nieuw wachtwoord').fill(owner.password);
          await shot('staff', '01-invite');
          await desk.getByRole('button', { name: 'Account activeren' }).click();
          await seeInbox(staff);
          await see(desk.getByText('Geen open aanvragen. Nieuwe aanvragen verschijnen hier vanzelf.'));
          await expect.poll(() => staff.title(), live).toBe(tabTitle(0, business));
          await shot('staff', '02-empty-inbox');

          await openAccountMenu(staff, owner.name);
          await desk.getByRole('link', { name: 'Mijn account' }).click();
          await desk.getByRole('button', { name: 'Aanzetten…' }).click();
          const key = desk.locator('[part="secret"]');
          await see(key);
          const app = new Authenticator((await key.textContent())!);
          await shot('staff', '03-two-step-setup');
          const setup = app.now();
          await desk.getByLabel('Code van 6 cijfers').fill(setup.code);
          await desk.getByRole('button', { name: 'Aanzetten', exact: true }).click();
          await see(desk.getByRole('heading', { name: 'Bewaar uw herstelcodes' }));
          expect(await desk.locator('[part="recovery-codes"] li').count()).toBe(10);
          await shot('staff', '04-recovery-codes');
          await desk.getByRole('checkbox', { name: 'Ik heb de codes op een veilige plek bewaard' }).check();
          await desk.getByRole('button', { name: 'Verder' }).click();
          await see(desk.getByText('Staat aan.'));

          await openAccountMenu(staff, owner.name);
          await desk.getByRole('button', { name: 'Uitloggen' }).click();
          await see(desk.getByText('U bent uitgelogd.'));
          await consoleSignIn(staff, owner.email, owner.password);
          await see(desk.getByRole('heading', { name: 'Code uit uw app' }));
          // The code that turned it on has been used: it does not sign anyone in again.
          await desk.getByLabel('Code van 6 cijfers').fill(setup.code);
          await desk.getByRole('button', { name: 'Bevestigen' }).click();
          await see(desk.getByText('Deze code klopt niet of is verlopen.', { exact: false }));
          await desk.getByLabel('Code van 6 cijfers').fill(app.after(setup.step));
          await shot('staff', '05-sign-in-code');
          await desk.getByRole('button', { name: 'Bevestigen' }).click();
          await seeInbox(staff);

          // The owner puts in the first customer, with its work address, and invites its contact to the portal.
          await createCustomer(staff, { name: 'Familie Bakker', address });
          await addWorkAddress(staff, address);
          const inviteUrl = await inviteContact(staff, { name: 'Sanne Bakker', email: `sanne.${viewport}@example.com` });
          await desk.getByRole('link', { name: /^Inbox/ }).click();
          await seeInbox(staff);

          // The customer the business invited activates the account on the business's own site and files a request.
          await customer.goto(inviteUrl);
          const widget = portal(customer);
          await widget.getByLabel('Nieuw wachtwoord').fill('Kerkstraat-8-Utrecht');
          await widget.getByRole('button', { name: 'Account activeren' }).click();
          await see(widget.getByRole('heading', { name: /Welkom/ }));
          const description = `De radiator in de woonkamer wordt niet meer warm (${viewport}).`;
          const reference = await fileRequest(customer, { workType: 'Storing of reparatie', description, chooseAddress: false, terms: false });
          await shot('customer', '06-request-sent');
          await widget.getByRole('link', { name: 'Bekijk uw aanvraag' }).click();

          const row = inboxRow(staff, description);
          await see(row);
          await expect.poll(() => staff.title(), live).toBe(tabTitle(1, business));
          await shot('staff', '07-request-arrived');
          await row.click();
          await see(desk.getByText(`Aanvraag ${reference}`));
          await see(desk.getByRole('button', { name: 'Foto 1 van 1 groot bekijken' }));
          await desk.getByRole('button', { name: 'In behandeling nemen' }).click();
          await see(desk.locator('kp-status-badge').getByText('In behandeling'));

          const { day, written } = nextWeek();
          const workOrder = { number: `${reference}-1`, day, from: '13:00', to: '15:00', description: 'Radiator woonkamer ontluchten en de thermostaatkraan vervangen.' };
          await acceptIntoWorkOrder(staff, workOrder);
          await desk.getByRole('button', { name: 'Accepteren', exact: true }).click();
          await see(desk.getByText(`Geaccepteerd. Werkbon: ${workOrder.number}.`));
          await shot('staff', '08-accepted');
          await expect.poll(() => staff.title(), live).toBe(tabTitle(0, business, 'Aanvraag'));

          await see(widget.getByText(`Wij hebben uw aanvraag aangenomen als werkbon ${workOrder.number}.`));
          await widget.getByRole('link', { name: 'Bekijk de werkbon' }).click();
          await see(widget.getByRole('heading', { name: `Werkbon ${workOrder.number}` }));
          await see(widget.getByText(`${written}, 13:00 – 15:00`));
          await shot('customer', '09-work-order');
        });
      });
    });
  }
});
