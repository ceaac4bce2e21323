// Dutch and English complete in the console: every text of its sources has an English version with the same
// placeholders (its own in ./en.ts, the shared ones in the widget's), and no English text is left without its Dutch.
import { expect } from '@open-wc/testing';
import { templates as widgetEnglish } from '../../i18n/en.js';
import { templates as consoleEnglish } from './en.js';

const sources = [
  '../components/message-thread.ts',
  '../components/message-files.ts',
  '../components/photo-picker.ts',
  'console-element.ts',
  'router.ts',
  'auth/staff-sign-in.ts',
  'views/account-view.ts',
  'views/console-view.ts',
  'views/dashboard-chart.ts',
  'views/dashboard-view.ts',
  'views/dashboard-words.ts',
  'views/guest-customer.ts',
  'views/inbox-view.ts',
  'views/internal-notes.ts',
  'views/photo-viewer.ts',
  'views/proposed-address.ts',
  'views/qr-code.ts',
  'views/request-moves.ts',
  'views/request-view.ts',
  'views/record-view.ts',
  'views/record-forms.ts',
  'views/quote-acceptance.ts',
  'views/two-step-setup.ts',
  'views/two-step-view.ts',
  'views/staff-view.ts',
  'views/staff-business.ts',
  'views/developers-view.ts',
  'views/developers-parts.ts',
  'views/developers-api-keys.ts',
  'views/developers-webhooks.ts',
  'views/developers-deliveries.ts',
  'views/developers-audit.ts',
  'views/customers-view.ts',
  'views/customer-view.ts',
  'views/customer-form.ts',
  'views/customer-source.ts',
  'views/customer-contacts.ts',
  'views/customer-addresses.ts',
  'views/customer-records.ts',
  'views/customer-preview.ts',
  'views/settings-view.ts',
  'views/settings-checks.ts',
  'views/settings-groups.ts',
  'views/settings-preview.ts',
  'views/settings-embed.ts',
  'views/customer-import-view.ts',
  'views/customer-privacy.ts',
  'views/booking-calendar-view.ts',
  'views/booking-settings-view.ts',
  'views/booking-settings-checks.ts',
  'views/booking-words.ts',
];

const message = /msg\(\s*(str`(?:[^`\\]|\\.)*`|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\s*,\s*\{\s*id:\s*["']([^"']+)["']/g;
const placeholders = (dutch: string) => (dutch.match(/\$\{/g) ?? []).length;
const count = (english: unknown) => (typeof english === 'string' ? 0 : english && typeof english === 'object' && 'strTag' in english ? (english as unknown as { values: unknown[] }).values.length : -1);

async function dutchTexts(): Promise<Map<string, Set<string>>> {
  const texts = new Map<string, Set<string>>();
  for (const source of sources) {
    const response = await fetch(new URL(`../${source}`, import.meta.url));
    expect(response.ok, source).to.equal(true);
    for (const [, dutch, id] of (await response.text()).matchAll(message)) texts.set(id!, (texts.get(id!) ?? new Set()).add(dutch!.replace(/\$\{[^}]*\}/g, '${}')));
  }
  return texts;
}

describe('English texts of the console', () => {
  it('exist for every Dutch text, with the same placeholders, each id with one Dutch text', async () => {
    const dutch = await dutchTexts();
    expect(dutch.size).to.be.greaterThan(200);
    const english = { ...widgetEnglish, ...consoleEnglish };
    expect([...dutch.keys()].filter((id) => !(id in english)), 'Dutch texts without English').to.deep.equal([]);
    expect([...dutch].filter(([id, texts]) => count(english[id]) !== placeholders([...texts][0]!)).map(([id]) => id), 'placeholders differ').to.deep.equal([]);
    expect([...dutch].filter(([, texts]) => texts.size > 1).map(([id]) => id), 'one id, two Dutch texts').to.deep.equal([]);
  });

  it('of the console’s own are all in use, and none of them takes over a widget text', async () => {
    const dutch = await dutchTexts();
    expect(Object.keys(consoleEnglish).filter((id) => !dutch.has(id)), 'English texts nobody uses').to.deep.equal([]);
    expect(Object.keys(consoleEnglish).filter((id) => !id.startsWith('console.')), 'ids outside console.*').to.deep.equal([]);
  });
});
