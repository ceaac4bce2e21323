// PUT|GET|DELETE /api/v1/admin/documents/{externalId} and PUT …/{externalId}/file?filename= (the raw file as the body).
import { Hono } from 'hono';
import { fileUploadRoutes } from '../customer-data/attached-files.js';
import { documentResource } from '../customer-data/documents.js';
import { recordRoutes } from '../customer-data/upsert.js';
import type { AppEnv } from '../http/env.js';
import { documentTypes } from '../files/sniff.js';

export const documentAdminRoutes = new Hono<AppEnv>()
  .route(
    '/',
    fileUploadRoutes('file', {
      resource: documentResource,
      column: 'file_id',
      allowed: documentTypes,
      filename: (document, _type, requested) => requested?.trim() || document.title,
    }),
  )
  .route('/', recordRoutes(documentResource));
