// Dutch and English complete for the shell: every text of the frame, sign-in, account and error messages has its
// English version with the same placeholders, and every id means one Dutch text. The texts are those of every module
// the entry loads, of every view in the table of views, and of the guest request form.
import { expect } from '@open-wc/testing';
import { templates } from './en/shell.js';
import { dutchTexts, englishPlaceholders, fetchedModules, loadEveryView, placeholders, type DutchText } from './source-texts.js';

async function shellTexts(): Promise<DutchText[]> {
  await import('../klantportaal.js');
  await loadEveryView();
  // Chunks fetched only when needed: the guest request form, the screens of a mail's link, the signed-in frame.
  await import('../auth/guest-request.js');
  await import('../auth/link-screens.js');
  await import('../shell/signed-in-frame.js');
  await import('../views/guest-follow-view.js');
  return (await dutchTexts(fetchedModules())).filter(({ id }) => /^(shell|auth|account|errors)\./.test(id));
}

describe('English texts of the shell', () => {
  it('exist for every Dutch text, with the same number of placeholders', async () => {
    const dutch = await shellTexts();
    expect(dutch.length).to.be.greaterThan(150);
    const missing = dutch.filter(({ id }) => !(id in templates)).map(({ id, module }) => `${module}: ${id}`);
    expect(missing, 'Dutch texts without English').to.deep.equal([]);
    const mismatched = dutch.filter(({ id, dutch }) => englishPlaceholders(templates[id]) !== placeholders(dutch)).map(({ id }) => id);
    expect(mismatched, 'placeholders differ').to.deep.equal([]);
  });

  it('give each id one Dutch text, and have no English text without its Dutch one', async () => {
    const dutch = await shellTexts();
    const byId = new Map<string, Set<string>>();
    for (const { id, dutch: text } of dutch) byId.set(id, (byId.get(id) ?? new Set()).add(text));
    expect([...byId].filter(([, texts]) => texts.size > 1).map(([id]) => id), 'one id, two Dutch texts').to.deep.equal([]);
    expect(Object.keys(templates).filter((id) => !byId.has(id)), 'English texts nobody uses').to.deep.equal([]);
  });
});
