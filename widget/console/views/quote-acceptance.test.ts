import { expect } from '@open-wc/testing';
import { setLocale } from '../../i18n/localization.js';
import { find, visibleText, waitFor, waitForText } from '../../shell-fixtures.js';
import { page, type MockApi } from '../../test-support/mock-api.js';
import type { PortalSettings } from '../api/settings.js';
import * as sx from '../test-support/settings-fixtures.js';
import './settings-view.js';
import type { SettingsView } from './settings-view.js';
import { useConsoleEnglish } from '../i18n/texts.js';
import { admin, consoleApi, mountConsoleView } from '../test-support/console-mock.js';
import * as rx from '../test-support/records-fixtures.js';
import './record-view.js';
import type { RecordView } from './record-view.js';

useConsoleEnglish();

let api: MockApi | undefined;
afterEach(async () => {
  api?.restore();
  await setLocale('nl');
});

const customerRoutes = {
  [`GET ${admin}/customers/:id`]: () => rx.customerDetail(),
  [`GET ${admin}/objects`]: () => ({ items: [], nextCursor: null }),
  [`GET ${admin}/work-orders`]: () => ({ items: [], nextCursor: null }),
};
const accepted = (signed: boolean) =>
  rx.quoteRecord({
    status: 'accepted',
    decision: { outcome: 'accepted', at: '2026-12-02T09:41:00.000Z', signedName: 'Jan de Vries', reason: null, contactId: 'con_1', ip: '203.0.113.7', signed },
  });
const mount = (locale: 'nl' | 'en' = 'nl') => mountConsoleView<RecordView>('kp-record-view', { customerId: 'klant-1', recordKind: 'quotes', recordId: 'quo-1', locale } as Partial<RecordView>);

describe('the customer’s answer on a quote’s record page', () => {
  it('shows who accepted, when and from where, with the signature they drew', async () => {
    api = consoleApi({ ...customerRoutes, [`GET ${admin}/quotes/:id`]: () => accepted(true) });
    const { view } = await mount();
    const answer = await waitFor(view, '[part="acceptance"]');
    expect(visibleText(answer)).to.contain('Geaccepteerd door de klant').and.contain('Geaccepteerd door Jan de Vries op 2 dec 2026').and.contain('203.0.113.7');
    const image = answer.querySelector<HTMLImageElement>('[part="signature"]')!;
    expect(image.getAttribute('src')).to.match(/\/api\/v1\/admin\/quotes\/quo-1\/signature$/);
    expect(image.alt).to.equal('Handtekening van Jan de Vries');
    await expect(view).to.be.accessible();
  });

  it('says an acceptance without a drawn signature has the typed name as signature, in English too', async () => {
    await setLocale('en');
    api = consoleApi({ ...customerRoutes, [`GET ${admin}/quotes/:id`]: () => accepted(false) });
    const { view } = await mount('en');
    const answer = await waitFor(view, '[part="acceptance"]');
    expect(visibleText(answer)).to.contain('Accepted by Jan de Vries on').and.contain('the typed name counts as the signature');
    expect(answer.querySelector('[part="signature"]')).to.equal(null);
  });

  it('shows a decline with its reason, and nothing for a quote still open', async () => {
    api = consoleApi({
      ...customerRoutes,
      [`GET ${admin}/quotes/:id`]: () =>
        rx.quoteRecord({ status: 'declined', decision: { outcome: 'declined', at: '2026-12-02T09:41:00.000Z', signedName: null, reason: 'Te duur', contactId: 'con_1', ip: null, signed: false } }),
    });
    const { view } = await mount();
    expect(visibleText(await waitFor(view, '[part="acceptance"]'))).to.contain('Afgewezen door de klant').and.contain('Reden: Te duur');
    api.restore();
    api = consoleApi({ ...customerRoutes, [`GET ${admin}/quotes/:id`]: () => rx.quoteRecord() });
    const { view: open } = await mount();
    await waitFor(open, 'form');
    expect(find(open, '[part="acceptance"]')).to.equal(undefined);
  });
});

describe('the portal setting that customers sign when accepting', () => {
  it('is a switch under the quotes, saved as quotes.requireSignature and named in the save’s summary', async () => {
    let stored = sx.portal();
    api = consoleApi({
      [`GET ${admin}/portals`]: () => page([stored]),
      [`PUT ${admin}/portals/vanderberg`]: (call) => {
        stored = { ...stored, settings: call.body as PortalSettings };
        return stored;
      },
    });
    const { view } = await mountConsoleView<SettingsView>('kp-settings-view', { portalSlug: '' }, 1300);
    const box = await waitFor<HTMLInputElement>(view, '#requireSignature');
    expect(box.checked).to.equal(false);
    expect(visibleText(box.closest('label')!)).to.contain('Klanten zetten een handtekening bij het accepteren');
    box.click();
    find<HTMLFormElement>(view, 'form.form')!.requestSubmit();
    await waitForText(view, 'Handtekening bij offertes');
    const put = api.calls.find((call) => call.method === 'PUT')!;
    expect((put.body as PortalSettings).quotes).to.deep.equal({ requireSignature: true });
    await expect(view).to.be.accessible();
  });
});
