// What the back office pushes (upsert bodies are the schemas the routes validate with) and what a customer reads.
import { documentBody } from '../../customer-data/documents.js';
import { uploadQuery } from '../../customer-data/attached-files.js';
import { invoiceBody } from '../../customer-data/invoices.js';
import { objectBody } from '../../customer-data/objects.js';
import { orderBody } from '../../customer-data/orders.js';
import { acceptQuoteBody, declineQuoteBody } from '../../customer-data/quote-decisions.js';
import { quoteBody } from '../../customer-data/quotes.js';
import { workOrderBody } from '../../customer-data/work-orders.js';
import { recordListQuery } from '../../customer-data/upsert.js';
import { pageQuerySchema } from '../../http/pagination.js';
import type { ZodType } from 'zod';
import type { RouteDoc } from '../registry.js';

const portal = '/api/v1/portal/:slug';
const admin = '/api/v1/admin';
const pdf = { description: 'The PDF, as an attachment', media: 'application/pdf' };

function portalReads(resource: string, noun: string, listNote: string): RouteDoc[] {
  return [
    {
      method: 'get',
      path: `${portal}/${resource}`,
      tag: 'Customer data',
      caller: 'portal',
      summary: `The customer’s ${noun}s, newest first`,
      description: listNote,
      query: pageQuerySchema,
      responses: { 200: { description: `A page of ${noun}s` }, 403: { description: 'Switched off for this portal' } },
    },
  ];
}

function portalDetail(resource: string, noun: string): RouteDoc {
  return { method: 'get', path: `${portal}/${resource}/:id`, tag: 'Customer data', caller: 'portal', summary: `One ${noun}`, responses: { 200: { description: `The ${noun}` }, 404: { description: 'Not found' } } };
}

function upserts(resource: string, noun: string, body: ZodType): RouteDoc[] {
  const path = `${admin}/${resource}/:externalId`;
  return [
    { method: 'get', path: `${admin}/${resource}`, tag: 'Back office: customer data', caller: 'admin', summary: `The ${noun}s, newest first; ?customerExternalId= for one customer`, query: recordListQuery, responses: { 200: { description: `A page of ${noun}s` } } },
    { method: 'put', path, tag: 'Back office: customer data', caller: 'admin', summary: `Create or update a ${noun}`, body, responses: { 200: { description: 'Updated' }, 201: { description: 'Created' }, 400: { description: 'Not valid; unknown references are named' } } },
    { method: 'get', path, tag: 'Back office: customer data', caller: 'admin', summary: `One ${noun}`, responses: { 200: { description: `The ${noun}` }, 404: { description: 'Not found' } } },
    { method: 'delete', path, tag: 'Back office: customer data', caller: 'admin', summary: `Remove a ${noun}`, responses: { 204: { description: 'Removed' }, 404: { description: 'Not found' } } },
  ];
}

function fileUpload(resource: string, file: string, noun: string, note: string, query?: ZodType): RouteDoc {
  return {
    method: 'put',
    path: `${admin}/${resource}/:externalId/${file}`,
    tag: 'Back office: customer data',
    caller: 'admin',
    summary: `Store the ${noun}’s file`,
    ...(query ? { query } : {}),
    upload: { kind: 'raw', description: note },
    responses: { 200: { description: 'Stored' }, 413: { description: 'Larger than 20 MB' }, 415: { description: 'Not an accepted type' } },
  };
}

export const customerDataRouteDocs: RouteDoc[] = [
  {
    method: 'get',
    path: `${portal}/overview`,
    tag: 'Customer data',
    caller: 'portal',
    summary: 'Counts and highlights for the home view: open requests and work orders, next visit, open invoices and quotes',
    responses: { 200: { description: 'The overview' } },
  },
  { method: 'get', path: `${portal}/locations`, tag: 'Customer data', caller: 'portal', summary: 'The customer’s work addresses', query: pageQuerySchema, responses: { 200: { description: 'A page of locations' } } },
  ...portalReads('objects', 'installed object', 'Filter with ?locationId=.'),
  portalDetail('objects', 'object, with its work orders and documents'),
  ...portalReads('work-orders', 'work order', 'Filter with ?status=, ?objectId=, ?locationId=.'),
  portalDetail('work-orders', 'work order, with its timeline and documents'),
  ...portalReads('quotes', 'quote', 'Filter with ?status=.'),
  portalDetail('quotes', 'quote'),
  { method: 'get', path: `${portal}/quotes/:id/pdf`, tag: 'Customer data', caller: 'portal', summary: 'The quote as PDF', responses: { 200: pdf, 404: { description: 'Not found' } } },
  { method: 'post', path: `${portal}/quotes/:id/accept`, tag: 'Customer data', caller: 'portal', summary: 'Accept an open quote', body: acceptQuoteBody, responses: { 200: { description: 'The accepted quote' }, 409: { description: 'Not open, or no longer valid' } } },
  { method: 'post', path: `${portal}/quotes/:id/decline`, tag: 'Customer data', caller: 'portal', summary: 'Decline an open quote', body: declineQuoteBody, responses: { 200: { description: 'The declined quote' }, 409: { description: 'Not open' } } },
  ...portalReads('invoices', 'invoice', 'Filter with ?status=.'),
  portalDetail('invoices', 'invoice'),
  { method: 'get', path: `${portal}/invoices/:id/pdf`, tag: 'Customer data', caller: 'portal', summary: 'The invoice as PDF', responses: { 200: pdf, 404: { description: 'Not found' } } },
  ...portalReads('documents', 'document', 'Filter with ?objectId=, ?workOrderId=, ?category=.'),
  { method: 'get', path: `${portal}/documents/:id/file`, tag: 'Customer data', caller: 'portal', summary: 'Download a document', responses: { 200: { description: 'The file, as an attachment', media: 'application/octet-stream' }, 404: { description: 'Not found' } } },
  ...portalReads('orders', 'order', 'Filter with ?status=.'),
  portalDetail('orders', 'order'),

  ...upserts('objects', 'object', objectBody),
  ...upserts('work-orders', 'work order', workOrderBody),
  ...upserts('quotes', 'quote', quoteBody),
  fileUpload('quotes', 'pdf', 'quote', 'The PDF itself as the body, Content-Type: application/pdf.'),
  ...upserts('invoices', 'invoice', invoiceBody),
  fileUpload('invoices', 'pdf', 'invoice', 'The PDF itself as the body, Content-Type: application/pdf.'),
  ...upserts('documents', 'document', documentBody),
  fileUpload('documents', 'file', 'document', 'The file itself as the body: PDF, a photo or an Office document. ?filename= names it.', uploadQuery),
  ...upserts('orders', 'order', orderBody),
];
