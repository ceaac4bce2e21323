// The console's one way to the server: same-origin calls that carry the staff cookie, the header the server asks of
// every write made with it, and the server's errors as PortalApiError, so the widget's wording of them applies.
import { PortalApiError, type ApiErrorBody } from '../../api/client.js';
import type { Locale, LoginAnswer, StaffSession, TotpSetup } from './types.js';

export interface RequestOptions {
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

/**
 * Why the session is gone from the console's point of view: it ended (expired, signed out elsewhere, disabled), or
 * the business requires two-step sign-in and this person has not set it up yet.
 */
export type SessionEndCause = 'expired' | 'totp-required';
export type SessionEndEvent = CustomEvent<{ cause: SessionEndCause }>;

/** A cross-site form cannot send this header; the server refuses a write with the cookie that lacks it. */
export const csrfHeaders = { 'X-Requested-With': 'klantportaal-console' } as const;

// Routes a signed-out person calls: their 401 is a wrong password or link, not a session that ended.
const signedOutRoutes = /^\/console\/auth\/(login|mfa|password-reset|invite)/;

/**
 * @fires sessionend - {@link SessionEndEvent}: a call was refused because the session ended, or because two-step
 * sign-in must be set up first.
 */
export class ConsoleClient extends EventTarget {
  /** The language the server should write its messages in. */
  locale: Locale | null = null;

  /** `base` is where the API lives: the console is served by the same server, so a path on this origin. */
  constructor(readonly base = '/api/v1') {
    super();
  }

  url(path: string): string {
    return `${this.base}${path}`;
  }

  /** A JSON call; answers the parsed body, or throws PortalApiError with the server's error. */
  request<T>(method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
    return this.call(method, path, body === undefined ? undefined : { data: JSON.stringify(body), type: 'application/json' }, options);
  }

  /**
   * A call whose body is sent as it is (a PDF, a logo, a CSV file), with the blob's type as its `Content-Type`;
   * answers the parsed JSON body like `request`.
   */
  send<T>(method: string, path: string, body: Blob, options: RequestOptions = {}): Promise<T> {
    return this.call(method, path, { data: body, type: body.type || 'application/octet-stream' }, options);
  }

  private async call<T>(method: string, path: string, body: { data: BodyInit; type: string } | undefined, options: RequestOptions): Promise<T> {
    const headers = new Headers(options.headers);
    if (body !== undefined) headers.set('Content-Type', body.type);
    if (method !== 'GET' && method !== 'HEAD') for (const [name, value] of Object.entries(csrfHeaders)) headers.set(name, value);
    if (this.locale) headers.set('Accept-Language', this.locale);
    let response: Response;
    try {
      response = await fetch(this.url(path), {
        method,
        headers,
        body: body?.data,
        signal: options.signal,
        credentials: 'same-origin',
      });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      throw new PortalApiError(0, 'network', 'The server could not be reached.');
    }
    if (!response.ok) throw this.refusal(path, response, (await response.json().catch(() => undefined)) as ApiErrorBody | undefined);
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  private refusal(path: string, response: Response, data: ApiErrorBody | undefined): PortalApiError {
    const retryAfter = Number.parseInt(response.headers.get('retry-after') ?? '', 10);
    const error = new PortalApiError(
      response.status,
      data?.error?.code ?? (response.status >= 500 ? 'internal' : 'unknown'),
      data?.error?.message ?? response.statusText,
      data?.error?.details,
      Number.isFinite(retryAfter) ? retryAfter : null,
    );
    if (!signedOutRoutes.test(path)) {
      if (error.status === 401) this.endSession('expired');
      else if (error.status === 403 && error.details.some((detail) => detail.reason === 'totp_setup_required')) this.endSession('totp-required');
    }
    return error;
  }

  private endSession(cause: SessionEndCause): void {
    this.dispatchEvent(new CustomEvent('sessionend', { detail: { cause } }));
  }

  // ── Staff sign-in (design §8.1) ───────────────────────────────────────────────────────────────────────────────

  login(email: string, password: string, tenantId?: string): Promise<LoginAnswer> {
    return this.request('POST', '/console/auth/login', tenantId ? { email, password, tenantId } : { email, password });
  }

  /** The second step: a code from the authenticator app, or one of the recovery codes. */
  verifyMfa(challenge: string, code: string): Promise<StaffSession> {
    return this.request('POST', '/console/auth/mfa', { challenge, code });
  }

  /** The signed-in person, or null when there is no session (a first visit, or it ended). */
  async me(signal?: AbortSignal): Promise<StaffSession | null> {
    try {
      return await this.request<StaffSession>('GET', '/console/auth/me', undefined, { signal });
    } catch (error) {
      if (error instanceof PortalApiError && error.status === 401) return null;
      throw error;
    }
  }

  /** Ends the session on the server; the console forgets it even when the server cannot be reached. */
  async logout(): Promise<void> {
    await this.request('POST', '/console/auth/logout').catch(() => undefined);
  }

  /** Always answers, whether or not the address is known: the server gives nothing away. */
  async requestPasswordReset(email: string): Promise<void> {
    await this.request('POST', '/console/auth/password-reset', { email });
  }

  async confirmPasswordReset(token: string, password: string): Promise<void> {
    await this.request('POST', '/console/auth/password-reset/confirm', { token, password });
  }

  acceptInvite(token: string, password: string, name?: string): Promise<StaffSession> {
    return this.request('POST', '/console/auth/invite/accept', name ? { token, password, name } : { token, password });
  }

  startTotpSetup(): Promise<TotpSetup> {
    return this.request('POST', '/console/auth/totp/setup');
  }

  /** Turns two-step sign-in on; answers the ten recovery codes, shown this once. */
  confirmTotp(code: string): Promise<{ recoveryCodes: string[] }> {
    return this.request('POST', '/console/auth/totp/confirm', { code });
  }

  async disableTotp(code: string): Promise<void> {
    await this.request('POST', '/console/auth/totp/disable', { code });
  }

  /** The staff member's own name and language. */
  updateMe(changes: { name?: string; locale?: Locale }): Promise<StaffSession> {
    return this.request('PATCH', '/console/auth/me', changes);
  }

  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    await this.request('POST', '/console/auth/me/password', { currentPassword, newPassword });
  }
}
