// "View as this customer": the portal reads with the business's preview token instead of a sign-in.
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

describe('<klant-portaal> with a preview token', () => {
  it('shows the contact’s portal with the token, and never touches the refresh cookie or an identity provider', async () => {
    api = mockApi({
      'GET /config': () => config({ auth: { sso: true } }),
      'GET /me': () => contact({ name: 'Jan de Vries' }),
      'GET /overview': () => ({}),
      'GET /requests': () => page([]),
      'GET /work-orders': () => page([]),
      'POST /auth/refresh': () => errorResponse(401, 'unauthorized', 'no'),
    });
    let askedForIdentity = false;
    const el = mountPortal({}, { previewToken: { accessToken: 'preview.jwt', expiresIn: 900 }, identityProvider: async () => ((askedForIdentity = true), 'id-token') });
    await waitUntil(() => find(el, '[part="user"]'), 'the portal never showed the contact');
    await waitForText(el, 'Jan de Vries');
    const me = api.calls.find((call) => call.path === '/me')!;
    expect(me.headers.get('Authorization')).to.equal('Bearer preview.jwt');
    expect(api.calls.some((call) => call.path.startsWith('/auth/'))).to.equal(false);
    expect(askedForIdentity).to.equal(false);
  });

  it('ends the view when the token is refused, without trying to renew it', async () => {
    api = mockApi({ 'GET /config': () => config(), 'GET /me': () => errorResponse(401, 'unauthorized', 'expired'), 'POST /auth/refresh': () => errorResponse(401, 'unauthorized', 'no') });
    const el = mountPortal({}, { previewToken: { accessToken: 'old.jwt', expiresIn: 900 } });
    await waitUntil(() => visibleText(el).includes('kon niet worden geladen') || find(el, 'kp-sign-in'), 'the portal did not give up');
    expect(api.calls.some((call) => call.path === '/auth/refresh')).to.equal(false);
  });
});
