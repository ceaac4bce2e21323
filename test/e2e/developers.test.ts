// The developer area and the staff view against the real server: an admin makes an API key in the console, a back
// office uses it, the admin revokes it and it is refused at once; a colleague the admin invites with role staff sees
// none of the admins' sections. On a phone and on a desktop, with a screenshot of each step in test-artifacts/e2e/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleOf, consoleSignIn, see } from './console-steps.js';
import { newPage, screenshot, startHarness, type Harness } from './harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const customersWith = (key: string) => fetch(`${harness.baseUrl}/api/v1/admin/customers`, { headers: { Authorization: `Bearer ${key}` } }).then((response) => response.status);

for (const viewport of ['phone', 'desktop'] as const) {
  describe(`on a ${viewport}`, () => {
    it('an admin makes an API key that works, revokes it and it is refused at once; an invited colleague of role staff sees no admin sections', async () => {
      const admin = await newPage(harness, viewport);
      const colleague = await newPage(harness, viewport);
      const shot = (page: typeof admin.page, step: string) => screenshot(page, `developers-${viewport}-${step}`);
      try {
        const { page } = admin;
        await page.goto(`${harness.baseUrl}/console`);
        await consoleSignIn(page, 'planning@vanderberg.example', 'demo-wachtwoord');
        const desk = consoleOf(page);
        await see(desk.locator('[part="nav-item"]').filter({ hasText: 'Ontwikkelaars' }));

        await page.goto(`${harness.baseUrl}/console#/developers/api-keys`);
        await see(desk.getByRole('heading', { name: 'Ontwikkelaars', level: 1 }));
        const keyName = `Planning ${viewport}`;
        await desk.getByLabel('Naam', { exact: true }).fill(keyName);
        await desk.getByRole('button', { name: 'Sleutel maken' }).click();
        const shown = desk.locator('kp-once-secret [part="value"]');
        await see(shown);
        await see(desk.getByText('u ziet hem hierna nooit meer', { exact: false }));
        const key = (await shown.textContent())!.trim();
        expect(key).toMatch(/^kp_live_/);
        await shot(page, '01-key-shown');

        expect(await customersWith(key)).toBe(200);

        await desk.getByRole('button', { name: 'Ik heb de sleutel bewaard' }).click();
        await expect.poll(() => shown.count()).toBe(0);
        const row = desk.locator('[part~="list-item"]').filter({ hasText: keyName });
        await row.getByRole('button', { name: `${keyName} intrekken…` }).click();
        await row.getByRole('button', { name: 'Intrekken', exact: true }).click();
        await expect.poll(() => row.count()).toBe(0);
        await shot(page, '02-key-revoked');
        expect(await customersWith(key)).toBe(401);

        // A colleague, invited here with role staff; the invite link is shown to pass on.
        await page.goto(`${harness.baseUrl}/console#/staff`);
        await see(desk.getByRole('heading', { name: 'Medewerkers', level: 1 }));
        await desk.getByLabel('Naam', { exact: true }).fill(`Monteur ${viewport}`);
        await desk.getByLabel('E-mailadres', { exact: true }).fill(`monteur-${viewport}@vanderberg.example`);
        await desk.getByRole('button', { name: 'Uitnodigen', exact: true }).click();
        const link = desk.locator('kp-once-secret [part="value"]');
        await see(link);
        const inviteUrl = (await link.textContent())!.trim();
        expect(inviteUrl).toContain('/console#kp-staff-invite=');
        await see(desk.locator('[part~="list-item"]').filter({ hasText: `Monteur ${viewport}` }).getByText('Uitgenodigd'));
        await shot(page, '03-colleague-invited');

        const other = colleague.page;
        await other.goto(inviteUrl);
        const theirs = consoleOf(other);
        await see(theirs.getByRole('heading', { name: 'Welkom bij de console' }));
        await theirs.getByLabel('Nieuw wachtwoord').fill('Een lange zin voor de monteur');
        await theirs.getByRole('button', { name: 'Account activeren' }).click();
        await see(theirs.getByRole('heading', { name: 'Inbox', level: 1 }));
        const sections = await theirs.locator('[part="nav-item"]').allTextContents();
        expect(sections.join(' ')).toContain('Inbox');
        for (const hidden of ['Ontwikkelaars', 'Medewerkers', 'Portaalinstellingen']) expect(sections.join(' ')).not.toContain(hidden);
        await shot(other, '04-staff-navigation');
      } catch (error) {
        await Promise.allSettled([shot(admin.page, 'failed'), shot(colleague.page, 'failed-colleague')]);
        throw error;
      } finally {
        await admin.context.close();
        await colleague.context.close();
      }
    });
  });
}
