// /api/v1/admin/requests/{id}/proposed-address: the business takes on, or declines, the work address a customer added
// with a request.
import { idParam } from '../customer-data/fields.js';
import { clientIp } from '../http/client-ip.js';
import { commonFailures, defineRoute, failure, json, jsonBody, routeGroup } from '../http/openapi.js';
import { adminRequestDetailSchema } from '../requests/output.js';
import { decideProposedAddress, proposalDecisionBody } from '../requests/proposed-address.js';

const decide = defineRoute('admin', {
  method: 'post',
  path: '/requests/{id}/proposed-address',
  tags: ['Back office: requests'],
  summary: 'Accept or decline the work address the customer added with this request',
  description:
    'accept makes it one of the customer’s work addresses (kept in the console, source console); decline leaves it on this request only, and the customer no longer chooses it for a new request.',
  request: { params: idParam, body: jsonBody(proposalDecisionBody) },
  responses: {
    200: json(adminRequestDetailSchema, 'The request, its location no longer proposed'),
    404: commonFailures.notFound('request'),
    409: failure('The request has no proposed address awaiting a decision', 'conflict'),
  },
});

export const adminProposedAddressRoutes = routeGroup().openapi(decide, async (c) => {
  const { deps, admin } = c.var;
  return c.json(await decideProposedAddress(deps.db, admin, c.req.valid('param').id, c.req.valid('json'), clientIp(c)), 200);
});
