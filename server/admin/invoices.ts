// PUT|GET|DELETE /api/v1/admin/invoices/{externalId} and PUT …/{externalId}/pdf (the raw PDF as the body).
import { invoiceResource } from '../customer-data/invoices.js';
import { recordRoutes } from '../customer-data/record-routes.js';
import { pdfTypes } from '../files/sniff.js';

export const invoiceAdminRoutes = recordRoutes(invoiceResource, {
  segment: 'pdf',
  column: 'pdf_file_id',
  allowed: pdfTypes,
  takesFilename: false,
  filename: (invoice) => invoice.number,
});
