import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { Task, initialState } from '@lit/task';
import { PortalApiError } from '../../api/client.js';
import { fieldErrors } from '../../api/errors.js';
import { compact, focusFirstInvalid, formNotice, selectField, textField, validate } from '../../auth/fields.js';
import { defineElement } from '../../components/define.js';
import { emptyBlock, errorBlock, errorMessage, pendingBlock } from '../../components/states.js';
import { formatDateTime } from '../../i18n/format.js';
import { kp, shared } from '../../styles/theme.js';
import type { ConsoleClient } from '../api/console-client.js';
import { eraseContact } from '../api/imports.js';
import { changeContact, inviteContact, listContacts, resendInvite, type ContactInvitation, type ContactRole, type CustomerContact } from '../api/customers.js';
import type { Locale } from '../api/types.js';
import { consoleEvent } from '../events.js';
import { consoleViewStyles } from '../styles/console.js';
import { confirmation, rowStyles } from './developers-parts.js';

export interface PreviewContactDetail {
  contact: CustomerContact;
}

const roleName = (role: ContactRole) => (role === 'admin' ? msg('Beheerder', { id: 'console.contacts.roleAdmin' }) : msg('Gebruiker', { id: 'console.contacts.roleMember' }));

function statusName(status: CustomerContact['status']): string {
  if (status === 'active') return msg('Actief', { id: 'console.contacts.statusActive' });
  if (status === 'invited') return msg('Uitgenodigd', { id: 'console.contacts.statusInvited' });
  return msg('Uitgeschakeld', { id: 'console.contacts.statusDisabled' });
}

/**
 * @summary A customer's portal users: who they are, their role, status, last sign-in and invite; invite a new one
 * (the link shown to copy), invite again, disable and enable, change the role, view the portal as them, and erase
 * one's personal data after typing their email address, with what goes and what stays said first.
 *
 * @event kp-preview-contact - {@link PreviewContactDetail}: the staff member asked to see the portal as this contact.
 * @event kp-console-announce - `{message}`: a contact was erased.
 * @csspart contact - One contact.
 * @csspart invite - The button that opens the invite form.
 * @csspart erase - A contact's button that opens the confirmation to erase them.
 * @csspart erase-confirm - That confirmation.
 */
export class CustomerContacts extends LitElement {
  static override styles = [
    shared,
    consoleViewStyles,
    rowStyles,
    css`
      :host {
        display: block;
      }
      .contacts {
        list-style: none;
        margin: 0 0 ${kp('space-3')};
        padding: 0;
      }
      .contacts > li {
        padding: ${kp('space-3')} 0;
        border-top: 1px solid ${kp('color-border')};
      }
      .who {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: ${kp('space-1')} ${kp('space-2')};
      }
      .who strong {
        overflow-wrap: anywhere;
      }
      .tag.active {
        border-color: ${kp('color-success')};
        color: ${kp('color-success')};
      }
      .tag.disabled {
        color: ${kp('color-muted')};
      }
      .facts {
        margin: ${kp('space-1')} 0 ${kp('space-2')};
        font-size: ${kp('font-size-sm')};
        color: ${kp('color-muted')};
        overflow-wrap: anywhere;
      }
      .contact-actions {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: ${kp('space-2')};
      }
      .contact-actions .field {
        margin: 0;
      }
      .contact-actions select {
        min-height: 36px;
      }
      .link-box {
        display: flex;
        gap: ${kp('space-2')};
        flex-wrap: wrap;
      }
      .link-box input {
        flex: 1 1 220px;
        min-width: 0;
        font-family: ui-monospace, monospace;
        font-size: ${kp('font-size-sm')};
      }
      form {
        margin-top: ${kp('space-3')};
        padding-top: ${kp('space-3')};
        border-top: 1px solid ${kp('color-border')};
      }
      .btn.erase {
        color: ${kp('color-danger')};
        border-color: ${kp('color-danger')};
      }
      form.erase-confirm {
        padding: ${kp('space-3')};
        border: 1px solid ${kp('color-danger')};
        border-radius: ${kp('radius-lg')};
        background: ${kp('color-danger-surface')};
      }
      .erase-confirm h3 {
        margin-top: 0;
      }
      .erase-confirm ul {
        margin: 0 0 ${kp('space-3')};
        padding-left: 1.2em;
      }
      .erase-confirm > p {
        margin: 0 0 ${kp('space-1')};
      }
      .erase-confirm input {
        width: 100%;
        box-sizing: border-box;
      }
    `,
  ];

  @property({ attribute: false }) client?: ConsoleClient;
  @property() customerId = '';
  @property() locale: Locale = 'nl';

  @state() private inviting = false;
  @state() private name = '';
  @state() private email = '';
  @state() private newRole: ContactRole = 'member';
  @state() private mail = true;
  @state() private errors: Record<string, string> = {};
  @state() private formError = '';
  @state() private busy = '';
  @state() private notice = '';
  @state() private actionError = '';
  /** The newest invite link, to copy and send another way. */
  @state() private lastInvite: ContactInvitation | null = null;
  /** The contacts as last loaded, with the changes made here since. */
  @state() private list: CustomerContact[] = [];
  /** The contact whose erasure is being confirmed, what was typed to confirm it, and why it failed. */
  @state() private erasing: CustomerContact | null = null;
  @state() private erasingTyped = '';
  @state() private eraseError = '';

  private readonly contacts = new Task(this, {
    args: () => [this.client, this.customerId] as const,
    task: async ([client, customerId], { signal }) => {
      if (!client || !customerId) return initialState;
      this.list = (await listContacts(client, customerId, signal)).items;
      return this.list;
    },
  });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  private replace(contact: CustomerContact) {
    const { list } = this;
    this.list = list.some((item) => item.id === contact.id) ? list.map((item) => (item.id === contact.id ? contact : item)) : [contact, ...list];
  }

  private async act(contact: CustomerContact, work: () => Promise<string>) {
    if (this.busy) return;
    this.busy = contact.id;
    this.notice = '';
    this.actionError = '';
    try {
      this.notice = await work();
    } catch (error) {
      if (!(error instanceof PortalApiError)) throw error;
      this.actionError = errorMessage(error);
    } finally {
      this.busy = '';
    }
  }

  private setStatus(contact: CustomerContact, status: 'active' | 'disabled') {
    return this.act(contact, async () => {
      this.replace(await changeContact(this.client!, contact.id, { status }));
      return status === 'disabled'
        ? msg(str`${contact.name} is uitgeschakeld en kan niet meer inloggen.`, { id: 'console.contacts.disabled' })
        : msg(str`${contact.name} kan weer inloggen.`, { id: 'console.contacts.enabled' });
    });
  }

  private setRole(contact: CustomerContact, role: ContactRole) {
    return this.act(contact, async () => {
      this.replace(await changeContact(this.client!, contact.id, { role }));
      return msg(str`${contact.name} is nu ${roleName(role).toLowerCase()}.`, { id: 'console.contacts.roleChanged' });
    });
  }

  private invitedAgain(contact: CustomerContact) {
    return this.act(contact, async () => {
      const invitation = await resendInvite(this.client!, contact.id, true);
      this.replace(invitation.contact);
      this.lastInvite = invitation;
      return msg(str`Een nieuwe uitnodiging is gemaild naar ${contact.email}. De vorige link werkt niet meer.`, { id: 'console.contacts.resent' });
    });
  }

  private get emailMatches(): boolean {
    const email = this.erasing?.email.trim().toLocaleLowerCase();
    return Boolean(email) && this.erasingTyped.trim().toLocaleLowerCase() === email;
  }

  private async askErase(contact: CustomerContact) {
    this.erasing = contact;
    this.erasingTyped = '';
    this.eraseError = '';
    this.notice = '';
    this.actionError = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#erase-email')?.focus();
  }

  private closeErase = async () => {
    const contact = this.erasing;
    if (!contact || this.busy === contact.id) return;
    this.erasing = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[part~="erase"][data-contact="${CSS.escape(contact.id)}"]`)?.focus();
  };

  private submitErase = (event: Event) => {
    event.preventDefault();
    void this.erase();
  };

  private async erase() {
    const contact = this.erasing;
    if (!contact || !this.emailMatches || this.busy) return;
    this.busy = contact.id;
    this.eraseError = '';
    try {
      await eraseContact(this.client!, contact.id);
      this.list = this.list.filter((item) => item.id !== contact.id);
      if (this.lastInvite?.contact.id === contact.id) this.lastInvite = null;
      this.erasing = null;
      this.dispatchEvent(consoleEvent('kp-console-announce', { message: msg(str`${contact.name} is gewist.`, { id: 'console.contacts.erased' }) }));
      await this.updateComplete;
      this.focusPanelHeading();
    } catch (error) {
      this.eraseError = errorMessage(error);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#erase-email')?.focus();
    } finally {
      this.busy = '';
    }
  }

  /** After a row is gone, the heading of the panel around this list (or, alone, the invite button) takes focus. */
  private focusPanelHeading() {
    const heading = this.closest('section')?.querySelector<HTMLElement>('h2, h3');
    if (!heading) return void this.renderRoot.querySelector<HTMLElement>('[part~="invite"]')?.focus();
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus();
  }

  private openInvite = async () => {
    this.inviting = true;
    this.formError = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#contact-name')?.focus();
  };

  private closeInvite = async () => {
    this.inviting = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="invite"]')?.focus();
  };

  private submit = async (event: Event) => {
    event.preventDefault();
    this.errors = compact({ name: validate.required(this.name), email: validate.email(this.email) });
    this.formError = '';
    if (Object.keys(this.errors).length) {
      void focusFirstInvalid(this);
      return;
    }
    if (this.busy) return;
    this.busy = 'new';
    try {
      const invitation = await inviteContact(this.client!, this.customerId, { name: this.name.trim(), email: this.email.trim(), role: this.newRole, sendInvite: this.mail });
      this.replace(invitation.contact);
      this.lastInvite = invitation;
      this.notice = this.mail
        ? msg(str`${invitation.contact.name} is uitgenodigd; de uitnodiging is gemaild naar ${invitation.contact.email}.`, { id: 'console.contacts.invitedMailed' })
        : msg(str`${invitation.contact.name} is uitgenodigd. Stuur de link hieronder zelf door.`, { id: 'console.contacts.invited' });
      this.name = '';
      this.email = '';
      this.newRole = 'member';
      this.inviting = false;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#invite-link')?.focus();
    } catch (error) {
      if (!(error instanceof PortalApiError)) throw error;
      this.errors = fieldErrors(error, ['name', 'email']);
      this.formError =
        error.code === 'conflict' && error.details.some((detail) => detail.path === 'email')
          ? msg('Dit e-mailadres is al in gebruik bij een contactpersoon van uw bedrijf.', { id: 'console.contacts.emailTaken' })
          : errorMessage(error);
      void focusFirstInvalid(this);
    } finally {
      this.busy = '';
    }
  };

  private copy = async () => {
    const url = this.lastInvite?.invite.url;
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      this.notice = msg('De link staat op het klembord.', { id: 'console.contacts.copied' });
    } catch {
      this.renderRoot.querySelector<HTMLInputElement>('#invite-link')?.select();
      this.notice = msg('Kopiëren lukte niet. De link is geselecteerd: kopieer hem zelf.', { id: 'console.contacts.copyFailed' });
    }
  };

  override render() {
    return html`
      ${formNotice('success', this.notice)} ${formNotice('error', this.actionError)} ${this.renderInviteLink()}
      ${this.contacts.render({
        initial: () => pendingBlock(2),
        pending: () => (this.contacts.value ? this.renderList(this.list) : pendingBlock(2)),
        error: (error) => errorBlock(error, () => void this.contacts.run(), msg('De contactpersonen konden niet worden geladen.', { id: 'console.contacts.loadFailed' })),
        complete: () => this.renderList(this.list),
      })}
      ${this.inviting
        ? this.renderForm()
        : html`<button type="button" class="btn secondary" part="invite" @click=${this.openInvite}>${msg('Contactpersoon uitnodigen', { id: 'console.contacts.invite' })}</button>`}
    `;
  }

  private renderInviteLink(): TemplateResult | typeof nothing {
    const invitation = this.lastInvite;
    if (!invitation) return nothing;
    if (!invitation.invite.url) {
      return html`<p class="notice warning">
        ${msg('Het portaal heeft nog geen webadres (homeUrl), dus er is geen link om te delen. Stel het in bij de portaalinstellingen.', { id: 'console.contacts.noHomeUrl' })}
      </p>`;
    }
    return html`<div class="field">
      <label for="invite-link">${msg(str`Uitnodigingslink voor ${invitation.contact.name}`, { id: 'console.contacts.link' })}</label>
      <p class="hint" id="invite-link-hint">${msg('Werkt één keer, 7 dagen lang. Deel hem alleen met deze persoon.', { id: 'console.contacts.linkHint' })}</p>
      <div class="link-box">
        <input id="invite-link" readonly .value=${invitation.invite.url} aria-describedby="invite-link-hint" @focus=${(event: Event) => (event.target as HTMLInputElement).select()} />
        <button type="button" class="btn secondary" part="copy-link" @click=${this.copy}>${msg('Kopiëren', { id: 'console.contacts.copy' })}</button>
      </div>
    </div>`;
  }

  private renderList(contacts: CustomerContact[]): TemplateResult {
    if (!contacts.length) {
      return emptyBlock(msg('Nog niemand van deze klant heeft toegang tot het portaal. Nodig een contactpersoon uit.', { id: 'console.contacts.empty' }));
    }
    return html`<ul class="contacts" aria-label=${msg('Contactpersonen', { id: 'console.contacts.title' })}>
      ${repeat(contacts, (contact) => contact.id, (contact) => html`<li part="contact">${this.renderContact(contact)}</li>`)}
    </ul>`;
  }

  private renderContact(contact: CustomerContact): TemplateResult {
    const busy = this.busy === contact.id;
    const facts = [
      contact.email,
      contact.lastLoginAt
        ? msg(str`Laatst ingelogd ${formatDateTime(contact.lastLoginAt, this.locale)}`, { id: 'console.contacts.lastLogin' })
        : contact.status === 'active'
          ? msg('Nog niet ingelogd', { id: 'console.contacts.neverLoggedIn' })
          : '',
      contact.status === 'invited' && contact.invitedAt ? msg(str`Uitgenodigd ${formatDateTime(contact.invitedAt, this.locale)}`, { id: 'console.contacts.invitedAt' }) : '',
    ].filter(Boolean);
    const roleId = `role-${contact.id}`;
    return html`<div class="who">
        <strong>${contact.name}</strong>
        <span class="tag ${contact.status}">${statusName(contact.status)}</span>
      </div>
      <p class="facts">${facts.join(' · ')}</p>
      <div class="contact-actions">
        ${selectField({
          id: roleId,
          label: msg(str`Rol van ${contact.name}`, { id: 'console.contacts.roleLabel' }),
          value: contact.role,
          options: (['member', 'admin'] as const).map((role) => ({ value: role, label: roleName(role) })),
          onChange: (value) => void this.setRole(contact, value as ContactRole),
        })}
        ${contact.status === 'invited'
          ? html`<button type="button" class="btn secondary small" part="resend" ?disabled=${busy} @click=${() => this.invitedAgain(contact)}>
              ${msg('Opnieuw uitnodigen', { id: 'console.contacts.resend' })}
            </button>`
          : nothing}
        ${contact.status === 'active'
          ? html`<button
              type="button"
              class="btn primary small"
              part="preview"
              @click=${() => this.dispatchEvent(new CustomEvent<PreviewContactDetail>('kp-preview-contact', { detail: { contact }, bubbles: true, composed: true }))}
            >
              ${msg('Bekijk als deze klant', { id: 'console.contacts.preview' })}
            </button>`
          : nothing}
        ${contact.status === 'disabled'
          ? html`<button type="button" class="btn secondary small" part="enable" ?disabled=${busy} @click=${() => this.setStatus(contact, 'active')}>
              ${msg('Inschakelen', { id: 'console.contacts.enable' })}
            </button>`
          : html`<button type="button" class="btn link small" part="disable" ?disabled=${busy} @click=${() => this.setStatus(contact, 'disabled')}>
              ${msg('Uitschakelen', { id: 'console.contacts.disable' })}
            </button>`}
        <button
          type="button"
          class="btn secondary small erase"
          part="erase"
          data-contact=${contact.id}
          aria-expanded=${this.erasing?.id === contact.id ? 'true' : 'false'}
          ?disabled=${busy}
          @click=${() => this.askErase(contact)}
        >
          ${msg('Persoonsgegevens wissen…', { id: 'console.contacts.erase' })}<span class="visually-hidden"> ${contact.name}</span>
        </button>
      </div>
      ${this.erasing?.id === contact.id ? this.renderErase(contact) : nothing}`;
  }

  private renderErase(contact: CustomerContact): TemplateResult {
    const busy = this.busy === contact.id;
    return html`<form
      novalidate
      class="erase-confirm"
      part="erase-confirm"
      aria-labelledby="erase-title"
      @submit=${this.submitErase}
      @keydown=${(event: KeyboardEvent) => {
        if (event.key === 'Escape') void this.closeErase();
      }}
    >
      <h3 id="erase-title">${msg(str`Persoonsgegevens van ${contact.name} wissen?`, { id: 'console.contacts.eraseTitle' })}</h3>
      <p><strong>${msg('Wat verdwijnt:', { id: 'console.contacts.eraseGoesTitle' })}</strong></p>
      <ul>
        <li>${msg('het account van deze persoon in het portaal, met sessies, inloglinks en uitnodigingen', { id: 'console.contacts.eraseGoesAccount' })}</li>
        <li>${msg('de naam en het e-mailadres in berichten en in het logboek: die worden vervangen door [gewist]', { id: 'console.contacts.eraseGoesName' })}</li>
      </ul>
      <p><strong>${msg('Wat blijft:', { id: 'console.contacts.eraseStaysTitle' })}</strong></p>
      <ul>
        <li>${msg('de klant met zijn adressen, werkbonnen, offertes, facturen, documenten, installaties, bestellingen en aanvragen', { id: 'console.contacts.eraseStays' })}</li>
      </ul>
      ${textField({
        id: 'erase-email',
        type: 'email',
        inputmode: 'email',
        label: msg(str`Typ ter bevestiging het e-mailadres: ${contact.email}`, { id: 'console.contacts.eraseTypeEmail' }),
        value: this.erasingTyped,
        maxlength: 254,
        autocomplete: 'off',
        onInput: (value) => (this.erasingTyped = value),
      })}
      ${formNotice('error', this.eraseError)}
      ${confirmation({
        text: busy ? msg('Bezig met wissen…', { id: 'console.contacts.erasing' }) : msg('Dit kan niet ongedaan worden gemaakt.', { id: 'console.contacts.eraseIrreversible' }),
        confirm: msg('Definitief wissen', { id: 'console.contacts.eraseSubmit' }),
        busy: busy || !this.emailMatches,
        onConfirm: () => void this.erase(),
        onCancel: () => void this.closeErase(),
      })}
    </form>`;
  }

  private renderForm(): TemplateResult {
    return html`<form novalidate aria-labelledby="invite-title" @submit=${this.submit}>
      <h3 id="invite-title">${msg('Contactpersoon uitnodigen', { id: 'console.contacts.invite' })}</h3>
      ${formNotice('error', this.formError)}
      ${textField({ id: 'contact-name', name: 'name', label: msg('Naam', { id: 'console.contacts.name' }), value: this.name, maxlength: 120, autocomplete: 'off', error: this.errors.name, onInput: (value) => (this.name = value) })}
      ${textField({
        id: 'contact-email',
        name: 'email',
        type: 'email',
        inputmode: 'email',
        label: msg('E-mailadres', { id: 'console.customerForm.email' }),
        value: this.email,
        maxlength: 254,
        autocomplete: 'off',
        error: this.errors.email,
        onInput: (value) => (this.email = value),
      })}
      ${selectField({
        id: 'contact-role',
        label: msg('Rol', { id: 'console.contacts.role' }),
        hint: msg('Een beheerder nodigt zelf collega’s van zijn organisatie uit.', { id: 'console.contacts.roleHint' }),
        value: this.newRole,
        options: (['member', 'admin'] as const).map((role) => ({ value: role, label: roleName(role) })),
        onChange: (value) => (this.newRole = value as ContactRole),
      })}
      <label class="check"
        ><input type="checkbox" .checked=${this.mail} @change=${(event: Event) => (this.mail = (event.target as HTMLInputElement).checked)} />
        ${msg('Uitnodiging mailen', { id: 'console.contacts.mail' })}</label
      >
      <div class="actions">
        <button type="submit" class="btn primary" part="send-invite" ?disabled=${this.busy === 'new'}>${msg('Uitnodigen', { id: 'console.contacts.submit' })}</button>
        <button type="button" class="btn link" @click=${this.closeInvite}>${msg('Annuleren', { id: 'shell.cancel' })}</button>
      </div>
    </form>`;
  }
}

defineElement('kp-customer-contacts', CustomerContacts);

declare global {
  interface HTMLElementTagNameMap {
    'kp-customer-contacts': CustomerContacts;
  }
}
