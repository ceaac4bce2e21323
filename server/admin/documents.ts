// PUT|GET|DELETE /api/v1/admin/documents/{externalId} and PUT …/{externalId}/file?filename= (the raw file as the body).
import { documentResource } from '../customer-data/documents.js';
import { recordRoutes } from '../customer-data/record-routes.js';
import { documentTypes } from '../files/sniff.js';

export const documentAdminRoutes = recordRoutes(documentResource, {
  segment: 'file',
  column: 'file_id',
  allowed: documentTypes,
  takesFilename: true,
  filename: (document, _type, requested) => requested?.trim() || document.title,
});
