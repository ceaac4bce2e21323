// The server process: config, database, app, listen; SIGTERM/SIGINT drain and exit 0.
import { createApp } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { demoSignIns, demoStaffSignIn } from './demo/seed.js';
import { startDemoSites } from './demo/serve.js';
import { NewRequestMailer } from './requests/notifications.js';
import { openRuntime } from './runtime.js';
import { listen, type RunningServer } from './server.js';
import { startWebhookWorker } from './webhooks/worker.js';
import { startEventLogPruning } from './events/pruning.js';
import { startBookingHoldExpiry } from './bookings/hold-expiry.js';

export async function serveFromConfig(config: Config): Promise<void> {
  const { deps, database } = await openRuntime(config);
  const app = createApp(deps);
  let demoSite: RunningServer | undefined;
  if (config.demo) {
    demoSite = await startDemoSites(app, deps, config);
  }
  // Background work kept in the database (webhook outbox, new-request mail): any process may pick it up.
  const webhookWorker = startWebhookWorker({ db: deps.db, dialect: deps.dialect, logger: deps.logger, allowPrivateAddresses: config.webhookAllowPrivate });
  const requestMail = new NewRequestMailer({ db: deps.db, mailer: deps.mailer, logger: deps.logger });
  requestMail.start();
  const eventPruning = startEventLogPruning({ db: deps.db, logger: deps.logger });
  const bookingHolds = startBookingHoldExpiry({ db: deps.db, logger: deps.logger });
  const running = await listen(app, {
    host: config.host,
    port: config.port,
    lifecycle: deps.lifecycle,
    logger: deps.logger,
    shutdownTimeoutMs: config.shutdownTimeoutMs,
    onClosed: async () => {
      await Promise.all([webhookWorker.stop(), requestMail.stop(), eventPruning.stop(), bookingHolds.stop()]);
      await demoSite?.shutdown();
      await database.close();
    },
  });
  deps.logger.info('listening', { url: `http://${config.host}:${running.port}`, database: database.dialect });
  if (config.demo) {
    process.stdout.write(
      [
        '',
        `  Klantportaal is running: ${config.publicUrl}/`,
        `  Demo portal page:        ${config.publicUrl}/mijn-portaal`,
        ...(demoSite ? [`  Same page, other origin: http://localhost:${demoSite.port}/mijn-portaal`] : []),
        '  Sign in as:',
        ...demoSignIns.map((signIn) => `    ${signIn.email} / ${signIn.password}  (${signIn.who})`),
        `  Business console:        ${config.publicUrl}/console`,
        `    ${demoStaffSignIn.email} / ${demoStaffSignIn.password}  (${demoStaffSignIn.who})`,
        '',
      ].join('\n') + '\n',
    );
  }
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
