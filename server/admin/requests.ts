// /api/v1/admin/requests: the business's inbox of requests (guest requests included), their files, and status moves.
import { idParam, recordIdSchema } from '../customer-data/fields.js';
import { fileDownload } from '../files/download.js';
import { clientIp } from '../http/client-ip.js';
import { commonFailures, defineRoute, failure, file, json, jsonBody, routeGroup, z } from '../http/openapi.js';
import { attachmentDownloadQuery, attachmentTypes, requestFile } from '../requests/attachments.js';
import { guestCustomerBody, guestCustomerSchema, makeCustomerOfGuest } from '../requests/guest-customer.js';
import { adminRequestDetailSchema, adminRequestPageSchema } from '../requests/output.js';
import { adminScope, changeRequestStatus } from '../requests/requests.js';
import { changeRequestBody, inboxQuery } from '../requests/schemas.js';
import { adminRequestDetail, listAdminRequests } from '../requests/views.js';

const tags = ['Back office: requests'];
const notFound = commonFailures.notFound('request');

const inbox = defineRoute('admin', {
  method: 'get',
  path: '/requests',
  tags,
  summary: 'The inbox: requests from every portal of the business, guest requests included, newest first',
  description: 'Filters combine: only requests that pass every filter given are listed, and the cursor pages through those alone.',
  request: { query: inboxQuery },
  responses: { 200: json(adminRequestPageSchema, 'A page of requests') },
});

const getRequest = defineRoute('admin', {
  method: 'get',
  path: '/requests/{id}',
  tags,
  summary: 'One request with its attachments, messages, timeline and work order',
  request: { params: idParam },
  responses: { 200: json(adminRequestDetailSchema, 'The request'), 404: notFound },
});

const download = defineRoute('admin', {
  method: 'get',
  path: '/requests/{id}/attachments/{attachmentId}',
  tags,
  summary: 'Download an attachment',
  request: { params: z.object({ id: recordIdSchema, attachmentId: recordIdSchema }), query: attachmentDownloadQuery },
  responses: {
    200: file('The file, as an attachment (nosniff, sandboxed)', attachmentTypes),
    404: commonFailures.notFound('request, file on it, or thumbnail of a PDF or HEIC'),
  },
});

const move = defineRoute('admin', {
  method: 'patch',
  path: '/requests/{id}',
  tags,
  summary: 'Move a request: submitted → in_review | rejected, in_review → accepted | rejected',
  description:
    'Accepting requires workOrderExternalId: the work order the request became (it may be pushed before or after). The note is shown to the customer. Asking for the status the request already has changes nothing.',
  request: { params: idParam, body: jsonBody(changeRequestBody) },
  responses: {
    200: json(adminRequestDetailSchema, 'The request'),
    404: notFound,
    409: failure('Not an allowed move, accepted already as another work order, or changed meanwhile', 'conflict'),
  },
});

const makeCustomer = defineRoute('admin', {
  method: 'post',
  path: '/requests/{id}/customer',
  tags,
  summary: 'Make a customer of a guest request’s guest, with an invited contact, in one step',
  description:
    'Creates the customer from the guest’s name, email address, phone number and address (also its first work address), the guest as the customer’s first contact (an admin of the customer, invited; mailed with invite: true), and moves the request onto that customer and contact. Then the request is a customer request like any other: accept it into a work order for this customer.',
  request: { params: idParam, body: jsonBody(guestCustomerBody) },
  responses: {
    201: json(guestCustomerSchema, 'The customer, its contact with their invite, and the request as it is now'),
    404: commonFailures.notFound('request, or portal'),
    409: failure(
      'Not a guest request (any more), a customer with this externalId or a contact with the guest’s email address exists already, or an invite to mail for a portal without a homeUrl',
      'conflict',
    ),
  },
});

export const adminRequestRoutes = routeGroup()
  .openapi(inbox, async (c) => {
    const { status, updatedSince, portal, workType, source, customerExternalId, booking, q, ...page } = c.req.valid('query');
    const filter = { statuses: status, updatedSince, portal, workType, source, customerExternalId, booking, search: q || undefined };
    return c.json(await listAdminRequests(c.var.deps.db, c.var.admin.tenantId, filter, page), 200);
  })

  .openapi(getRequest, async (c) => {
    return c.json(await adminRequestDetail(c.var.deps.db, c.var.admin.tenantId, c.req.valid('param').id), 200);
  })

  .openapi(download, async (c) => {
    const { deps, admin } = c.var;
    const { id, attachmentId } = c.req.valid('param');
    return fileDownload(c, await requestFile(deps.db, adminScope(admin), id, attachmentId, c.req.valid('query').size)) as never;
  })

  .openapi(makeCustomer, async (c) => {
    const { deps, admin } = c.var;
    return c.json(await makeCustomerOfGuest(deps, admin, c.req.valid('param').id, c.req.valid('json'), clientIp(c)), 201);
  })

  .openapi(move, async (c) => {
    const { deps, admin } = c.var;
    const moved = await changeRequestStatus(deps, admin, c.req.valid('param').id, c.req.valid('json'), clientIp(c));
    return c.json(await adminRequestDetail(deps.db, admin.tenantId, moved.id), 200);
  });
