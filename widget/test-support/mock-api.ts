// A fake portal API for widget tests: routes by method and path, records every call, restores fetch afterwards.

export interface RecordedCall {
  method: string;
  path: string;
  headers: Headers;
  body: unknown;
}

export type MockHandler = (call: RecordedCall) => Response | Promise<Response> | unknown;

export interface MockApi {
  calls: RecordedCall[];
  /** Replaces or adds a route: `mock.on('GET /requests', () => page([...]))`. */
  on(route: string, handler: MockHandler): void;
  restore(): void;
}

export const jsonResponse = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

export const errorResponse = (status: number, code: string, message: string, details?: { path?: string; message: string }[]) =>
  jsonResponse({ error: { code, message, ...(details ? { details } : {}) } }, status);

export const page = <T>(items: T[], nextCursor: string | null = null) => ({ items, nextCursor });

/** A promise that never settles, to hold a view in its pending state. */
export const never = () => new Promise<Response>(() => {});

/**
 * Routes are "METHOD /path" relative to /api/v1/portal/{slug}; `:id` segments match anything. A handler returns a
 * Response, or any value to be sent as JSON with status 200. Unmatched calls answer 404 in the API's error shape.
 */
export function mockApi(routes: Record<string, MockHandler> = {}): MockApi {
  const table = new Map(Object.entries(routes));
  const calls: RecordedCall[] = [];
  const realFetch = window.fetch;
  window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const path = url.pathname.replace(/^\/api\/v1\/portal\/[^/]+/, '') + url.search;
    const contentType = request.headers.get('content-type') ?? '';
    const body = contentType.includes('application/json')
      ? await request.json()
      : contentType.includes('multipart/form-data')
        ? await request.formData()
        : undefined;
    const call: RecordedCall = { method: request.method, path, headers: request.headers, body };
    calls.push(call);
    const pathOnly = path.split('?')[0]!;
    for (const [route, handler] of table) {
      const [method, pattern] = route.split(' ') as [string, string];
      const regex = new RegExp(`^${pattern.replace(/:[a-zA-Z]+/g, '[^/]+').replace(/\?/g, '\\?')}$`);
      if (method === request.method && (regex.test(pathOnly) || regex.test(path))) {
        const result = await handler(call);
        return result instanceof Response ? result : jsonResponse(result);
      }
    }
    return errorResponse(404, 'not_found', `No mock for ${request.method} ${path}`);
  };
  return {
    calls,
    on: (route, handler) => table.set(route, handler),
    restore: () => {
      window.fetch = realFetch;
    },
  };
}
