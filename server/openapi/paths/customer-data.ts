import type { RouteDoc } from '../registry.js';

export const customerDataRouteDocs: RouteDoc[] = [];
