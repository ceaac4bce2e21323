// Entry of the widget bundle: registers <klant-portaal> and nothing else eagerly.
import { PortalElement } from './portal-element.js';

export { PortalElement };

const tagName = 'klant-portaal';

// A business may paste the script tag twice (or a CMS may): warn instead of throwing on the second define.
if (customElements.get(tagName)) {
  console.warn(`<${tagName}> is already registered; the second copy of klantportaal.js was ignored.`);
} else {
  customElements.define(tagName, PortalElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'klant-portaal': PortalElement;
  }
}
