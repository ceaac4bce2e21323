// What a page's developer reads about <klant-portaal>: the custom elements manifest names the shipped module, every
// design token with its default, every part the element draws and every event with its detail type; the typings
// ship in the build. (That the typings match the element is checked by the type-check: widget/types/conformance.ts.)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenDefaults } from '../../widget/styles/theme.js';

interface Declaration {
  tagName: string;
  cssProperties: { name: string; default?: string; description?: string }[];
  cssParts: { name: string }[];
  events: { name: string; type?: { text: string } }[];
}

let folder: string;
let manifest: { modules: { path: string; declarations: Declaration[]; exports: { declaration: { module: string } }[] }[] };

beforeAll(() => {
  mkdirSync('test-artifacts', { recursive: true });
  folder = mkdtempSync(join('test-artifacts', 'manifest-'));
  execFileSync('npx', ['cem', 'analyze', '--quiet', '--config', 'custom-elements-manifest.config.mjs', '--outdir', relative(process.cwd(), folder)], { stdio: 'pipe' });
  manifest = JSON.parse(readFileSync(join(folder, 'custom-elements.json'), 'utf8'));
}, 60_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const element = () => manifest.modules[0]!.declarations.find((declaration) => declaration.tagName === 'klant-portaal')!;

describe('the custom elements manifest', () => {
  it('points at the module a page loads, not at the source', () => {
    expect(manifest.modules.map((module) => module.path)).toEqual(['klantportaal.js']);
    expect(manifest.modules[0]!.exports.every((entry) => entry.declaration.module === 'klantportaal.js')).toBe(true);
  });

  it('lists every design token with its default and what it is for', () => {
    const listed = new Map(element().cssProperties.map((property) => [property.name, property]));
    for (const [name, value] of Object.entries(tokenDefaults)) {
      expect(listed.get(`--kp-${name}`)?.default, name).toBe(value);
      expect(listed.get(`--kp-${name}`)?.description, name).toBeTruthy();
    }
    expect(listed.has('--kp-font-family')).toBe(true);
  });

  it('lists every part the element draws', () => {
    const source = readFileSync('widget/portal-element.ts', 'utf8');
    const drawn = new Set([...source.matchAll(/\spart="([a-z-]+)"/g)].map((match) => match[1]!));
    expect(drawn.size).toBeGreaterThan(5);
    const listed = element().cssParts.map((part) => part.name);
    expect([...drawn].filter((part) => !listed.includes(part))).toEqual([]);
  });

  it('lists every event of the published typings with its detail type', () => {
    const typings = readFileSync('widget/types/klantportaal-types.d.ts', 'utf8');
    const block = typings.slice(typings.indexOf('interface KlantPortaalEventDetails'));
    const published = [...block.slice(0, block.indexOf('\n}')).matchAll(/^\s+'(kp-[a-z-]+)':/gm)].map((match) => match[1]);
    expect(published.length).toBeGreaterThan(4);
    const events = element().events;
    expect(events.map((event) => event.name).sort()).toEqual([...published].sort());
    for (const event of events) expect(event.type?.text, event.name).toMatch(/^CustomEvent<\{.+\}>$/);
  });
});
