// What the bench's parts share: starting a server process, one load run with autocannon, medians of rounds, tables
// and where a CPU profile says the time went.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { freePort } from '../test/support/processes.js';

export const root = fileURLToPath(new URL('../', import.meta.url));

// ── Processes ───────────────────────────────────────────────────────────────────────────────────────────────────

export interface Process {
  child: ChildProcess;
  url: string;
  stop(): Promise<void>;
}

/** A script of this repository under tsx, on a free port, once its /healthz answers. */
export async function startProcess(script: string, env: Record<string, string>, nodeArgs: string[] = [], cwd = root): Promise<Process> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', script], {
    cwd,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr!.on('data', (chunk) => (errors += chunk));
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${script} exited during start-up:\n${errors}`);
    if (await fetch(`${url}/healthz`).then((response) => response.ok, () => false)) break;
    if (Date.now() - started > 60_000) throw new Error(`${script} did not start:\n${errors}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    url,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

// ── Measuring ───────────────────────────────────────────────────────────────────────────────────────────────────

export interface Stats {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  /** Answers that were not 2xx, and connection errors or timeouts: a run with any is not a valid measurement. */
  non2xx: number;
  errors: number;
}

export async function load(options: autocannon.Options): Promise<Stats> {
  const result = await autocannon(options);
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The median of each figure over the rounds; failures are summed, since any one makes the figure suspect. */
export function medianOf(rounds: Stats[]): Stats {
  return {
    requestsPerSecond: Math.round(median(rounds.map((round) => round.requestsPerSecond))),
    p50: median(rounds.map((round) => round.p50)),
    p99: median(rounds.map((round) => round.p99)),
    requests: rounds.reduce((sum, round) => sum + round.requests, 0),
    non2xx: rounds.reduce((sum, round) => sum + round.non2xx, 0),
    errors: rounds.reduce((sum, round) => sum + round.errors, 0),
  };
}

// ── Formatting ──────────────────────────────────────────────────────────────────────────────────────────────────

export const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
export const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
export const perSecond = (stats: Stats) =>
  `${stats.requestsPerSecond.toLocaleString('en')}/s${stats.non2xx + stats.errors > 0 ? ` (${stats.non2xx + stats.errors} failed!)` : ''}`;

/** Markdown table lines, columns padded, the first line the header. */
export function markdownTable(lines: string[][]): string[] {
  const widths = lines[0]!.map((_, column) => Math.max(...lines.map((line) => (line[column] ?? '').length)));
  const format = (line: string[]) => `| ${widths.map((width, column) => (line[column] ?? '').padEnd(width)).join(' | ')} |`;
  return [format(lines[0]!), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...lines.slice(1).map(format)];
}

// ── Where the time goes ─────────────────────────────────────────────────────────────────────────────────────────

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

const nodesOf = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[] }).nodes;

/**
 * The main thread's profile among the one per thread that --cpu-prof writes (tsx's loader and SQLite's checkpoints run
 * in threads of their own; a thread blocked waiting counts as busy in its profile). Node names each file
 * CPU.<date>.<time>.<pid>.<thread>.<sequence>.cpuprofile, and the main thread is thread 0.
 */
export function mainThreadProfile(directory: string): string | undefined {
  const files = readdirSync(directory).filter((name) => name.endsWith('.cpuprofile'));
  const main = files.find((name) => name.split('.')[4] === '0');
  return main ? join(directory, main) : undefined;
}

/** Busy time by where the code lives: a package, the app's own files, or Node itself. */
export function packageShares(file: string): { name: string; selfPercent: number }[] {
  const nodes = nodesOf(file).filter((node) => node.callFrame.functionName !== '(idle)');
  const all = nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
  const shares = new Map<string, number>();
  for (const node of nodes) {
    const { url, functionName } = node.callFrame;
    const name = url.includes('/node_modules/')
      ? url.replace(/^.*\/node_modules\/((@[^/]+\/)?[^/]+).*$/, '$1')
      : url.startsWith(`file://${root}`)
        ? 'the app (server/)'
        : url.startsWith('node:') || url === ''
          ? functionName.startsWith('(') ? functionName : 'node'
          : 'other';
    shares.set(name, (shares.get(name) ?? 0) + (node.hitCount ?? 0));
  }
  return [...shares.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([name, hits]) => ({ name, selfPercent: Math.round((hits / all) * 1000) / 10 }));
}

/** The functions with the most samples of their own, idle time left out. */
export function topFunctions(file: string, count = 15): { function: string; where: string; selfPercent: number }[] {
  const totals = new Map<string, number>();
  let all = 0;
  for (const node of nodesOf(file)) {
    if (node.callFrame.functionName === '(idle)') continue;
    const hits = node.hitCount ?? 0;
    all += hits;
    const where = node.callFrame.url.replace(/^.*\/node_modules\//, '').replace(`file://${root}`, '');
    const key = `${node.callFrame.functionName || '(anonymous)'}\t${where}:${node.callFrame.lineNumber + 1}`;
    totals.set(key, (totals.get(key) ?? 0) + hits);
  }
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, hits]) => {
      const [name, where] = key.split('\t') as [string, string];
      return { function: name, where, selfPercent: Math.round((hits / all) * 1000) / 10 };
    });
}
