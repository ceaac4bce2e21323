// A page's own TypeScript next to the script tag: the tag and its events are typed through klantportaal.d.ts.
import type {} from '../../widget/types/klantportaal.js';

const portal = document.querySelector('klant-portaal');
if (portal) {
  portal.view = 'new-request';
  portal.addEventListener('kp-login', (event) => console.info(event.detail.user.customer.name, event.detail.restored));
  portal.addEventListener('kp-logout', (event) => console.info(event.detail.reason === 'expired'));
  portal.addEventListener('click', (event) => console.info(event.clientX));
  // @ts-expect-error kp-navigate tells the view, not a reference
  portal.addEventListener('kp-navigate', (event) => console.info(event.detail.reference));
}

const made = document.createElement('klant-portaal');
made.portal = 'vanderberg';
// @ts-expect-error the slug is a string
made.portal = 42;
