import { expect } from '@open-wc/testing';
import { contact, signInAnswer } from '../shell-fixtures.js';
import { errorResponse, jsonResponse, mockApi, page, type MockApi } from '../test-support/mock-api.js';
import { PortalApiError, PortalClient, type SessionChangeEvent } from './client.js';
import { describeError, fieldErrors, isExpiredLink } from './errors.js';

let api: MockApi;
const unauthorized = () => errorResponse(401, 'unauthorized', 'Please sign in again.');
const notSignedIn = () => new Response(null, { status: 204 });
const bearer = (index: number) => api.calls[index]?.headers.get('authorization') ?? null;

function sessionChanges(client: PortalClient) {
  const seen: { user: string | null; cause: string }[] = [];
  client.onSessionChange((event: SessionChangeEvent) => seen.push({ user: event.detail.user?.name ?? null, cause: event.detail.cause }));
  return seen;
}

async function signedIn(token = 'token-1') {
  api.on('POST /auth/login', () => signInAnswer(contact(), token));
  const client = new PortalClient('https://api.example', 'jansen');
  await client.login('anna@example.nl', 'een lange zin als wachtwoord');
  return client;
}

afterEach(() => api?.restore());

describe('PortalClient', () => {
  it('sends the access token as a bearer header, and the cookie only where it belongs', async () => {
    api = mockApi({ 'GET /requests': () => page([]) });
    const client = await signedIn();
    await client.request('GET', '/requests');
    expect(bearer(0), 'sign-in goes without a token').to.equal(null);
    expect(api.calls[0]!.headers.get('x-requested-with')).to.equal('klantportaal');
    expect(bearer(1)).to.equal('Bearer token-1');
  });

  it('renews a refused token once through the refresh cookie, and tries the call again', async () => {
    api = mockApi({ 'POST /auth/refresh': () => signInAnswer(contact(), 'token-2') });
    const client = await signedIn();
    api.on('GET /requests', (call) => (call.headers.get('authorization') === 'Bearer token-2' ? page([]) : unauthorized()));
    expect(await client.request('GET', '/requests')).to.deep.equal(page([]));
    expect(api.calls.map((call) => `${call.method} ${call.path}`)).to.deep.equal(['POST /auth/login', 'GET /requests', 'POST /auth/refresh', 'GET /requests']);
    expect(api.calls[2]!.headers.get('x-requested-with')).to.equal('klantportaal');
    expect(bearer(3)).to.equal('Bearer token-2');
  });

  it('has only one renewal in flight when parallel calls are refused together', async () => {
    let renewals = 0;
    api = mockApi({
      'POST /auth/refresh': async () => {
        renewals++;
        await new Promise((resolve) => setTimeout(resolve, 30));
        return signInAnswer(contact(), 'token-2');
      },
    });
    const client = await signedIn();
    api.on('GET /:collection', (call) => (call.headers.get('authorization') === 'Bearer token-2' ? page([]) : unauthorized()));
    const answers = await Promise.all(['/requests', '/invoices', '/quotes', '/objects'].map((path) => client.request('GET', path)));
    expect(answers).to.have.length(4);
    expect(renewals).to.equal(1);
  });

  it('does not renew again for a call that was refused with a token already replaced', async () => {
    let renewals = 0;
    api = mockApi({ 'POST /auth/refresh': () => (renewals++, signInAnswer(contact(), `token-${renewals + 1}`)) });
    const client = await signedIn();
    let first = true;
    api.on('GET /slow', async () => {
      // Refused with the old token, answering only after another call has renewed it.
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (first) return (first = false), unauthorized();
      return page([]);
    });
    api.on('GET /fast', (call) => (call.headers.get('authorization') === 'Bearer token-2' ? page([]) : unauthorized()));
    await Promise.all([client.request('GET', '/slow'), client.request('GET', '/fast')]);
    expect(renewals).to.equal(1);
  });

  it('ends the session when the renewal is refused, and says so once', async () => {
    api = mockApi({ 'POST /auth/refresh': unauthorized, 'GET /requests': unauthorized });
    const client = await signedIn();
    const changes = sessionChanges(client);
    const error = await client.request('GET', '/requests').catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(PortalApiError);
    expect((error as PortalApiError).status).to.equal(401);
    expect(changes).to.deep.equal([{ user: null, cause: 'expired' }]);
    expect(client.user).to.equal(null);
    await client.request('GET', '/requests').catch(() => {});
    expect(bearer(api.calls.length - 1), 'no token is sent after the session ended').to.equal(null);
    expect(changes).to.have.length(1);
  });

  it('ends the session when the call is refused again after a renewal', async () => {
    api = mockApi({ 'POST /auth/refresh': () => signInAnswer(contact(), 'token-2'), 'GET /requests': unauthorized });
    const client = await signedIn();
    const changes = sessionChanges(client);
    await client.request('GET', '/requests').catch(() => {});
    expect(api.calls.filter((call) => call.path === '/requests')).to.have.length(2);
    expect(changes).to.deep.equal([{ user: null, cause: 'expired' }]);
  });

  it('renews ahead of time when the token is about to expire', async () => {
    api = mockApi({
      'POST /auth/login': () => ({ ...signInAnswer(contact(), 'short-lived'), expiresIn: 5 }),
      'POST /auth/refresh': () => signInAnswer(contact(), 'token-2'),
      'GET /requests': () => page([]),
    });
    const client = new PortalClient('https://api.example', 'jansen');
    await client.login('anna@example.nl', 'een lange zin als wachtwoord');
    await client.request('GET', '/requests');
    expect(api.calls.map((call) => call.path)).to.deep.equal(['/auth/login', '/auth/refresh', '/requests']);
    expect(bearer(2)).to.equal('Bearer token-2');
  });

  it('restores a session through the refresh cookie, with credentials', async () => {
    api = mockApi({ 'POST /auth/refresh': () => signInAnswer() });
    const credentials: RequestCredentials[] = [];
    const mocked = window.fetch;
    window.fetch = (input, init) => (credentials.push(init?.credentials ?? 'same-origin'), mocked(input, init));
    try {
      const client = new PortalClient('https://api.example', 'jansen');
      const changes = sessionChanges(client);
      expect((await client.restore())?.name).to.equal('Anna de Vries');
      expect(changes).to.deep.equal([{ user: 'Anna de Vries', cause: 'restore' }]);
      expect(credentials).to.deep.equal(['include']);
    } finally {
      window.fetch = mocked;
    }
  });

  it('shares one refresh between two clients of the same portal, so the rotated cookie is used once', async () => {
    let refreshes = 0;
    api = mockApi({
      'POST /auth/refresh': async () => {
        refreshes++;
        await new Promise((resolve) => setTimeout(resolve, 20));
        return signInAnswer();
      },
    });
    const first = new PortalClient('https://api.example', 'jansen');
    const second = new PortalClient('https://api.example', 'jansen');
    const users = await Promise.all([first.restore(), second.restore()]);
    expect(users.map((user) => user?.id)).to.deep.equal(['con_1', 'con_1']);
    expect(refreshes).to.equal(1);
    await first.restore();
    expect(refreshes, 'a later refresh goes out on its own').to.equal(2);
  });

  it('restores nothing, quietly, when there is no cookie and no identity provider', async () => {
    api = mockApi({ 'POST /auth/refresh': notSignedIn });
    const client = new PortalClient('https://api.example', 'jansen');
    const changes = sessionChanges(client);
    expect(await client.restore()).to.equal(null);
    expect(changes).to.deep.equal([]);
  });

  it('falls back on the identity provider when the cookie is gone', async () => {
    api = mockApi({ 'POST /auth/refresh': notSignedIn, 'POST /auth/sso': () => signInAnswer(contact(), 'sso-token'), 'GET /me': () => contact() });
    const client = new PortalClient('https://api.example', 'jansen');
    client.identityProvider = async () => 'signed.identity.token';
    expect((await client.restore())?.id).to.equal('con_1');
    expect(api.calls[1]!.body).to.deep.equal({ identityToken: 'signed.identity.token' });
    await client.request('GET', '/me');
    expect(bearer(2)).to.equal('Bearer sso-token');
  });

  it('signs out on the server with the cookie and the token, and forgets the token even when offline', async () => {
    api = mockApi({ 'POST /auth/logout': () => new Response(null, { status: 204 }), 'GET /me': unauthorized, 'POST /auth/refresh': unauthorized });
    const client = await signedIn();
    const changes = sessionChanges(client);
    await client.logout();
    const logout = api.calls.find((call) => call.path === '/auth/logout')!;
    expect(logout.headers.get('x-requested-with')).to.equal('klantportaal');
    expect(logout.headers.get('authorization')).to.equal('Bearer token-1');
    expect(changes).to.deep.equal([{ user: null, cause: 'logout' }]);

    const again = await signedIn('token-3');
    window.fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    await again.logout();
    expect(again.user).to.equal(null);
  });

  it('sends the customer’s language so the server can answer in it', async () => {
    api = mockApi({ 'GET /config': () => ({}) });
    const client = new PortalClient('https://api.example', 'jansen');
    client.locale = 'en';
    await client.getConfig();
    expect(api.calls[0]!.headers.get('accept-language')).to.equal('en');
  });

  it('turns a failed connection into a network error', async () => {
    api = mockApi();
    window.fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    const error = (await new PortalClient('https://api.example', 'jansen').getConfig().catch((caught: unknown) => caught)) as PortalApiError;
    expect(error.code).to.equal('network');
    expect(describeError(error)).to.contain('Geen verbinding met de server');
  });
});

describe('error messages', () => {
  const failure = async (response: Response) => {
    api = mockApi({ 'POST /thing': () => response });
    return (await new PortalClient('https://api.example', 'jansen').request('POST', '/thing', {}).catch((caught: unknown) => caught)) as PortalApiError;
  };

  it('tells a throttled customer when to try again', async () => {
    const seconds = await failure(jsonResponse({ error: { code: 'rate_limited', message: 'Too many requests.' } }, 429, { 'Retry-After': '30' }));
    expect(seconds.retryAfter).to.equal(30);
    expect(describeError(seconds)).to.equal('Te veel pogingen achter elkaar. Probeer het over 30 seconden opnieuw.');
    const minutes = await failure(jsonResponse({ error: { code: 'rate_limited', message: 'Too many requests.' } }, 429, { 'Retry-After': '600' }));
    expect(describeError(minutes)).to.equal('Te veel pogingen achter elkaar. Probeer het over 10 minuten opnieuw.');
  });

  it('has words for every error code of the API', async () => {
    const codes: [number, string][] = [
      [400, 'validation_failed'],
      [401, 'unauthorized'],
      [403, 'forbidden'],
      [403, 'feature_disabled'],
      [404, 'not_found'],
      [409, 'conflict'],
      [413, 'payload_too_large'],
      [415, 'unsupported_media_type'],
      [500, 'internal'],
    ];
    const texts = codes.map(([status, code]) => describeError(new PortalApiError(status, code, 'server text')));
    expect(new Set(texts).size).to.equal(codes.length);
    expect(texts.join(' ')).to.not.contain('server text');
  });

  it('puts field complaints on their fields, worded by their reason', async () => {
    const error = await failure(
      errorResponse(400, 'validation_failed', 'Choose another password.', [
        { path: 'password', message: 'This password is one of the most used passwords.', reason: 'too_common' } as never,
        { path: 'address.postalCode', message: 'Too small: expected string to have >=1 characters' },
        { path: 'unknownField', message: 'Unrecognized key' },
      ]),
    );
    const errors = fieldErrors(error, ['password', 'address']);
    expect(errors.password).to.contain('een van de meest gebruikte wachtwoorden');
    expect(errors.address).to.equal('Controleer wat u hier heeft ingevuld.');
    expect(Object.keys(errors)).to.deep.equal(['password', 'address']);
  });

  it('recognises a used or expired sign-in link', () => {
    expect(isExpiredLink(new PortalApiError(400, 'validation_failed', 'x', [{ path: 'token', message: 'has expired', reason: 'link_invalid' }]))).to.equal(true);
    expect(isExpiredLink(new PortalApiError(400, 'validation_failed', 'x', [{ path: 'password', message: 'too short' }]))).to.equal(false);
    expect(isExpiredLink(new PortalApiError(0, 'network', 'x'))).to.equal(false);
  });
});
