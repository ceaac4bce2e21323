// Demo mode: seed the demo business, mount its website on this server, and serve the same site from a second origin
// (localhost on PORT+1) so the cross-site embed can be seen working.
import { Hono } from 'hono';
import type { Config } from '../config.js';
import type { AppEnv, Deps } from '../http/env.js';
import { listen, type RunningServer } from '../server.js';
import { seedDemo } from './seed.js';
import { demoSite } from './site.js';

export async function startDemoSites(app: Hono<AppEnv>, deps: Deps, config: Config): Promise<RunningServer | undefined> {
  const otherPort = config.port + 1;
  const otherOrigin = `http://localhost:${otherPort}`;
  const forward = (request: Request) => app.fetch(request);
  // Routes must all be added before the app answers its first request, and the seed makes requests.
  let apiKey = '';
  app.route('/', demoSite({ apiKey: () => apiKey, apiOrigin: config.publicUrl, otherOrigin, forward }));
  const seeded = await seedDemo(app, deps.db, { publicUrl: config.publicUrl, otherOrigin });
  apiKey = seeded.apiKey;
  deps.logger.info('demo portal ready', { portal: seeded.portal, created: seeded.created });

  const other = new Hono<AppEnv>();
  other.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  other.route('/', demoSite({ apiKey: () => apiKey, apiOrigin: config.publicUrl, otherOrigin: config.publicUrl, forward }));
  try {
    return await listen(other, { host: config.host, port: otherPort, lifecycle: deps.lifecycle, logger: deps.logger, shutdownTimeoutMs: config.shutdownTimeoutMs });
  } catch (error) {
    deps.logger.warn('demo site on a second origin not started', { port: otherPort, error: error instanceof Error ? error.message : String(error) });
    return undefined;
  }
}
