import { nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { ConsoleView } from './console-view.js';

@customElement('kp-customer-view')
export class CustomerView extends ConsoleView {
  override render() {
    return this.header(nothing);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kp-customer-view': CustomerView;
  }
}
