// Entry of the console bundle: registers <kp-console> and nothing else eagerly; the views come in chunks.
import { defineElement } from '../components/define.js';
import { ConsoleElement } from './console-element.js';

export { ConsoleElement };

defineElement('kp-console', ConsoleElement);

declare global {
  interface HTMLElementTagNameMap {
    'kp-console': ConsoleElement;
  }
}
