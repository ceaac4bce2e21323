// The routes outside the two APIs: health, the widget files and this document.
import type { RouteDoc } from '../registry.js';

export const operationRouteDocs: RouteDoc[] = [
  { method: 'get', path: '/healthz', tag: 'Operations', caller: 'public', summary: 'The process is alive', responses: { 200: { description: '{"status": "ok"}' } } },
  {
    method: 'get',
    path: '/readyz',
    tag: 'Operations',
    caller: 'public',
    summary: 'The database is reachable and the server is not shutting down',
    responses: { 200: { description: '{"status": "ready"}' }, 503: { description: 'Draining or database unreachable' } },
  },
  {
    method: 'get',
    path: '/widget/*',
    tag: 'Operations',
    caller: 'public',
    summary: 'The widget: klantportaal.js and its hashed chunks, served to any site',
    responses: { 200: { description: 'A JavaScript module', media: 'text/javascript' }, 404: { description: 'No such file' } },
  },
  { method: 'get', path: '/openapi.json', tag: 'Operations', caller: 'public', summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1' } } },
];
