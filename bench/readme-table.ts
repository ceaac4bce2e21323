// `npx tsx bench/readme-table.ts`: puts the figures of bench/results.json into README.md's Performance section,
// between <!-- bench:start --> and <!-- bench:end -->: each part's table and its targets, met or missed, as measured
// in that run. Without the markers, they go in place of the section's first table. --check only prints the section.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './measure.js';
import type { BenchPartResult } from './part.js';

const start = '<!-- bench:start -->';
const end = '<!-- bench:end -->';

type Outcome = (BenchPartResult & { part: string; seconds: number }) | { part: string; skipped: string };

interface Results {
  ranAt: string;
  quick: boolean;
  seconds: number;
  machine: { cpus: number; model: string | null; node: string };
  parts: Outcome[];
}

export function section(results: Results): string {
  const lines = [
    start,
    `One run of \`npm run bench\` (${results.ranAt.slice(0, 16).replace('T', ' ')} UTC, ${Math.round(results.seconds / 60)} minutes${results.quick ? ', --quick: not for publishing' : ''}) on ${results.machine.cpus} × ${results.machine.model ?? 'cpu'}, Node ${results.machine.node}; every ratio against a baseline measured in the same run, interleaved.`,
  ];
  for (const outcome of results.parts) {
    if ('skipped' in outcome) {
      lines.push('', `**${outcome.part}**: not measured in this run (${outcome.skipped}).`);
      continue;
    }
    lines.push('', `**${outcome.title}**`, '', ...outcome.table);
    if (outcome.targets.length > 0) {
      lines.push('');
      for (const target of outcome.targets) lines.push(`- ${target.met ? 'Met' : '**Missed**'}: ${target.name} (${target.measured})`);
    }
  }
  lines.push(end);
  return lines.join('\n');
}

function main(): void {
  const results = JSON.parse(readFileSync(join(root, 'bench/results.json'), 'utf8')) as Results;
  if (!Array.isArray(results.parts)) throw new Error('bench/results.json is not from this bench runner: run npm run bench first');
  const text = section(results);
  if (process.argv.includes('--check')) {
    console.log(text);
    return;
  }
  const readmePath = join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  let updated: string;
  if (readme.includes(start) && readme.includes(end)) {
    updated = readme.slice(0, readme.indexOf(start)) + text + readme.slice(readme.indexOf(end) + end.length);
  } else {
    const heading = readme.indexOf('\n## Performance\n');
    if (heading < 0) throw new Error('README.md has no "## Performance" section');
    const lines = readme.slice(heading + 1).split('\n');
    const first = lines.findIndex((line) => line.startsWith('|'));
    const next = lines.findIndex((line, index) => index > 0 && line.startsWith('## '));
    if (first < 0 || (next >= 0 && first > next)) throw new Error('the Performance section has no table to replace: add the markers');
    let last = first;
    while (lines[last + 1]?.startsWith('|')) last += 1;
    lines.splice(first, last - first + 1, text);
    updated = readme.slice(0, heading + 1) + lines.join('\n');
  }
  writeFileSync(readmePath, updated);
  console.log(`README.md: the Performance section now shows the run of ${results.ranAt}.`);
}

main();
