// Preview tokens.
import { previewTokenBody, previewTokenOutput, previewTokenQuery } from '../../admin/preview.js';
import type { RouteDoc } from '../registry.js';

const admin = '/api/v1/admin';
const notFound = { description: 'Not found, or not this customer’s or business’s' };

export const requestRouteDocs: RouteDoc[] = [
  {
    method: 'post',
    path: `${admin}/preview-token`,
    tag: 'Back office: portals',
    caller: 'admin',
    summary: 'A 15-minute read-only portal token: see the portal as this contact does',
    query: previewTokenQuery,
    body: previewTokenBody,
    responses: { 200: { description: 'The token; every write with it answers 403', schema: previewTokenOutput }, 404: notFound, 409: { description: 'The contact is not active' } },
  },
];
