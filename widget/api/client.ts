// The typed client for the portal API: every call of the widget goes through it.

export interface PortalConfig {
  portal: { slug: string; name: string; locale: 'nl' | 'en'; homeUrl: string | null };
  branding: { primaryColor: string; logoUrl: string | null };
  features: {
    requests: boolean;
    workOrders: boolean;
    quotes: boolean;
    invoices: boolean;
    objects: boolean;
    documents: boolean;
    orders: boolean;
    messages: boolean;
    guestRequests: boolean;
    contacts: boolean;
  };
  requestForm: {
    workTypes: { id: string; label: { nl: string; en: string } }[];
    requireTerms: boolean;
    termsUrl: string | null;
    checklist: { id: string; label: { nl: string; en: string } }[];
  };
  auth: { password: boolean; magicLink: boolean; sso: boolean };
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface ApiErrorBody {
  error: { code: string; message: string; details?: { path?: string; message: string }[] };
}

export class PortalApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: { path?: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'PortalApiError';
  }
}

export interface RequestOptions {
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

/** The API base: the origin the widget script was loaded from, unless the page says otherwise. */
export function defaultApiBase(scriptUrl: string): string {
  return new URL('/', scriptUrl).origin;
}

export class PortalClient {
  constructor(
    readonly apiBase: string,
    readonly slug: string,
  ) {}

  url(path: string): string {
    return `${this.apiBase.replace(/\/$/, '')}/api/v1/portal/${encodeURIComponent(this.slug)}${path}`;
  }

  getConfig(signal?: AbortSignal): Promise<PortalConfig> {
    return this.request<PortalConfig>('GET', '/config', undefined, { signal });
  }

  /** A JSON call; answers the parsed body, or throws PortalApiError with the server's error. */
  async request<T>(method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
    const response = await this.send(path, {
      method,
      signal: options.signal,
      headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...options.headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.status === 204 || response.status === 202 && response.headers.get('content-length') === '0') return undefined as T;
    return (await response.json()) as T;
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

  protected async send(path: string, init: RequestInit): Promise<Response> {
    let response: Response;
    try {
      response = await fetch(this.url(path), { ...init, credentials: 'include' });
    } catch (error) {
      if (init.signal?.aborted) throw error;
      throw new PortalApiError(0, 'network', 'The portal could not be reached.');
    }
    if (!response.ok) {
      const data = (await response.json().catch(() => undefined)) as ApiErrorBody | undefined;
      throw new PortalApiError(response.status, data?.error?.code ?? 'internal', data?.error?.message ?? response.statusText, data?.error?.details);
    }
    return response;
  }
}
