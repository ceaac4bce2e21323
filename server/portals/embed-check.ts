// Whether a business's page can show its portal: the home URL is set, its origin is allowed to call the API, and it
// answers. The home URL is the business's choice, so reaching it is guarded exactly like a webhook delivery: only
// http(s), every address of every hop checked right before connecting (no private, loopback or metadata address),
// a short timeout, a few redirects at most and each one checked again.
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { deliverableAddresses, ForbiddenDestinationError, type HostResolver, type ResolvedAddress } from '../webhooks/addresses.js';
import type { PortalSettings } from './settings.js';

export type ReachOutcome = 'not_checked' | 'answered' | 'refused' | 'unreachable' | 'timeout' | 'too_many_redirects';

export interface EmbedCheck {
  homeUrl: string | null;
  homeOrigin: string | null;
  /** null when there is no home URL to judge. */
  originAllowed: boolean | null;
  allowedOrigins: string[];
  reach: {
    outcome: ReachOutcome;
    /** The URL that answered last, after any redirects. */
    finalUrl: string | null;
    httpStatus: number | null;
    redirects: number;
    /** Whether the HTML the page served names this portal's element; null when no HTML was read. */
    widgetFound: boolean | null;
    detail: string | null;
  };
}

export interface ReachOptions {
  resolve: HostResolver;
  allowPrivate: boolean;
  timeoutMs?: number;
  maxRedirects?: number;
}

const maxHtmlBytes = 512 * 1024;

interface Hop {
  status: number;
  location: string | null;
  html: string | null;
}

function get(url: URL, addresses: ResolvedAddress[], signal: AbortSignal): Promise<Hop> {
  const lookup: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, addresses);
    else callback(null, addresses[0]!.address, addresses[0]!.family);
  };
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<Hop>((resolve, reject) => {
    const request = send(
      url,
      {
        method: 'GET',
        headers: { 'User-Agent': 'Klantportaal-EmbedCheck/1', Accept: 'text/html', 'Accept-Encoding': 'identity' },
        agent: false,
        lookup,
        signal,
      },
      (response) => {
        const status = response.statusCode ?? 0;
        const location = typeof response.headers.location === 'string' ? response.headers.location : null;
        const isHtml = /text\/html|application\/xhtml/i.test(String(response.headers['content-type'] ?? ''));
        if (status >= 300 || !isHtml) {
          response.destroy();
          resolve({ status, location, html: null });
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        const finish = () => resolve({ status, location, html: Buffer.concat(chunks).toString('utf8') });
        response.on('data', (chunk: Buffer) => {
          chunks.push(chunk);
          size += chunk.byteLength;
          if (size >= maxHtmlBytes) {
            response.destroy();
            finish();
          }
        });
        response.on('end', finish);
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end();
  });
}

function mentionsPortal(html: string, slug: string): boolean {
  const element = /<klant-portaal\b[^>]*>/gi;
  for (const tag of html.match(element) ?? []) {
    if (new RegExp(`\\bportal\\s*=\\s*["']?${slug}["'\\s>/]`, 'i').test(tag)) return true;
  }
  return false;
}

/** Fetches the home URL as a browser would open it, and reports what came back. */
export async function reachHomeUrl(homeUrl: string, slug: string, options: ReachOptions): Promise<EmbedCheck['reach']> {
  const timeoutMs = options.timeoutMs ?? 5_000;
  const maxRedirects = options.maxRedirects ?? 3;
  const signal = AbortSignal.timeout(timeoutMs);
  let url = new URL(homeUrl);
  let redirects = 0;
  const result = (outcome: ReachOutcome, rest: Partial<EmbedCheck['reach']> = {}): EmbedCheck['reach'] => ({
    outcome,
    finalUrl: url.href,
    httpStatus: null,
    redirects,
    widgetFound: null,
    detail: null,
    ...rest,
  });
  try {
    for (;;) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return result('refused', { detail: `only http and https are followed, not ${url.protocol}` });
      const addresses = await deliverableAddresses(url, options.resolve, options.allowPrivate);
      const hop = await get(url, addresses, signal);
      if (hop.status >= 300 && hop.status < 400 && hop.location) {
        if (redirects >= maxRedirects) return result('too_many_redirects', { httpStatus: hop.status, detail: `more than ${maxRedirects} redirects` });
        redirects += 1;
        url = new URL(hop.location, url);
        continue;
      }
      return result('answered', { httpStatus: hop.status, widgetFound: hop.html === null ? null : mentionsPortal(hop.html, slug) });
    }
  } catch (error) {
    if (error instanceof ForbiddenDestinationError) return result('refused', { detail: error.message });
    const name = error instanceof Error ? error.name : '';
    if (name === 'TimeoutError' || name === 'AbortError' || signal.aborted) return result('timeout', { detail: `no answer within ${timeoutMs} ms` });
    const message = error instanceof Error ? String((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    return result('unreachable', { detail: message.slice(0, 300) });
  }
}

/** Every check of the embed, from the portal's saved settings; the home URL is only fetched when it is set. */
export async function checkEmbed(slug: string, settings: PortalSettings, options: ReachOptions): Promise<EmbedCheck> {
  const homeOrigin = settings.homeUrl ? new URL(settings.homeUrl).origin : null;
  const notChecked: EmbedCheck['reach'] = { outcome: 'not_checked', finalUrl: null, httpStatus: null, redirects: 0, widgetFound: null, detail: 'no home URL is set' };
  return {
    homeUrl: settings.homeUrl,
    homeOrigin,
    originAllowed: homeOrigin === null ? null : settings.allowedOrigins.includes(homeOrigin),
    allowedOrigins: [...settings.allowedOrigins],
    reach: settings.homeUrl ? await reachHomeUrl(settings.homeUrl, slug, options) : notChecked,
  };
}
