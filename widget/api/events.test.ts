import { expect, waitUntil } from '@open-wc/testing';
import { PortalClient } from './client.js';
import { liveEvents, type PortalEvent } from './events.js';
import { errorResponse, mockApi, type MockApi } from '../test-support/mock-api.js';
import { FakeEventStream, signedInClient } from '../test-support/live-stream.js';

const fast = { pollMs: 40, minBackoffMs: 10, maxBackoffMs: 40, refusedRetryMs: 150, lingerMs: 0 };

const answer = (id: string, body: string) =>
  ({
    type: 'message.created',
    data: { message: { id, requestId: 'req_1', workOrderId: null, author: 'business', authorName: 'Jansen', body, files: [] as never[], createdAt: '2026-11-21T10:00:00.000Z' } },
  }) as const;

describe('live updates (widget/api/events)', () => {
  let api: MockApi;
  let stop: (() => void) | undefined;
  afterEach(() => {
    stop?.();
    stop = undefined;
    api.restore();
  });

  it('reads events from the stream, and after a break resumes with the last id it got', async () => {
    api = mockApi();
    const stream = new FakeEventStream();
    api.on('GET /events', stream.handler);
    const client = await signedInClient(api);
    const got: PortalEvent[] = [];
    let resyncs = 0;
    stop = liveEvents(client, fast).subscribe({ event: (event) => got.push(event), resync: () => (resyncs += 1) });

    await waitUntil(() => stream.open, 'the stream opens');
    expect(stream.connections).to.deep.equal([null]);
    expect(api.calls.find((call) => call.path === '/events')!.headers.get('authorization')).to.equal('Bearer token-of-anna');
    await waitUntil(() => resyncs === 1, 'a first stream asks the views to load once more');
    const first = stream.send(answer('msg_1', 'Wij komen dinsdag'));
    await waitUntil(() => got.length === 1);
    expect(got[0]).to.deep.include({ id: first, type: 'message.created' });

    stream.end();
    await waitUntil(() => stream.connections.length === 2 && stream.open, 'it reconnects');
    expect(stream.connections[1]).to.equal(first);
    stream.send(answer('msg_2', 'Of woensdag'));
    await waitUntil(() => got.length === 2);
    expect(resyncs, 'the server replays what was missed: no reload needed').to.equal(1);
  });

  it('falls back to polling while the stream is refused, and asks for it again later', async () => {
    api = mockApi();
    const stream = new FakeEventStream();
    let refuse = true;
    api.on('GET /events', (call) => (refuse ? errorResponse(429, 'rate_limited', 'Too many streams') : stream.handler(call)));
    const client = await signedInClient(api);
    let resyncs = 0;
    const live = liveEvents(client, fast);
    stop = live.subscribe({ resync: () => (resyncs += 1) });
    await waitUntil(() => resyncs >= 2, 'polling ticks ask the views to load again');
    expect(live.mode).to.equal('polling');
    refuse = false;
    await waitUntil(() => stream.open, 'the stream is asked for again', { timeout: 3000 });
    expect(live.mode).to.equal('stream');
    const polled = resyncs;
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(resyncs, 'no polling once the stream is back').to.be.at.most(polled + 1);
  });

  it('opens nothing for a client nobody is signed in to, and stops when the session ends', async () => {
    api = mockApi();
    const stream = new FakeEventStream();
    api.on('GET /events', stream.handler);
    const anonymous = new PortalClient('https://api.test', 'demo');
    stop = liveEvents(anonymous, fast).subscribe({});
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stream.connections).to.have.length(0);
    stop();

    api.on('POST /auth/logout', () => new Response(null, { status: 204 }));
    const client = await signedInClient(api);
    const live = liveEvents(client, fast);
    stop = live.subscribe({});
    await waitUntil(() => stream.open);
    await client.logout();
    expect(live.mode).to.equal('off');
  });
});
