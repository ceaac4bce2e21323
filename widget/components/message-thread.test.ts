import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { PortalClient } from '../api/client.js';
import { errorResponse, jsonResponse, mockApi, page, type MockApi } from '../test-support/mock-api.js';
import { FakeEventStream, signedInClient } from '../test-support/live-stream.js';
import { photoFile } from '../views/view-fixtures.js';
import './message-thread.js';
import type { MessageThread, ThreadClient } from './message-thread.js';

const message = (id: string, body: string, author: 'contact' | 'business' = 'business', createdAt = '2026-11-20T10:00:00.000Z') => ({
  id,
  requestId: null,
  workOrderId: 'wo_1',
  author,
  authorName: author === 'business' ? 'Installatiebedrijf Jansen' : 'Anna de Vries',
  body,
  files: [] as { id: string; filename: string; contentType: string; size: number; createdAt: string }[],
  createdAt,
});

async function mount(client = new PortalClient('https://api.test', 'demo')) {
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
    const client = new PortalClient('https://api.test', 'demo');
    const thread = await mount(client);
    await waitUntil(() => bodies(thread).length === 1, 'the thread loads');
    await signedInClient(api, client);
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

describe('<kp-message-thread side="business">', () => {
  /** A client of another API (the console's): only the two calls the thread makes, recorded. */
  function businessClient(items: ReturnType<typeof message>[]) {
    const calls: { method: string; path: string; body: unknown; key: string | undefined }[] = [];
    const client: ThreadClient = {
      request: async <T>(method: 'GET' | 'POST', path: string, body?: unknown, options?: { headers?: Record<string, string> }) => {
        calls.push({ method, path, body, key: options?.headers?.['Idempotency-Key'] });
        const answer = method === 'GET' ? page(items) : { ...message('m9', (body as { body: string }).body), authorName: 'Sanne Planning' };
        return answer as T;
      },
    };
    return { client, calls };
  }

  it('shows the business its own answers at the end of the line, names the customer, and signs an answer with the staff member’s name', async () => {
    const { client, calls } = businessClient([message('m2', 'Dinsdag kan ook', 'business'), { ...message('m1', 'Wanneer komt u?', 'contact'), authorName: '' }]);
    const thread = await fixture<MessageThread>(
      html`<kp-message-thread side="business" .client=${client} path="/admin/requests/req_1/messages" customer-name="Jan de Vries" author-name="Sanne Planning"></kp-message-thread>`,
    );
    await waitUntil(() => bodies(thread).length === 2, 'the thread loads');
    const [theirs, ours] = [...thread.shadowRoot!.querySelectorAll('li')];
    expect(theirs!.classList.contains('own'), 'the customer’s message').to.equal(false);
    expect(ours!.classList.contains('own'), 'the business’s answer').to.equal(true);
    expect(theirs!.querySelector('.meta')!.textContent).to.contain('Jan de Vries').and.contain('klant');
    expect(ours!.querySelector('.meta')!.textContent).to.contain('Installatiebedrijf Jansen').and.contain('uw bedrijf');
    expect(thread.shadowRoot!.querySelector('label')!.textContent).to.equal('Antwoord aan de klant');

    thread.shadowRoot!.querySelector<HTMLButtonElement>('[part="send"]')!.click();
    await thread.updateComplete;
    expect(thread.shadowRoot!.querySelector('#reply-error')!.textContent).to.equal('Schrijf eerst een antwoord.');
    const box = thread.shadowRoot!.querySelector('textarea')!;
    box.value = 'We komen morgen om 9 uur.';
    box.dispatchEvent(new InputEvent('input'));
    thread.shadowRoot!.querySelector<HTMLButtonElement>('[part="send"]')!.click();
    await waitUntil(() => bodies(thread).length === 3, 'the answer appears');
    expect(thread.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Uw antwoord is verstuurd. De klant krijgt er een mail over.');
    const post = calls.find((call) => call.method === 'POST')!;
    expect(post.path).to.equal('/admin/requests/req_1/messages');
    expect(post.body).to.deep.equal({ body: 'We komen morgen om 9 uur.', authorName: 'Sanne Planning' });
    expect(post.key).to.match(/^[0-9a-f-]{36}$/);
    await expect(thread).to.be.accessible();
  });

  it('loads what was written unseen when asked to, keeping what is shown', async () => {
    const items = [message('m1', 'Wanneer komt u?', 'contact')];
    const { client, calls } = businessClient(items);
    const thread = await fixture<MessageThread>(html`<kp-message-thread side="business" .client=${client} path="/admin/requests/req_1/messages"></kp-message-thread>`);
    await waitUntil(() => bodies(thread).length === 1, 'the thread loads');
    items.unshift(message('m2', 'Het lekt nu harder.', 'contact', '2026-11-20T11:00:00.000Z'));
    await thread.reload();
    await thread.updateComplete;
    expect(bodies(thread)).to.deep.equal(['Wanneer komt u?', 'Het lekt nu harder.']);
    expect(calls.every((call) => call.path.startsWith('/admin/requests/req_1/messages')), 'no portal stream for another API').to.equal(true);
  });
});

describe('<kp-message-thread> with photos and PDFs', () => {
  let api: MockApi;
  afterEach(() => api.restore());

  const withFiles = (id: string, body: string, author: 'contact' | 'business' = 'contact') => ({
    ...message(id, body, author),
    files: [
      { id: 'mfl_1', filename: 'display.jpg', contentType: 'image/jpeg', size: 2_000, createdAt: '2026-11-20T10:00:00.000Z' },
      { id: 'mfl_2', filename: 'bon.pdf', contentType: 'application/pdf', size: 3_000, createdAt: '2026-11-20T10:00:00.000Z' },
    ],
  });
  const photo = () => new Response(new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' }), { headers: { 'Content-Type': 'image/jpeg' } });

  it('shows a message’s photo as a thumbnail and its PDF as a download', async () => {
    api = mockApi({ 'GET /work-orders/:id/messages': () => page([withFiles('m1', 'Hier is het display')]), 'GET /work-orders/:id/messages/:message/files/:file': photo });
    const thread = await mount();
    await waitUntil(() => thread.shadowRoot!.querySelector('[part="files"] kp-protected-image'), 'the thumbnail');
    const image = thread.shadowRoot!.querySelector('[part="files"] kp-protected-image');
    expect(image!.getAttribute('path')).to.equal('/work-orders/wo_1/messages/m1/files/mfl_1');
    expect(image!.getAttribute('alt')).to.equal('Foto 1 bij het bericht');
    const pdf = thread.shadowRoot!.querySelector('[part="files"] kp-download-button')!;
    expect(pdf.getAttribute('label')).to.equal('bon.pdf');
    await expect(thread).to.be.accessible();
  });

  it('uploads the chosen photo first, then sends the message naming it, and shows it in the thread', async () => {
    api = mockApi({
      'GET /work-orders/:id/messages': () => page([message('m1', 'Kunt u een foto van het display sturen?')]),
      'POST /work-orders/:id/messages/files': () => jsonResponse({ id: 'mfl_9', filename: 'display.jpg', contentType: 'image/jpeg', size: 2_000, createdAt: '2026-11-20T10:00:00.000Z' }, 201),
      'POST /work-orders/:id/messages': () => jsonResponse({ ...withFiles('m2', 'Alstublieft'), files: [{ id: 'mfl_9', filename: 'display.jpg', contentType: 'image/jpeg', size: 2_000, createdAt: '2026-11-20T10:00:00.000Z' }] }, 201),
      'GET /work-orders/:id/messages/:message/files/:file': photo,
    });
    const thread = await mount();
    await waitUntil(() => thread.shadowRoot!.querySelector('kp-photo-picker'), 'the picker');
    const picker = thread.shadowRoot!.querySelector<HTMLElement & { whenSettled(): Promise<void> }>('kp-photo-picker');
    const input = picker!.shadowRoot!.querySelector<HTMLInputElement>('#choose')!;
    const transfer = new DataTransfer();
    transfer.items.add(await photoFile(30, 20, 'display.png'));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await picker!.whenSettled();
    const box = thread.shadowRoot!.querySelector('textarea')!;
    box.value = 'Alstublieft';
    box.dispatchEvent(new InputEvent('input'));
    thread.shadowRoot!.querySelector<HTMLButtonElement>('[part="send"]')!.click();
    await waitUntil(() => thread.shadowRoot!.querySelectorAll('[part="files"] kp-protected-image').length === 1, 'the photo shows with the message');
    const posts = api.calls.filter((call) => call.method === 'POST');
    expect(posts.map((call) => call.path)).to.deep.equal(['/work-orders/wo_1/messages/files', '/work-orders/wo_1/messages']);
    expect(posts[1]!.body).to.deep.equal({ body: 'Alstublieft', fileIds: ['mfl_9'] });
    expect(picker!.shadowRoot!.querySelectorAll('[part="preview"]')).to.have.length(0);
  });

  it('in the console, shows the files by their URL and uploads through the raw body', async () => {
    const sent: { path: string; type: string }[] = [];
    const consoleLike: ThreadClient = {
      request: async <T,>(method: string) => (method === 'GET' ? page([withFiles('m1', 'Foto')]) : message('m2', 'ok', 'business')) as T,
      send: async <T,>(_method: string, path: string, body: Blob) => {
        sent.push({ path, type: body.type });
        return { id: 'mfl_3' } as T;
      },
      url: (path: string) => `/api/v1${path}`,
    };
    const thread = await fixture<MessageThread>(html`<kp-message-thread side="business" .client=${consoleLike} path="/admin/requests/req_1/messages"></kp-message-thread>`);
    await waitUntil(() => thread.shadowRoot!.querySelector('[part="files"] img'), 'the photo');
    const image = thread.shadowRoot!.querySelector<HTMLImageElement>('[part="files"] img');
    expect(image!.getAttribute('src')).to.equal('/api/v1/admin/requests/req_1/messages/m1/files/mfl_1');
    expect(thread.shadowRoot!.querySelector<HTMLAnchorElement>('[part="files"] a[download]')!.textContent).to.equal('bon.pdf');
    expect(thread.shadowRoot!.querySelector('kp-photo-picker'), 'the business can attach too').to.not.equal(null);
    expect(sent).to.have.length(0);
  });
});
