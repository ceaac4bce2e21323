// A business without a back office puts a customer in from the console, invites its contact, and looks at the portal
// as that customer sees it: against the real server, the staff member and the customer each in a browser of their own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWorkAddress, consoleOf, consoleSignIn, createCustomer, inviteContact, live, portal, see, withSides } from './console-steps.js';
import { startHarness, type Harness } from './harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

for (const viewport of ['phone', 'desktop'] as const) {
  describe(`on a ${viewport}`, () => {
    it('staff create a customer and invite its contact, the contact accepts in the widget, and staff view the portal as that customer', async () => {
      await withSides(harness, viewport, 'customers', async ({ staff, customer, shot }) => {
        await staff.goto(`${harness.baseUrl}/console`);
        await consoleSignIn(staff, 'planning@vanderberg.example', 'demo-wachtwoord');
        await see(consoleOf(staff).getByRole('link', { name: 'Klanten', exact: true }));

        const name = `Familie Dekker (${viewport})`;
        // A postcode of its own on each screen size: the search below must find this customer alone.
        const postcode = viewport === 'phone' ? { typed: '3571 BG', searched: '3571bg' } : { typed: '3572 BH', searched: '3572bh' };
        const address = { street: 'Lindelaan', houseNumber: '14', postalCode: postcode.typed, city: 'Utrecht' };
        await createCustomer(staff, { name, email: `thuis.${viewport}@dekker.example`, address });
        const desk = consoleOf(staff);
        await see(desk.getByText('In console', { exact: true }));
        expect(staff.url()).toMatch(/#\/customers\/console-cu-\d{8}-/);
        await addWorkAddress(staff, address);
        await shot('staff', '01-customer-created');

        const email = `mark.${viewport}@dekker.example`;
        const link = await inviteContact(staff, { name: 'Mark Dekker', email });
        expect(link).toMatch(/#kp-invite=/);
        await see(desk.getByText('Uitgenodigd', { exact: true }));
        await shot('staff', '02-contact-invited');

        // The contact follows the link on the business's site and chooses a password.
        await customer.goto(link);
        const widget = portal(customer);
        await widget.getByLabel('Nieuw wachtwoord').fill('Lindelaan-14-Utrecht');
        await widget.getByRole('button', { name: 'Account activeren' }).click();
        await see(widget.getByRole('heading', { name: 'Welkom, Mark' }));
        await shot('customer', '03-invite-accepted');

        // Back in the console the contact is active now, and the portal can be seen as they see it.
        await staff.reload();
        await see(desk.getByText('Actief', { exact: true }));
        await desk.getByRole('button', { name: 'Bekijk als deze klant' }).click();
        const dialog = desk.getByRole('dialog');
        await see(dialog.getByRole('heading', { name: 'Het portaal zoals Mark Dekker het ziet' }));
        const preview = dialog.locator('klant-portaal');
        await see(preview.getByRole('heading', { name: 'Welkom, Mark' }));
        await see(preview.getByText(name));
        await shot('staff', '04-view-as-customer');
        await dialog.getByRole('button', { name: 'Sluiten' }).click();
        await expect.poll(() => dialog.isVisible()).toBe(false);

        // The customers list finds the new customer by the postcode of its address, without the space.
        await desk.getByRole('link', { name: 'Klanten', exact: true }).click();
        await desk.getByLabel(/^Zoeken op naam/).fill(postcode.searched);
        const found = desk.locator('[part~="customer"]');
        await expect.poll(() => found.count(), live).toBe(1);
        await see(found.filter({ hasText: name }));
        await shot('staff', '05-search');
      });
    });
  });
}
