import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { PortalApiError } from '../../api/client.js';
import { describeError, fieldErrors } from '../../api/errors.js';
import { compact, focusFirstInvalid, formNotice, passwordField, passwordRules, textField, validate } from '../../auth/fields.js';
import { defineElement } from '../../components/define.js';
import { kp } from '../../styles/theme.js';
import type { Locale } from '../api/types.js';
import { consoleEvent } from '../events.js';
import { ConsoleView } from './console-view.js';
import './two-step-setup.js';
import { afterTwoStepChange } from './two-step-view.js';

/** One form's state: errors per field, a message for the whole form, a confirmation, and whether it is being sent. */
interface FormState {
  errors: Record<string, string>;
  error: string;
  done: string;
  busy: boolean;
}

const idle = (): FormState => ({ errors: {}, error: '', done: '', busy: false });

/**
 * @summary The staff member's own account: name, language, password and two-step sign-in.
 *
 * @csspart heading - The view's title.
 * @csspart card - Each section.
 */
export class AccountView extends ConsoleView {
  static override styles = [
    ...ConsoleView.styles,
    css`
      .sections {
        display: grid;
        gap: ${kp('space-4')};
        max-width: 720px;
      }
      .card h2 {
        margin-bottom: ${kp('space-2')};
      }
      .card > .muted {
        margin-bottom: ${kp('space-4')};
      }
      .choices {
        display: flex;
        flex-wrap: wrap;
        gap: ${kp('space-4')};
      }
      .state-on {
        color: ${kp('color-success')};
        font-weight: 650;
      }
      .code-field {
        max-width: 240px;
      }
    `,
  ];

  @state() private name = '';
  @state() private profile = idle();
  @state() private currentPassword = '';
  @state() private newPassword = '';
  @state() private showPasswords = false;
  @state() private password = idle();
  @state() private twoStep = idle();
  @state() private twoStepForm: 'none' | 'setup' | 'disable' = 'none';
  @state() private disableCode = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('session') && this.session && !this.profile.busy) this.name = this.session.staff.name;
  }

  /**
   * Runs a form's submit: one at a time, the server's field errors beside their fields (worded by `explain` where
   * the form knows better), anything else above.
   */
  private async send(
    key: 'profile' | 'password' | 'twoStep',
    fields: readonly string[],
    action: () => Promise<string>,
    explain?: (error: PortalApiError) => Record<string, string> | undefined,
  ): Promise<void> {
    if (this[key].busy) return;
    this[key] = { ...idle(), busy: true };
    try {
      this[key] = { ...idle(), done: await action() };
    } catch (error) {
      if (!(error instanceof PortalApiError)) throw error;
      const errors = explain?.(error) ?? fieldErrors(error, fields);
      this[key] = { ...idle(), errors, error: Object.keys(errors).length ? '' : describeError(error) };
      void focusFirstInvalid(this);
    }
  }

  private invalid(key: 'profile' | 'password' | 'twoStep', errors: Record<string, string | undefined>): boolean {
    const found = compact(errors);
    if (!Object.keys(found).length) return false;
    this[key] = { ...idle(), errors: found };
    void focusFirstInvalid(this);
    return true;
  }

  private saveName = (event: Event) => {
    event.preventDefault();
    if (this.invalid('profile', { name: validate.required(this.name) })) return;
    void this.send('profile', ['name'], async () => {
      const session = await this.client!.updateMe({ name: this.name.trim() });
      this.dispatchEvent(consoleEvent('kp-console-session', { session }));
      return msg('Uw naam is opgeslagen.', { id: 'console.account.nameSaved' });
    });
  };

  private changePassword = (event: Event) => {
    event.preventDefault();
    if (
      this.invalid('password', {
        currentPassword: this.currentPassword ? undefined : msg('Vul uw huidige wachtwoord in.', { id: 'console.account.currentRequired' }),
        newPassword: validate.newPassword(this.newPassword),
      })
    )
      return;
    void this.send('password', ['currentPassword', 'newPassword'], async () => {
      await this.client!.changePassword(this.currentPassword, this.newPassword);
      this.currentPassword = '';
      this.newPassword = '';
      // A new password ends the sessions made with the old one; this one too, when the server says so.
      const session = await this.client!.me().catch(() => null);
      if (!session) {
        this.dispatchEvent(consoleEvent('kp-console-signed-out', { notice: msg('Uw wachtwoord is gewijzigd. Log in met uw nieuwe wachtwoord.', { id: 'console.account.passwordChangedSignIn' }) }));
      }
      return msg('Uw wachtwoord is gewijzigd.', { id: 'console.account.passwordChanged' });
    });
  };

  private disable = (event: Event) => {
    event.preventDefault();
    const code = this.disableCode.replace(/\s+/g, '');
    if (this.invalid('twoStep', { code: code ? undefined : msg('Vul de code in.', { id: 'console.signIn.codeRequired' }) })) return;
    void this.send(
      'twoStep',
      [],
      async () => {
        await this.client!.disableTotp(code);
        this.disableCode = '';
        this.twoStepForm = 'none';
        await afterTwoStepChange(this, msg('Inloggen in twee stappen staat uit. Log opnieuw in.', { id: 'console.account.twoStepOffSignIn' }));
        return msg('Inloggen in twee stappen staat uit.', { id: 'console.account.twoStepOff' });
      },
      (error) => (error.status === 400 ? { code: msg('Deze code klopt niet. Vul de code in die uw app nu toont, of een herstelcode.', { id: 'console.account.codeWrong' }) } : undefined),
    );
  };

  override render() {
    const session = this.session;
    if (!session) return nothing;
    return html`${this.header(msg('Mijn account', { id: 'console.nav.account' }))}
      <div class="sections">${this.renderProfile()} ${this.renderLanguage()} ${this.renderPassword()} ${this.renderTwoStep()}</div>`;
  }

  private renderProfile(): TemplateResult {
    const { staff } = this.session!;
    return html`<section class="card" part="card" aria-labelledby="profile-title">
      <h2 id="profile-title">${msg('Gegevens', { id: 'console.account.profile' })}</h2>
      <p class="muted">
        ${staff.email} ·
        ${staff.role === 'admin' ? msg('Beheerder', { id: 'console.account.roleAdmin' }) : msg('Medewerker', { id: 'console.account.roleStaff' })}
      </p>
      ${formNotice('error', this.profile.error)} ${formNotice('success', this.profile.done)}
      <form novalidate @submit=${this.saveName}>
        ${textField({
          id: 'name',
          label: msg('Naam', { id: 'console.account.name' }),
          value: this.name,
          autocomplete: 'name',
          maxlength: 120,
          hint: msg('Klanten zien deze naam onder uw antwoorden.', { id: 'console.account.nameHint' }),
          error: this.profile.errors.name,
          onInput: (value) => (this.name = value),
        })}
        <button type="submit" class="btn primary" ?disabled=${this.profile.busy}>${msg('Opslaan', { id: 'console.account.save' })}</button>
      </form>
    </section>`;
  }

  private renderLanguage(): TemplateResult {
    return html`<section class="card" part="card" aria-labelledby="language-title">
      <h2 id="language-title">${msg('Taal', { id: 'console.account.language' })}</h2>
      <p class="muted" id="language-hint">${msg('De taal van de console en van de mails die u van ons krijgt.', { id: 'console.account.languageHint' })}</p>
      <fieldset aria-labelledby="language-title" aria-describedby="language-hint">
        <div class="choices">
          ${(['nl', 'en'] as Locale[]).map(
            (locale) => html`<label class="check"
              ><input
                type="radio"
                name="language"
                value=${locale}
                .checked=${this.locale === locale}
                @change=${() => this.dispatchEvent(consoleEvent('kp-console-locale', { locale }))}
              />
              ${locale === 'nl' ? 'Nederlands' : 'English'}</label
            >`,
          )}
        </div>
      </fieldset>
    </section>`;
  }

  private renderPassword(): TemplateResult {
    const toggle = () => (this.showPasswords = !this.showPasswords);
    return html`<section class="card" part="card" aria-labelledby="password-title">
      <h2 id="password-title">${msg('Wachtwoord', { id: 'auth.password' })}</h2>
      ${formNotice('error', this.password.error)} ${formNotice('success', this.password.done)}
      <form novalidate @submit=${this.changePassword}>
        <input type="email" name="username" autocomplete="username" .value=${this.session!.staff.email} hidden />
        ${passwordField({
          id: 'currentPassword',
          label: msg('Huidig wachtwoord', { id: 'console.account.currentPassword' }),
          value: this.currentPassword,
          autocomplete: 'current-password',
          maxlength: 128,
          error: this.password.errors.currentPassword,
          shown: this.showPasswords,
          onToggle: toggle,
          onInput: (value) => (this.currentPassword = value),
        })}
        ${passwordField({
          id: 'newPassword',
          label: msg('Nieuw wachtwoord', { id: 'auth.newPassword' }),
          value: this.newPassword,
          autocomplete: 'new-password',
          maxlength: 128,
          hint: passwordRules(),
          error: this.password.errors.newPassword,
          shown: this.showPasswords,
          onToggle: toggle,
          onInput: (value) => (this.newPassword = value),
        })}
        <button type="submit" class="btn primary" ?disabled=${this.password.busy}>${msg('Wachtwoord wijzigen', { id: 'console.account.changePassword' })}</button>
      </form>
    </section>`;
  }

  private renderTwoStep(): TemplateResult {
    const { staff, tenant } = this.session!;
    return html`<section class="card" part="card" aria-labelledby="two-step-title">
      <h2 id="two-step-title">${msg('Inloggen in twee stappen', { id: 'console.title.twoStep' })}</h2>
      <p>
        ${staff.totpEnabled
          ? html`<span class="state-on">${msg('Staat aan.', { id: 'console.account.twoStepIsOn' })}</span> ${msg('U logt in met uw wachtwoord en een code uit uw app.', { id: 'console.account.twoStepOnText' })}`
          : msg('Staat uit. Met een code uit een app op uw telefoon is een gestolen wachtwoord alleen niet genoeg om in te loggen.', { id: 'console.account.twoStepOffText' })}
      </p>
      ${formNotice('error', this.twoStep.error)} ${formNotice('success', this.twoStep.done)}
      ${staff.totpEnabled ? this.renderDisable(tenant.requireTotp) : this.renderEnable()}
    </section>`;
  }

  private renderEnable(): TemplateResult {
    if (this.twoStepForm !== 'setup') {
      return html`<button type="button" class="btn primary" part="two-step-on" @click=${() => (this.twoStepForm = 'setup')}>${msg('Aanzetten…', { id: 'console.account.twoStepEnable' })}</button>`;
    }
    return html`<kp-two-step-setup
      .client=${this.client}
      @kp-two-step-done=${() => afterTwoStepChange(this, msg('Inloggen in twee stappen staat aan. Log opnieuw in, nu met de code uit uw app.', { id: 'console.twoStepSignInAgain' }))}
    ></kp-two-step-setup>`;
  }

  private renderDisable(required: boolean): TemplateResult {
    if (required) return html`<p class="muted">${msg('Uw bedrijf vereist inloggen in twee stappen; het kan daarom niet uit.', { id: 'console.account.twoStepRequired' })}</p>`;
    if (this.twoStepForm !== 'disable') {
      return html`<button type="button" class="btn secondary" part="two-step-off" @click=${() => (this.twoStepForm = 'disable')}>${msg('Uitzetten…', { id: 'console.account.twoStepDisable' })}</button>`;
    }
    return html`<form novalidate @submit=${this.disable}>
      <div class="code-field">
        ${textField({
          id: 'code',
          label: msg('Code uit uw app', { id: 'console.signIn.codeTitle' }),
          value: this.disableCode,
          autocomplete: 'one-time-code',
          inputmode: 'numeric',
          maxlength: 7,
          hint: msg('Ter bevestiging.', { id: 'console.account.confirmHint' }),
          error: this.twoStep.errors.code,
          onInput: (value) => (this.disableCode = value),
        })}
      </div>
      <div class="actions">
        <button type="submit" class="btn danger" ?disabled=${this.twoStep.busy}>${msg('Uitzetten', { id: 'console.account.twoStepDisableSubmit' })}</button>
        <button type="button" class="btn link" @click=${() => (this.twoStepForm = 'none')}>${msg('Annuleren', { id: 'shell.cancel' })}</button>
      </div>
    </form>`;
  }
}

defineElement('kp-console-account-view', AccountView);

declare global {
  interface HTMLElementTagNameMap {
    'kp-console-account-view': AccountView;
  }
}
