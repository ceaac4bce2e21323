// PUT|GET|DELETE /api/v1/admin/quotes/{externalId} and PUT …/{externalId}/pdf (the raw PDF as the body).
import { quoteResource } from '../customer-data/quotes.js';
import { recordRoutes } from '../customer-data/record-routes.js';
import { pdfTypes } from '../files/sniff.js';

export const quoteAdminRoutes = recordRoutes(quoteResource, {
  segment: 'pdf',
  column: 'pdf_file_id',
  allowed: pdfTypes,
  takesFilename: false,
  filename: (quote) => quote.number,
});
