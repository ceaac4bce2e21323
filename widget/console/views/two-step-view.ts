import { css, html } from 'lit';
import { msg } from '@lit/localize';
import { defineElement } from '../../components/define.js';
import { kp } from '../../styles/theme.js';
import { consoleEvent } from '../events.js';
import { ConsoleView } from './console-view.js';
import './two-step-setup.js';

/** After two-step sign-in was turned on or off: the session as it is now, or a new sign-in when it ended. */
export async function afterTwoStepChange(view: ConsoleView, notice: string): Promise<void> {
  // Changing two-step sign-in may end the session: then the person signs in again, now with a code.
  const session = await view.client!.me().catch(() => null);
  view.dispatchEvent(session ? consoleEvent('kp-console-session', { session }) : consoleEvent('kp-console-signed-out', { notice }));
}

/**
 * @summary Setting up two-step sign-in before anything else: where a session lands when the business requires it and
 * the staff member has not set it up yet.
 */
export class TwoStepView extends ConsoleView {
  static override styles = [
    ...ConsoleView.styles,
    css`
      .card {
        max-width: 720px;
      }
      .intro {
        color: ${kp('color-muted')};
      }
    `,
  ];

  override render() {
    return html`${this.header(msg('Inloggen in twee stappen instellen', { id: 'console.twoStep.title' }))}
      <section class="card">
        <p class="intro">
          ${msg(
            'Uw bedrijf vraagt iedereen om in te loggen met een wachtwoord én een code van de telefoon, zodat een gestolen wachtwoord alleen niet genoeg is. Stel het eenmalig in om verder te gaan.',
            { id: 'console.twoStep.required' },
          )}
        </p>
        <kp-two-step-setup
          .client=${this.client}
          @kp-two-step-done=${() => afterTwoStepChange(this, msg('Inloggen in twee stappen staat aan. Log opnieuw in, nu met de code uit uw app.', { id: 'console.twoStepSignInAgain' }))}
        ></kp-two-step-setup>
      </section>`;
  }
}

defineElement('kp-two-step-view', TwoStepView);

declare global {
  interface HTMLElementTagNameMap {
    'kp-two-step-view': TwoStepView;
  }
}
