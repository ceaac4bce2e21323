// Starting and stopping the HTTP server: listen, and on shutdown drain in-flight requests within a deadline.
import { serve, type ServerType } from '@hono/node-server';
import type { Server } from 'node:http';
import type { Hono } from 'hono';
import type { AppEnv, Lifecycle } from './http/env.js';
import type { Logger } from './http/logger.js';
import { endEventStreams } from './events/hub.js';

export interface RunningServer {
  server: ServerType;
  port: number;
  /** Stop accepting, let in-flight requests finish (or cut them at the deadline), then run `onClosed`. */
  shutdown(): Promise<void>;
}

export interface ListenOptions {
  host: string;
  port: number;
  lifecycle: Lifecycle;
  logger: Logger;
  shutdownTimeoutMs: number;
  onClosed?: () => Promise<void>;
}

export function listen(app: Hono<AppEnv>, options: ListenOptions): Promise<RunningServer> {
  return new Promise((resolveListening, rejectListening) => {
    const server = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, (info) => {
      let shuttingDown: Promise<void> | undefined;
      const shutdown = () =>
        (shuttingDown ??= new Promise<void>((done) => {
          options.lifecycle.draining = true;
          options.logger.info('shutting down', { deadlineMs: options.shutdownTimeoutMs });
          const httpServer = server as Server;
          const deadline = setTimeout(() => {
            options.logger.warn('shutdown deadline reached; closing remaining connections');
            httpServer.closeAllConnections();
          }, options.shutdownTimeoutMs);
          deadline.unref();
          httpServer.close(() => {
            clearTimeout(deadline);
            void (options.onClosed?.() ?? Promise.resolve()).finally(done);
          });
          httpServer.closeIdleConnections();
          // Live-update streams never finish on their own: end them, and their clients reconnect to another server.
          endEventStreams(options.lifecycle);
        }));
      resolveListening({ server, port: info.port, shutdown });
    });
    (server as Server).once('error', rejectListening);
    // Requests that arrive on a kept-alive connection while draining are answered, then the connection closes.
    (server as Server).on('request', (_request, response) => {
      if (options.lifecycle.draining) response.setHeader('Connection', 'close');
    });
  });
}
