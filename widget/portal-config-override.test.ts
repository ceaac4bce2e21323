// Settings not saved yet: the business's console draws the real portal with them (configOverride) before it saves.
import { expect, waitUntil } from '@open-wc/testing';
import './klantportaal.js';
import { config, contact, find, mountPortal, unmountAll, visibleText, waitForText } from './shell-fixtures.js';
import { errorResponse, mockApi, page, type MockApi } from './test-support/mock-api.js';

let api: MockApi;

afterEach(() => {
  unmountAll();
  api?.restore();
  history.replaceState(null, '', location.pathname + location.search);
});

describe('<klant-portaal> with configOverride', () => {
  it('draws the given settings without asking the server for its own, and follows each change at once', async () => {
    api = mockApi({ 'GET /config': () => config(), 'POST /auth/refresh': () => errorResponse(401, 'unauthorized', 'no') });
    const unsaved = config();
    const el = mountPortal({}, { configOverride: { ...unsaved, portal: { ...unsaved.portal, name: 'Nog niet opgeslagen' } } });
    await waitForText(el, 'Nog niet opgeslagen');
    expect(api.calls.some((call) => call.path === '/config')).to.equal(false);
    el.configOverride = { ...unsaved, portal: { ...unsaved.portal, name: 'Weer anders' }, branding: { primaryColor: '#14532d', logoUrl: null } };
    await waitForText(el, 'Weer anders');
    const colour = getComputedStyle(el).getPropertyValue('--kp-color-primary').trim().toLowerCase();
    expect(colour).to.equal('#14532d');
  });

  it('hides a part switched off in the override from a signed-in customer', async () => {
    api = mockApi({
      'GET /config': () => config(),
      'GET /me': () => contact({ name: 'Jan de Vries' }),
      'GET /overview': () => ({}),
      'GET /requests': () => page([]),
      'GET /work-orders': () => page([]),
    });
    const el = mountPortal({}, { previewToken: { accessToken: 'preview.jwt', expiresIn: 900 }, configOverride: config() });
    await waitUntil(() => find(el, '[part="user"]'), 'the portal never showed the contact');
    expect(visibleText(el)).to.contain('Facturen');
    el.configOverride = config({ features: { invoices: false } });
    await waitUntil(() => !visibleText(el).includes('Facturen'), 'invoices are still in the menu');
  });
});
