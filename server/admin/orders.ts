// PUT|GET|DELETE /api/v1/admin/orders/{externalId}: the customer's orders (bestellingen).
import { orderResource } from '../customer-data/orders.js';
import { recordRoutes } from '../customer-data/record-routes.js';

export const orderAdminRoutes = recordRoutes(orderResource);
