// The typed client for the portal API: every call of the widget goes through it. It holds the signed-in contact's
// access token (in memory only: never in storage, the URL or an attribute) and renews it through the refresh cookie.
import type { ApiErrorBody, ApiErrorDetail, Body, PortalConfig, PortalUser, SignInAnswer } from './types.js';

export type { ApiErrorBody, ApiErrorDetail, Page, PortalConfig, PortalUser, SignInAnswer } from './types.js';

export class PortalApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ApiErrorDetail[] = [],
    /** Seconds to wait before trying again, from `Retry-After` on a 429. */
    readonly retryAfter: number | null = null,
  ) {
    super(message);
    this.name = 'PortalApiError';
  }
}

export interface RequestOptions {
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

/** Why the session changed: a sign-in of any kind, a restore after reload, or its end. */
export type SessionCause = 'login' | 'restore' | 'logout' | 'expired';

export type SessionChangeEvent = CustomEvent<{ user: PortalUser | null; cause: SessionCause }>;

/** Returns a fresh identity token signed by the business's own site for its signed-in user, or null when there is none. */
export type IdentityProvider = () => Promise<string | null | undefined>;

/** The API base: the origin the widget script was loaded from, unless the page says otherwise. */
export function defaultApiBase(scriptUrl: string): string {
  return new URL('/', scriptUrl).origin;
}

// The server checks this header on the cookie routes: a cross-site form cannot send it.
export const csrfHeader = { 'X-Requested-With': 'klantportaal' };
const refreshesInFlight = new Map<string, Promise<SignInAnswer | null>>();
// Renew a little before the token runs out, so a call does not travel with a token that expires on the way.
const renewMargin = 20_000;

/**
 * @fires sessionchange - {@link SessionChangeEvent}: someone signed in, the session was restored, or it ended.
 */
export class PortalClient extends EventTarget {
  /** The language the server should write its messages in. */
  locale: 'nl' | 'en' | null = null;
  /** Signs in through the business's own site when the refresh cookie is gone (Safari, a new device). */
  identityProvider: IdentityProvider | null = null;

  #token: string | null = null;
  #expiresAt = 0;
  #user: PortalUser | null = null;
  #renewal: Promise<PortalUser | null> | null = null;
  /** A read-only preview token of the business: it is never renewed, so the session ends when it expires. */
  #preview = false;

  constructor(
    readonly apiBase: string,
    readonly slug: string,
  ) {
    super();
  }

  /** Calls `listener` on every sign-in, restore and sign-out; answers a function that stops it. */
  onSessionChange(listener: (event: SessionChangeEvent) => void): () => void {
    const handler = (event: Event) => listener(event as SessionChangeEvent);
    this.addEventListener('sessionchange', handler);
    return () => this.removeEventListener('sessionchange', handler);
  }

  /** The signed-in contact, or null. */
  get user(): PortalUser | null {
    return this.#user;
  }

  url(path: string): string {
    return `${this.apiBase.replace(/\/$/, '')}/api/v1/portal/${encodeURIComponent(this.slug)}${path}`;
  }

  /** The portal's configuration; `origin_not_allowed` when the server answers but not to this page's origin. */
  async getConfig(signal?: AbortSignal): Promise<PortalConfig> {
    try {
      return await this.request<PortalConfig>('GET', '/config', undefined, { signal });
    } catch (error) {
      if (error instanceof PortalApiError && error.code === 'network' && (await this.serverAnswers())) {
        throw new PortalApiError(0, 'origin_not_allowed', 'The portal does not answer pages of this origin.');
      }
      throw error;
    }
  }

  /** A request that needs no CORS: when it gets through and the config call did not, CORS refused this page's origin. */
  private async serverAnswers(): Promise<boolean> {
    try {
      await fetch(`${this.apiBase.replace(/\/$/, '')}/healthz`, { mode: 'no-cors', cache: 'no-store', credentials: 'omit' });
      return true;
    } catch {
      return false;
    }
  }

  /** A JSON call; answers the parsed body, or throws PortalApiError with the server's error. */
  async request<T>(method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
    const response = await this.send(path, {
      method,
      signal: options.signal,
      headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...options.headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /** A multipart upload (photos); the browser sets the boundary. */
  async upload<T>(path: string, form: FormData, options: RequestOptions = {}): Promise<T> {
    const response = await this.send(path, { method: 'POST', body: form, signal: options.signal, headers: options.headers });
    return (await response.json()) as T;
  }

  /** A file the API serves only to a signed-in contact (PDFs, photos): fetched with the token, never a bare link. */
  async download(path: string, signal?: AbortSignal): Promise<{ blob: Blob; filename: string }> {
    const response = await this.send(path, { method: 'GET', signal });
    const disposition = response.headers.get('content-disposition') ?? '';
    const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
    const plain = /filename="([^"]+)"/i.exec(disposition)?.[1];
    return { blob: await response.blob(), filename: encoded ? decodeURIComponent(encoded) : (plain ?? 'download') };
  }

  /** A streamed answer (the live updates), its body left unread: sent with the token and renewed like every call. */
  stream(path: string, options: RequestOptions = {}): Promise<Response> {
    return this.send(path, { method: 'GET', signal: options.signal, headers: options.headers });
  }

  // ── Signing in and out ────────────────────────────────────────────────────────────────────────────────────────

  login(email: string, password: string): Promise<PortalUser> {
    return this.signIn('/auth/login', { email, password });
  }

  /**
   * Signs in through a sign-in route (`/auth/login`, and those of a mail's link: link-calls.ts): the answer's session
   * becomes this client's, and listeners hear of it.
   */
  async signIn(path: string, body: unknown): Promise<PortalUser> {
    const user = await this.exchange(path, body);
    this.announce(user, 'login');
    return user;
  }

  /** Always answers 202, whether or not the address is known: the server gives nothing away. */
  async requestMagicLink(email: string): Promise<void> {
    await this.request('POST', '/auth/magic-link', { email }, { headers: csrfHeader });
  }

  async requestPasswordReset(email: string): Promise<void> {
    await this.request('POST', '/auth/password-reset', { email }, { headers: csrfHeader });
  }

  /** Signs in with the identity token of the business's site; null when its identity provider has no signed-in user. */
  async signInWithIdentityProvider(): Promise<PortalUser | null> {
    const user = await this.exchangeIdentityToken();
    if (user) this.announce(user, 'login');
    return user;
  }

  /**
   * After a reload: a new access token through the refresh cookie, else through the identity provider. Null when
   * neither gives one, which means: show the sign-in screen.
   */
  async restore(): Promise<PortalUser | null> {
    const user = await this.renew();
    if (user) this.announce(user, 'restore');
    return user;
  }

  /**
   * "View as this customer": reads the portal with the business's read-only preview token instead of a sign-in; the
   * server refuses every write made with it. Answers the contact it reads as.
   */
  async startPreview(accessToken: string, expiresIn: number): Promise<PortalUser> {
    this.#preview = true;
    this.#token = accessToken;
    this.#expiresAt = Date.now() + expiresIn * 1000;
    const user = await this.request<PortalUser>('GET', '/me');
    this.#user = user;
    this.announce(user, 'restore');
    return user;
  }

  /** Ends the session on the server and here; here even when the server cannot be reached. */
  async logout(): Promise<void> {
    const hadSession = this.#user !== null;
    try {
      // The bearer token names the session too, for a browser that keeps no cookie for the portal (Safari).
      await this.fetchJson('/auth/logout', withToken({ method: 'POST', headers: csrfHeader }, this.#token));
    } catch {
      // The access token dies with this page and expires within minutes; the cookie is the server's to clear.
    } finally {
      this.forget();
      if (hadSession) this.announce(null, 'logout');
    }
  }

  // ── The signed-in contact ─────────────────────────────────────────────────────────────────────────────────────

  async updateMe(changes: Body<'patchPortalSlugMe'>): Promise<PortalUser> {
    const user = await this.request<PortalUser>('PATCH', '/me', changes);
    this.#user = user;
    return user;
  }

  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    await this.request('POST', '/me/password', { currentPassword, newPassword });
  }

  // ── Transport ─────────────────────────────────────────────────────────────────────────────────────────────────

  protected async send(path: string, init: RequestInit): Promise<Response> {
    if (!needsToken(path)) return this.fetchJson(path, init);
    if (this.#token && Date.now() > this.#expiresAt - renewMargin) await this.renewOrEnd();
    const sentWith = this.#token;
    try {
      return await this.fetchJson(path, withToken(init, sentWith));
    } catch (error) {
      if (!(error instanceof PortalApiError) || error.status !== 401 || sentWith === null) throw error;
    }
    // The token was refused: renewed by a parallel call meanwhile, or renew it now; then one more try.
    if (this.#token === sentWith) await this.renewOrEnd();
    if (!this.#token) throw new PortalApiError(401, 'unauthorized', 'Please sign in again.');
    try {
      return await this.fetchJson(path, withToken(init, this.#token));
    } catch (error) {
      if (error instanceof PortalApiError && error.status === 401) this.end();
      throw error;
    }
  }

  /** One renewal at a time: parallel calls that find their token refused all wait for the same one. */
  private renew(): Promise<PortalUser | null> {
    if (this.#preview) return Promise.resolve(null);
    this.#renewal ??= this.renewOnce().finally(() => {
      this.#renewal = null;
    });
    return this.#renewal;
  }

  private async renewOnce(): Promise<PortalUser | null> {
    try {
      const answer = await this.refreshShared();
      if (answer) return this.accept(answer);
    } catch (error) {
      if (!(error instanceof PortalApiError) || (error.status !== 401 && error.status !== 403)) throw error;
    }
    try {
      return await this.exchangeIdentityToken();
    } catch (error) {
      if (error instanceof PortalApiError && (error.status === 401 || error.status === 403)) return null;
      throw error;
    }
  }

  /**
   * The refresh token is rotated on every use and a second use of the old one ends the session: two portal elements
   * of one portal on a page (or two clients) must not race with the same cookie, so they share one refresh.
   */
  private refreshShared(): Promise<SignInAnswer | null> {
    const key = this.url('/auth/refresh');
    let pending = refreshesInFlight.get(key);
    if (!pending) {
      // 204: no session for this cookie, or no cookie.
      pending = this.fetchJson('/auth/refresh', { method: 'POST', headers: csrfHeader }).then((response) =>
        response.status === 204 ? null : (response.json() as Promise<SignInAnswer>),
      );
      refreshesInFlight.set(key, pending);
      const forget = () => refreshesInFlight.delete(key);
      pending.then(forget, forget);
    }
    return pending;
  }

  private async renewOrEnd(): Promise<void> {
    const user = await this.renew();
    if (!user) this.end();
  }

  private async exchange(path: string, body: unknown): Promise<PortalUser> {
    const response = await this.fetchJson(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...csrfHeader },
      body: JSON.stringify(body),
    });
    return this.accept((await response.json()) as SignInAnswer);
  }

  private async exchangeIdentityToken(): Promise<PortalUser | null> {
    if (!this.identityProvider) return null;
    const identityToken = await this.identityProvider();
    if (!identityToken) return null;
    return this.exchange('/auth/sso', { identityToken });
  }

  private accept(answer: SignInAnswer): PortalUser {
    if (typeof answer?.accessToken !== 'string' || typeof answer.user?.id !== 'string') {
      throw new PortalApiError(502, 'internal', 'The sign-in answer was not understood.');
    }
    this.#token = answer.accessToken;
    this.#expiresAt = Date.now() + answer.expiresIn * 1000;
    this.#user = answer.user;
    return answer.user;
  }

  private forget(): void {
    this.#token = null;
    this.#expiresAt = 0;
    this.#user = null;
  }

  /** The session is gone (expired, revoked, the contact disabled): back to the sign-in screen. */
  private end(): void {
    if (this.#user === null && this.#token === null) return;
    this.forget();
    this.announce(null, 'expired');
  }

  private announce(user: PortalUser | null, cause: SessionCause): void {
    this.dispatchEvent(new CustomEvent('sessionchange', { detail: { user, cause } }));
  }

  private async fetchJson(path: string, init: RequestInit): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.locale && !headers.has('Accept-Language')) headers.set('Accept-Language', this.locale);
    let response: Response;
    try {
      response = await fetch(this.url(path), { ...init, headers, credentials: 'include' });
    } catch (error) {
      if (init.signal?.aborted) throw error;
      throw new PortalApiError(0, 'network', 'The portal could not be reached.');
    }
    if (!response.ok) {
      const data = (await response.json().catch(() => undefined)) as ApiErrorBody | undefined;
      const retryAfter = Number.parseInt(response.headers.get('retry-after') ?? '', 10);
      throw new PortalApiError(
        response.status,
        data?.error?.code ?? (response.status >= 500 ? 'internal' : 'unknown'),
        data?.error?.message ?? response.statusText,
        data?.error?.details,
        Number.isFinite(retryAfter) ? retryAfter : null,
      );
    }
    return response;
  }
}

/** The public routes and the sign-in routes go without a bearer token; everything else needs one. */
function needsToken(path: string): boolean {
  return !/^\/(config|guest-requests|auth\/)/.test(path);
}

function withToken(init: RequestInit, token: string | null): RequestInit {
  if (!token) return init;
  const headers = new Headers(init.headers);
  headers.set('Authorization', `Bearer ${token}`);
  return { ...init, headers };
}
