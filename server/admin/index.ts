// The back-office API, /api/v1/admin/…: an API key or a staff session, then one sub-app per resource.
import { routeGroup } from '../http/openapi.js';
import { adminAuth } from './auth.js';
import { portalRoutes } from './portals.js';
import { customerRoutes } from './customers.js';
import { adminContactRoutes } from './contacts.js';
import { objectAdminRoutes } from './objects.js';
import { workOrderAdminRoutes } from './work-orders.js';
import { quoteAdminRoutes } from './quotes.js';
import { invoiceAdminRoutes } from './invoices.js';
import { documentAdminRoutes } from './documents.js';
import { orderAdminRoutes } from './orders.js';
import { adminRequestRoutes } from './requests.js';
import { adminMessageRoutes } from './messages.js';
import { adminWebhookRoutes } from './webhooks.js';
import { adminPreviewRoutes } from './preview.js';
import { adminAuditRoutes } from './audit.js';
import { adminStaffRoutes } from './staff.js';
import { adminApiKeyRoutes } from './api-keys.js';
import { adminTenantRoutes } from './tenant.js';
import { adminRequestNoteRoutes } from './request-notes.js';
import { adminEventRoutes } from './events.js';
import { adminStatsRoutes } from './stats.js';

export function adminApi() {
  const api = routeGroup();
  api.use('*', adminAuth);
  api.route('/', portalRoutes);
  api.route('/', customerRoutes);
  api.route('/', adminContactRoutes);
  api.route('/objects', objectAdminRoutes);
  api.route('/work-orders', workOrderAdminRoutes);
  api.route('/quotes', quoteAdminRoutes);
  api.route('/invoices', invoiceAdminRoutes);
  api.route('/documents', documentAdminRoutes);
  api.route('/orders', orderAdminRoutes);
  api.route('/', adminRequestRoutes);
  api.route('/', adminMessageRoutes);
  api.route('/', adminWebhookRoutes);
  api.route('/', adminPreviewRoutes);
  api.route('/', adminAuditRoutes);
  api.route('/', adminStaffRoutes);
  api.route('/', adminApiKeyRoutes);
  api.route('/', adminTenantRoutes);
  api.route('/', adminRequestNoteRoutes);
  api.route('/', adminEventRoutes);
  api.route('/', adminStatsRoutes);
  return api;
}
