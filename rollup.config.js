// Builds the widget into dist/widget/: a small entry (klantportaal.js) and lazily loaded chunks with hashed names.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { gzipSync } from 'node:zlib';

function reportSizes() {
  return {
    name: 'report-sizes',
    generateBundle(_options, bundle) {
      const rows = Object.values(bundle)
        .filter((file) => file.type === 'chunk')
        .map((file) => ({ name: file.fileName, raw: file.code.length, gzip: gzipSync(file.code, { level: 9 }).length }));
      const total = rows.reduce((sum, row) => sum + row.gzip, 0);
      for (const row of rows) {
        console.log(`  ${row.name.padEnd(40)} ${(row.raw / 1024).toFixed(1).padStart(7)} KB  ${(row.gzip / 1024).toFixed(1).padStart(6)} KB gzip`);
      }
      console.log(`  ${'total'.padEnd(40)} ${''.padStart(10)} ${(total / 1024).toFixed(1).padStart(9)} KB gzip`);
    },
  };
}

export default {
  input: { klantportaal: 'widget/klantportaal.ts' },
  output: {
    dir: 'dist/widget',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  plugins: [
    nodeResolve({ exportConditions: ['production'], browser: true }),
    esbuild({ target: 'es2022', tsconfig: 'widget/tsconfig.json', minify: false }),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
    reportSizes(),
  ],
};
