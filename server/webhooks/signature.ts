// Klantportaal-Signature: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`, keyed with the endpoint's secret.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const signatureHeaderName = 'Klantportaal-Signature';

/** Receivers should refuse signatures older than this, so a captured delivery cannot be replayed later. */
export const defaultToleranceSeconds = 5 * 60;

export function signatureFor(secret: string, body: string, timestampSeconds: number): string {
  const digest = createHmac('sha256', secret).update(`${timestampSeconds}.${body}`).digest('hex');
  return `t=${timestampSeconds},v1=${digest}`;
}

/**
 * What a receiver does: recompute the HMAC over the raw body it received and compare in constant time; a header may
 * carry several v1 values while a secret is being rotated.
 */
export function verifySignature(
  secret: string,
  header: string | null | undefined,
  body: string,
  options: { toleranceSeconds?: number; nowSeconds?: number } = {},
): boolean {
  if (!header) return false;
  const parts = header.split(',').map((part) => part.trim().split('=') as [string, string | undefined]);
  const timestamp = Number(parts.find(([name]) => name === 't')?.[1]);
  const signatures = parts.filter(([name, value]) => name === 'v1' && value).map(([, value]) => value!);
  if (!Number.isInteger(timestamp) || signatures.length === 0) return false;
  const now = options.nowSeconds ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - timestamp) > (options.toleranceSeconds ?? defaultToleranceSeconds)) return false;
  const expected = Buffer.from(signatureFor(secret, body, timestamp).split('v1=')[1]!, 'hex');
  return signatures.some((signature) => {
    const given = Buffer.from(signature, 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
