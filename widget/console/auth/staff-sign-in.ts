// The screens before a staff member is in: password, the code of two-step sign-in (or a recovery code), the choice of
// business, a forgotten password, and the links of staff mails (invite, reset). Part of the entry, so the sign-in
// form draws without waiting for another file.
import { css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { PortalApiError } from '../../api/client.js';
import { isExpiredLink } from '../../api/errors.js';
import { formNotice, textField, validate } from '../../auth/fields.js';
import { SignInForm } from '../../auth/sign-in-form.js';
import { defineElement } from '../../components/define.js';
import { kp, shared } from '../../styles/theme.js';
import type { ConsoleClient } from '../api/console-client.js';
import type { LoginAnswer, StaffSession, TenantChoice } from '../api/types.js';
import { consoleEvent } from '../events.js';
import type { StaffLink } from './staff-links.js';

type Screen =
  | { name: 'password' }
  | { name: 'code'; challenge: string; recovery: boolean }
  | { name: 'choose'; tenants: TenantChoice['tenants'] }
  | { name: 'forgot' }
  | { name: 'sent'; email: string }
  | { name: 'link'; link: StaffLink }
  | { name: 'expired'; kind: StaffLink['kind'] };

/** Six digits, as an authenticator app shows them; spaces people type along are dropped. */
const totpCode = /^\d{6}$/;

/**
 * @summary Signing in to the console, and every way to get there.
 *
 * @event kp-console-signed-in - `{session}`: the staff member is signed in.
 * @csspart card - The box around each screen.
 * @csspart heading - The screen's title; focused when the screen changes.
 * @csspart submit - The main button of a screen.
 */
export class StaffSignIn extends SignInForm<StaffLink> {
  static override styles = [
    shared,
    css`
      :host {
        display: block;
      }
      .card {
        padding: ${kp('space-5')} ${kp('space-4')};
      }
      .intro {
        color: ${kp('color-muted')};
      }
      .forgot {
        margin: -8px 0 ${kp('space-4')};
      }
      .businesses {
        list-style: none;
        margin: 0 0 ${kp('space-4')};
        padding: 0;
        display: grid;
        gap: ${kp('space-2')};
      }
      .businesses .btn {
        justify-content: flex-start;
      }
      .links {
        display: grid;
        justify-items: start;
        gap: ${kp('space-2')};
        margin-top: ${kp('space-4')};
      }
      .links .btn {
        text-align: start;
      }
      .code input {
        font-size: ${kp('font-size-xl')};
        letter-spacing: 4px;
        font-variant-numeric: tabular-nums;
      }
    `,
  ];

  @property({ attribute: false }) client?: ConsoleClient;

  protected screen: Screen = { name: 'password' };
  @state() private code = '';

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  private go(screen: Screen, keep: { password?: boolean } = {}): void {
    this.clearScreen(keep);
    this.code = '';
    this.screen = screen;
  }

  private signedIn(session: StaffSession): void {
    this.password = '';
    this.dispatchEvent(consoleEvent('kp-console-signed-in', { session }));
  }

  /** Where a password sign-in leads: in, to the code, or to the choice of business. */
  private follow(answer: LoginAnswer): void {
    if ('mfaRequired' in answer) this.go({ name: 'code', challenge: answer.challenge, recovery: false });
    else if ('tenants' in answer) this.go({ name: 'choose', tenants: answer.tenants }, { password: true });
    else this.signedIn(answer);
  }

  private wrongCredentials = (error: PortalApiError): string | undefined => {
    if (error.status !== 401) return undefined;
    this.password = '';
    return msg('Dit e-mailadres en wachtwoord horen niet bij elkaar. Controleer ze, of kies "Wachtwoord vergeten".', { id: 'auth.wrongCredentials' });
  };

  private onPassword = async (event: Event) => {
    event.preventDefault();
    if (!this.check({ email: validate.email(this.email), password: this.password ? undefined : msg('Vul uw wachtwoord in.', { id: 'auth.passwordRequired' }) })) return;
    await this.submit(['email', 'password'], async () => this.follow(await this.client!.login(this.email.trim(), this.password)), this.wrongCredentials);
  };

  private onChoose = async (tenantId: string) => {
    await this.submit([], async () => this.follow(await this.client!.login(this.email.trim(), this.password, tenantId)), (error) => {
      if (error.status !== 401) return undefined;
      this.go({ name: 'password' });
      return undefined;
    });
  };

  private onCode = async (event: Event, challenge: string, recovery: boolean) => {
    event.preventDefault();
    const code = recovery ? this.code.trim() : this.code.replace(/\s+/g, '');
    const problem = !code
      ? msg('Vul de code in.', { id: 'console.signIn.codeRequired' })
      : !recovery && !totpCode.test(code)
        ? msg('De code bestaat uit 6 cijfers.', { id: 'console.signIn.codeDigits' })
        : undefined;
    if (!this.check({ code: problem })) return;
    await this.submit([], async () => {
      try {
        this.signedIn(await this.client!.verifyMfa(challenge, code));
      } catch (error) {
        if (!(error instanceof PortalApiError)) throw error;
        if (error.status === 401) {
          // The challenge lasts minutes: after that, the password again.
          this.go({ name: 'password' });
          this.formError = msg('Het inloggen duurde te lang. Log opnieuw in.', { id: 'console.signIn.challengeEnded' });
          return;
        }
        if (error.status !== 400) throw error;
        this.code = '';
        this.check({
          code: recovery
            ? msg('Deze herstelcode klopt niet of is al gebruikt. Elke herstelcode werkt één keer.', { id: 'console.signIn.recoveryWrong' })
            : msg('Deze code klopt niet of is verlopen. Vul de code in die uw app nu toont.', { id: 'console.signIn.codeWrong' }),
        });
      }
    });
  };

  private onForgot = async (event: Event) => {
    event.preventDefault();
    if (!this.check({ email: validate.email(this.email) })) return;
    const email = this.email.trim();
    await this.submit(['email'], async () => {
      await this.client!.requestPasswordReset(email);
      this.go({ name: 'sent', email });
    });
  };

  private onLink = async (event: Event, link: StaffLink) => {
    event.preventDefault();
    if (!this.check({ password: validate.newPassword(this.password) })) return;
    await this.submit(['password', 'name'], async () => {
      try {
        if (link.kind === 'invite') {
          this.signedIn(await this.client!.acceptInvite(link.token, this.password, this.name.trim() || undefined));
        } else {
          await this.client!.confirmPasswordReset(link.token, this.password);
          this.go({ name: 'password' });
          this.success = msg('Uw nieuwe wachtwoord is opgeslagen. Log ermee in.', { id: 'auth.resetDone' });
        }
      } catch (error) {
        if (!isExpiredLink(error)) throw error;
        this.go({ name: 'expired', kind: link.kind });
      }
    });
  };

  override render() {
    return this.renderScreen(this.screen);
  }

  /** The console is a page of its own: a screen's title is its first heading. */
  protected heading(id: string, title: string): TemplateResult {
    return html`<h1 id="${id}-heading" tabindex="-1" part="heading">${title}</h1>`;
  }

  private backToSignIn(): TemplateResult {
    return html`<button type="button" class="btn link" @click=${() => this.go({ name: 'password' })}>${msg('Terug naar inloggen', { id: 'auth.backToSignIn' })}</button>`;
  }

  private renderScreen(screen: Screen): TemplateResult {
    switch (screen.name) {
      case 'password':
        return this.renderPassword();
      case 'code':
        return this.renderCode(screen.challenge, screen.recovery);
      case 'choose':
        return this.card(
          'choose',
          msg('Kies een bedrijf', { id: 'console.signIn.chooseTitle' }),
          html`${formNotice('error', this.formError)}
            <ul class="businesses" aria-label=${msg('Bedrijven', { id: 'console.signIn.businesses' })}>
              ${screen.tenants.map(
                (tenant) => html`<li>
                  <button type="button" class="btn secondary block" part="business" ?disabled=${this.busy} @click=${() => this.onChoose(tenant.id)}>${tenant.name}</button>
                </li>`,
              )}
            </ul>
            ${this.backToSignIn()}`,
          msg('Uw e-mailadres hoort bij meer dan één bedrijf. Bij welk bedrijf wilt u inloggen?', { id: 'console.signIn.chooseIntro' }),
        );
      case 'forgot':
        return this.card(
          'forgot',
          msg('Wachtwoord vergeten', { id: 'auth.forgot.title' }),
          html`${formNotice('error', this.formError)}
            <form novalidate @submit=${this.onForgot}>
              ${this.renderEmailField()}
              <div class="actions">
                <button type="submit" class="btn primary" part="submit" ?disabled=${this.busy}>${msg('Stuur de link', { id: 'auth.forgot.submit' })}</button>
                ${this.backToSignIn()}
              </div>
            </form>`,
          msg('Vul uw e-mailadres in. U krijgt een mail met een link om een nieuw wachtwoord te kiezen.', { id: 'auth.forgot.intro' }),
        );
      case 'sent':
        return this.card(
          'sent',
          msg('Kijk in uw mail', { id: 'auth.sent.title' }),
          html`<p role="status">
              ${msg(str`Als ${screen.email} toegang heeft tot de console, is er nu een mail onderweg met een link om een nieuw wachtwoord te kiezen.`, {
                id: 'console.signIn.resetSent',
              })}
            </p>
            <p class="muted">${msg('Niets ontvangen? Kijk ook bij de ongewenste mail, of vraag een nieuwe link aan.', { id: 'auth.sent.spam' })}</p>
            <div class="actions">
              <button type="button" class="btn secondary" part="back" @click=${() => this.go({ name: 'password' })}>${msg('Terug naar inloggen', { id: 'auth.backToSignIn' })}</button>
            </div>`,
        );
      case 'link':
        return this.renderLink(screen.link);
      case 'expired':
        return this.card(
          'expired',
          msg('Deze link werkt niet meer', { id: 'auth.expired.title' }),
          html`<div class="notice error" role="alert">
              <p>
                ${screen.kind === 'invite'
                  ? msg('Deze uitnodiging is verlopen of al gebruikt. Vraag een beheerder van uw bedrijf om een nieuwe.', { id: 'console.signIn.inviteExpired' })
                  : msg('Deze link is verlopen of al gebruikt. Een link voor een nieuw wachtwoord werkt één keer. Vraag een nieuwe aan.', {
                      id: 'console.signIn.resetExpired',
                    })}
              </p>
            </div>
            <div class="actions">
              ${screen.kind === 'reset'
                ? html`<button type="button" class="btn primary" part="submit" @click=${() => this.go({ name: 'forgot' })}>${msg('Nieuwe link aanvragen', { id: 'auth.expired.newLink' })}</button>`
                : nothing}
              ${this.backToSignIn()}
            </div>`,
        );
    }
  }

  private renderPassword(): TemplateResult {
    return this.card(
      'sign-in',
      msg('Inloggen', { id: 'auth.signIn' }),
      html`${formNotice('info', this.notice && !this.success ? this.notice : undefined)} ${formNotice('success', this.success)}
        ${formNotice('error', this.formError)}
        <form novalidate @submit=${this.onPassword}>
          ${this.renderEmailField()}
          ${this.renderPasswordField('current')}
          <p class="forgot">
            <button type="button" class="btn link" part="forgot" @click=${() => this.go({ name: 'forgot' })}>${msg('Wachtwoord vergeten?', { id: 'auth.forgotLink' })}</button>
          </p>
          <button type="submit" class="btn primary block" part="submit" ?disabled=${this.busy}>${msg('Inloggen', { id: 'auth.signIn' })}</button>
        </form>`,
      msg('Voor medewerkers: behandel aanvragen en beantwoord klanten.', { id: 'console.signIn.intro' }),
    );
  }

  private renderCode(challenge: string, recovery: boolean): TemplateResult {
    return this.card(
      'code',
      recovery ? msg('Herstelcode gebruiken', { id: 'console.signIn.recoveryTitle' }) : msg('Code uit uw app', { id: 'console.signIn.codeTitle' }),
      html`${formNotice('error', this.formError)}
        <form class="code" novalidate @submit=${(event: Event) => this.onCode(event, challenge, recovery)}>
          ${textField({
            id: 'code',
            label: recovery ? msg('Herstelcode', { id: 'console.signIn.recoveryLabel' }) : msg('Code van 6 cijfers', { id: 'console.signIn.codeLabel' }),
            value: this.code,
            autocomplete: recovery ? 'off' : 'one-time-code',
            inputmode: recovery ? 'text' : 'numeric',
            maxlength: recovery ? 40 : 7,
            error: this.errors.code,
            onInput: (value) => (this.code = value),
          })}
          <button type="submit" class="btn primary block" part="submit" ?disabled=${this.busy}>${msg('Bevestigen', { id: 'console.signIn.confirm' })}</button>
        </form>
        <div class="links">
          <button type="button" class="btn link" part="switch-code" @click=${() => this.go({ name: 'code', challenge, recovery: !recovery })}>
            ${recovery
              ? msg('Toch de code uit de app gebruiken', { id: 'console.signIn.useApp' })
              : msg('Geen toegang tot uw app? Gebruik een herstelcode', { id: 'console.signIn.useRecovery' })}
          </button>
          ${this.backToSignIn()}
        </div>`,
      recovery
        ? msg('Vul een van de tien herstelcodes in die u kreeg toen u inloggen in twee stappen aanzette. Elke code werkt één keer.', { id: 'console.signIn.recoveryIntro' })
        : msg('Open de authenticator-app op uw telefoon en vul de code in die hij nu toont.', { id: 'console.signIn.codeIntro' }),
    );
  }

  private renderLink(link: StaffLink): TemplateResult {
    const invite = link.kind === 'invite';
    return this.card(
      'link',
      invite ? msg('Welkom bij de console', { id: 'console.signIn.inviteTitle' }) : msg('Kies een nieuw wachtwoord', { id: 'auth.reset.title' }),
      html`${formNotice('error', this.formError)}
        <form novalidate @submit=${(event: Event) => this.onLink(event, link)}>
          ${invite
            ? textField({
                id: 'name',
                label: msg('Uw naam', { id: 'auth.invite.name' }),
                value: this.name,
                autocomplete: 'name',
                optional: true,
                maxlength: 120,
                error: this.errors.name,
                onInput: (value) => (this.name = value),
              })
            : nothing}
          ${this.renderPasswordField('new')}
          <div class="actions">
            <button type="submit" class="btn primary" part="submit" ?disabled=${this.busy}>
              ${invite ? msg('Account activeren', { id: 'auth.invite.submit' }) : msg('Wachtwoord opslaan', { id: 'auth.reset.submit' })}
            </button>
            ${this.backToSignIn()}
          </div>
        </form>`,
      invite
        ? msg('U bent uitgenodigd voor de console van uw bedrijf. Kies een wachtwoord om uw account te activeren.', { id: 'console.signIn.inviteIntro' })
        : msg('Kies een nieuw wachtwoord voor uw account.', { id: 'auth.reset.intro' }),
    );
  }
}

defineElement('kp-staff-sign-in', StaffSignIn);

declare global {
  interface HTMLElementTagNameMap {
    'kp-staff-sign-in': StaffSignIn;
  }
}
