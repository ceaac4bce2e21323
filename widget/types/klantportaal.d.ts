// Types of <klant-portaal> for a page's TypeScript: `document.querySelector('klant-portaal')` is a KlantPortaalElement
// and its events carry typed details. Reference this file (or import its types) next to the script tag.
import type { KlantPortaalElement } from './klantportaal-types.js';

export type * from './klantportaal-types.js';

declare global {
  interface HTMLElementTagNameMap {
    'klant-portaal': KlantPortaalElement;
  }
}
