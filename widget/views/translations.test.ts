// Dutch and English complete: every text the views and their components show has an English version, and back.
import { expect } from '@open-wc/testing';
import { templates } from '../i18n/en/views.js';

const sources = [
  'components/download-button.ts',
  'components/message-thread.ts',
  'components/paged-list.ts',
  'components/photo-picker.ts',
  'components/protected-image.ts',
  'components/states.ts',
  'components/status-badge.ts',
  'components/timeline.ts',
  'views/document-list.ts',
  'views/documents-view.ts',
  'views/home-view.ts',
  'views/invoice-detail-view.ts',
  'views/invoices-view.ts',
  'views/line-table.ts',
  'views/list-view.ts',
  'views/object-detail-view.ts',
  'views/objects-view.ts',
  'views/order-detail-view.ts',
  'views/orders-view.ts',
  'views/portal-view.ts',
  'views/quote-detail-view.ts',
  'views/quotes-view.ts',
  'views/record-view.ts',
  'views/request-detail-view.ts',
  'views/names.ts',
  'views/request-form-view.ts',
  'views/requests-view.ts',
  'views/work-order-detail-view.ts',
  'views/work-orders-view.ts',
];

/** `msg('…', { id: 'views.x' })` and `msg(str\`…${a}…\`, { id: 'views.y' })`, as the dev server serves the source. */
const message = /msg\(\s*(str`(?:[^`\\]|\\.)*`|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\s*,\s*\{\s*id:\s*["'](views\.[^"']+)["']/g;

async function dutchTexts(): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const source of sources) {
    const response = await fetch(new URL(`../${source}`, import.meta.url));
    expect(response.ok, source).to.equal(true);
    for (const [, dutch, id] of (await response.text()).matchAll(message)) texts.set(id!, dutch!);
  }
  return texts;
}

const placeholders = (dutch: string) => (dutch.match(/\$\{/g) ?? []).length;

describe('English texts of the views', () => {
  it('exist for every Dutch text, with the same number of placeholders', async () => {
    const dutch = await dutchTexts();
    expect(dutch.size).to.be.greaterThan(250);
    const missing = [...dutch.keys()].filter((id) => !(id in templates));
    expect(missing, 'Dutch texts without English').to.deep.equal([]);
    const mismatched = [...dutch].filter(([id, source]) => {
      const english = templates[id];
      const count = typeof english === 'string' ? 0 : english && 'strTag' in english ? english.values.length : -1;
      return count !== placeholders(source);
    });
    expect(mismatched.map(([id]) => id), 'placeholders differ').to.deep.equal([]);
  });

  it('are all in use', async () => {
    const dutch = await dutchTexts();
    expect(Object.keys(templates).filter((id) => !dutch.has(id))).to.deep.equal([]);
  });
});
