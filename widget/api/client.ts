// The typed client for the portal API.

export interface PortalConfig {
  portal: { slug: string; name: string; locale: 'nl' | 'en'; homeUrl: string | null };
  branding: { primaryColor: string; logoUrl: string | null };
  features: Record<string, boolean>;
  requestForm: {
    workTypes: { id: string; label: { nl: string; en: string } }[];
    requireTerms: boolean;
    termsUrl: string | null;
    checklist: { id: string; label: { nl: string; en: string } }[];
  };
  auth: { password: boolean; magicLink: boolean; sso: boolean };
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

  async getConfig(signal?: AbortSignal): Promise<PortalConfig> {
    return this.request<PortalConfig>('GET', '/config', undefined, signal);
  }

  async request<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
    let response: Response;
    try {
      response = await fetch(this.url(path), {
        method,
        signal,
        credentials: 'include',
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new PortalApiError(0, 'network', 'The portal could not be reached. Check your connection and try again.');
    }
    if (response.status === 204) return undefined as T;
    const data: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const error = (data as ApiErrorBody | undefined)?.error;
      throw new PortalApiError(response.status, error?.code ?? 'internal', error?.message ?? response.statusText, error?.details);
    }
    return data as T;
  }
}
