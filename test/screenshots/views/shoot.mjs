// Screenshots of every view at phone and desktop width, in Dutch and English: test-artifacts/views/<scene>-<width>-<locale>.png.
/* global window */
// Usage: node test/screenshots/views/shoot.mjs [scene…]; WIDTHS=320,390 for other widths.
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../../support/chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const out = join(root, 'test-artifacts/views');
mkdirSync(out, { recursive: true });

const bundle = await build({
  entryPoints: [join(root, 'test/screenshots/views/gallery.ts')],
  bundle: true,
  write: false,
  format: 'esm',
  target: 'es2022',
  tsconfig: join(root, 'widget/tsconfig.json'),
  conditions: ['production'],
  logLevel: 'error',
});
const script = bundle.outputFiles[0].text.replace(/<\/script>/g, '<\\/script>');
// The page of a business: its own font and colours around the widget, as a customer sees it.
const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<style>body { margin: 0; background: #eef1f5; font-family: system-ui, sans-serif; } main { max-width: 1100px; margin: 0 auto; padding: 16px; background: #fff; min-height: 100vh; }</style>
</head><body><main></main><script type="module">${script}</script></body></html>`;

const browser = await chromium.launch({
  executablePath: await findChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const wanted = process.argv.slice(2);
  for (const width of (process.env.WIDTHS ?? '390,1280').split(',').map(Number)) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    // Served from an https origin, as a business's site is: a secure context like the real page.
    await page.route('https://www.installateur.test/**', (route) => route.fulfill({ contentType: 'text/html', body: html }));
    await page.goto('https://www.installateur.test/portaal');
    await page.waitForFunction(() => Array.isArray(window.sceneNames));
    const names = await page.evaluate(() => window.sceneNames);
    for (const name of names.filter((candidate) => wanted.length === 0 || wanted.includes(candidate))) {
      for (const locale of ['nl', 'en']) {
        await page.evaluate(([scene, language]) => window.showScene(scene, language), [name, locale]);
        const file = join(out, `${name}-${width}-${locale}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
}
