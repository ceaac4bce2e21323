import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { PortalClient } from '../api/client.js';
import { errorResponse, jsonResponse, mockApi, page, type MockApi } from '../test-support/mock-api.js';
import { FakeEventStream, signedInClient } from '../test-support/live-stream.js';
import './message-thread.js';
import type { MessageThread } from './message-thread.js';

const message = (id: string, body: string, author: 'contact' | 'business' = 'business', createdAt = '2026-11-20T10:00:00.000Z') => ({
  id,
  requestId: null,
  workOrderId: 'wo_1',
  author,
  authorName: author === 'business' ? 'Installatiebedrijf Jansen' : 'Anna de Vries',
  body,
  createdAt,
});

async function mount() {
  const client = new PortalClient('https://api.test', 'demo');
  return fixture<MessageThread>(html`<kp-message-thread .client=${client} path="/work-orders/wo_1/messages"></kp-message-thread>`);
}

const bodies = (thread: MessageThread) => [...thread.shadowRoot!.querySelectorAll('.body')].map((body) => body.textContent);

describe('<kp-message-thread>', () => {
  let api: MockApi;
  afterEach(() => api.restore());

  it('shows the conversation oldest first, and earlier messages on request', async () => {
    api = mockApi({
      'GET /work-orders/:id/messages': (call) =>
        call.path.includes('cursor=') ? page([message('m1', 'Eerste')]) : page([message('m3', 'Derde'), message('m2', 'Tweede', 'contact')], 'older'),
    });
    const thread = await mount();
    await waitUntil(() => thread.shadowRoot!.querySelector('[part~="message"]'));
    expect(bodies(thread)).to.deep.equal(['Tweede', 'Derde']);
    thread.shadowRoot!.querySelector<HTMLButtonElement>('[part="load-older"]')!.click();
    await waitUntil(() => bodies(thread).length === 3);
    expect(bodies(thread)).to.deep.equal(['Eerste', 'Tweede', 'Derde']);
  });

  it('refuses an empty reply at the field', async () => {
    api = mockApi({ 'GET /work-orders/:id/messages': () => page([]) });
    const thread = await mount();
    await waitUntil(() => thread.shadowRoot!.querySelector('[part="send"]'));
    thread.shadowRoot!.querySelector<HTMLButtonElement>('[part="send"]')!.click();
    await thread.updateComplete;
    const box = thread.shadowRoot!.querySelector('textarea')!;
    expect(box.getAttribute('aria-invalid')).to.equal('true');
    expect(box.getAttribute('aria-describedby')).to.contain('reply-error');
    expect(thread.shadowRoot!.activeElement === box, 'focus on the reply').to.equal(true);
    expect(api.calls.filter((call) => call.method === 'POST')).to.have.length(0);
  });

  it('keeps the reply after a failed send and sends it again with the same key', async () => {
    let fail = true;
    api = mockApi({
      'GET /work-orders/:id/messages': () => page([]),
      'POST /work-orders/:id/messages': () => (fail ? errorResponse(503, 'internal', 'Down') : jsonResponse(message('m9', 'Graag na 10 uur', 'contact'), 201)),
    });
    const thread = await mount();
    await waitUntil(() => thread.shadowRoot!.querySelector('textarea'));
    const box = thread.shadowRoot!.querySelector('textarea')!;
    box.value = 'Graag na 10 uur';
    box.dispatchEvent(new InputEvent('input'));
    thread.shadowRoot!.querySelector<HTMLButtonElement>('[part="send"]')!.click();
    await waitUntil(() => thread.shadowRoot!.querySelector('[role="alert"]'), 'the failure is shown');
    expect(thread.shadowRoot!.querySelector('textarea')!.value).to.equal('Graag na 10 uur');
    fail = false;
    thread.shadowRoot!.querySelector<HTMLButtonElement>('[part="send"]')!.click();
    await waitUntil(() => bodies(thread).length === 1, 'the reply appears');
    const keys = api.calls.filter((call) => call.method === 'POST').map((call) => call.headers.get('Idempotency-Key'));
    expect(keys[0]).to.equal(keys[1]);
    await expect(thread).to.be.accessible();
  });
});

describe('<kp-message-thread> while it is open', () => {
  let api: MockApi;
  afterEach(() => api.restore());

  it('shows an answer of the business as it arrives, once, and announces it', async () => {
    const stream = new FakeEventStream();
    api = mockApi({ 'GET /work-orders/:id/messages': () => page([message('m1', 'Wanneer komt u?', 'contact')]), 'GET /events': stream.handler });
    const thread = await mount();
    await waitUntil(() => bodies(thread).length === 1, 'the thread loads');
    await signedInClient(api, thread.client);
    await waitUntil(() => stream.open, 'the thread listens to the live updates');

    const answer = message('m2', 'Dinsdag tussen 8 en 10 uur', 'business', '2026-11-20T11:00:00.000Z');
    stream.send({ type: 'message.created', data: { message: answer } });
    stream.send({ type: 'message.created', data: { message: answer } });
    stream.send({ type: 'message.created', data: { message: { ...message('m3', 'Over een andere werkbon'), workOrderId: 'wo_2' } } });
    await waitUntil(() => bodies(thread).length === 2, 'the answer appears');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(bodies(thread)).to.deep.equal(['Wanneer komt u?', 'Dinsdag tussen 8 en 10 uur']);
    expect(thread.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Nieuw bericht van Installatiebedrijf Jansen.');
    await expect(thread).to.be.accessible();
  });
});
