import { expect, waitUntil } from '@open-wc/testing';
import { FakeEventSource, memoryStorage } from '../test-support/console-mock.js';
import { request } from '../test-support/fixtures.js';
import { LiveUpdates, type LiveSignal } from './live-updates.js';
import { SeenRequests } from './seen-requests.js';

function live(options: { pollMs?: number; reopenMs?: number } = {}) {
  const updates = new LiveUpdates('/api/v1/admin/events', { eventSource: FakeEventSource as unknown as typeof EventSource, pollMs: 20, reopenMs: 60, ...options });
  const signals: LiveSignal[] = [];
  updates.subscribe((signal) => signals.push(signal));
  updates.start();
  return { updates, signals, source: () => FakeEventSource.instances.at(-1)! };
}

describe('LiveUpdates', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  it('passes on each event of the stream, named or plain, with its type and the request it concerns', () => {
    const { updates, signals, source } = live();
    stop = () => updates.stop();
    source().open();
    source().send('message', { id: 'evt_1', type: 'request.created', createdAt: '2026-12-01T10:00:00Z', data: { request: request() } });
    source().send('message', { id: 'evt_2', type: 'message.created', createdAt: '2026-12-01T10:01:00Z', data: { message: { id: 'msg_1', requestId: 'req_2' } } });
    source().send('work_order.updated', { id: 'evt_3', type: 'work_order.updated', createdAt: '2026-12-01T10:02:00Z', data: { workOrder: { id: 'wo_1' } } });
    expect(signals).to.deep.equal([
      { kind: 'event', type: 'request.created', requestId: 'req_1' },
      { kind: 'event', type: 'message.created', requestId: 'req_2' },
      { kind: 'event', type: 'work_order.updated', requestId: null },
    ]);
    expect(updates.mode).to.equal('stream');
  });

  it('polls while the stream is refused, opens it again later, and stops polling once it is back', async () => {
    const { updates, signals, source } = live();
    stop = () => updates.stop();
    const modes: string[] = [];
    updates.addEventListener('modechange', () => modes.push(updates.mode));
    const first = source();
    first.fail(true);
    expect(updates.mode).to.equal('polling');
    await waitUntil(() => signals.filter((signal) => signal.kind === 'poll').length >= 2, 'no polling');
    await waitUntil(() => FakeEventSource.instances.at(-1) !== first, 'the stream was not opened again');
    source().open();
    expect(signals.at(-1)).to.deep.equal({ kind: 'resumed' });
    const polls = signals.filter((signal) => signal.kind === 'poll').length;
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(signals.filter((signal) => signal.kind === 'poll').length).to.equal(polls);
    expect(modes).to.deep.equal(['polling', 'stream']);
  });

  it('polls meanwhile when the connection drops and the browser reconnects by itself', async () => {
    const { updates, signals, source } = live();
    stop = () => updates.stop();
    source().open();
    source().fail(false);
    await waitUntil(() => signals.some((signal) => signal.kind === 'poll'), 'no polling while reconnecting');
    source().open();
    expect(signals.at(-1)).to.deep.equal({ kind: 'resumed' });
  });

  it('is silent after stop', async () => {
    const { updates, signals, source } = live();
    source().fail(true);
    updates.stop();
    const count = signals.length;
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(signals.length).to.equal(count);
    expect(updates.mode).to.equal('off');
  });
});

describe('SeenRequests', () => {
  it('calls a submitted request never opened new, and one changed after it was opened unread, across page loads', () => {
    const storage = memoryStorage();
    const seen = new SeenRequests('seen', storage);
    expect(seen.freshness(request())).to.equal('new');
    expect(seen.freshness(request({ status: 'in_review' }))).to.equal(null);
    seen.markSeen(request());
    expect(seen.freshness(request())).to.equal(null);
    const later = new SeenRequests('seen', storage);
    expect(later.freshness(request({ updatedAt: '2026-12-01T09:00:00.000Z' }))).to.equal('updated');
    later.markSeen(request({ updatedAt: '2026-12-01T09:00:00.000Z' }));
    later.markSeen(request({ updatedAt: '2026-12-01T08:00:00.000Z' }));
    expect(later.freshness(request({ updatedAt: '2026-12-01T09:00:00.000Z' }))).to.equal(null);
  });
});
