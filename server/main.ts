// The server process: config, database, app, listen; SIGTERM/SIGINT drain and exit 0.
import { createApp } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { seedDemo } from './demo/seed.js';
import { openRuntime } from './runtime.js';
import { listen } from './server.js';

export async function serveFromConfig(config: Config): Promise<void> {
  const { deps, database } = await openRuntime(config);
  if (config.demo) {
    const demo = await seedDemo(deps.db, config.publicUrl);
    deps.logger.info('demo portal ready', { portal: demo.portal, created: demo.created });
  }
  const app = createApp(deps);
  const running = await listen(app, {
    host: config.host,
    port: config.port,
    lifecycle: deps.lifecycle,
    logger: deps.logger,
    shutdownTimeoutMs: config.shutdownTimeoutMs,
    onClosed: () => database.close(),
  });
  deps.logger.info('listening', { url: `http://${config.host}:${running.port}`, database: database.dialect });
  const stop = (signal: string) => {
    deps.logger.info('signal', { signal });
    void running.shutdown().then(() => process.exit(0));
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

/** Prints a config error as the operator should read it, without a stack trace. */
export function exitOnStartupError(error: unknown): never {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Start-up failed: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    await serveFromConfig(loadConfig());
  } catch (error) {
    exitOnStartupError(error);
  }
}
