// PUT|GET|DELETE /api/v1/admin/work-orders/{externalId}: a status change appends to the customer's timeline.
import { recordRoutes } from '../customer-data/record-routes.js';
import { workOrderResource } from '../customer-data/work-orders.js';

export const workOrderAdminRoutes = recordRoutes(workOrderResource);
