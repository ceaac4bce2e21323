// The widget's and the console's files, and the console's page: served by plain routes, since their paths are wildcards.
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
  {
    method: 'get',
    path: '/console',
    tag: 'Operations',
    caller: 'public',
    summary: 'The business console: the page staff sign in on (it loads /console/kp-console.js)',
    description: "Staff links of mails open here: #kp-staff-invite=<token> and #kp-staff-reset=<token>. Served with a content security policy of script-src 'self'.",
    responses: { 200: { description: 'An HTML page with <kp-console>', media: 'text/html' } },
  },
  {
    method: 'get',
    path: '/console/*',
    tag: 'Operations',
    caller: 'public',
    summary: "The console's script: kp-console.js and its hashed chunks",
    responses: { 200: { description: 'A JavaScript module', media: 'text/javascript' }, 404: { description: 'No such file' } },
  },
];
