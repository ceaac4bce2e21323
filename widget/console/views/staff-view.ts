import { nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { ConsoleView } from './console-view.js';

@customElement('kp-staff-view')
export class StaffView extends ConsoleView {
  override render() {
    return this.header(nothing);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kp-staff-view': StaffView;
  }
}
