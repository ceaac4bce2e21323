// What the two live-update routes share: their inputs, their documented answers, and the streamed response itself.
import { ServerResponse } from 'node:http';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { Context } from 'hono';
import type { AppEnv } from '../http/env.js';
import { failure, headers, z } from '../http/openapi.js';
import { eventHubOf, type StreamRequest } from './hub.js';
import { eventStreamHeaders, eventStreamQuery } from './schemas.js';

export const eventStreamInputs = { query: eventStreamQuery, headers: eventStreamHeaders };

export const eventStreamDescription =
  'A text/event-stream: each event is an id: line with its id and a data: line with the event as JSON ' +
  '({id, type, createdAt, data}), without event: lines, so EventSource’s onmessage gets every type. A comment line ' +
  'every 25 seconds keeps proxies from closing a quiet stream. After a break, reconnect with the last id as ' +
  'Last-Event-ID (EventSource does so by itself) or ?lastEventId=: the events since then come first, from a log kept ' +
  '24 hours. The stream ends when the session behind it ends; reconnecting then answers 401.';

/** The answers of a live-update route, with the schema of one event's data line. */
export function eventStreamResponses(event: z.ZodType) {
  return {
    200: {
      description: 'The stream: one event per id:/data: pair, comment lines in between',
      content: { 'text/event-stream': { schema: event } },
    },
    429: failure('Too many streams open: by this caller, or on this server (Retry-After says when to try again)', 'rate_limited'),
    503: { ...failure('The server is shutting down: connect again, another server takes it', 'unavailable'), headers: headers.retryAfter },
  };
}

/** The id to resume after: the header first, as EventSource sends the id it saw last while the URL keeps the old one. */
export function resumeAfter(query: z.output<typeof eventStreamQuery>, header: z.output<typeof eventStreamHeaders>): number | undefined {
  const value = header['last-event-id'] ?? query.lastEventId;
  return value === undefined ? undefined : Number(value);
}

const streamHeaders = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  'Cache-Control': 'no-store',
  // nginx and similar proxies would otherwise hold the events back in a buffer.
  'X-Accel-Buffering': 'no',
  // The connection is not reused after a stream ends, so a server that is shutting down need not wait on it.
  Connection: 'close',
};

/** The header by which @hono/node-server knows that the handler has answered on the Node response itself. */
const alreadySent: Record<string, string> = Object.fromEntries(RESPONSE_ALREADY_SENT.headers);

/** The response of the Node server the request came in on (HTTP/1.1), when there is one. */
function nodeResponseOf(c: Context<AppEnv>): ServerResponse | undefined {
  const outgoing = (c.env as { outgoing?: unknown } | undefined)?.outgoing;
  return outgoing instanceof ServerResponse ? outgoing : undefined;
}

/** Opens the stream on this process's hub and answers with it. */
export async function streamEvents(c: Context<AppEnv>, request: StreamRequest): Promise<Response> {
  const response = nodeResponseOf(c);
  const stream = await eventHubOf(c.var.deps).open(request, response);
  if (!stream.body) {
    // The stream writes to the Node response itself; the answer only tells the adapter so. The head goes out once the
    // middleware has added its own headers (security headers, the request id), which it does before the next turn
    // of the event loop.
    const answer = c.body(null, 200, { ...streamHeaders, ...alreadySent });
    // The adapter sends an answer made of null or a string by itself, whatever its headers say; only once made into a
    // full Response (as reading its body does) does it reach the adapter's check for the already-sent header.
    void answer.body;
    setImmediate(() => {
      const headers: Record<string, string> = {};
      for (const [name, value] of c.res.headers) if (!(name in alreadySent)) headers[name] = value;
      stream.start(headers);
    });
    return answer;
  }
  return c.body(stream.body, 200, streamHeaders);
}
