// createApp(deps): middleware, routes and the one error handler. Nothing global: tests build apps of their own.
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { randomUUID } from 'node:crypto';
import { adminApi } from './admin/index.js';
import { consoleAuthRoutes } from './console/auth.js';
import { consolePage } from './console/page.js';
import { ApiError } from './http/errors.js';
import { healthRoutes } from './http/health.js';
import { failValidation, refuseNulInPath } from './http/openapi.js';
import type { AppEnv, Deps } from './http/env.js';
import { widgetFiles } from './http/widget-files.js';
import { compressJson } from './http/compress-json.js';
import { openApiRoutes } from './openapi/index.js';
import { portalApi } from './portal/index.js';

/** JSON bodies are small; file uploads have limits of their own, enforced while streaming. */
const jsonBodyLimitBytes = 256 * 1024;
const jsonMediaType = /^\s*application\/([\w.-]+\+)?json\s*(;|$)/i;

export function createApp(deps: Deps): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: failValidation as never });

  app.use('*', async (c, next) => {
    const incoming = c.req.header('X-Request-Id');
    const requestId = incoming && /^[A-Za-z0-9._-]{8,64}$/.test(incoming) ? incoming : randomUUID();
    c.set('deps', deps);
    c.set('requestId', requestId);
    const started = performance.now();
    await next();
    // On the finished response itself: c.header() now would rebuild it around its body as a stream, sent chunk by chunk.
    c.res.headers.set('X-Request-Id', requestId);
    // The path only: query strings and bodies may carry personal data.
    deps.logger.info('request', {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      requestId,
    });
  });

  app.use(
    '*',
    secureHeaders({
      crossOriginResourcePolicy: false,
      crossOriginOpenerPolicy: false,
      referrerPolicy: 'no-referrer',
      strictTransportSecurity: 'max-age=31536000; includeSubDomains',
    }),
  );

  app.use('/api/*', compressJson());
  app.use('/api/*', async (c, next) => {
    c.header('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
    c.header('Cache-Control', 'no-store');
    await next();
  });
  app.use('/api/*', refuseNulInPath);

  const tooLarge = () => {
    throw new ApiError('payload_too_large', `The request body is larger than ${jsonBodyLimitBytes / 1024} KB.`);
  };
  const countedBodyLimit = bodyLimit({ maxSize: jsonBodyLimitBytes, onError: tooLarge });
  // Only JSON is parsed without a limit of its own; file routes count the bytes of their raw bodies themselves.
  app.use('/api/*', (c, next) => {
    if (!jsonMediaType.test(c.req.header('Content-Type') ?? '')) return next();
    // A declared length decides by itself (Node's parser delivers no byte past it), and the body stays unread until the
    // route parses it straight from the socket. Hono's bodyLimit would first wrap it in a web stream to count it.
    const length = c.req.header('Content-Length');
    if (length !== undefined && c.req.header('Transfer-Encoding') === undefined) return Number(length) > jsonBodyLimitBytes ? tooLarge() : next();
    return countedBodyLimit(c, next);
  });

  app.route('/', healthRoutes);
  app.route('/widget', widgetFiles());
  app.route('/console', consolePage());
  app.route('/api/v1/portal/:slug', portalApi());
  app.route('/api/v1/admin', adminApi());
  app.route('/api/v1/console/auth', consoleAuthRoutes);
  app.route('/', openApiRoutes(app));

  app.notFound((c) => c.json(new ApiError('not_found', `No route for ${c.req.method} ${c.req.path}`).toBody(), 404));

  app.onError((error, c) => {
    if (error instanceof ApiError) {
      for (const [name, value] of Object.entries(error.headers ?? {})) c.header(name, value);
      return c.json(error.toBody(), error.status);
    }
    if (error instanceof HTTPException && error.status < 500) {
      const apiError =
        error.status === 413
          ? new ApiError('payload_too_large', 'The request body is too large.')
          : error.status === 415
            ? new ApiError('unsupported_media_type', 'Send the body as JSON, with Content-Type: application/json.')
            : new ApiError('validation_failed', error.message || 'The request is not valid.');
      return c.json(apiError.toBody(), apiError.status);
    }
    deps.logger.error('unhandled error', {
      requestId: c.var.requestId,
      method: c.req.method,
      path: c.req.path,
      error: error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error),
    });
    return c.json(
      new ApiError('internal', `Something went wrong on our side. Reference: ${c.var.requestId ?? 'unknown'}.`).toBody(),
      500,
    );
  });

  return app;
}
