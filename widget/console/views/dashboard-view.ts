import { nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { ConsoleView } from './console-view.js';

@customElement('kp-dashboard-view')
export class DashboardView extends ConsoleView {
  override render() {
    return this.header(nothing);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kp-dashboard-view': DashboardView;
  }
}
