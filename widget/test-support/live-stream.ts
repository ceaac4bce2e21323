// A fake of the portal's event stream for widget tests: each GET /events opens a stream the test writes events to,
// and the Last-Event-ID each connection sent is kept.
import { PortalClient } from '../api/client.js';
import type { PortalEvent } from '../api/events.js';
import { jsonResponse, type MockApi, type RecordedCall } from './mock-api.js';
import { user } from '../views/view-fixtures.js';

const encoder = new TextEncoder();

export class FakeEventStream {
  /** The Last-Event-ID of each connection, null when none was sent. */
  readonly connections: (string | null)[] = [];
  #controller: ReadableStreamDefaultController<Uint8Array> | null = null;
  #nextId = 1;

  /** The mock route's handler: `api.on('GET /events', stream.handler)`. */
  readonly handler = (call: RecordedCall) => {
    this.connections.push(call.headers.get('last-event-id'));
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => {
        this.#controller = controller;
        controller.enqueue(encoder.encode('retry: 3000\n\n'));
      },
    });
    return new Response(body, { headers: { 'Content-Type': 'text/event-stream' } });
  };

  get open(): boolean {
    return this.#controller !== null;
  }

  /** Sends one event on the open stream; answers its id. */
  send(event: Omit<PortalEvent, 'id' | 'createdAt'> & { createdAt?: string }): string {
    const id = String(this.#nextId++);
    const full = { createdAt: '2026-11-21T10:00:00.000Z', ...event, id };
    this.#controller!.enqueue(encoder.encode(`id: ${id}\ndata: ${JSON.stringify(full)}\n\n`));
    return id;
  }

  /** Ends the open stream, as a server that restarts would. */
  end(): void {
    this.#controller?.close();
    this.#controller = null;
  }
}

/** `client` (a new one when not given) signed in as the fixtures' contact, through the mock's sign-in route. */
export async function signedInClient(api: MockApi, client = new PortalClient('https://api.test', 'demo')): Promise<PortalClient> {
  api.on('POST /auth/login', () => jsonResponse({ accessToken: 'token-of-anna', expiresIn: 600, user }));
  await client.login(user.email, 'een wachtwoord');
  return client;
}
