// Entry of the widget bundle: registers <klant-portaal> and nothing else eagerly.
import { defineElement } from './components/define.js';
import { PortalElement } from './portal-element.js';

export { PortalElement };
export type { PortalEvent, PortalEventDetails } from './shell/events.js';
export type { IdentityProvider, PortalUser } from './api/client.js';

defineElement('klant-portaal', PortalElement);

declare global {
  interface HTMLElementTagNameMap {
    'klant-portaal': PortalElement;
  }
}
