// PUT|GET|DELETE /api/v1/admin/invoices/{externalId} and PUT …/{externalId}/pdf (the raw PDF as the body).
import { Hono } from 'hono';
import { fileUploadRoutes } from '../customer-data/attached-files.js';
import { invoiceResource } from '../customer-data/invoices.js';
import { recordRoutes } from '../customer-data/upsert.js';
import type { AppEnv } from '../http/env.js';
import { pdfTypes } from '../files/sniff.js';

export const invoiceAdminRoutes = new Hono<AppEnv>()
  .route('/', fileUploadRoutes('pdf', { resource: invoiceResource, column: 'pdf_file_id', allowed: pdfTypes, filename: (invoice) => invoice.number }))
  .route('/', recordRoutes(invoiceResource));
