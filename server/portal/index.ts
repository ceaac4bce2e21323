// The customer API, /api/v1/portal/{slug}/…: one sub-app per resource.
import { routeGroup } from '../http/openapi.js';
import { portalContext } from './context.js';
import { configRoutes } from './config.js';
import { logoRoutes } from './logo.js';
import { authRoutes } from './auth.js';
import { meRoutes } from './me.js';
import { contactRoutes } from './contacts.js';
import { overviewRoutes } from './overview.js';
import { locationRoutes } from './locations.js';
import { objectRoutes } from './objects.js';
import { workOrderRoutes } from './work-orders.js';
import { quoteRoutes } from './quotes.js';
import { invoiceRoutes } from './invoices.js';
import { documentRoutes } from './documents.js';
import { orderRoutes } from './orders.js';
import { requestRoutes } from './requests.js';
import { messageRoutes } from './messages.js';
import { guestRequestRoutes } from './guest-requests.js';
import { guestFollowRoutes } from './guest-follow.js';
import { invitePreviewRoutes } from './invite-preview.js';
import { portalEventRoutes } from './events.js';
import { portalBookingRoutes } from '../bookings/portal-routes.js';

export function portalApi() {
  const api = routeGroup();
  api.use('*', portalContext);
  api.route('/', configRoutes);
  api.route('/', logoRoutes);
  api.route('/', authRoutes);
  api.route('/', meRoutes);
  api.route('/', contactRoutes);
  api.route('/overview', overviewRoutes);
  api.route('/locations', locationRoutes);
  api.route('/objects', objectRoutes);
  api.route('/work-orders', workOrderRoutes);
  api.route('/quotes', quoteRoutes);
  api.route('/invoices', invoiceRoutes);
  api.route('/documents', documentRoutes);
  api.route('/orders', orderRoutes);
  api.route('/', requestRoutes);
  api.route('/', messageRoutes);
  api.route('/', guestRequestRoutes);
  api.route('/', guestFollowRoutes);
  api.route('/', invitePreviewRoutes);
  api.route('/events', portalEventRoutes);
  api.route('/', portalBookingRoutes);
  return api;
}
