// PUT|GET|DELETE /api/v1/admin/objects/{externalId}: the back office's installed objects.
import { objectResource } from '../customer-data/objects.js';
import { recordRoutes } from '../customer-data/record-routes.js';

export const objectAdminRoutes = recordRoutes(objectResource);
