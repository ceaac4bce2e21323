// Every route the app registers, called by its rightful caller with inputs made from the route's own schemas in
// /openapi.json and with hostile changes of them. Whatever comes in: never a 5xx, every 4xx the one JSON error shape,
// and nothing of another business in any answer. `npm test` runs 15 cases a route (30 where a body comes in); KP_PROPERTY_RUNS=2000 runs more,
// and KP_PROPERTY_SEED=<seed> (printed with any failure) runs the same cases again.
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorStatus } from '../../server/http/errors.js';
import { buildOpenApiDocument } from '../../server/openapi/document.js';
import { apiVersion } from '../../server/openapi/index.js';
import { importColumns } from '../../server/imports/customer-rows.js';
import { signInAs } from '../support/fixtures.js';
import { startStaffSession } from '../../server/staff/sessions.js';
import { dialectUnderTest } from '../support/database.js';
import { docxBytes, heicBytes, htmlBytes, jpegBytes, jpegHtmlPolyglotBytes, pdfBytes, pdfHtmlPolyglotBytes, pngBytes, svgBytes, webpBytes } from '../support/customer-data-fixtures.js';
import {
  asText,
  csvBytes,
  fileBytes,
  fileContentType,
  headerText,
  hostileBodyText,
  hostileKey,
  hostileString,
  hostileValue,
  jsonText,
  multipartBody,
  mutated,
  overlaid,
  percentEncoded,
  urlPart,
  valueOf,
  type Components,
  type Schema,
} from './arbitraries.js';
import { otherMarker, seedOtherBusiness } from './other-business.js';
import { allowedOrigin, buildWorld, isPublic, openingOf, routesOf, staffSessionOnly, urlOf, validBodies, type Route, type World } from './world.js';

const runs = Number(process.env.KP_PROPERTY_RUNS ?? 15);
const runSeed = process.env.KP_PROPERTY_SEED ? Number(process.env.KP_PROPERTY_SEED) : Math.floor(Math.random() * 2 ** 31);
/** With KP_PROPERTY_ROUTE (a route's key) and KP_PROPERTY_PATH, the one failing case of that route again. */
const replayRoute = process.env.KP_PROPERTY_ROUTE;
const replayPath = process.env.KP_PROPERTY_PATH;
/** 1: each route's time and the statuses it answered; 2: every case as well. */
const trace = process.env.KP_PROPERTY_TRACE;
/** About as many routes as the app has: the test's time limit grows with the cases it runs. */
const routeCountHint = 160;
const clientAddress = '203.0.113.77';
const answerTimeoutMs = 10_000;
const staffEmail = 'beheer@alfa-installatie.example';
let adminStaffId: string;

let world: World;
let routes: Route[];
let operations: Map<string, Schema>;
let components: Components;
let otherIds: string[];
/** Business A's portal and business rows as built, put back after every write so one case cannot lock out the rest. */
let settingsAsBuilt: { portal: Record<string, unknown>; tenant: Record<string, unknown> };

beforeAll(async () => {
  world = await buildWorld();
  routes = routesOf(world.app);
  ({ ids: otherIds } = await seedOtherBusiness(world));
  const document = JSON.parse(JSON.stringify(buildOpenApiDocument(world.app, { serverUrl: 'http://portal.test', version: apiVersion })));
  components = document.components?.schemas ?? {};
  operations = new Map();
  for (const [path, item] of Object.entries<Record<string, Schema>>(document.paths)) {
    for (const [method, operation] of Object.entries(item)) operations.set(`${method.toUpperCase()} ${path}`, operation);
  }
  const db = world.t.deps.db;
  adminStaffId = (await db.selectFrom('staff').select('id').where('tenant_id', '=', world.alpha.tenantId).where('email', '=', staffEmail).executeTakeFirstOrThrow()).id;
  settingsAsBuilt = {
    portal: await db.selectFrom('portals').selectAll().where('id', '=', world.alpha.portalId).executeTakeFirstOrThrow(),
    tenant: await db.selectFrom('tenants').selectAll().where('id', '=', world.alpha.tenantId).executeTakeFirstOrThrow(),
  };
}, 120_000);

afterAll(async () => {
  await world?.close();
});

async function putSettingsBack(): Promise<void> {
  const db = world.t.deps.db;
  const { id: portalId, ...portal } = settingsAsBuilt.portal;
  const { id: tenantId, ...tenant } = settingsAsBuilt.tenant;
  await db.updateTable('portals').set(portal).where('id', '=', portalId as string).execute();
  await db.updateTable('tenants').set(tenant).where('id', '=', tenantId as string).execute();
}

// ── Who calls ────────────────────────────────────────────────────────────────────────────────────────────────────

type Caller = 'apiKey' | 'staff' | 'contact' | 'nobody';

/** The kinds of rightful caller of a route: both of the business's on admin routes where an API key may go. */
function callersOf(route: Route): Caller[] {
  if (isPublic(route) || route.api === 'operations') return ['nobody'];
  if (route.api === 'portal') return ['contact'];
  if (route.api === 'console' || staffSessionOnly(route)) return ['staff'];
  return ['apiKey', 'staff'];
}

interface Credentials {
  contact: string;
  staff: string;
}

/** Fresh credentials for each route: a case that signs someone out (or changes their password) spoils no other route. */
async function freshCredentials(): Promise<Credentials> {
  const { alpha, owner } = world;
  const { token } = await signInAs(world.t.deps, { tenantId: alpha.tenantId, portalId: alpha.portalId, contactId: owner.contactId });
  // Started as a sign-in would start it: a sign-in per route would run into the sign-in throttle.
  const staff = await startStaffSession(world.t.deps.db, { tenantId: alpha.tenantId, staffId: adminStaffId });
  return { contact: token, staff: staff.token };
}

// ── One case ─────────────────────────────────────────────────────────────────────────────────────────────────────

interface Case {
  caller: Caller;
  /** The path, its segments as sent. */
  path: string;
  query: string;
  headers: Record<string, string>;
  cookies: string[];
  body?: { text?: string; bytes?: Uint8Array; contentType: string | undefined };
}

const methodsWithoutBody = new Set(['GET', 'HEAD']);

/** What a dimension of a request may be: as the rightful caller would send it, or anything at all. */
interface Dimension<T> {
  valid: fc.Arbitrary<T>;
  any: fc.Arbitrary<T>;
}

function parametersOf(operation: Schema, where: 'path' | 'query' | 'header' | 'cookie'): Schema[] {
  return ((operation.parameters ?? []) as Schema[]).filter((parameter) => parameter.in === where);
}

/** Any of A's or B's ids, where any id goes. */
const anyKnownId = () => fc.constantFrom(...otherIds, world.records.contactId, world.records.attachmentId, ...Object.values(world.records.portalIds), ...Object.values(world.records.externalIds));

function pathOf(route: Route, operation: Schema): Dimension<string> {
  const own = urlOf(route, world.records, world.alpha.slug);
  const ownSegments = own.split('/');
  const pathParameters = new Map(parametersOf(operation, 'path').map((parameter) => [parameter.name as string, parameter.schema as Schema]));
  const segments = route.path.split('/').map((segment, index) => {
    if (segment === '*') {
      return fc.oneof(
        { weight: 2, arbitrary: fc.constantFrom(ownSegments[index]!, 'index.html', 'console.js', 'klantportaal.js.map', 'nl.json') },
        { weight: 2, arbitrary: fc.constantFrom('..%2f..%2fpackage.json', '%2e%2e/%2e%2e/package.json', '..%5c..%5cpackage.json', '%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd', '.env', 'a/../../../../etc/passwd', '%00', '....//....//package.json') },
        { weight: 2, arbitrary: urlPart(hostileString) },
      );
    }
    if (!segment.startsWith(':')) return fc.constant(segment);
    const schema = pathParameters.get(segment.slice(1));
    return fc.oneof(
      { weight: 4, arbitrary: fc.constant(ownSegments[index]!) },
      { weight: 3, arbitrary: anyKnownId().map(percentEncoded) },
      { weight: 2, arbitrary: urlPart(valueOf(schema, components).map(asText)) },
      { weight: 3, arbitrary: urlPart(hostileString) },
    );
  });
  return { valid: fc.constant(own), any: fc.tuple(...segments).map((parts) => parts.join('/')) };
}

/** ?cursor= as the server would write one (base64url JSON), with values it never writes. */
const forgedCursor = fc
  .oneof(fc.tuple(hostileString, hostileString).map((pair) => JSON.stringify(pair)), hostileValue.map(jsonText))
  .map((json) => Buffer.from(json).toString('base64url'));

function queryOf(operation: Schema): Dimension<string> {
  const parameters = parametersOf(operation, 'query');
  const pairs = (hostile: boolean) =>
    parameters.map((parameter) => {
      const name = parameter.name as string;
      const fromSchema = valueOf(parameter.schema, components).map((value) => percentEncoded(asText(value)));
      const value = hostile
        ? fc.oneof(
            { weight: 3, arbitrary: urlPart(valueOf(parameter.schema, components).map(asText)) },
            { weight: 2, arbitrary: anyKnownId().map(percentEncoded) },
            { weight: 4, arbitrary: urlPart(hostileString) },
            ...(name === 'cursor' ? [{ weight: 3, arbitrary: forgedCursor }] : []),
          )
        : fromSchema;
      const key = percentEncoded(name);
      return fc.oneof(
        { weight: 3, arbitrary: fc.constant([] as string[]) },
        { weight: hostile ? 6 : 2, arbitrary: value.map((text) => [`${key}=${text}`]) },
        ...(hostile ? [{ weight: 1, arbitrary: fc.array(value, { minLength: 2, maxLength: 3 }).map((texts) => texts.map((text) => `${key}=${text}`)) }] : []),
      );
    });
  const extra = fc.oneof(
    { weight: 3, arbitrary: fc.constant([] as string[]) },
    { weight: 2, arbitrary: fc.array(fc.tuple(urlPart(hostileKey), urlPart(hostileString)).map(([key, value]) => `${key}=${value}`), { minLength: 1, maxLength: 2 }) },
    { weight: 1, arbitrary: fc.constantFrom('&', '&&=&', '=x', 'a[b]=1', '__proto__[isAdmin]=1', 'constructor[prototype][x]=1', 'limit', '%').map((text) => [text]) },
  );
  const joined = (parts: fc.Arbitrary<string[][]>, extras: fc.Arbitrary<string[]>) => fc.tuple(parts, extras).map(([values, more]) => [...values.flat(), ...more].join('&'));
  return {
    // The cursor's and the filters' schemas allow more than the route accepts: a valid query is mostly none.
    valid: fc.oneof({ weight: 3, arbitrary: fc.constant('') }, { weight: 1, arbitrary: joined(fc.tuple(...pairs(false)), fc.constant([])) }),
    any: joined(fc.tuple(...pairs(true)), extra),
  };
}

/** Headers a client may add to any call: an origin, a request id, a language, a cache tag, a proxy's chain. */
const extraHeader = fc.tuple(
  fc.constantFrom('Origin', 'X-Request-Id', 'Accept-Language', 'Accept', 'If-None-Match', 'Last-Event-ID', 'X-Forwarded-For', 'Range', 'Accept-Encoding', 'Authorization', 'Cookie'),
  fc.oneof(fc.constantFrom(allowedOrigin, 'null', 'https://evil.example', '*', 'bytes=0-0', 'bytes=-1', 'bytes=999999999999-', 'W/"x"', 'gzip, br;q=1e999', '0', 'Bearer', 'Bearer kp_live_x', 'kp_staff=x; kp_staff=y'), hostileString.map(headerText)),
);

interface SentHeaders {
  headers: Record<string, string>;
  cookies: string[];
}

function headersOf(operation: Schema): Dimension<SentHeaders> {
  const documented = (hostile: boolean) =>
    parametersOf(operation, 'header').map((parameter) => {
      const name = parameter.name as string;
      const good = /idempotency-key/i.test(name) ? fc.uuid() : valueOf(parameter.schema, components).map((value) => headerText(asText(value)));
      const value = hostile ? fc.oneof({ weight: 3, arbitrary: good }, { weight: 1, arbitrary: fc.constant(undefined) }, { weight: 3, arbitrary: hostileString.map(headerText) }) : good;
      return value.map((text) => [name, text] as const);
    });
  const cookies = parametersOf(operation, 'cookie').map((parameter) =>
    fc.option(fc.oneof(fc.base64String({ maxLength: 60 }), hostileString.map(headerText)).map((value) => `${parameter.name}=${percentEncoded(value)}`), { nil: undefined }),
  );
  const collect = (own: readonly (readonly [string, string | undefined])[], extras: readonly (readonly [string, string])[], sent: (string | undefined)[]): SentHeaders => {
    const headers: Record<string, string> = {};
    for (const [name, value] of [...own, ...extras]) if (value !== undefined) headers[name] = value;
    return { headers, cookies: sent.filter((value): value is string => value !== undefined) };
  };
  return {
    valid: fc.tuple(...documented(false)).map((own) => collect(own, [], [])),
    any: fc.tuple(fc.tuple(...documented(true)), fc.array(extraHeader, { minLength: 1, maxLength: 3 }), fc.tuple(...cookies)).map(([own, extras, sent]) => collect(own, extras, sent)),
  };
}

const jsonContentType = fc.oneof(
  { weight: 24, arbitrary: fc.constant('application/json') },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'application/json; charset=utf-8',
      'application/json;charset=UTF-16',
      'APPLICATION/JSON',
      'application/merge-patch+json',
      'application/json, text/plain',
      'application/json; boundary=x; charset="',
      'text/plain',
      'text/json',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      '',
      'x'.repeat(2_000),
    ),
  },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

const fileSeeds = {
  samples: [pngBytes(), jpegBytes(), webpBytes(), heicBytes(), pdfBytes(), docxBytes(), svgBytes(), htmlBytes(), jpegHtmlPolyglotBytes(), pdfHtmlPolyglotBytes(), Buffer.from('externalId,name\nk-1,Klant\n')],
};

function bodyOf(route: Route, operation: Schema): Dimension<Case['body']> {
  const content = (operation.requestBody?.content ?? {}) as Record<string, { schema?: Schema }>;
  const mediaTypes = Object.keys(content);
  const none = fc.constant(undefined);
  if (methodsWithoutBody.has(route.method)) return { valid: none, any: none };
  const asJson = (value: fc.Arbitrary<unknown>, contentType: fc.Arbitrary<string | undefined> = fc.constant('application/json')) =>
    fc.tuple(value, contentType).map(([item, type]) => (item === undefined ? undefined : { text: jsonText(item), contentType: type }));
  const knownOrHostile = fc.oneof({ weight: 4, arbitrary: hostileValue }, { weight: 1, arbitrary: anyKnownId() });
  if (content['application/json']) {
    const schema = content['application/json'].schema;
    const fromSchema = valueOf(schema, components);
    const example = validBodies(world.records)[route.key];
    // Every documented field, with the example's values where it has them: a change to any field reaches its check.
    const complete = valueOf(schema, components, { everyKey: true }).map((full) => (example ? overlaid(full, example) : full));
    const fromExample = example ? fc.constant(example) : fromSchema;
    // Every field at once, half of them hostile: a check that throws on a value it refuses is found whichever field it guards.
    const noisy = valueOf(schema, components, { everyKey: true, noise: knownOrHostile });
    return {
      valid: asJson(fc.oneof({ weight: 3, arbitrary: fromExample }, { weight: 1, arbitrary: complete })),
      any: fc.oneof(
        { weight: 1, arbitrary: asJson(fromSchema, jsonContentType) },
        { weight: 1, arbitrary: asJson(complete, jsonContentType) },
        { weight: 4, arbitrary: asJson(mutated(fromExample, knownOrHostile), jsonContentType) },
        { weight: 4, arbitrary: asJson(mutated(complete, knownOrHostile), jsonContentType) },
        { weight: 1, arbitrary: asJson(mutated(fromSchema, knownOrHostile), jsonContentType) },
        { weight: 8, arbitrary: asJson(noisy, jsonContentType) },
        { weight: 1, arbitrary: asJson(hostileValue, jsonContentType) },
        { weight: 1, arbitrary: asJson(hostileBodyText, jsonContentType) },
      ),
    };
  }
  if (content['multipart/form-data']) {
    const boundary = 'kpvalid7Q2';
    const valid = fc.constantFrom(pngBytes(), pdfBytes()).map((file) => ({
      bytes: Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="foto.png"\r\n\r\n`), file, Buffer.from(`\r\n--${boundary}--\r\n`)]),
      contentType: `multipart/form-data; boundary=${boundary}`,
    }));
    const odd = multipartBody('file', fileSeeds).map(({ body, contentType }) => ({ bytes: body, contentType }));
    return { valid, any: fc.oneof({ weight: 1, arbitrary: valid }, { weight: 4, arbitrary: odd }) };
  }
  if (mediaTypes.length > 0) {
    const csv = mediaTypes.includes('text/csv');
    const bytes = csv ? fc.oneof(csvBytes(importColumns), fileBytes(fileSeeds)) : fileBytes(fileSeeds);
    const valid = csv
      ? csvBytes(importColumns).map((data) => ({ bytes: data, contentType: 'text/csv' }))
      : fc.constantFrom(...mediaTypes).map((contentType) => ({ bytes: contentType.startsWith('image/') ? pngBytes() : pdfBytes(), contentType }));
    return {
      valid,
      any: fc.oneof({ weight: 1, arbitrary: valid }, { weight: 4, arbitrary: fc.tuple(bytes, fileContentType(mediaTypes)).map(([data, contentType]) => ({ bytes: data, contentType })) }),
    };
  }
  // A route that takes no body gets one now and then all the same.
  return {
    valid: none,
    any: fc.oneof(
      { weight: 1, arbitrary: none },
      { weight: 2, arbitrary: asJson(hostileValue, jsonContentType) },
      { weight: 1, arbitrary: fileBytes(fileSeeds).map((data) => ({ bytes: data, contentType: 'application/octet-stream' })) },
    ),
  };
}

/** The route's own operation in /openapi.json. */
function operationOf(route: Route): Schema {
  const operation = operations.get(`${route.method} ${route.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}').replace(/\/\*$/, '/{path}')}`);
  if (!operation) throw new Error(`${route.key} is not in /openapi.json`);
  return operation;
}

/**
 * A case is hostile in one place at a time (its body, path, query or headers) and as the rightful caller sends it
 * everywhere else, so that the hostile part gets past the checks of the others; now and then hostile everywhere.
 */
function caseOf(route: Route): fc.Arbitrary<Case> {
  const operation = operationOf(route);
  const path = pathOf(route, operation);
  const query = queryOf(operation);
  const headers = headersOf(operation);
  const body = bodyOf(route, operation);
  const caller = fc.constantFrom(...callersOf(route));
  const build = (focus: 'body' | 'path' | 'query' | 'headers' | 'everywhere') =>
    fc
      .record({
        caller,
        path: focus === 'path' || focus === 'everywhere' ? path.any : path.valid,
        query: focus === 'query' || focus === 'everywhere' ? query.any : query.valid,
        sent: focus === 'headers' || focus === 'everywhere' ? headers.any : headers.valid,
        body: focus === 'body' || focus === 'everywhere' ? body.any : body.valid,
      })
      .map(({ sent, ...rest }): Case => ({ ...rest, headers: sent.headers, cookies: sent.cookies }));
  const takesBody = route.doc.body !== undefined || route.doc.upload !== undefined;
  return fc.oneof(
    { weight: takesBody ? 10 : 1, arbitrary: build('body') },
    { weight: route.path.includes(':') || route.path.includes('*') ? 3 : 0, arbitrary: build('path') },
    { weight: 3, arbitrary: build('query') },
    { weight: 2, arbitrary: build('headers') },
    { weight: 1, arbitrary: build('everywhere') },
  );
}

/**
 * Cases for a route: twice as many where a body comes in, a third for routes without inputs of their own (only the
 * headers and query a client adds vary).
 */
function runsOf(route: Route): number {
  const operation = operationOf(route);
  if (operation.requestBody !== undefined) return runs * 2;
  const hasInputs = (operation.parameters ?? []).length > 0;
  return hasInputs ? runs : Math.max(1, Math.ceil(runs / 3));
}

// ── Sending it, and what the answer must be ──────────────────────────────────────────────────────────────────────

interface Answer {
  status: number;
  contentType: string;
  text: string;
  headers: Headers;
}

async function send(route: Route, item: Case, credentials: Credentials): Promise<Answer> {
  // Header names in any case: a case's own header replaces the caller's of the same name, as one header.
  const headers = new Headers();
  const cookies = [...item.cookies];
  if (item.caller === 'apiKey') headers.set('Authorization', `Bearer ${world.alpha.apiKey}`);
  if (item.caller === 'contact') headers.set('Authorization', `Bearer ${credentials.contact}`);
  if (item.caller === 'staff') {
    cookies.unshift(`kp_staff=${credentials.staff}`);
    headers.set('X-Requested-With', 'klantportaal-console');
  }
  for (const [name, value] of Object.entries(item.headers)) headers.set(name, value);
  if (cookies.length > 0 && !headers.has('Cookie')) headers.set('Cookie', cookies.join('; '));
  const init: RequestInit = { method: route.method, headers };
  if (item.body) {
    init.body = item.body.bytes ? (item.body.bytes as Uint8Array<ArrayBuffer>) : item.body.text!;
    if (item.body.contentType !== undefined) headers.set('Content-Type', item.body.contentType);
  }
  const url = `${item.path}${item.query ? `?${item.query}` : ''}`;
  return withinTime(`${route.method} ${url.slice(0, 200)}`, async () => {
    const response = await world.app.request(url, init, { incoming: { socket: { remoteAddress: clientAddress } } });
    const contentType = response.headers.get('Content-Type') ?? '';
    const text = contentType.startsWith('text/event-stream') ? await openingOf(response) : await bodyText(response);
    return { status: response.status, contentType, text, headers: response.headers };
  });
}

/** The answer's text as a client reads it: gzip (when the generated Accept-Encoding allows it) unpacked first. */
async function bodyText(response: Response): Promise<string> {
  const bytes = Buffer.from(await response.arrayBuffer());
  return (response.headers.get('Content-Encoding') === 'gzip' ? gunzipSync(bytes) : bytes).toString('utf8');
}

/** An answer that does not come is a finding too; waiting for it would hold up every route after it. */
async function withinTime<T>(what: string, work: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${answerTimeoutMs / 1000} s: ${what}`)), answerTimeoutMs);
  });
  try {
    return await Promise.race([work(), late]);
  } finally {
    clearTimeout(timer);
  }
}

const errorCodes = new Set(Object.keys(errorStatus));

/** What is wrong with an answer; empty when nothing is. */
function problemsOf(answer: Answer): string[] {
  const problems: string[] = [];
  const said = `${answer.status} ${answer.contentType} ${answer.text.slice(0, 300)}`;
  if (answer.status >= 500) problems.push(`answered ${said}`);
  if (answer.status >= 400 && answer.status < 500) {
    if (!/^application\/json(;|$)/.test(answer.contentType)) problems.push(`a ${answer.status} not as application/json: ${said}`);
    let body: any;
    try {
      body = JSON.parse(answer.text);
    } catch {
      body = undefined;
    }
    const error = body?.error;
    const shaped =
      body !== null &&
      typeof body === 'object' &&
      Object.keys(body).length === 1 &&
      typeof error === 'object' &&
      error !== null &&
      Object.keys(error).every((key) => ['code', 'message', 'details'].includes(key)) &&
      errorCodes.has(error.code) &&
      errorStatus[error.code as keyof typeof errorStatus] === answer.status &&
      typeof error.message === 'string' &&
      error.message.length > 0 &&
      (error.details === undefined || (Array.isArray(error.details) && error.details.every((detail: any) => typeof detail?.message === 'string' && (detail.path === undefined || typeof detail.path === 'string'))));
    if (!shaped) problems.push(`a ${answer.status} not in the error shape {error: {code, message, details?}} with a code of that status: ${said}`);
  }
  const everything = `${answer.text}\n${[...answer.headers.entries()].map(([name, value]) => `${name}: ${value}`).join('\n')}`;
  if (everything.includes(otherMarker)) problems.push(`carries business B's data: ${said}`);
  if (/"devDependencies"|root:x:0:0|BEGIN [A-Z ]*PRIVATE KEY/.test(answer.text)) problems.push(`serves a file from outside its folder: ${said}`);
  return problems;
}

function describeCase(route: Route, item: Case): string {
  const short = (text: string, length = 300) => (text.length > length ? `${text.slice(0, length)}… (${text.length} characters)` : text);
  const body = item.body?.text !== undefined ? short(JSON.stringify(item.body.text)) : item.body?.bytes ? `${item.body.bytes.length} bytes: ${short(Buffer.from(item.body.bytes.subarray(0, 200)).toString('latin1'), 200)}` : '(none)';
  return [
    `${route.method} ${short(item.path)}${item.query ? `?${short(item.query)}` : ''}`,
    `as ${item.caller}`,
    `headers ${short(JSON.stringify(item.headers))}`,
    item.cookies.length > 0 ? `cookies ${short(item.cookies.join('; '))}` : '',
    `Content-Type ${item.body?.contentType === undefined ? '(none)' : JSON.stringify(item.body.contentType)}`,
    `body ${body}`,
  ]
    .filter(Boolean)
    .join('\n  ');
}

/** A seed of its own for each route, from the run's seed: the cases of one route do not shift when another is added. */
function seedOf(key: string): number {
  let hash = 2166136261;
  for (const character of key) hash = Math.imul(hash ^ character.charCodeAt(0), 16777619);
  return (hash ^ runSeed) | 0;
}

/** Reads first, then writes, then what ends a record (cancel, accept, delete), and erasing a customer last of all. */
function stageOf(route: Route): number {
  if (route.key === 'DELETE /api/v1/admin/customers/:externalId') return 4;
  if (route.method === 'DELETE' || /\/(cancel|accept|decline)$/.test(route.path)) return 3;
  if (route.method === 'GET') return 1;
  return 2;
}

const ordered = (all: Route[]) => [...all].sort((a, b) => stageOf(a) - stageOf(b));

describe(`every route with generated input, on ${dialectUnderTest} (${runs} cases a route, KP_PROPERTY_SEED=${runSeed})`, () => {
  it('the routes under test are every route the app registers, each in /openapi.json', () => {
    expect(routes.length).toBeGreaterThan(90);
    for (const route of routes) expect(() => caseOf(route), route.key).not.toThrow();
    expect(routes.map((route) => route.key)).toEqual(expect.arrayContaining(['PUT /api/v1/admin/portals/:slug', 'POST /api/v1/portal/:slug/requests/:id/attachments']));
  });

  it('no input makes a route answer 5xx, every refusal is the JSON error shape, and no answer carries another business’s data', async () => {
    const failures: string[] = [];
    const started = Date.now();
    let cases = 0;
    for (const route of ordered(routes).filter((route) => replayRoute === undefined || route.key === replayRoute)) {
      const routeStarted = Date.now();
      const statuses = new Map<number, number>();
      const credentials = await freshCredentials();
      const result = await fc.check(
        fc.asyncProperty(caseOf(route), async (item) => {
          cases += 1;
          let answer: Answer;
          try {
            answer = await send(route, item, credentials);
          } catch (error) {
            // The answer check of test/support/app.ts: an answer /openapi.json does not describe for this route.
            throw new Error(`no answer the contract allows: ${error instanceof Error ? error.message : String(error)}`);
          }
          statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
          if (trace === '2') console.error(answer.status, describeCase(route, item).slice(0, 600), answer.text.slice(0, 300));
          const problems = problemsOf(answer);
          if (problems.length > 0) throw new Error(problems.join('\n'));
        }),
        { numRuns: runsOf(route), seed: seedOf(route.key), ...(replayPath ? { path: replayPath } : {}) },
      );
      if (route.method !== 'GET') await putSettingsBack();
      if (trace) console.error(`${route.key}: ${Date.now() - routeStarted} ms${result.failed ? ' FAILED' : ''} ${[...statuses].sort().map(([status, count]) => `${status}×${count}`).join(' ')}`);
      if (result.failed) {
        const error = result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance);
        failures.push(
          [
            `${route.key}: ${error}`,
            `  case: ${result.counterexample ? describeCase(route, result.counterexample[0]) : '(none)'}`,
            `  replay: KP_PROPERTY_SEED=${runSeed} KP_PROPERTY_ROUTE='${route.key}' KP_PROPERTY_PATH='${result.counterexamplePath}' npx vitest run test/security/property.test.ts`,
          ].join('\n'),
        );
      }
    }
    console.info(`property test: ${routes.length} routes, ${cases} cases in ${((Date.now() - started) / 1000).toFixed(1)} s, KP_PROPERTY_SEED=${runSeed}`);
    expect(failures, `replay any of these with KP_PROPERTY_SEED=${runSeed}`).toEqual([]);
  }, Math.max(300_000, runs * routeCountHint * 100));
});
