// The floor ladder's middle steps, on the same Node HTTP server and Hono as the portal: what the customer's list costs
// with only the checks it must make, written by hand. BENCH_FLOOR picks the step:
//   jwt     verifies the access token with jose on every request, then answers the captured body (no database);
//   checks  the portal by its slug (enabled, work orders switched on), the token (verified once per token, as the
//           route's verifier does), the live session and contact, and the page itself: prepared statements, one
//           query each, the answer mapped and serialised as the route does.
// Started by bench/list.ts with DATABASE_URL, PORT and, for jwt, BENCH_BODY.
import { readFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { Hono, type Context } from 'hono';
import { decodeProtectedHeader, jwtVerify } from 'jose';
import pg from 'pg';
import { portalAudience, tokenIssuer } from '../server/auth/access-tokens.js';
import { openSqlite, sqlitePath } from '../server/db/connect.js';
import { pageOf } from '../server/http/pagination.js';
import { toPortalWorkOrder, type PortalWorkOrderRow } from '../server/customer-data/work-orders.js';
import type { PortalSettings } from '../server/portals/settings.js';

const databaseUrl = process.env.DATABASE_URL!;
const step = process.env.BENCH_FLOOR;
const postgres = /^postgres(ql)?:\/\//.test(databaseUrl);

// ── The database, without Kysely ────────────────────────────────────────────────────────────────────────────────

type Row = Record<string, unknown>;
type Run = (name: string, text: string, values: unknown[]) => Promise<Row[]>;

function database(): Run {
  if (postgres) {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
    let n = 0;
    const placeholders = (text: string) => text.replace(/\?/g, () => `$${++n}`);
    const named = new Map<string, string>();
    return async (name, text, values) => {
      let converted = named.get(name);
      if (converted === undefined) {
        n = 0;
        converted = placeholders(text);
        named.set(name, converted);
      }
      return (await pool.query({ name, text: converted, values })).rows as Row[];
    };
  }
  const sqlite = openSqlite(sqlitePath(databaseUrl));
  const statements = new Map<string, ReturnType<typeof sqlite.prepare>>();
  return async (name, text, values) => {
    let statement = statements.get(name);
    if (!statement) statements.set(name, (statement = sqlite.prepare(text)));
    return (statement.all as (...parameters: unknown[]) => Row[]).apply(statement, values);
  };
}

const run = database();

// ── Tokens ──────────────────────────────────────────────────────────────────────────────────────────────────────

const keys = new Map<string, Uint8Array>();

async function keyFor(kid: string): Promise<Uint8Array | undefined> {
  let key = keys.get(kid);
  if (!key) {
    const [row] = await run('key', 'select secret from signing_keys where kid = ? and retired_at is null', [kid]);
    if (!row) return undefined;
    keys.set(kid, (key = Buffer.from(row.secret as string, 'base64url')));
  }
  return key;
}

interface Claims {
  contactId: string;
  tenantId: string;
  sessionId: string;
  expiresAt: number;
}

async function verify(token: string, portalId: string): Promise<Claims | undefined> {
  try {
    const { alg, kid } = decodeProtectedHeader(token);
    const key = alg === 'HS256' && typeof kid === 'string' ? await keyFor(kid) : undefined;
    if (!key) return undefined;
    const { payload } = await jwtVerify(token, key, {
      algorithms: ['HS256'],
      issuer: tokenIssuer,
      audience: portalAudience(portalId),
      typ: 'at+jwt',
      requiredClaims: ['exp', 'iat', 'sub', 'tid', 'pid', 'sid', 'typ'],
      clockTolerance: 5,
    });
    if (payload.typ !== 'access' || payload.pid !== portalId) return undefined;
    return { contactId: payload.sub!, tenantId: payload.tid as string, sessionId: payload.sid as string, expiresAt: payload.exp! };
  } catch {
    return undefined;
  }
}

const verified = new Map<string, Claims>();

async function verifyOnce(token: string, portalId: string): Promise<Claims | undefined> {
  const cached = verified.get(token);
  if (cached && cached.expiresAt * 1000 > Date.now()) return cached;
  const claims = await verify(token, portalId);
  if (claims) verified.set(token, claims);
  return claims;
}

const bearer = (c: Context) => /^Bearer (\S+)$/.exec(c.req.header('Authorization') ?? '')?.[1];
const json = (c: Context, body: string, status: 200 | 401 | 403 | 404 = 200) => {
  c.header('Content-Type', 'application/json; charset=UTF-8');
  return c.body(body, status);
};

// ── The steps ───────────────────────────────────────────────────────────────────────────────────────────────────

const app = new Hono().get('/healthz', (c) => c.json({ status: 'ok' }));

if (step === 'jwt') {
  const body = readFileSync(process.env.BENCH_BODY!, 'utf8');
  let portalId: string | undefined;
  app.get('/api/v1/portal/:slug/work-orders', async (c) => {
    portalId ??= (await run('portal', 'select id from portals where slug = ?', [c.req.param('slug')]))[0]?.id as string;
    const token = bearer(c);
    if (!token || !(await verify(token, portalId))) return json(c, '{"error":"unauthorized"}', 401);
    return json(c, body);
  });
} else {
  const sessionSql =
    'select contacts.customer_id as customer_id from sessions inner join contacts on contacts.id = sessions.contact_id ' +
    "where sessions.id = ? and sessions.contact_id = ? and sessions.portal_id = ? and sessions.revoked_at is null and sessions.expires_at > ? and contacts.status = 'active' and contacts.tenant_id = ?";
  const pageSql = (statuses: number) =>
    'select work_orders.id, work_orders.location_id, work_orders.object_id, work_orders.request_id, work_orders.number, work_orders.work_type, ' +
    'work_orders.description, work_orders.status, work_orders.status_label, work_orders.planned_start, work_orders.planned_end, work_orders.completed_at, ' +
    'work_orders.total_cents, work_orders.technician_name, work_orders.created_at, work_orders.updated_at, ' +
    'address.id as address_id, address.name as address_name, address.street as address_street, address.house_number as address_house_number, ' +
    'address.postal_code as address_postal_code, address.city as address_city, address.country as address_country, ' +
    '(select count(*) from locations where locations.tenant_id = ? and locations.customer_id = ?) as address_count ' +
    'from work_orders left join locations as address on address.id = work_orders.location_id ' +
    `where work_orders.tenant_id = ? and work_orders.customer_id = ? and work_orders.status in (${Array(statuses).fill('?').join(', ')}) ` +
    'order by work_orders.created_at desc, work_orders.id desc limit ?';
  app.get('/api/v1/portal/:slug/work-orders', async (c) => {
    const [portal] = await run('portal', 'select id, tenant_id, settings from portals where slug = ?', [c.req.param('slug')]);
    const settings = portal ? (JSON.parse(portal.settings as string) as PortalSettings) : undefined;
    if (!portal || !settings?.enabled) return json(c, '{"error":"not_found"}', 404);
    const token = bearer(c);
    const claims = token ? await verifyOnce(token, portal.id as string) : undefined;
    if (!claims || claims.tenantId !== portal.tenant_id) return json(c, '{"error":"unauthorized"}', 401);
    const [live] = await run('session', sessionSql, [claims.sessionId, claims.contactId, portal.id, new Date().toISOString(), portal.tenant_id]);
    if (!live) return json(c, '{"error":"unauthorized"}', 401);
    if (!settings.features.workOrders) return json(c, '{"error":"feature_disabled"}', 403);
    const statuses = settings.workOrders.visibleStatuses;
    const customerId = live.customer_id;
    const rows = await run(`page${statuses.length}`, pageSql(statuses.length), [portal.tenant_id, customerId, portal.tenant_id, customerId, ...statuses, 21]);
    const page = { limit: 20 };
    return json(c, JSON.stringify(pageOf(rows as unknown as PortalWorkOrderRow[], page, (row) => toPortalWorkOrder(row, settings))));
  });
}

serve({ fetch: app.fetch, hostname: '127.0.0.1', port: Number(process.env.PORT) });
process.once('SIGTERM', () => process.exit(0));
