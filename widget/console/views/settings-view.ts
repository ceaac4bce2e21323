import { nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { ConsoleView } from './console-view.js';

@customElement('kp-settings-view')
export class SettingsView extends ConsoleView {
  override render() {
    return this.header(nothing);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kp-settings-view': SettingsView;
  }
}
