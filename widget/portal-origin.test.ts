// A page whose origin the portal does not allow is told apart from a server that cannot be reached: the developer
// setting it up reads which setting to change, the visitor a calm message, the page a kp-error it can act on.
import { expect, oneEvent } from '@open-wc/testing';
import './klantportaal.js';
import { mountPortal, unmountAll, visibleText, waitForText } from './shell-fixtures.js';
import { mockApi, type MockApi } from './test-support/mock-api.js';
import type { PortalEvent } from './shell/events.js';

let api: MockApi;
let warnings: string[];
const realWarn = console.warn;

beforeEach(() => {
  warnings = [];
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
});

afterEach(() => {
  console.warn = realWarn;
  unmountAll();
  api?.restore();
});

// What a browser does when CORS refuses an answer: the fetch fails as if the network had.
const refusedByCors = () => {
  throw new TypeError('Failed to fetch');
};

describe('<klant-portaal> on a page of an origin the portal does not allow', () => {
  it('says so calmly, names the setting to the developer, and reports origin_not_allowed', async () => {
    api = mockApi({ 'GET /config': refusedByCors, 'POST /auth/refresh': refusedByCors, 'GET /healthz': () => new Response(null, { status: 200 }) });
    const el = mountPortal({ portal: 'vanderberg' });
    const event = (await oneEvent(el, 'kp-error')) as PortalEvent<'kp-error'>;
    expect(event.detail.code).to.equal('origin_not_allowed');
    await waitForText(el, 'nog niet ingeschakeld');
    expect(visibleText(el)).not.to.contain('internetverbinding');
    expect(warnings.join('\n')).to.contain(location.origin).and.to.contain('allowedOrigins').and.to.contain('vanderberg');
    const probe = api.calls.find((call) => call.path === '/healthz');
    expect(probe, 'the server was asked without CORS').to.not.equal(undefined);
  });

  it('still blames the connection when the server cannot be reached at all', async () => {
    api = mockApi({ 'GET /config': refusedByCors, 'POST /auth/refresh': refusedByCors, 'GET /healthz': refusedByCors });
    const el = mountPortal();
    const event = (await oneEvent(el, 'kp-error')) as PortalEvent<'kp-error'>;
    expect(event.detail.code).to.equal('network');
    await waitForText(el, 'internetverbinding');
    expect(warnings).to.deep.equal([]);
  });
});
