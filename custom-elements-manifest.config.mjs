// The custom elements manifest (dist/widget/custom-elements.json) describes the element as it ships: the module a
// page loads is klantportaal.js, not the TypeScript source it is analysed from.
export default {
  globs: ['widget/portal-element.ts'],
  litelement: true,
  // The manifest's place is named in package.json once; an analysis into another folder (a test) must not move it.
  packagejson: false,
  plugins: [
    {
      name: 'shipped-module-path',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          module.path = 'klantportaal.js';
          for (const entry of module.exports ?? []) if (entry.declaration?.module) entry.declaration.module = 'klantportaal.js';
        }
      },
    },
  ],
};
