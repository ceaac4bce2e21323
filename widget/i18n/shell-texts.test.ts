// Dutch and English complete for the shell: every text of the frame, sign-in, account and error messages has its
// English version with the same placeholders, and every id means one Dutch text.
import { expect } from '@open-wc/testing';
import { templates } from './en/shell.js';

const sources = [
  'portal-element.ts',
  'api/errors.ts',
  'auth/fields.ts',
  'auth/sign-in.ts',
  'auth/guest-request.ts',
  'views/account-view.ts',
];

const message = /msg\(\s*(str`(?:[^`\\]|\\.)*`|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\s*,\s*\{\s*id:\s*["']((?:shell|auth|account|errors)\.[^"']+)["']/g;

async function dutchTexts(): Promise<[id: string, dutch: string, source: string][]> {
  const found: [string, string, string][] = [];
  for (const source of sources) {
    const response = await fetch(new URL(`../${source}`, import.meta.url));
    expect(response.ok, source).to.equal(true);
    for (const [, dutch, id] of (await response.text()).matchAll(message)) found.push([id!, dutch!, source]);
  }
  return found;
}

const placeholders = (dutch: string) => (dutch.match(/\$\{/g) ?? []).length;

describe('English texts of the shell', () => {
  it('exist for every Dutch text, with the same number of placeholders', async () => {
    const dutch = await dutchTexts();
    expect(dutch.length).to.be.greaterThan(150);
    const missing = dutch.filter(([id]) => !(id in templates)).map(([id, , source]) => `${source}: ${id}`);
    expect(missing, 'Dutch texts without English').to.deep.equal([]);
    const mismatched = dutch
      .filter(([id, source]) => {
        const english = templates[id];
        const count = typeof english === 'string' ? 0 : english && 'strTag' in english ? english.values.length : -1;
        return count !== placeholders(source);
      })
      .map(([id]) => id);
    expect(mismatched, 'placeholders differ').to.deep.equal([]);
  });

  it('give each id one Dutch text, and have no English text without its Dutch one', async () => {
    const dutch = await dutchTexts();
    const byId = new Map<string, Set<string>>();
    for (const [id, text] of dutch) byId.set(id, (byId.get(id) ?? new Set()).add(text));
    expect([...byId].filter(([, texts]) => texts.size > 1).map(([id]) => id), 'one id, two Dutch texts').to.deep.equal([]);
    expect(Object.keys(templates).filter((id) => !byId.has(id)), 'English texts nobody uses').to.deep.equal([]);
  });
});
