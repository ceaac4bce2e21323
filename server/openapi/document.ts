// Builds the OpenAPI 3.1 document from the routes' own definitions (createRoute beside each handler), with the
// security schemes and an operationId for every operation.
import type { OpenAPIHono } from '@hono/zod-openapi';

/** `get /api/v1/portal/{slug}/requests/{id}/messages` → `getPortalSlugRequestsIdMessages`. */
function operationId(method: string, path: string): string {
  const words = path.replace(/[{}]/g, '').replace(/^\/api\/v1\//, '/').split(/[/-]/).filter(Boolean);
  return `${method}${words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('')}`;
}

export interface DocumentOptions {
  serverUrl: string;
  version: string;
}

const tagDescriptions: Record<string, string> = {
  Operations: 'Health, readiness, the widget’s files and this document.',
  Portal: 'What the widget reads before anyone signs in: the portal’s name, branding, features and sign-in methods.',
  'Sign-in': 'How a contact signs in to a portal: password, sign-in link, invite, reset, SSO. Each success answers an access token and sets the refresh cookie.',
  Account: 'The signed-in contact: profile, password, colleagues.',
  'Customer data': 'What a signed-in customer reads of its own records.',
  Requests: 'Service requests (werkbon-aanvragen) and their photos; guest requests without an account.',
  Messages: 'The customer’s conversation with the business about a request or a work order.',
  'Live updates': 'A signed-in customer’s changes as they happen, as a text/event-stream.',
  'Back office: portals': 'Portal settings: what customers see.',
  'Back office: customers': 'Customers, their work addresses and their portal users.',
  'Back office: customer data': 'Records pushed by the back office with its own ids, as idempotent upserts.',
  'Back office: requests': 'The inbox of incoming requests, and moving them on.',
  'Booking visits': 'A signed-in customer’s free windows, its bookings, and moving or cancelling a planned visit.',
  'Back office: booking visits': 'Booking settings per portal, windows closed on a date, and the bookings staff confirm, decline or move.',
  'Back office: messages': 'Reading and answering the customers’ conversations.',
  'Back office: webhooks': 'Signed webhooks to the back office.',
  'Back office: audit': 'Who did what, and when.',
  'Back office: business': 'The business itself: its name, and whether all staff must sign in in two steps.',
  'Back office: staff': 'The people of the business who work in the console: invites, roles, status.',
  'Back office: API keys': 'The keys back-office systems call this API with: made, listed, revoked.',
  'Staff sign-in': 'How staff sign in to the console: password, two-step code or recovery code, invite and reset links; the session is a cookie.',
  'Back office: live updates': 'The business’s changes as they happen, as a text/event-stream.',
  'Back office: privacy': 'Everything the portal holds about one customer, as a download; erasing a customer or a portal user.',
  'Back office: stats': 'How the business is doing: requests per week, time to a first answer, accepted requests and quotes, portal users.',
};

export function buildOpenApiDocument(app: OpenAPIHono<any>, options: DocumentOptions) {
  const generated = app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Klantportaal API',
      version: options.version,
      license: { name: 'MIT', url: 'https://opensource.org/license/mit' },
      description:
        'The customer API (/api/v1/portal/{slug}, used by the <klant-portaal> widget) and the back-office API (/api/v1/admin). ' +
        'Every error has the shape {"error": {"code", "message", "details"?}}. Lists take ?limit= (default 20, at most 100) and ?cursor= ' +
        'and answer {items, nextCursor}, newest first.',
    },
    servers: [{ url: options.serverUrl }],
  }) as unknown as { paths: Record<string, Record<string, any>>; components?: Record<string, any> };
  const paths = generated.paths ?? {};
  const tags = new Set<string>();
  for (const [path, item] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(item)) {
      operation.operationId ??= operationId(method, path);
      for (const tag of operation.tags ?? []) tags.add(tag);
    }
  }
  return {
    ...generated,
    tags: [...tags].sort().map((name) => ({ name, ...(tagDescriptions[name] ? { description: tagDescriptions[name] } : {}) })),
    paths: Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b))),
    components: {
      ...generated.components,
      securitySchemes: {
        portalToken: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'A contact’s access token from a portal sign-in (10 minutes), or a preview token.' },
        apiKey: { type: 'http', scheme: 'bearer', description: 'The business’s API key: kp_live_…' },
        staffSession: { type: 'apiKey', in: 'cookie', name: 'kp_staff', description: 'A staff member’s console session (POST /api/v1/console/auth/login). Every write with it needs the header X-Requested-With: klantportaal-console and, when an Origin is sent, this server’s own.' },
      },
    },
  };
}
