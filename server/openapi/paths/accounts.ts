import type { RouteDoc } from '../registry.js';

export const accountRouteDocs: RouteDoc[] = [];
