// A webhook receiver on 127.0.0.1 for tests: records what it is sent and answers as the test decides.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  body: string;
  signature: string | undefined;
  contentType: string | undefined;
  host: string | undefined;
}

export class Receiver {
  readonly received: Received[] = [];
  answer: (request: IncomingMessage) => number | 'hang' | { status: number; location: string } = () => 200;
  #server: Server | undefined;
  url = '';

  async start(): Promise<void> {
    this.#server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        this.received.push({ body, signature: request.headers['klantportaal-signature'] as string | undefined, contentType: request.headers['content-type'], host: request.headers.host });
        const status = this.answer(request);
        if (status === 'hang') return;
        if (typeof status === 'object') response.writeHead(status.status, { Location: status.location }).end();
        else response.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.#server!.address() as AddressInfo).port}/hooks`;
  }

  async stop(): Promise<void> {
    this.#server?.closeAllConnections();
    await new Promise<void>((resolve) => this.#server?.close(() => resolve()) ?? resolve());
  }
}

