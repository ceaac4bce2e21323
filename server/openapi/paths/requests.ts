import type { RouteDoc } from '../registry.js';

export const requestRouteDocs: RouteDoc[] = [];
