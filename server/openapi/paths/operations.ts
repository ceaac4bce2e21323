// The widget's files: served by a plain route, since their path is a wildcard.
import type { RouteDoc } from '../registry.js';

export const operationRouteDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/widget/*',
    tag: 'Operations',
    caller: 'public',
    summary: 'The widget: klantportaal.js and its hashed chunks, served to any site',
    responses: { 200: { description: 'A JavaScript module', media: 'text/javascript' }, 404: { description: 'No such file' } },
  },
];
