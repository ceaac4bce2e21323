// Serves the built widget (dist/widget) to any site: module scripts from another origin need CORS.
import { builtFiles } from './built-files.js';

export function widgetFiles() {
  return builtFiles({
    name: 'widget',
    summary: 'The widget: klantportaal.js and its hashed chunks, served to any site',
    root: (c) => c.var.deps.widgetDir,
    entryCache: 'public, max-age=300, stale-while-revalidate=86400',
    anyOrigin: true,
  });
}
