import { nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { ConsoleView } from './console-view.js';

@customElement('kp-developers-view')
export class DevelopersView extends ConsoleView {
  override render() {
    return this.header(nothing);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kp-developers-view': DevelopersView;
  }
}
