import { css, html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { PortalApiError } from '../../api/client.js';
import { describeError, fieldErrors } from '../../api/errors.js';
import { compact, focusFirstInvalid, formNotice, selectField, textField, validate } from '../../auth/fields.js';
import { defineElement } from '../../components/define.js';
import { emptyBlock } from '../../components/states.js';
import { PagedList } from '../../components/paged-list.js';
import { formatDateTime } from '../../i18n/format.js';
import { kp } from '../../styles/theme.js';
import { changeStaff, inviteStaff, resendStaffInvite, staffListPath, type StaffChanges, type StaffInvite, type StaffMember } from '../api/people.js';
import { ConsoleView } from './console-view.js';
import { cell, confirmation, focusConfirmation, onceSecret, rowStyles } from './developers-parts.js';
import './staff-business.js';

type Role = StaffMember['role'];

const roleName = (role: Role) => (role === 'admin' ? msg('Beheerder', { id: 'console.account.roleAdmin' }) : msg('Medewerker', { id: 'console.account.roleStaff' }));

function statusName(status: StaffMember['status']): string {
  if (status === 'active') return msg('Actief', { id: 'console.staff.active' });
  if (status === 'invited') return msg('Uitgenodigd', { id: 'console.staff.invited' });
  return msg('Uitgeschakeld', { id: 'console.staff.disabled' });
}

/** Why the server refused a change, in words: the last admin above all. */
function refusal(error: unknown): string {
  if (error instanceof PortalApiError && error.details.some((detail) => detail.reason === 'last_admin')) {
    return msg('Dit is de laatste actieve beheerder. Maak eerst iemand anders beheerder; het bedrijf houdt altijd één beheerder.', { id: 'console.staff.lastAdmin' });
  }
  return describeError(error);
}

/**
 * @summary The business's staff (admins only): who they are, their role, status, two-step sign-in and last sign-in;
 * invite, change role, disable or enable, reset two-step sign-in and resend an invite. The business's own settings
 * below.
 *
 * @csspart heading - The view's title.
 */
export class StaffView extends ConsoleView {
  static override styles = [
    ...ConsoleView.styles,
    rowStyles,
    css`
      .sections {
        display: grid;
        gap: ${kp('space-5')};
        max-width: 1040px;
      }
      .cells {
        --columns: 4;
      }
      .invite-form {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
        gap: ${kp('space-3')};
        align-items: end;
      }
      h2 {
        margin: 0 0 ${kp('space-3')};
      }
      .name {
        font-weight: 650;
      }
    `,
  ];

  private readonly list = new PagedList<StaffMember>(this, () => ({ client: this.client, path: this.client ? staffListPath : undefined }));

  @state() private invite = { name: '', email: '', role: 'staff' as Role };
  @state() private inviteErrors: Record<string, string> = {};
  @state() private inviteError = '';
  @state() private inviting = false;
  @state() private sent: { name: string; invite: StaffInvite } | null = null;
  @state() private confirming: { id: string; action: 'disable' | 'resetTotp' } | null = null;
  @state() private busyId = '';
  @state() private rowNotice: { id: string; kind: 'error' | 'success'; text: string } | null = null;

  private replace(member: StaffMember) {
    this.list.items = this.list.items.map((item) => (item.id === member.id ? member : item));
    this.requestUpdate();
  }

  private sendInvite = async (event: Event) => {
    event.preventDefault();
    if (this.inviting) return;
    const errors = compact({ inviteName: validate.required(this.invite.name), inviteEmail: validate.email(this.invite.email) });
    this.inviteError = '';
    this.inviteErrors = errors;
    if (Object.keys(errors).length) return void focusFirstInvalid(this);
    this.inviting = true;
    try {
      const { invite, ...member } = await inviteStaff(this.client!, { name: this.invite.name.trim(), email: this.invite.email.trim(), role: this.invite.role });
      this.list.items = [member, ...this.list.items];
      this.sent = { name: member.name, invite };
      this.invite = { name: '', email: '', role: 'staff' };
      this.announce(msg(str`${member.name} is uitgenodigd.`, { id: 'console.staff.invitedDone' }));
      await this.updateComplete;
      this.renderRoot.querySelector('kp-once-secret')?.focus();
    } catch (error) {
      if (!(error instanceof PortalApiError)) throw error;
      const fields = fieldErrors(error, ['name', 'email']);
      this.inviteErrors = compact({
        inviteName: fields.name,
        inviteEmail: error.status === 409 ? msg('Dit e-mailadres hoort al bij een medewerker van dit bedrijf.', { id: 'console.staff.emailTaken' }) : fields.email,
      });
      this.inviteError = Object.keys(this.inviteErrors).length ? '' : describeError(error);
      void focusFirstInvalid(this);
    } finally {
      this.inviting = false;
    }
  };

  private async change(member: StaffMember, changes: StaffChanges, done: string) {
    this.busyId = member.id;
    this.rowNotice = null;
    try {
      this.replace(await changeStaff(this.client!, member.id, changes));
      this.confirming = null;
      this.rowNotice = { id: member.id, kind: 'success', text: done };
    } catch (error) {
      this.confirming = null;
      this.rowNotice = { id: member.id, kind: 'error', text: refusal(error) };
    } finally {
      this.busyId = '';
    }
  }

  private async resend(member: StaffMember) {
    this.busyId = member.id;
    this.rowNotice = null;
    try {
      this.sent = { name: member.name, invite: await resendStaffInvite(this.client!, member.id) };
      await this.updateComplete;
      this.renderRoot.querySelector('kp-once-secret')?.focus();
    } catch (error) {
      this.rowNotice = { id: member.id, kind: 'error', text: refusal(error) };
    } finally {
      this.busyId = '';
    }
  }

  private ask(id: string, action: 'disable' | 'resetTotp') {
    this.confirming = { id, action };
    this.rowNotice = null;
    void focusConfirmation(this);
  }

  override render() {
    return html`${this.header(msg('Medewerkers', { id: 'console.nav.staff' }))}
      <div class="sections">
        ${this.renderInvite()}
        <section class="card rows" aria-labelledby="staff-title">
          <h2 id="staff-title">${msg('Wie er werkt', { id: 'console.staff.listTitle' })}</h2>
          ${this.list.render({
            label: msg('Medewerkers', { id: 'console.nav.staff' }),
            item: (member) => this.renderMember(member),
            empty: () => emptyBlock(msg('Nog geen medewerkers. Nodig hierboven een collega uit.', { id: 'console.staff.empty' })),
          })}
        </section>
        <kp-staff-business-settings .client=${this.client}></kp-staff-business-settings>
      </div>`;
  }

  private renderInvite(): TemplateResult {
    return html`<section class="card" aria-labelledby="invite-title">
      <h2 id="invite-title">${msg('Collega uitnodigen', { id: 'console.staff.inviteTitle' })}</h2>
      ${this.sent
        ? onceSecret({
            heading: msg(str`Uitnodiging voor ${this.sent.name}`, { id: 'console.staff.inviteLinkTitle' }),
            warning: msg(str`De uitnodiging is gemaild. Komt die niet aan, geef deze link dan zelf door, alleen aan deze persoon. Hij werkt één keer, tot ${formatDateTime(this.sent.invite.expiresAt, this.locale)}.`, {
              id: 'console.staff.inviteLinkWarning',
            }),
            value: this.sent.invite.url,
            done: msg('Sluiten', { id: 'console.people.close' }),
            onDone: () => (this.sent = null),
          })
        : nothing}
      ${formNotice('error', this.inviteError)}
      <form class="invite-form" novalidate @submit=${this.sendInvite}>
        ${textField({ id: 'inviteName', label: msg('Naam', { id: 'console.account.name' }), value: this.invite.name, maxlength: 120, autocomplete: 'off', error: this.inviteErrors.inviteName, onInput: (name) => (this.invite = { ...this.invite, name }) })}
        ${textField({ id: 'inviteEmail', type: 'email', label: msg('E-mailadres', { id: 'console.staff.email' }), value: this.invite.email, maxlength: 254, autocomplete: 'off', error: this.inviteErrors.inviteEmail, onInput: (email) => (this.invite = { ...this.invite, email }) })}
        ${selectField({
          id: 'inviteRole',
          label: msg('Rol', { id: 'console.staff.role' }),
          value: this.invite.role,
          options: (['staff', 'admin'] as const).map((role) => ({ value: role, label: roleName(role) })),
          onChange: (role) => (this.invite = { ...this.invite, role: role as Role }),
        })}
        <div><button type="submit" class="btn primary" ?disabled=${this.inviting}>${msg('Uitnodigen', { id: 'console.staff.invite' })}</button></div>
      </form>
      <p class="hint">${msg('Beheerders doen alles; medewerkers alles behalve portaalinstellingen, medewerkers, API-sleutels, webhooks en de bedrijfsgegevens.', { id: 'console.staff.rolesHint' })}</p>
    </section>`;
  }

  private renderMember(member: StaffMember): TemplateResult {
    const own = member.id === this.session?.staff.id;
    const busy = this.busyId === member.id;
    const confirming = this.confirming?.id === member.id ? this.confirming.action : null;
    const notice = this.rowNotice?.id === member.id ? this.rowNotice : null;
    const lastSignIn = member.lastLoginAt ? formatDateTime(member.lastLoginAt, this.locale) : msg('Nog nooit', { id: 'console.staff.never' });
    return html`<div class="cells">
      <div class="cell"><span class="name">${member.name}</span>${own ? html` <span class="tag">${msg('u', { id: 'console.staff.you' })}</span>` : nothing}<br /><span class="muted">${member.email}</span></div>
      ${cell(msg('Rol', { id: 'console.staff.role' }), roleName(member.role))}
      ${cell(msg('Status', { id: 'console.staff.status' }), statusName(member.status))}
      ${cell(msg('Inloggen in twee stappen', { id: 'console.staff.twoStep' }), member.totpEnabled ? html`<span class="status-ok">${msg('Aan', { id: 'console.staff.on' })}</span>` : msg('Uit', { id: 'console.staff.off' }))}
      ${cell(msg('Laatst ingelogd', { id: 'console.staff.lastSignIn' }), lastSignIn)}
      <div class="row-actions">
        ${member.status !== 'disabled'
          ? html`<button type="button" class="btn secondary small" ?disabled=${busy} @click=${() => this.change(member, { role: member.role === 'admin' ? 'staff' : 'admin' }, msg('De rol is gewijzigd.', { id: 'console.staff.roleChanged' }))}>
              ${member.role === 'admin' ? msg('Maak medewerker', { id: 'console.staff.makeStaff' }) : msg('Maak beheerder', { id: 'console.staff.makeAdmin' })}
            </button>`
          : nothing}
        ${member.status === 'invited'
          ? html`<button type="button" class="btn secondary small" ?disabled=${busy} @click=${() => this.resend(member)}>${msg('Uitnodiging opnieuw sturen', { id: 'console.staff.resend' })}</button>`
          : nothing}
        ${member.status === 'active'
          ? html`<button type="button" class="btn secondary small" ?disabled=${busy} @click=${() => this.ask(member.id, 'disable')}>${msg('Uitschakelen…', { id: 'console.staff.disable' })}</button>`
          : nothing}
        ${member.status === 'disabled'
          ? html`<button type="button" class="btn secondary small" ?disabled=${busy} @click=${() => this.change(member, { status: 'active' }, msg('De medewerker kan weer inloggen.', { id: 'console.staff.enabled' }))}>
              ${msg('Inschakelen', { id: 'console.staff.enable' })}
            </button>`
          : nothing}
        ${member.totpEnabled && !own
          ? html`<button type="button" class="btn secondary small" ?disabled=${busy} @click=${() => this.ask(member.id, 'resetTotp')}>${msg('Twee stappen resetten…', { id: 'console.staff.resetTotp' })}</button>`
          : nothing}
      </div>
      ${confirming === 'disable'
        ? confirmation({
            text: msg(str`${member.name} uitschakelen? Die wordt meteen uitgelogd en kan niet meer inloggen tot u de medewerker weer inschakelt.`, { id: 'console.staff.disableConfirm' }),
            confirm: msg('Uitschakelen', { id: 'console.staff.disableSubmit' }),
            busy,
            onConfirm: () => void this.change(member, { status: 'disabled' }, msg('De medewerker is uitgeschakeld en uitgelogd.', { id: 'console.staff.disabledDone' })),
            onCancel: () => (this.confirming = null),
          })
        : nothing}
      ${confirming === 'resetTotp'
        ? confirmation({
            text: msg(str`Inloggen in twee stappen van ${member.name} resetten? Die wordt uitgelogd, logt daarna in met alleen het wachtwoord en stelt twee stappen opnieuw in.`, { id: 'console.staff.resetConfirm' }),
            confirm: msg('Resetten', { id: 'console.staff.resetSubmit' }),
            busy,
            onConfirm: () => void this.change(member, { resetTotp: true }, msg('Inloggen in twee stappen is gereset.', { id: 'console.staff.resetDone' })),
            onCancel: () => (this.confirming = null),
          })
        : nothing}
      ${notice ? html`<p class="row-message ${notice.kind === 'error' ? 'error' : 'muted'}" role=${notice.kind === 'error' ? 'alert' : 'status'}>${notice.text}</p>` : nothing}
    </div>`;
  }
}

defineElement('kp-staff-view', StaffView);

declare global {
  interface HTMLElementTagNameMap {
    'kp-staff-view': StaffView;
  }
}
