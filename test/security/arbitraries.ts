// Inputs for the property test of every route: values a route's own JSON Schema (from /openapi.json) allows, and the
// hostile ones a client may send instead: wrong types, extremes, odd unicode, deep nesting, prototype keys, broken
// JSON, odd content types and files. Everything here is data; property.test.ts sends it.
import fc from 'fast-check';

export type Schema = Record<string, any>;
export type Components = Record<string, Schema>;

// ── JSON text with tokens JSON.stringify cannot write ────────────────────────────────────────────────────────────

/** JSON text put into a body as it is: 1e999, a 30-digit number, an object with a key twice. */
export class RawJson {
  constructor(readonly text: string) {}
  toString(): string {
    return `raw(${this.text.length > 60 ? `${this.text.slice(0, 60)}…` : this.text})`;
  }
}

const raw = (text: string) => new RawJson(text);

/** The body as sent: JSON.stringify, with every RawJson written as its own text. */
export function jsonText(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  const tokens: string[] = [];
  const text = JSON.stringify(value, (_key, item: unknown) => {
    if (item instanceof RawJson) {
      tokens.push(item.text);
      return `\u0000raw${tokens.length - 1}\u0000`;
    }
    return item;
  });
  return text === undefined ? 'null' : text.replace(/"\\u0000raw(\d+)\\u0000"/g, (_match, index: string) => tokens[Number(index)]!);
}

/** An own, enumerable property, also for `__proto__`, which plain assignment would take as the prototype. */
function setKey(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function copyOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyOf);
  if (value !== null && typeof value === 'object' && !(value instanceof RawJson)) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) setKey(copy, key, copyOf(item));
    return copy;
  }
  return value;
}

// ── Hostile values ────────────────────────────────────────────────────────────────────────────────────────────────

const loneSurrogates = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF', 'a\uD83D', '\uDE00b', '\uD83D\uD83D'];

/** Strings that have broken parsers, validators, databases and templates elsewhere. */
export const hostileStrings: readonly string[] = [
  '',
  ' ',
  '   \t  ',
  '\n',
  'null',
  'undefined',
  'NaN',
  '-NaN',
  'Infinity',
  '-Infinity',
  '1e999',
  '-1e999',
  '-0',
  '0x1F',
  '0b101',
  '0o17',
  '1_000',
  '1,5',
  '١٢٣',
  '１２３',
  '-1',
  '0',
  '2147483648',
  '-2147483649',
  '9007199254740993',
  '99999999999999999999999999999999',
  '1.7976931348623157e309',
  'true',
  'false',
  '[]',
  '{}',
  '{"a":1}',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '\u0000',
  'a\u0000b',
  '\u0001\u0002\u0007\u0008\u001b\u001f\u007f',
  '\u0085\u2028\u2029',
  'a\r\nBcc: iemand@evil.example',
  'Name\r\n\r\n<html>',
  ...loneSurrogates,
  '\uFFFE\uFFFF',
  '\uFEFFtekst',
  '\u202Eevil.exe\u202Dtxt.pdf',
  '\u200B',
  '\u200B\u200C\u200D\u2060',
  'مرحبا بالعالم',
  'שלום עולם',
  'e\u0301'.repeat(300),
  '👨‍👩‍👧‍👦🏳️‍🌈',
  '𝕳𝖊𝖑𝖑𝖔',
  'Ǆǅǆ ß İı',
  '%00',
  '%',
  '%zz',
  '%E0%A4%A',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '.',
  '..',
  '/',
  '*',
  '?',
  '#',
  "' OR '1'='1",
  "'; DROP TABLE customers; --",
  '" OR ""="',
  '\\',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '${7*7}',
  '{{7*7}}',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  'http://',
  'https://',
  'http://localhost',
  'http://127.0.0.1:8787/api/v1/admin/tenant',
  'http://[::1]/',
  'http://[::ffff:0:127.0.0.1]/',
  'http://[::ffff:127.0.0.1]/',
  'http://169.254.169.254/latest/meta-data/',
  'https://a.example:99999',
  'https://a.example:-1',
  'http://%zz',
  'https://xn--/',
  'https://ä.example',
  'https://user:pass@a.example',
  'https://a.example/path?x=1#frag',
  'mailto:a@b.example',
  'a@b',
  '@',
  'a@',
  '"a b"@c.example',
  'x@[127.0.0.1]',
  'a@b.example\u0000',
  '2024-02-30',
  '2024-13-01',
  '0000-00-00',
  '9999-12-31',
  '-271821-04-19',
  '+275760-09-13T00:00:00.000Z',
  '2024-01-01T25:61:61Z',
  '2024-01-01T00:00:00+99:99',
  '2024-01-01T00:00:00.000000000001Z',
  '1970-01-01',
  'T',
  '#GGGGGG',
  '#fff',
  'x'.repeat(257),
  'x'.repeat(5_001),
  '€'.repeat(70_000),
];

const codeUnits = (units: number[]) => String.fromCharCode(...units);

/** A string of 1 to 40 code units, any of them a lone surrogate, a control character or a zero-width one. */
const oddUnicode = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0xd800, max: 0xdfff }),
      fc.integer({ min: 0, max: 0x1f }),
      fc.constantFrom(0x7f, 0x85, 0xa0, 0x200b, 0x200d, 0x200e, 0x200f, 0x202a, 0x202e, 0x2066, 0x2069, 0xfeff, 0xfffd, 0xfffe, 0xffff),
      fc.integer({ min: 0x20, max: 0x7e }),
    ),
    { minLength: 1, maxLength: 40 },
  )
  .map(codeUnits);

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...hostileStrings) },
  { weight: 2, arbitrary: oddUnicode },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.integer({ min: 200, max: 120_000 }).map((length) => 'x'.repeat(length)) },
);

export const hostileNumber: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(0, -0, -1, 1, 1.5, -1.5, 0.1, 2 ** 31, 2 ** 31 - 1, -(2 ** 31) - 1, 2 ** 32, 2 ** 53, 2 ** 53 + 2, -(2 ** 53), 1e15, 1e21, 1e308, -1e308, Number.MIN_VALUE, Number.EPSILON),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom('1e999', '-1e999', '1E400', '123456789012345678901234567890', '-0.0', '1.00000000000000000000001', '0e-999', '5e-324').map(raw),
);

/** Nesting a validator may recurse into: 50 to 3,000 levels of objects or arrays. */
const deepNesting = fc
  .tuple(fc.integer({ min: 50, max: 3_000 }), fc.boolean())
  .map(([depth, objects]) => raw(objects ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}` : `${'['.repeat(depth)}${']'.repeat(depth)}`));

/** Keys a body must not carry: prototype keys, server-owned fields, and odd names. */
export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'tenantId', 'tenant_id', 'customerId', 'id', 'role', 'isAdmin', '$where', '', ' ', '\u0000', '\uD800', 'a.b', 'x'.repeat(1_000)),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

/** `{"__proto__": {...}, "constructor": {"prototype": {...}}}` as own keys. */
const prototypeObject = fc.constantFrom('__proto__', 'constructor', 'prototype').map((key) => {
  const value: Record<string, unknown> = {};
  setKey(value, key, key === 'constructor' ? { prototype: { isAdmin: true } } : { isAdmin: true, tenantId: 'ten_forged' });
  return value;
});

const hostileLeaf: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: hostileString },
  { weight: 4, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>([], {}, [null], [[]], [{}]) },
  { weight: 1, arbitrary: prototypeObject },
  { weight: 1, arbitrary: deepNesting },
  { weight: 1, arbitrary: fc.integer({ min: 101, max: 5_000 }).map((length) => Array.from({ length }, () => 'x')) },
);

function hostileOfDepth(depth: number): fc.Arbitrary<unknown> {
  if (depth === 0) return hostileLeaf;
  const inner = hostileOfDepth(depth - 1);
  return fc.oneof(
    { weight: 6, arbitrary: hostileLeaf },
    { weight: 1, arbitrary: fc.array(inner, { maxLength: 3 }) },
    {
      weight: 1,
      arbitrary: fc.array(fc.tuple(hostileKey, inner), { maxLength: 3 }).map((entries) => {
        const value: Record<string, unknown> = {};
        for (const [key, item] of entries) setKey(value, key, item);
        return value;
      }),
    },
  );
}

/** Any value a client could put where another is expected. */
export const hostileValue = hostileOfDepth(2);

/** Bodies that are not one JSON value of the expected kind. */
export const hostileBodyText: fc.Arbitrary<RawJson> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '{',
    '{"a":',
    '{"a":1,}',
    "{'a':1}",
    '{"a":1}{"a":2}',
    '{"a":1} trailing',
    'NaN',
    'undefined',
    '\uFEFF{}',
    '{"name":"a","name":"b"}',
    '{"__proto__":{"isAdmin":true},"__proto__":null}',
    '{"a":"\\ud800"}',
    '{"a":"\\u0000"}',
    '{"a":"\\x41"}',
    '{"a":01}',
    '{"a":.5}',
    '{"a":+1}',
    '{"a":0x10}',
    '{"a":Infinity}',
    '"\\ud800"',
    '[1,2,3]',
    'true',
    '42',
  ),
  deepNesting.map((nesting) => raw(nesting.text)),
  oddUnicode.map((text) => raw(text)),
).map((value) => (value instanceof RawJson ? value : raw(String(value))));

// ── Values a route's schema allows ───────────────────────────────────────────────────────────────────────────────

function resolved(schema: Schema, components: Components): Schema {
  let current = schema;
  for (let hops = 0; typeof current.$ref === 'string' && hops < 20; hops++) {
    current = components[current.$ref.replace('#/components/schemas/', '')] ?? {};
  }
  return current;
}

/** allOf parts as one schema: their properties and required names together, the other keywords of the last part. */
function merged(schema: Schema, components: Components): Schema {
  if (!Array.isArray(schema.allOf)) return schema;
  const { allOf, ...rest } = schema;
  const parts = (allOf as Schema[]).map((part) => merged(resolved(part, components), components));
  return parts.reduce<Schema>(
    (all, part) => ({
      ...all,
      ...part,
      properties: { ...all.properties, ...part.properties },
      required: [...(all.required ?? []), ...(part.required ?? [])],
    }),
    rest,
  );
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const dates = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true });
const soon = fc.integer({ min: -2, max: 700 }).map((days) => new Date(Date.now() + days * 86_400_000));

function stringOf(schema: Schema): fc.Arbitrary<string> {
  const minLength: number = schema.minLength ?? 0;
  const maxLength: number = schema.maxLength ?? Math.max(minLength, 40);
  // Brought to the allowed length by repeating itself (which keeps ^[…]+$ patterns matched), never by filtering:
  // a filter that seldom passes never ends.
  const fitted = (value: string) => (value.length >= minLength ? value : value.repeat(Math.ceil(minLength / Math.max(value.length, 1))).padEnd(minLength, 'a')).slice(0, maxLength);
  switch (schema.format) {
    case 'email':
      return fc.emailAddress().map(fitted);
    case 'date':
      return fc.oneof(dates, soon).map(isoDate);
    case 'date-time':
      return fc.oneof(dates, soon).map((date) => date.toISOString());
    case 'uri':
    case 'url':
      return fc.webUrl({ validSchemes: ['https', 'http'] }).map(fitted);
    case 'uuid':
      return fc.uuid();
    default:
  }
  if (typeof schema.pattern === 'string') {
    try {
      return fc.stringMatching(new RegExp(schema.pattern), { size: 'small' }).map(fitted);
    } catch {
      // A pattern the generator cannot read: any string of the length.
    }
  }
  const cap = Math.min(maxLength, Math.max(minLength, 40));
  return fc.string({ minLength, maxLength: cap, unit: 'grapheme' });
}

function numberOf(schema: Schema, integer: boolean): fc.Arbitrary<number> {
  const low = schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + (integer ? 1 : Number.EPSILON) : schema.minimum;
  const high = schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - (integer ? 1 : Number.EPSILON) : schema.maximum;
  if (integer) return fc.integer({ min: Math.ceil(low ?? -1_000_000), max: Math.floor(high ?? 1_000_000_000) });
  return fc.double({ min: low ?? -1e9, max: high ?? 1e9, noNaN: true, noDefaultInfinity: true });
}

export interface ValueOptions {
  /** Every property of every object, and at least one item in every array. */
  everyKey?: boolean;
  /**
   * Put in place of any one value now and then: half the leaves (a string mostly by a hostile string, which reaches
   * the checks a wrong type never gets to), a sixth of the objects and arrays.
   */
  noise?: fc.Arbitrary<unknown>;
}

/** A value `schema` (JSON Schema 2020-12, as /openapi.json states it) allows, as far as JSON Schema can say. */
export function valueOf(schema: Schema | boolean | undefined, components: Components, options: ValueOptions = {}, depth = 0): fc.Arbitrary<unknown> {
  const { everyKey = false, noise } = options;
  const noisy = (value: fc.Arbitrary<unknown>, leaf: boolean, sameType?: fc.Arbitrary<unknown>) =>
    noise ? fc.oneof({ weight: leaf ? 4 : 5, arbitrary: value }, { weight: sameType ? 3 : 0, arbitrary: sameType ?? noise }, { weight: 1, arbitrary: noise }) : value;
  if (schema === undefined || schema === true || depth > 8) return noisy(fc.jsonValue({ maxDepth: 1 }), true);
  if (schema === false) return fc.constant(null);
  const source = merged(resolved(schema, components), components);
  if ('const' in source) return noisy(fc.constant(source.const), true);
  if (Array.isArray(source.enum) && source.enum.length > 0) return noisy(fc.constantFrom(...source.enum), true);
  const choices = (source.anyOf ?? source.oneOf) as Schema[] | undefined;
  if (Array.isArray(choices) && choices.length > 0) return fc.oneof(...choices.map((choice) => valueOf(choice, components, options, depth + 1)));
  const types: string[] = Array.isArray(source.type) ? source.type : source.type ? [source.type] : [];
  if (types.length > 1) return fc.oneof(...types.map((type) => valueOf({ ...source, type }, components, options, depth)));
  switch (types[0]) {
    case 'string':
      return noisy(stringOf(source), true, hostileString);
    case 'integer':
      return noisy(numberOf(source, true), true, hostileNumber);
    case 'number':
      return noisy(numberOf(source, false), true, hostileNumber);
    case 'boolean':
      return noisy(fc.boolean(), true);
    case 'null':
      return noisy(fc.constant(null), true);
    case 'array': {
      const minLength: number = source.minItems ?? 0;
      const maxLength = Math.min(source.maxItems ?? 4, Math.max(minLength, 4));
      return noisy(fc.array(valueOf(source.items, components, options, depth + 1), { minLength: everyKey ? Math.min(Math.max(minLength, 2), maxLength) : minLength, maxLength }), false);
    }
    case 'object':
    default: {
      const properties = Object.entries((source.properties ?? {}) as Record<string, Schema>);
      if (properties.length > 0) {
        const model = Object.fromEntries(properties.map(([name, property]) => [name, valueOf(property, components, options, depth + 1)]));
        return noisy(everyKey ? fc.record(model) : fc.record(model, { requiredKeys: (source.required ?? []).filter((name: string) => name in model) }), false);
      }
      if (source.additionalProperties && typeof source.additionalProperties === 'object') {
        return noisy(fc.dictionary(fc.string({ minLength: 1, maxLength: 10 }), valueOf(source.additionalProperties, components, options, depth + 1), { maxKeys: 3 }), false);
      }
      return noisy(types[0] === 'object' ? fc.constant({}) : fc.jsonValue({ maxDepth: 1 }), true);
    }
  }
}

/** `base` with `over` laid on it: objects merged key by key, anything else taken from `over`. */
export function overlaid(base: unknown, over: unknown): unknown {
  const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof RawJson);
  if (!isObject(base) || !isObject(over)) return copyOf(over);
  const result = copyOf(base) as Record<string, unknown>;
  for (const [key, value] of Object.entries(over)) setKey(result, key, overlaid(result[key], value));
  return result;
}

// ── Mutations of a value ─────────────────────────────────────────────────────────────────────────────────────────

export interface Mutation {
  /** Which node of the value, counted over all its nodes. */
  at: number;
  kind: 'replace' | 'remove' | 'extra' | 'null' | 'wrap' | 'unwrap' | 'repeat';
  value: unknown;
  key: string;
}

const mutationWith = (values: fc.Arbitrary<unknown>): fc.Arbitrary<Mutation> =>
  fc.record({
    at: fc.nat(),
    kind: fc.constantFrom<Mutation['kind']>('replace', 'replace', 'replace', 'remove', 'extra', 'null', 'wrap', 'unwrap', 'repeat'),
    value: values,
    key: hostileKey,
  });

type Path = (string | number)[];

function nodesOf(value: unknown, path: Path = [], into: Path[] = []): Path[] {
  into.push(path);
  if (Array.isArray(value)) value.forEach((item, index) => nodesOf(item, [...path, index], into));
  else if (value !== null && typeof value === 'object' && !(value instanceof RawJson)) {
    for (const [key, item] of Object.entries(value)) nodesOf(item, [...path, key], into);
  }
  return into;
}

function applyMutation(root: unknown, change: Mutation): unknown {
  const nodes = nodesOf(root);
  const path = nodes[change.at % nodes.length]!;
  const parentPath = path.slice(0, -1);
  let parent: any = root;
  for (const step of parentPath) parent = parent[step];
  const last = path[path.length - 1];
  const current = path.length === 0 ? root : parent[last!];
  let next: unknown;
  switch (change.kind) {
    case 'replace':
      // A copy: a generated value may be one shared object (fc.constant), and a later change into it would then
      // change every place it stands, or make it contain itself.
      next = copyOf(change.value);
      break;
    case 'null':
      next = null;
      break;
    case 'wrap':
      next = [current];
      break;
    case 'unwrap':
      next = Array.isArray(current) ? current[0] : current !== null && typeof current === 'object' ? Object.values(current)[0] : current;
      break;
    case 'repeat':
      next = Array.isArray(current) ? Array.from({ length: 200 }, () => copyOf(current[0] ?? 'x')) : Array.from({ length: 3 }, () => copyOf(current));
      break;
    case 'extra': {
      const target = current !== null && typeof current === 'object' && !Array.isArray(current) && !(current instanceof RawJson) ? current : parent;
      if (target && typeof target === 'object' && !Array.isArray(target)) setKey(target, change.key, copyOf(change.value));
      return root;
    }
    case 'remove':
      if (path.length === 0) return undefined;
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last!];
      return root;
  }
  if (path.length === 0) return next;
  if (Array.isArray(parent)) parent[Number(last)] = next;
  else setKey(parent, String(last), next);
  return root;
}

/** `base` changed in one to three places, to `values` where a value is put in. */
export function mutated(base: fc.Arbitrary<unknown>, values: fc.Arbitrary<unknown> = hostileValue): fc.Arbitrary<unknown> {
  return fc.tuple(base, fc.array(mutationWith(values), { minLength: 1, maxLength: 3 })).map(([value, changes]) => changes.reduce((root, change) => applyMutation(root, change), copyOf(value)));
}

// ── Text in a URL or a header ────────────────────────────────────────────────────────────────────────────────────

/** A value as it stands in a query or path: strings as they are, anything else as JSON. */
export function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return jsonText(value);
}

/**
 * Percent-encoded like encodeURIComponent, which throws on a lone surrogate: that one is written as the three bytes
 * UTF-8 would give it (%ED%A0%80), which no decoder accepts.
 */
export function percentEncoded(text: string): string {
  return text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]|[^]/g, (unit) => {
    if (unit.length === 2 || unit < '\uD800' || unit > '\uDFFF') return encodeURIComponent(unit);
    const code = unit.charCodeAt(0);
    return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)].map((byte) => `%${byte.toString(16).toUpperCase()}`).join('');
  });
}

/** Percent-encoded, or now and then sent with bytes that are not valid percent-encoding at all. */
export const urlPart = (text: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 8, arbitrary: text.map(percentEncoded) },
    { weight: 1, arbitrary: fc.constantFrom('%', '%zz', '%E0%A4%A', '%C0%AE%C0%AE', '%ED%A0%80', '%FF%FE', '%00', '%2e%2e', '..%2f..%2f', '%252e', '+', '%20') },
  );

/** What a header may carry (no NUL, CR or LF, nothing beyond Latin-1): the hostile string as a client could send it. */
export const headerText = (text: string) =>
  Array.from(text, (character) => {
    const code = character.codePointAt(0)!;
    return code === 0 || code === 10 || code === 13 ? '' : code > 0xff ? '?' : character;
  })
    .join('')
    .trim()
    .slice(0, 8_000);

// ── Files ────────────────────────────────────────────────────────────────────────────────────────────────────────

export interface FileSeeds {
  /** Real files of the kinds the routes take and refuse: a PNG, a PDF, an SVG, a polyglot … */
  samples: readonly Uint8Array[];
}

/** Bytes for an upload: a real file, one cut short or with garbage after it, its magic bytes alone, or noise. */
export function fileBytes(seeds: FileSeeds): fc.Arbitrary<Uint8Array> {
  const sample = fc.constantFrom(...seeds.samples);
  const noise = fc.uint8Array({ maxLength: 512 });
  return fc.oneof(
    { weight: 4, arbitrary: sample },
    { weight: 2, arbitrary: fc.tuple(sample, fc.nat()).map(([bytes, cut]) => bytes.subarray(0, bytes.length === 0 ? 0 : cut % bytes.length)) },
    { weight: 2, arbitrary: fc.tuple(sample, noise).map(([bytes, tail]) => Buffer.concat([bytes, tail])) },
    { weight: 1, arbitrary: fc.tuple(sample, noise).map(([bytes, tail]) => Buffer.concat([bytes.subarray(0, 16), tail])) },
    { weight: 1, arbitrary: noise },
    { weight: 1, arbitrary: fc.constant(new Uint8Array(0)) },
  );
}

/** Content types for a file body: the route's own, and what a confused or hostile client sends. */
export function fileContentType(own: readonly string[]): fc.Arbitrary<string | undefined> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...(own.length > 0 ? own : ['application/octet-stream'])) },
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        'application/octet-stream',
        'text/html',
        'image/svg+xml',
        'application/json',
        'text/plain; charset=utf-8',
        'multipart/form-data',
        'multipart/form-data; boundary=',
        'application/pdf; charset=utf-16',
        'image/png; name="../../x.png"',
        'IMAGE/PNG',
        'image/',
        '/',
        'x'.repeat(3_000),
        'application/x-www-form-urlencoded',
      ),
    },
    { weight: 1, arbitrary: hostileString.map(headerText) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

export interface Multipart {
  body: Uint8Array;
  contentType: string | undefined;
}

const utf8 = (text: string) => Buffer.from(text, 'utf8');

/** A file name as raw bytes: UTF-8, or bytes no encoding makes (a lone surrogate's, a lone continuation byte). */
const fileNameBytes = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('foto.png', 'lek.jpg', 'scan.pdf').map(utf8) },
  { weight: 3, arbitrary: hostileString.map((name) => utf8(name.slice(0, 2_000))) },
  { weight: 1, arbitrary: fc.constantFrom(Buffer.from([0xed, 0xa0, 0x80, 0x2e, 0x70, 0x6e, 0x67]), Buffer.from([0x80, 0xff, 0xfe]), Buffer.from('a"; name="other', 'latin1'), Buffer.from('a\r\nContent-Type: text/html', 'latin1')) },
);

/** A multipart/form-data body for `field`: well formed with odd parts, or broken in the ways parsers trip over. */
export function multipartBody(field: string, seeds: FileSeeds): fc.Arbitrary<Multipart> {
  const boundary = fc.oneof(fc.constant('kpboundary7Q2'), fc.constantFrom('a', 'x'.repeat(70), '"quoted"', '--', 'é'));
  const part = fc.record({
    name: fc.oneof({ weight: 5, arbitrary: fc.constant(field) }, { weight: 1, arbitrary: hostileKey }),
    fileName: fc.option(fileNameBytes, { nil: undefined, freq: 8 }),
    contentType: fc.option(fileContentType(['image/png', 'image/jpeg', 'application/pdf']), { nil: undefined, freq: 5 }),
    bytes: fileBytes(seeds),
  });
  return fc
    .record({
      boundary,
      parts: fc.array(part, { minLength: 0, maxLength: 3 }),
      ending: fc.constantFrom('close', 'close', 'close', 'none', 'truncated', 'garbage'),
      header: fc.constantFrom('right', 'right', 'right', 'no-boundary', 'other-boundary', 'missing', 'json'),
    })
    .map(({ boundary, parts, ending, header }) => {
      const chunks: Buffer[] = [];
      for (const item of parts) {
        const disposition = Buffer.concat([
          utf8(`--${boundary}\r\nContent-Disposition: form-data; name="${item.name}"`),
          item.fileName ? Buffer.concat([utf8('; filename="'), item.fileName, utf8('"')]) : Buffer.alloc(0),
          utf8('\r\n'),
          item.contentType === undefined ? Buffer.alloc(0) : Buffer.from(`Content-Type: ${item.contentType}\r\n`, 'latin1'),
          utf8('\r\n'),
        ]);
        chunks.push(disposition, Buffer.from(item.bytes), utf8('\r\n'));
      }
      if (ending === 'close') chunks.push(utf8(`--${boundary}--\r\n`));
      if (ending === 'garbage') chunks.push(utf8(`--${boundary}\r\ngarbage`));
      let body = Buffer.concat(chunks);
      if (ending === 'truncated') body = body.subarray(0, Math.floor(body.length / 2));
      const contentType = {
        right: `multipart/form-data; boundary=${boundary}`,
        'no-boundary': 'multipart/form-data',
        'other-boundary': 'multipart/form-data; boundary=another',
        missing: undefined,
        json: 'application/json',
      }[header];
      return { body, contentType };
    });
}

/** A CSV file of customers: the import's columns and others, rows with hostile cells, quoting gone wrong. */
export function csvBytes(columns: readonly string[]): fc.Arbitrary<Uint8Array> {
  const cell = fc.oneof(
    { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
    { weight: 3, arbitrary: hostileString.map((text) => text.slice(0, 300)) },
    { weight: 1, arbitrary: fc.constantFrom('"', '""', '"open', 'a"b', '=cmd|" /C calc"!A0', '+1', '-1', '@SUM(1)', '\r', ';', ',') },
  );
  const header = fc.oneof(fc.shuffledSubarray([...columns], { minLength: 1 }), fc.array(fc.oneof(fc.constantFrom(...columns), hostileKey), { minLength: 1, maxLength: 6 }));
  return fc
    .record({
      header,
      rows: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 6 }),
      separator: fc.constantFrom(',', ';', '\t', '|'),
      lineEnd: fc.constantFrom('\n', '\r\n', '\r'),
      bom: fc.boolean(),
      quoted: fc.boolean(),
    })
    .map(({ header, rows, separator, lineEnd, bom, quoted }) => {
      const line = (cells: string[]) => cells.map((value) => (quoted ? `"${value.replaceAll('"', '""')}"` : value)).join(separator);
      const text = [line(header), ...rows.map(line)].join(lineEnd);
      return utf8(`${bom ? '\uFEFF' : ''}${text}`);
    });
}
