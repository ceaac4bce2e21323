// Builds the widget into dist/widget/: a small entry (klantportaal.js) and lazily loaded chunks with hashed names.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

// Budgets in gzip bytes: what a customer on a phone downloads before the sign-in form shows, and in all (every view
// and the English texts; a customer loads only the views they open).
const entryBudget = 20.0 * 1024;
const totalBudget = 116 * 1024;

const kb = (bytes) => (bytes / 1024).toFixed(1);

function reportSizes({ what = 'the widget', entryLimit = entryBudget, totalLimit = totalBudget } = {}) {
  return {
    name: 'report-sizes',
    generateBundle(_options, bundle) {
      const rows = Object.values(bundle)
        .filter((file) => file.type === 'chunk')
        .map((file) => ({ name: file.fileName, entry: file.isEntry, raw: file.code.length, gzip: gzipSync(file.code, { level: 9 }).length }));
      const total = rows.reduce((sum, row) => sum + row.gzip, 0);
      for (const row of rows) {
        console.log(`  ${row.name.padEnd(44)} ${kb(row.raw).padStart(7)} KB  ${kb(row.gzip).padStart(6)} KB gzip`);
      }
      console.log(`  ${'total'.padEnd(44)} ${''.padStart(10)} ${kb(total).padStart(9)} KB gzip`);
      const entry = rows.find((row) => row.entry);
      if (entry && entry.gzip > entryLimit) this.error(`the entry of ${what} is ${kb(entry.gzip)} KB gzip, over its budget of ${kb(entryLimit)} KB`);
      if (total > totalLimit) this.error(`${what} is ${kb(total)} KB gzip in all, over its budget of ${kb(totalLimit)} KB`);
    },
  };
}

// A brotli and a gzip copy beside each script and map, so the server sends them compressed without working per request.
function precompress() {
  return {
    name: 'precompress',
    writeBundle(options, bundle) {
      for (const file of Object.values(bundle)) {
        if (!/\.(js|map)$/.test(file.fileName)) continue;
        const content = Buffer.from(file.type === 'chunk' ? file.code : file.source);
        const target = join(options.dir, file.fileName);
        writeFileSync(`${target}.gz`, gzipSync(content, { level: 9 }));
        writeFileSync(`${target}.br`, brotliCompressSync(content, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: content.length } }));
      }
    },
  };
}

// The element's typings (widget/types/) ship beside the script: for a page's TypeScript and for React's JSX.
function shipTypes() {
  return {
    name: 'ship-types',
    generateBundle() {
      for (const name of ['klantportaal.d.ts', 'klantportaal-types.d.ts', 'klantportaal-react.d.ts']) {
        this.emitFile({ type: 'asset', fileName: name, source: readFileSync(`widget/types/${name}`, 'utf8') });
      }
    },
  };
}

// Lit's css`` blocks keep their indentation and comments through terser; squeezed, the entry is a few KB smaller.
function squeezeCss() {
  const block = /\bcss`((?:[^`\\]|\\.)*)`/g;
  const squeeze = (text) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .trim();
  return {
    name: 'squeeze-css',
    transform(code, id) {
      if (!id.includes('/widget/') || !code.includes('css`')) return null;
      return { code: code.replace(block, (_match, body) => `css\`${squeeze(body)}\``), map: null };
    },
  };
}

const widgetBuild = {
  input: { klantportaal: 'widget/klantportaal.ts' },
  // The entry may export more than its own module does, so the code shared with the views stays in the entry
  // instead of moving to a chunk the entry merely re-exports (one more round trip before the sign-in form).
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist/widget',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    // Letters and digits only, so a hash never contains the dash the server's long-cache rule splits names on.
    hashCharacters: 'base36',
    sourcemap: true,
  },
  plugins: [
    nodeResolve({ exportConditions: ['production'], browser: true }),
    esbuild({ target: 'es2022', tsconfig: 'widget/tsconfig.json', minify: false }),
    squeezeCss(),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
    reportSizes(),
    precompress(),
    shipTypes(),
  ],
};

// The business console (dist/console/, served at /console): its own entry and chunks, sharing the widget's sources.
const consoleBuild = {
  input: { 'kp-console': 'widget/console/kp-console.ts' },
  preserveEntrySignatures: 'allow-extension',
  output: { ...widgetBuild.output, dir: 'dist/console' },
  plugins: [
    nodeResolve({ exportConditions: ['production'], browser: true }),
    esbuild({ target: 'es2022', tsconfig: 'widget/tsconfig.json', minify: false }),
    squeezeCss(),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
    // Staff sign in on a desktop or a phone at work: the entry draws the sign-in form, the views come when opened.
    reportSizes({ what: 'the console', entryLimit: 40 * 1024, totalLimit: 168 * 1024 }),
    precompress(),
  ],
};

export default [widgetBuild, consoleBuild];
