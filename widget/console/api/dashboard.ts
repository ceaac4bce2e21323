// The dashboard's figures (GET /admin/stats), as the console calls them; types named from the generated API types.
import type { components } from '../../api/schema.js';
import type { ConsoleClient } from './console-client.js';

/** Requests per Amsterdam week, the time to a first answer, the share accepted, quotes and portal users. */
export type BusinessStats = components['schemas']['BusinessStats'];
export type StatsWeek = BusinessStats['weeks'][number];

/** The last twelve weeks up to today: the server's default period. */
export function loadStats(client: ConsoleClient, signal?: AbortSignal): Promise<BusinessStats> {
  return client.request('GET', '/admin/stats', undefined, { signal });
}
