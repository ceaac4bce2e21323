// The real server in demo mode on a database of its own, as `KP_DEMO=1 npm start` runs it: the demo business's pages
// (/mijn-portaal embeds the widget from dist/, so build it first) for the parts that measure them in a browser.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServerProcess } from '../test/support/processes.js';

export interface DemoServer {
  /** The server's origin: http://127.0.0.1:<port>. */
  url: string;
  stop(): Promise<void>;
}

export async function startDemoServer(): Promise<DemoServer> {
  const directory = mkdtempSync(join(tmpdir(), 'kp-bench-demo-'));
  try {
    const server = await startServerProcess({ KP_DEMO: '1', KP_LOG: 'silent', DATABASE_URL: `file:${join(directory, 'demo.db')}` }, 60_000);
    return {
      url: server.url,
      stop: async () => {
        if (server.child.exitCode === null) server.child.kill('SIGTERM');
        await server.exited;
        rmSync(directory, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(directory, { recursive: true, force: true });
    throw error;
  }
}
