// The customer's own account: name and phone, language, mail choices, password, who has access (for customer admins),
// sign out.
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { PortalApiError, type PortalUser } from '../api/client.js';
import type { Body, Colleague } from '../api/types.js';
import { describeError, fieldErrors } from '../api/errors.js';
import { compact, focusFirstInvalid, formNotice, passwordField, passwordRules, selectField, textField, validate } from '../auth/fields.js';
import { defineElement } from '../components/define.js';
import { PagedList } from '../components/paged-list.js';
import { emptyBlock } from '../components/states.js';
import type { Locale } from '../i18n/localization.js';
import { composedEvent, type ViewEventDetails } from '../shell/events.js';
import { kp } from '../styles/theme.js';
import { PortalView } from './portal-view.js';
import './mail-preferences.js';

/** One form's state: values, errors per field, a message for the whole form, and whether it is being sent. */
interface FormState<T extends Record<string, string>> {
  values: T;
  errors: Record<string, string>;
  error: string;
  done: string;
  busy: boolean;
}

const form = <T extends Record<string, string>>(values: T): FormState<T> => ({ values, errors: {}, error: '', done: '', busy: false });

const phonePattern = /^\+?[0-9 ()./-]{6,30}$/;

/**
 * @summary The signed-in customer's account.
 *
 * @event kp-view-user - `{user}`: the customer's name or phone changed.
 * @event kp-view-locale - `{locale}`: the customer chose another language.
 * @event kp-view-logout - The customer pressed "sign out".
 * @csspart heading - The view's title.
 * @csspart card - Each section.
 * @csspart colleague - One colleague in the list.
 */
export class AccountView extends PortalView {
  static override styles = [
    ...PortalView.styles,
    css`
      .sections > .card + .card {
        margin-top: ${kp('space-4')};
      }
      .card h3 {
        margin-bottom: ${kp('space-2')};
      }
      .card > .muted {
        margin-bottom: ${kp('space-4')};
      }
      .colleague {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: ${kp('space-2')} ${kp('space-3')};
        padding: ${kp('space-3')} ${kp('space-4')};
      }
      .colleague .field {
        margin: 0;
      }
      .colleague select {
        min-height: 36px;
        width: auto;
      }
      .colleague-actions {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: ${kp('space-2')};
      }
      .tag {
        display: inline-block;
        padding: 0 ${kp('space-2')};
        border-radius: 999px;
        background: ${kp('color-surface-alt')};
        border: 1px solid ${kp('color-border')};
        font-size: ${kp('font-size-sm')};
        color: ${kp('color-text')};
      }
      .invite {
        margin-top: ${kp('space-4')};
        padding-top: ${kp('space-4')};
        border-top: 1px solid ${kp('color-border')};
      }
      .email {
        overflow-wrap: anywhere;
      }
      @container (min-width: 600px) {
        .pair {
          display: grid;
          grid-template-columns: 1fr 1fr;
          gap: 0 ${kp('space-4')};
        }
      }
    `,
  ];

  @state() private profile = form({ name: '', phone: '' });
  @state() private password = form({ currentPassword: '', newPassword: '' });
  @state() private showPasswords = false;
  @state() private invite = form({ name: '', email: '', role: 'member' });
  @state() private languageMessage = '';
  @state() private colleagueMessage: { kind: 'error' | 'success'; text: string } | null = null;
  @state() private pendingColleague: string | null = null;

  private readonly colleagues = new PagedList<Colleague>(this, () => ({ client: this.client, path: this.canManageColleagues ? '/contacts' : undefined }));

  private get canManageColleagues(): boolean {
    return this.user?.role === 'admin' && this.config?.features.contacts === true;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // Confirmations were written in the language they were shown in; after a switch they would be the odd ones out.
    if (changed.has('locale') && changed.get('locale') !== undefined) {
      this.profile = { ...this.profile, done: '' };
      this.password = { ...this.password, done: '' };
      this.invite = { ...this.invite, done: '' };
      this.colleagueMessage = null;
    }
    // The form starts from the account, and follows it until the customer types.
    if (changed.has('user') && this.user && !this.profile.busy) {
      const untouched = this.profile.values.name === '' && this.profile.values.phone === '';
      if (untouched || changed.get('user') === undefined) this.profile = { ...this.profile, values: { name: this.user.name, phone: this.user.phone ?? '' } };
    }
  }

  private emit<K extends 'kp-view-user' | 'kp-view-locale' | 'kp-view-logout'>(type: K, detail: ViewEventDetails[K]): void {
    this.dispatchEvent(composedEvent(type, detail));
  }

  // ── Profile ───────────────────────────────────────────────────────────────────────────────────────────────────

  private onSaveProfile = async (event: Event) => {
    event.preventDefault();
    const { name, phone } = this.profile.values;
    const errors = compact({
      name: validate.required(name),
      phone: phone.trim() && !phonePattern.test(phone.trim()) ? msg('Vul een telefoonnummer in, bijvoorbeeld 06 12345678.', { id: 'auth.guest.phoneInvalid' }) : undefined,
    });
    if (Object.keys(errors).length) {
      this.profile = { ...this.profile, errors, error: '', done: '' };
      void focusFirstInvalid(this);
      return;
    }
    this.profile = { ...this.profile, busy: true, errors: {}, error: '', done: '' };
    try {
      const user = await this.client!.updateMe({ name: name.trim(), phone: phone.trim() || null });
      this.profile = { ...form({ name: user.name, phone: user.phone ?? '' }), done: msg('Uw gegevens zijn opgeslagen.', { id: 'account.profileSaved' }) };
      this.emit('kp-view-user', { user });
    } catch (error) {
      this.profile = { ...this.profile, busy: false, ...this.failure(error, ['name', 'phone']) };
    }
  };

  private failure(error: unknown, fields: readonly string[]): { errors: Record<string, string>; error: string } {
    if (!(error instanceof PortalApiError)) throw error;
    const errors = fieldErrors(error, fields);
    void focusFirstInvalid(this);
    return { errors, error: Object.keys(errors).length ? '' : describeError(error) };
  }

  // ── Language ──────────────────────────────────────────────────────────────────────────────────────────────────

  private onLanguage = async (locale: Locale) => {
    if (locale === this.locale) return;
    // The widget switches at once; the account remembers it for the next visit and for mail.
    this.emit('kp-view-locale', { locale });
    this.languageMessage = '';
    try {
      const user = await this.client!.updateMe({ locale });
      this.emit('kp-view-user', { user });
    } catch (error) {
      this.languageMessage = describeError(error);
    }
  };

  // ── Password ──────────────────────────────────────────────────────────────────────────────────────────────────

  private onChangePassword = async (event: Event) => {
    event.preventDefault();
    const { currentPassword, newPassword } = this.password.values;
    const errors = compact({
      currentPassword: currentPassword ? undefined : msg('Vul uw huidige wachtwoord in.', { id: 'account.currentPasswordRequired' }),
      newPassword: validate.newPassword(newPassword),
    });
    if (Object.keys(errors).length) {
      this.password = { ...this.password, errors, error: '', done: '' };
      void focusFirstInvalid(this);
      return;
    }
    this.password = { ...this.password, busy: true, errors: {}, error: '', done: '' };
    try {
      await this.client!.changePassword(currentPassword, newPassword);
      this.showPasswords = false;
      this.password = { ...form({ currentPassword: '', newPassword: '' }), done: msg('Uw wachtwoord is gewijzigd.', { id: 'account.passwordChanged' }) };
    } catch (error) {
      this.password = { ...this.password, busy: false, ...this.failure(error, ['currentPassword', 'newPassword']) };
    }
  };

  // ── Colleagues ────────────────────────────────────────────────────────────────────────────────────────────────

  private onInvite = async (event: Event) => {
    event.preventDefault();
    const { name, email, role } = this.invite.values;
    const errors = compact({ name: validate.required(name), email: validate.email(email) });
    if (Object.keys(errors).length) {
      this.invite = { ...this.invite, errors, error: '', done: '' };
      void focusFirstInvalid(this);
      return;
    }
    this.invite = { ...this.invite, busy: true, errors: {}, error: '', done: '' };
    try {
      const created = await this.client!.request<Colleague>('POST', '/contacts', { name: name.trim(), email: email.trim(), role });
      this.colleagues.items = [created, ...this.colleagues.items.filter((colleague) => colleague.id !== created.id)];
      this.invite = {
        ...form({ name: '', email: '', role: 'member' }),
        done: msg(str`Er is een uitnodiging gestuurd naar ${created.email}.`, { id: 'account.inviteSent' }),
      };
    } catch (error) {
      const failure = this.failure(error, ['name', 'email', 'role']);
      const conflict = error instanceof PortalApiError && error.code === 'conflict';
      this.invite = {
        ...this.invite,
        busy: false,
        ...failure,
        ...(conflict ? { errors: { email: msg('Er is al een account met dit e-mailadres.', { id: 'account.inviteExists' }) }, error: '' } : {}),
      };
    }
  };

  private async changeColleague(colleague: Colleague, change: Body<'patchPortalSlugContactsId'>): Promise<void> {
    this.pendingColleague = colleague.id;
    this.colleagueMessage = null;
    try {
      const updated = await this.client!.request<Colleague>('PATCH', `/contacts/${encodeURIComponent(colleague.id)}`, change);
      this.colleagues.items = this.colleagues.items.map((item) => (item.id === updated.id ? updated : item));
      this.colleagueMessage = { kind: 'success', text: msg(str`De wijziging voor ${updated.name} is opgeslagen.`, { id: 'account.colleagueSaved' }) };
    } catch (error) {
      this.colleagueMessage = { kind: 'error', text: describeError(error) };
    } finally {
      this.pendingColleague = null;
    }
  }

  // ── Drawing ───────────────────────────────────────────────────────────────────────────────────────────────────

  override render() {
    const user = this.user;
    if (!user) return nothing;
    return html`${this.header(msg('Mijn gegevens', { id: 'account.title' }))}
      <div class="sections">
        ${this.renderProfile(user)} ${this.renderLanguage()} ${this.renderMails()} ${this.renderPassword()}
        ${this.canManageColleagues ? this.renderColleagues(user) : nothing}
        <section class="card" part="card" aria-labelledby="logout-heading">
          <h3 id="logout-heading">${msg('Uitloggen', { id: 'shell.logout' })}</h3>
          <p class="muted">${msg('Op een gedeelde computer? Log uit als u klaar bent.', { id: 'account.logoutHint' })}</p>
          <button type="button" class="btn secondary" part="logout" @click=${() => this.emit('kp-view-logout', null)}>${msg('Uitloggen', { id: 'shell.logout' })}</button>
        </section>
      </div>`;
  }

  private renderProfile(user: PortalUser): TemplateResult {
    const state = this.profile;
    const set = (key: 'name' | 'phone') => (value: string) => (this.profile = { ...this.profile, values: { ...this.profile.values, [key]: value }, done: '' });
    return html`<section class="card" part="card" aria-labelledby="profile-heading">
      <h3 id="profile-heading">${msg('Uw gegevens', { id: 'auth.guest.you' })}</h3>
      <p class="muted">
        ${msg('E-mailadres:', { id: 'account.emailLabel' })} <span class="email">${user.email}</span>
        ${user.customer?.name ? html`<br />${msg('Klant:', { id: 'account.customerLabel' })} ${user.customer.name}` : nothing}
      </p>
      ${formNotice('error', state.error)} ${formNotice('success', state.done)}
      <form novalidate @submit=${this.onSaveProfile}>
        <div class="pair">
          ${textField({ id: 'name', label: msg('Naam', { id: 'auth.guest.name' }), value: state.values.name, autocomplete: 'name', maxlength: 120, error: state.errors.name, onInput: set('name') })}
          ${textField({
            id: 'phone',
            type: 'tel',
            label: msg('Telefoonnummer', { id: 'auth.guest.phone' }),
            value: state.values.phone,
            autocomplete: 'tel',
            maxlength: 30,
            optional: true,
            error: state.errors.phone,
            onInput: set('phone'),
          })}
        </div>
        <button type="submit" class="btn primary" part="save-profile" ?disabled=${state.busy}>${msg('Opslaan', { id: 'account.save' })}</button>
      </form>
    </section>`;
  }

  private renderLanguage(): TemplateResult {
    return html`<section class="card" part="card" aria-labelledby="language-heading">
      <h3 id="language-heading">${msg('Taal', { id: 'account.language' })}</h3>
      ${selectField({
        id: 'locale',
        label: msg('Taal van het portaal en van uw mail', { id: 'account.languageLabel' }),
        value: this.locale,
        options: [
          { value: 'nl', label: 'Nederlands' },
          { value: 'en', label: 'English' },
        ],
        onChange: (value) => void this.onLanguage(value as Locale),
      })}
      ${formNotice('error', this.languageMessage)}
    </section>`;
  }

  private renderMails(): TemplateResult {
    return html`<section class="card" part="card" aria-labelledby="mails-heading">
      <h3 id="mails-heading">${msg('Mail', { id: 'account.mails.title' })}</h3>
      <kp-mail-preferences .client=${this.client} .locale=${this.locale}></kp-mail-preferences>
    </section>`;
  }

  private renderPassword(): TemplateResult {
    const state = this.password;
    const set = (key: 'currentPassword' | 'newPassword') => (value: string) =>
      (this.password = { ...this.password, values: { ...this.password.values, [key]: value }, done: '' });
    const toggle = () => (this.showPasswords = !this.showPasswords);
    return html`<section class="card" part="card" aria-labelledby="password-heading">
      <h3 id="password-heading">${msg('Wachtwoord wijzigen', { id: 'account.passwordTitle' })}</h3>
      ${formNotice('error', state.error)} ${formNotice('success', state.done)}
      <form novalidate @submit=${this.onChangePassword}>
        <input type="text" name="username" autocomplete="username" .value=${this.user?.email ?? ''} hidden />
        ${passwordField({
          id: 'currentPassword',
          label: msg('Huidig wachtwoord', { id: 'account.currentPassword' }),
          value: state.values.currentPassword,
          autocomplete: 'current-password',
          maxlength: 128,
          error: state.errors.currentPassword,
          shown: this.showPasswords,
          onToggle: toggle,
          onInput: set('currentPassword'),
        })}
        ${passwordField({
          id: 'newPassword',
          label: msg('Nieuw wachtwoord', { id: 'auth.newPassword' }),
          value: state.values.newPassword,
          autocomplete: 'new-password',
          maxlength: 128,
          hint: passwordRules(),
          error: state.errors.newPassword,
          shown: this.showPasswords,
          onToggle: toggle,
          onInput: set('newPassword'),
        })}
        <button type="submit" class="btn primary" part="change-password" ?disabled=${state.busy}>${msg('Wachtwoord wijzigen', { id: 'account.passwordTitle' })}</button>
      </form>
    </section>`;
  }

  private renderColleagues(user: PortalUser): TemplateResult {
    const state = this.invite;
    const set = (key: 'name' | 'email' | 'role') => (value: string) => (this.invite = { ...this.invite, values: { ...this.invite.values, [key]: value }, done: '' });
    const roles = [
      { value: 'member', label: msg('Gebruiker', { id: 'account.role.member' }) },
      { value: 'admin', label: msg('Beheerder', { id: 'account.role.admin' }) },
    ];
    return html`<section class="card" part="card" aria-labelledby="colleagues-heading">
      <h3 id="colleagues-heading">${msg('Toegang', { id: 'account.access' })}</h3>
      <p class="muted">
        ${msg('Wie dit portaal mag gebruiken: huisgenoten, collega’s of wie u verder toegang geeft. Beheerders kunnen ook zelf mensen uitnodigen en hun toegang aanpassen.', {
          id: 'account.accessIntro',
        })}
      </p>
      ${this.colleagueMessage ? formNotice(this.colleagueMessage.kind, this.colleagueMessage.text) : nothing}
      ${this.colleagues.render({
        label: msg('Wie heeft toegang', { id: 'account.accessList' }),
        empty: () => emptyBlock(msg('Alleen u heeft nog toegang. Nodig hieronder iemand uit.', { id: 'account.accessEmpty' })),
        item: (colleague) => this.renderColleague(colleague, user, roles),
      })}
      <form class="invite" novalidate @submit=${this.onInvite}>
        <h4>${msg('Iemand uitnodigen', { id: 'account.inviteSomeone' })}</h4>
        ${formNotice('error', state.error)} ${formNotice('success', state.done)}
        <div class="pair">
          ${textField({ id: 'invite-name', label: msg('Naam', { id: 'auth.guest.name' }), value: state.values.name, maxlength: 120, error: state.errors.name, onInput: set('name') })}
          ${textField({
            id: 'invite-email',
            type: 'email',
            label: msg('E-mailadres', { id: 'auth.email' }),
            value: state.values.email,
            inputmode: 'email',
            autocomplete: 'off',
            maxlength: 254,
            error: state.errors.email,
            onInput: set('email'),
          })}
        </div>
        ${selectField({
          id: 'invite-role',
          label: msg('Rol', { id: 'account.role' }),
          value: state.values.role,
          options: roles,
          hint: msg('Een beheerder kan anderen uitnodigen en hun toegang aanpassen.', { id: 'account.roleHintAnyone' }),
          onChange: set('role'),
        })}
        <button type="submit" class="btn primary" part="invite" ?disabled=${state.busy}>${msg('Uitnodiging versturen', { id: 'account.inviteSubmit' })}</button>
      </form>
    </section>`;
  }

  private renderColleague(colleague: Colleague, user: PortalUser, roles: { value: string; label: string }[]): TemplateResult {
    const self = colleague.id === user.id;
    const busy = this.pendingColleague === colleague.id;
    const statusText = {
      invited: msg('Uitgenodigd', { id: 'account.status.invited' }),
      active: msg('Actief', { id: 'account.status.active' }),
      disabled: msg('Geen toegang', { id: 'account.status.disabled' }),
    }[colleague.status];
    return html`<div class="colleague" part="colleague">
      <div class="record-main">
        <span class="record-title">${colleague.name}${self ? html` <span class="tag">${msg('u', { id: 'account.you' })}</span>` : nothing}</span>
        <span class="record-meta"><span class="email">${colleague.email}</span> · ${statusText}</span>
      </div>
      ${self
        ? html`<span class="muted small">${roles.find((role) => role.value === colleague.role)?.label}</span>`
        : html`<div class="colleague-actions">
            <label class="visually-hidden" for="role-${colleague.id}">${msg(str`Rol van ${colleague.name}`, { id: 'account.roleOf' })}</label>
            <select
              id="role-${colleague.id}"
              ?disabled=${busy}
              @change=${(event: Event) => void this.changeColleague(colleague, { role: (event.target as HTMLSelectElement).value as Colleague['role'] })}
            >
              ${roles.map((role) => html`<option value=${role.value} ?selected=${role.value === colleague.role}>${role.label}</option>`)}
            </select>
            <button
              type="button"
              class="btn secondary small"
              ?disabled=${busy}
              @click=${() => void this.changeColleague(colleague, { status: colleague.status === 'disabled' ? 'active' : 'disabled' })}
            >
              ${colleague.status === 'disabled' ? msg('Toegang geven', { id: 'account.enable' }) : msg('Toegang intrekken', { id: 'account.disable' })}
              <span class="visually-hidden">${msg(str`(${colleague.name})`, { id: 'account.colleagueName' })}</span>
            </button>
          </div>`}
    </div>`;
  }
}

defineElement('kp-account-view', AccountView);

declare global {
  interface HTMLElementTagNameMap {
    'kp-account-view': AccountView;
  }
}
