// Dutch and English complete: every text the views and their components show has an English version, and back. The
// views are the ones of the table of views, and what they import: a view added there is checked with its parts.
import { expect } from '@open-wc/testing';
import { templates } from '../i18n/en/views.js';
import { dutchTexts, englishPlaceholders, fetchedModules, loadEveryView, placeholders } from '../i18n/source-texts.js';

async function viewTexts(): Promise<Map<string, string>> {
  await loadEveryView();
  const texts = new Map<string, string>();
  for (const { id, dutch } of await dutchTexts(fetchedModules())) if (id.startsWith('views.')) texts.set(id, dutch);
  return texts;
}

describe('English texts of the views', () => {
  it('exist for every Dutch text, with the same number of placeholders', async () => {
    const dutch = await viewTexts();
    expect(dutch.size).to.be.greaterThan(250);
    const missing = [...dutch.keys()].filter((id) => !(id in templates));
    expect(missing, 'Dutch texts without English').to.deep.equal([]);
    const mismatched = [...dutch].filter(([id, source]) => englishPlaceholders(templates[id]) !== placeholders(source));
    expect(mismatched.map(([id]) => id), 'placeholders differ').to.deep.equal([]);
  });

  it('are all in use', async () => {
    const dutch = await viewTexts();
    expect(Object.keys(templates).filter((id) => !dutch.has(id))).to.deep.equal([]);
  });
});
