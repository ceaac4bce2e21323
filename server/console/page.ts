// The business console's page: GET /console is an HTML page with <kp-console>, GET /console/* its built files
// (dist/console, beside dist/widget), all under a content security policy that runs only this server's own scripts.
import { dirname, resolve } from 'node:path';
import { builtFiles } from '../http/built-files.js';
import { defineRoute, routeGroup, z } from '../http/openapi.js';

/**
 * Scripts and connections to this origin only; no plugins, frames or forms elsewhere. Styles may be inline: Lit
 * adopts its style sheets, and the placeholders of loading states size themselves with style attributes.
 */
export const consolePolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

const page = `<!doctype html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex">
  <title>Klantportaal console</title>
  <link rel="icon" href="data:,">
  <script type="module" src="/console/kp-console.js"></script>
  <style>html, body { margin: 0; background: #f4f6f9; }</style>
</head>
<body>
  <kp-console></kp-console>
  <noscript><p style="font-family: system-ui, sans-serif; padding: 16px">De console werkt alleen met JavaScript aan. · The console needs JavaScript.</p></noscript>
</body>
</html>
`;

const consolePageRoute = defineRoute('public', {
  method: 'get',
  path: '/',
  tags: ['Operations'],
  summary: 'The business console: the page staff sign in on (it loads /console/kp-console.js)',
  description: "Staff links of mails open here: #kp-staff-invite=<token> and #kp-staff-reset=<token>. Served with a content security policy of script-src 'self'.",
  responses: { 200: { description: 'An HTML page with <kp-console>', content: { 'text/html': { schema: z.string() } } } },
});

/** GET /console, and GET /console/{path} for its built files (dist/console, beside dist/widget). */
export function consolePage() {
  const files = builtFiles({
    name: 'console',
    summary: "The console's script: kp-console.js and its hashed chunks",
    root: (c) => resolve(dirname(resolve(c.var.deps.widgetDir)), 'console'),
    entryCache: 'no-cache',
    anyOrigin: false,
  });
  return routeGroup()
    .openapi(consolePageRoute, (c) => {
      c.header('Content-Security-Policy', consolePolicy);
      c.header('Cache-Control', 'no-cache');
      return c.html(page) as never;
    })
    .route('/', files);
}
