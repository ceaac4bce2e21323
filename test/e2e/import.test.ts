// A business without a back office puts its customers in from a spreadsheet: staff check the file, import it, invite
// a contact, and the contact accepts the invite from the mail in the widget; against the real server, each side in a
// browser of its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleOf, consoleSignIn, portal, see, withSides } from './console-steps.js';
import { startHarness, type Harness } from './harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** Excel's Dutch export: ; between fields, a BOM, quotes around a field with a ; in it. */
function spreadsheet(viewport: string): { csv: Buffer; contact: string } {
  const contact = `ria.${viewport}@bloemen.example`;
  const lines = [
    'Klantnummer;Naam;Debiteurnummer;Straat;Huisnummer;Postcode;Plaats;Contactpersoon;contactEmail',
    `IMP-${viewport}-1;"Bloemen; Planten Ria";5001;Marktplein;3;3511 AB;Utrecht;Ria de Bloem;${contact}`,
    `IMP-${viewport}-2;Autobedrijf Snel;5002;Industrieweg;40;3542 AD;Utrecht;;`,
    `IMP-${viewport}-3;Familie Visser;5003;Kerkstraat;8;3512 CD;Utrecht;;`,
  ];
  return { csv: Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8'), contact };
}

async function inviteLinkFor(baseUrl: string, email: string): Promise<string> {
  let link = '';
  await expect
    .poll(
      async () => {
        const { items } = await (await fetch(`${baseUrl}/demo/api/mailbox`)).json();
        const mail = items.find((item: { to: string; text: string }) => item.to === email && item.text.includes('#kp-invite='));
        link = mail ? /https?:\/\/\S+#kp-invite=\S+/.exec(mail.text)![0] : '';
        return link;
      },
      { timeout: 15_000 },
    )
    .not.toBe('');
  return link;
}

for (const viewport of ['phone', 'desktop'] as const) {
  describe(`on a ${viewport}`, () => {
    it('staff import three customers from a CSV after a dry run, invite one contact, and the contact accepts the invite in the widget', async () => {
      await withSides(harness, viewport, 'import', async ({ staff, customer, shot }) => {
        await staff.goto(`${harness.baseUrl}/console`);
        await consoleSignIn(staff, 'planning@vanderberg.example', 'demo-wachtwoord');
        const desk = consoleOf(staff);
        await desk.getByRole('link', { name: 'Klanten', exact: true }).first().click();
        await desk.getByRole('link', { name: 'Importeren', exact: true }).click();
        await see(desk.getByRole('heading', { name: 'Klanten importeren' }));

        const { csv, contact } = spreadsheet(viewport);
        await desk.locator('#import-input').setInputFiles({ name: 'klanten.csv', mimeType: 'text/csv', buffer: csv });
        await see(desk.getByRole('heading', { name: 'Controle van klanten.csv' }));
        await expect.poll(() => desk.getByText('Wordt aangemaakt', { exact: true }).count()).toBe(3);
        await shot('staff', '01-dry-run');

        await desk.getByRole('radio', { name: /^Nu:/ }).check();
        await desk.getByRole('button', { name: 'Importeren', exact: true }).click();
        await see(desk.getByRole('heading', { name: 'De import is klaar' }));
        await see(desk.getByText('1 contactpersoon heeft een uitnodiging gekregen.'));
        await shot('staff', '02-imported');

        // The invite reaches the contact by mail; they open it on the business's site and choose a password.
        const link = await inviteLinkFor(harness.baseUrl, contact);
        await customer.goto(link);
        const widget = portal(customer);
        await widget.getByLabel('Nieuw wachtwoord').fill('Marktplein-3-Utrecht');
        await widget.getByRole('button', { name: 'Account activeren' }).click();
        await expect.poll(() => widget.getByRole('button', { name: 'Account activeren' }).count(), { timeout: 15_000 }).toBe(0);
        await see(widget.getByRole('heading', { name: /Welkom/ }));
        await shot('customer', '03-invite-accepted');

        // From the import's result straight to one of the customers it made.
        await desk.getByRole('link', { name: `IMP-${viewport}-1`, exact: true }).click();
        await see(desk.getByRole('heading', { name: 'Bloemen; Planten Ria' }));
        await see(desk.getByText('Actief', { exact: true }));
        await shot('staff', '04-customer');
      });
    });
  });
}
