// PUT|GET|DELETE /api/v1/admin/quotes/{externalId} and PUT …/{externalId}/pdf (the raw PDF as the body).
import { Hono } from 'hono';
import { fileUploadRoutes } from '../customer-data/attached-files.js';
import { quoteResource } from '../customer-data/quotes.js';
import { recordRoutes } from '../customer-data/upsert.js';
import type { AppEnv } from '../http/env.js';
import { pdfTypes } from '../files/sniff.js';

export const quoteAdminRoutes = new Hono<AppEnv>()
  .route('/', fileUploadRoutes('pdf', { resource: quoteResource, column: 'pdf_file_id', allowed: pdfTypes, filename: (quote) => quote.number }))
  .route('/', recordRoutes(quoteResource));
