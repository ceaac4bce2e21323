// Every JSON answer a test receives, checked against the schema /openapi.json documents for its operation and status.
// Objects are checked closed: a field the document does not name fails, even where the document leaves the object
// open, so a mapping cannot grow a field its schema does not have.
import { gunzipSync } from 'node:zlib';
import type { Hono } from 'hono';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { z } from 'zod';
import { errorStatus, type ErrorCode } from '../../server/http/errors.js';
import { errorSchema } from '../../server/http/openapi.js';

type Schema = Record<string, any>;
type Document = { paths: Record<string, Record<string, Schema>>; components?: { schemas?: Record<string, Schema> } };

const methods = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options'];

/** Answers whose body is open by nature: the document itself, checked by its own linter. */
const openByNature = new Set(['get /openapi.json']);

// ajv-formats is CommonJS with its function as the default export.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

interface Route {
  key: string;
  pattern: RegExp;
  /** One per segment: a literal beats a parameter, so /requests/summary wins over /requests/{id}. */
  literals: boolean[];
  operation: Schema;
}

function routesOf(document: Document): Route[] {
  const routes: Route[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    const segments = path.split('/').slice(1);
    const pattern = segments
      .map((segment, index) =>
        segment === '{path}' && index === segments.length - 1
          ? '.+'
          : /^\{[^}]+\}$/.test(segment)
            ? '[^/]+'
            : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      )
      .join('/');
    for (const method of methods) {
      const operation = item[method];
      if (!operation) continue;
      routes.push({ key: `${method} ${path}`, pattern: new RegExp(`^/${pattern}$`), literals: segments.map((segment) => !segment.startsWith('{')), operation });
    }
  }
  return routes;
}

function moreSpecific(a: Route, b: Route): number {
  for (let index = 0; index < Math.min(a.literals.length, b.literals.length); index++) {
    if (a.literals[index] !== b.literals[index]) return a.literals[index] ? -1 : 1;
  }
  return b.literals.length - a.literals.length;
}

const isOpen = (additional: unknown) =>
  additional === undefined || additional === true || (typeof additional === 'object' && additional !== null && Object.keys(additional).length === 0);

/**
 * The schema with its references resolved and every object that names its properties closed: `unevaluatedProperties`
 * rather than `additionalProperties`, so the parts of an allOf together make up the object. Maps (no properties of
 * their own) stay as they are.
 */
function closed(schema: unknown, components: Record<string, Schema>, seen: string[] = [], partOfAllOf = false): unknown {
  if (Array.isArray(schema)) return schema.map((item) => closed(item, components, seen));
  if (typeof schema !== 'object' || schema === null) return schema;
  const source = schema as Schema;
  if (typeof source.$ref === 'string') {
    const name = source.$ref.replace('#/components/schemas/', '');
    const target = components[name];
    if (!target) throw new Error(`The document refers to ${source.$ref}, which it does not define`);
    if (seen.includes(name)) throw new Error(`The schema ${name} refers to itself; the answer check cannot close it`);
    return closed(target, components, [...seen, name], partOfAllOf);
  }
  const result: Schema = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === 'properties' || key === 'patternProperties' || key === '$defs' || key === 'dependentSchemas') {
      result[key] = Object.fromEntries(Object.entries(value as Schema).map(([name, property]) => [name, closed(property, components, seen)]));
    } else if (key === 'allOf') {
      result[key] = (value as unknown[]).map((part) => closed(part, components, seen, true));
    } else if (['items', 'prefixItems', 'contains', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else', 'additionalProperties', 'propertyNames'].includes(key)) {
      result[key] = closed(value, components, seen);
    } else {
      result[key] = value;
    }
  }
  if (!partOfAllOf && result.properties && isOpen(result.additionalProperties)) {
    delete result.additionalProperties;
    result.unevaluatedProperties = false;
  }
  return result;
}

function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .slice(0, 8)
    .map((error) => {
      const where = error.instancePath || '(the body)';
      if (error.keyword === 'unevaluatedProperties' || error.keyword === 'additionalProperties') {
        const field = (error.params as { unevaluatedProperty?: string; additionalProperty?: string }).unevaluatedProperty ?? (error.params as { additionalProperty?: string }).additionalProperty;
        return `${where}: "${field}" is not in the documented schema`;
      }
      return `${where}: ${error.message ?? error.keyword} ${JSON.stringify(error.params)}`;
    })
    .join('; ');
}

const jsonMediaType = /^application\/([\w.-]+\+)?json\s*(;|$)/i;

export class AnswerContractError extends Error {
  override name = 'AnswerContractError';
}

export interface AnswerContract {
  /**
   * Throws AnswerContractError when the answer is JSON and the document does not allow it. Answers with the response
   * to hand on: a JSON one is read here, so it comes back as a new Response with the same status, headers and body.
   */
  check(method: string, path: string, response: Response): Promise<Response>;
}

export function answerContract(document: Document): AnswerContract {
  const routes = routesOf(document).sort(moreSpecific);
  const components = document.components?.schemas ?? {};
  const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
  const validators = new Map<string, ValidateFunction>();

  const validatorFor = (key: string, schema: Schema) => {
    let validate = validators.get(key);
    if (!validate) {
      validate = ajv.compile(closed(schema, components) as Schema);
      validators.set(key, validate);
    }
    return validate;
  };

  // What the app answers for a path no operation has (its notFound, or a prefix's sign-in check), and its 500: the
  // one error shape, with any code.
  const anyError = z.toJSONSchema(errorSchema(Object.keys(errorStatus) as [ErrorCode, ...ErrorCode[]]), { io: 'output' }) as Schema;

  return {
    async check(method, path, response) {
      const mediaType = response.headers.get('Content-Type') ?? '';
      const bodiless = method.toUpperCase() === 'HEAD' || response.status === 204 || response.status === 304;
      if (bodiless || !jsonMediaType.test(mediaType)) return response;
      // Read once and answered anew: a clone's tee costs more than the request itself.
      const bytes = new Uint8Array(await response.arrayBuffer());
      const text = (response.headers.get('Content-Encoding') === 'gzip' ? gunzipSync(bytes) : Buffer.from(bytes)).toString('utf8');
      const handedOn = new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
      const where = `${method.toUpperCase()} ${path} answered ${response.status}`;
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        throw new AnswerContractError(`${where} as ${mediaType}, but the body is not JSON: ${text.slice(0, 200)}`);
      }
      const lower = method.toLowerCase();
      const route = routes.find((candidate) => candidate.key.startsWith(`${lower} `) && candidate.pattern.test(path));
      const operation = route ? ` (operation ${route.operation.operationId ?? route.key})` : '';
      if (!route) {
        if (response.status < 400) fail('no operation of /openapi.json has this method and path');
        return validate('any error', anyError);
      }
      if (openByNature.has(route.key)) return handedOn;
      // The app's own error handler answers 500 on every route; a route does not document it.
      const documented: Schema | undefined =
        route.operation.responses?.[String(response.status)] ?? (response.status === 500 ? { content: { 'application/json': { schema: anyError } } } : undefined);
      if (!documented) {
        fail(`the operation does not document ${response.status}; it documents ${Object.keys(route.operation.responses ?? {}).join(', ')}`);
      }
      const schema = documented.content?.['application/json']?.schema as Schema | undefined;
      if (!schema) {
        fail(`the operation documents ${response.status} without a JSON body schema`);
      }
      return validate(`${route.key} ${response.status}`, schema!);

      function fail(problem: string): never {
        throw new AnswerContractError(`${where}${operation}: ${problem}. Body: ${text.slice(0, 400)}`);
      }

      function validate(key: string, schema: Schema): Response {
        const valid = validatorFor(key, schema);
        if (!valid(body)) fail(`the body does not match its documented schema: ${describeErrors(valid.errors)}`);
        return handedOn;
      }
    },
  };
}

function methodAndPath(input: Request | string | URL, init?: RequestInit): { method: string; path: string } {
  const url = input instanceof Request ? new URL(input.url) : new URL(input, 'http://localhost');
  const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
  return { method, path: url.pathname };
}

/** The app, with every answer that goes through app.request() checked against the contract. */
export function checkAnswers<App extends Hono<any, any, any>>(app: App, contract: AnswerContract): App {
  const request = app.request;
  app.request = async (input, init, env, executionContext) => {
    const response = await request(input, init, env, executionContext);
    const { method, path } = methodAndPath(input, init);
    return contract.check(method, path, response);
  };
  return app;
}
