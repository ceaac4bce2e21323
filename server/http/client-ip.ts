// The client's address, for throttling and the audit trail.
import type { Context } from 'hono';
import type { AppEnv } from './env.js';

/**
 * The socket's peer address; behind a reverse proxy (KP_TRUST_PROXY=1) the first X-Forwarded-For entry instead.
 * Requests without a socket (app.request in tests) may pass `{ incoming: { socket: { remoteAddress } } }` as env.
 */
export function clientIp(c: Context<AppEnv>): string {
  if (c.var.deps.config.trustProxy) {
    const forwarded = c.req.header('X-Forwarded-For')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}
