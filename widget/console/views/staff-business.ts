// The business's own settings beside its staff: its name, and whether everyone signs in in two steps.
import { css, html } from 'lit';
import { state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { Task } from '@lit/task';
import { PortalApiError } from '../../api/client.js';
import { describeError, fieldErrors } from '../../api/errors.js';
import { focusFirstInvalid, formNotice, textField, validate } from '../../auth/fields.js';
import { defineElement } from '../../components/define.js';
import { errorBlock, pendingBlock } from '../../components/states.js';
import { kp } from '../../styles/theme.js';
import { getBusinessSettings, putBusinessSettings, type BusinessSettings } from '../api/people.js';
import { ViewPart } from './developers-parts.js';

/**
 * @summary The business's name and "require two-step sign-in for all staff" (GET|PUT /admin/tenant).
 *
 * @csspart card - The section.
 */
export class StaffBusinessSettings extends ViewPart {
  static override styles = [
    ...ViewPart.styles,
    css`
      :host {
        display: block;
      }
      h2 {
        margin: 0 0 ${kp('space-2')};
      }
      form {
        display: grid;
        gap: ${kp('space-3')};
        max-width: 560px;
      }
      .actions {
        display: flex;
      }
    `,
  ];

  @state() private name = '';
  @state() private requireTotp = false;
  @state() private errors: Record<string, string> = {};
  @state() private error = '';
  @state() private done = '';
  @state() private busy = false;

  private readonly settings = new Task(this, {
    args: () => [this.client] as const,
    task: async ([client], { signal }) => {
      if (!client) return undefined;
      const settings = await getBusinessSettings(client, signal);
      this.take(settings);
      return settings;
    },
  });

  private take(settings: BusinessSettings) {
    this.name = settings.name;
    this.requireTotp = settings.requireTotp;
  }

  private save = async (event: Event) => {
    event.preventDefault();
    if (this.busy) return;
    const required = validate.required(this.name);
    this.done = '';
    this.error = '';
    this.errors = required ? { tenantName: required } : {};
    if (required) return void focusFirstInvalid(this);
    this.busy = true;
    try {
      this.take(await putBusinessSettings(this.client!, { name: this.name.trim(), requireTotp: this.requireTotp }));
      this.done = msg('De gegevens van het bedrijf zijn opgeslagen.', { id: 'console.business.saved' });
    } catch (error) {
      if (!(error instanceof PortalApiError)) throw error;
      const errors = fieldErrors(error, ['name']);
      this.errors = errors.name ? { tenantName: errors.name } : {};
      this.error = errors.name ? '' : describeError(error);
      void focusFirstInvalid(this);
    } finally {
      this.busy = false;
    }
  };

  override render() {
    return html`<section class="card" part="card" aria-labelledby="business-title">
      <h2 id="business-title">${msg('Bedrijf', { id: 'console.business.title' })}</h2>
      ${this.settings.render({
        initial: () => pendingBlock(1, 'detail'),
        pending: () => pendingBlock(1, 'detail'),
        error: (error) => errorBlock(error, () => void this.settings.run(), msg('De gegevens van het bedrijf konden niet worden geladen.', { id: 'console.business.loadFailed' })),
        complete: () => this.renderForm(),
      })}
    </section>`;
  }

  private renderForm() {
    return html`${formNotice('error', this.error)} ${formNotice('success', this.done)}
      <form novalidate @submit=${this.save}>
        ${textField({
          id: 'tenantName',
          label: msg('Naam van het bedrijf', { id: 'console.business.name' }),
          hint: msg('Staat in de mails aan medewerkers en boven de console.', { id: 'console.business.nameHint' }),
          value: this.name,
          maxlength: 200,
          error: this.errors.tenantName,
          onInput: (value) => (this.name = value),
        })}
        <label class="check">
          <input type="checkbox" .checked=${this.requireTotp} aria-describedby="totp-hint" @change=${(event: Event) => (this.requireTotp = (event.target as HTMLInputElement).checked)} />
          ${msg('Inloggen in twee stappen verplicht voor alle medewerkers', { id: 'console.business.requireTotp' })}
        </label>
        <p class="hint" id="totp-hint">
          ${msg('Wie het nog niet heeft ingesteld, doet dat bij de volgende keer inloggen, voordat hij verder kan.', { id: 'console.business.requireTotpHint' })}
        </p>
        <div class="actions">
          <button type="submit" class="btn primary" ?disabled=${this.busy}>${msg('Opslaan', { id: 'console.account.save' })}</button>
        </div>
      </form>`;
  }
}

defineElement('kp-staff-business-settings', StaffBusinessSettings);

declare global {
  interface HTMLElementTagNameMap {
    'kp-staff-business-settings': StaffBusinessSettings;
  }
}
