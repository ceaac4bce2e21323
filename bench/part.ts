// One measured part of `npm run bench`, run by bench/run.ts in turn: it starts what it measures, measures its baseline
// in the same run (interleaved rounds, medians), and answers the rows of its table, the targets it was held to, and
// its figures for bench/results.json.
export interface BenchOptions {
  /** 1 s runs and small data: to try the script, not to quote its figures. */
  quick: boolean;
  /** A PostgreSQL database the part may use (its own schema or tables), when the run measures PostgreSQL too. */
  postgresUrl?: string;
}

export interface BenchTarget {
  /** What was promised, in words: "list ≥ 10 % of bare Hono on SQLite". */
  name: string;
  met: boolean;
  /** The measured figure, formatted: "11.4 %". */
  measured: string;
}

export interface BenchPartResult {
  /** The table's heading: "Submissions (POST /requests)". */
  title: string;
  /** Markdown table lines, header first, for the terminal and the README. */
  table: string[];
  targets: BenchTarget[];
  /** Everything measured, for bench/results.json. */
  figures: Record<string, unknown>;
}

export type BenchPart = (options: BenchOptions) => Promise<BenchPartResult>;
