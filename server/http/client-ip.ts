// The client's address, for throttling and the audit trail.
import { isIP } from 'node:net';
import type { Context } from 'hono';
import type { AppEnv } from './env.js';

/**
 * The socket's peer address; behind `hops` trusted reverse proxies (KP_TRUST_PROXY) the X-Forwarded-For entry the
 * outermost of them appended instead: the hops-th from the right. Every entry left of it was written by the client.
 * Requests without a socket (app.request in tests) may pass `{ incoming: { socket: { remoteAddress } } }` as env.
 */
export function clientIp(c: Context<AppEnv>): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  const peer = env?.incoming?.socket?.remoteAddress ?? 'unknown';
  return forwardedClientAddress(c.req.header('X-Forwarded-For'), c.var.deps.config.trustProxy) ?? peer;
}

/**
 * The address `hops` proxies vouch for, or undefined when there is none to trust: no proxies configured, fewer
 * entries than proxies (the request did not pass through all of them), or the entry is not an IP address. Never falls
 * back to another entry, since those further left are the client's own.
 */
export function forwardedClientAddress(header: string | undefined, hops: number): string | undefined {
  if (hops < 1 || !header) return undefined;
  const entries = header.split(',');
  if (entries.length < hops) return undefined;
  return ipAddressOf(entries[entries.length - hops]!.trim());
}

/** An IP address from a forwarded entry, without the port some proxies add (`192.0.2.1:5123`, `[2001:db8::1]:443`). */
function ipAddressOf(entry: string): string | undefined {
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(entry);
  const withPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}$/.exec(entry);
  const address = bracketed?.[1] ?? withPort?.[1] ?? entry;
  return isIP(address) === 0 ? undefined : address.toLowerCase();
}
