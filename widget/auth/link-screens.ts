// The sign-in screens a customer reaches by a mail's link or after asking for one: "look in your mail", accepting an
// invite, a sign-in or reset link, and a link that no longer works. Loaded when one of them opens, so the
// entry carries only the first sign-in form.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { PortalClient, PortalConfig } from '../api/client.js';
import { acceptInvite, confirmPasswordReset, verifyMagicLink } from '../api/link-calls.js';
import { isExpiredLink } from '../api/sign-in-errors.js';
import { formNotice, textField, validate } from './sign-in-fields.js';
import type { AuthLink, AuthLinkKind } from './links.js';

export type SignInLinkKind = Exclude<AuthLinkKind, 'follow'>;

/** A screen of this module. */
export type LinkScreen =
  | { name: 'link-sent'; email: string; kind: 'magic' | 'reset' }
  | { name: 'link'; link: AuthLink & { kind: SignInLinkKind } }
  | { name: 'link-expired'; kind: SignInLinkKind };

/** What these screens use of <kp-sign-in>: its form's state and steps (sign-in-form.ts, sign-in.ts). */
export interface ScreenHost {
  client?: PortalClient;
  invitee: { email: string; name: string } | null;
  name: string;
  password: string;
  errors: Record<string, string>;
  formError: string;
  success: string;
  busy: boolean;
  card(id: string, title: string, content: TemplateResult, intro?: string): TemplateResult;
  renderEmailField(): TemplateResult;
  renderPasswordField(kind: 'current' | 'new'): TemplateResult;
  check(errors: Record<string, string | undefined>): boolean;
  submit(fields: readonly string[], action: () => Promise<void>): Promise<void>;
  go(screen: { name: 'sign-in' | 'forgot' } | LinkScreen): void;
  onSendLink(kind: 'magic' | 'reset'): Promise<void>;
}

export function renderLinkScreen(host: ScreenHost, config: PortalConfig, screen: LinkScreen): TemplateResult {
  switch (screen.name) {
    case 'link-sent':
      return renderLinkSent(host, screen.email, screen.kind);
    case 'link':
      return renderLink(host, config, screen.link);
    case 'link-expired':
      return renderLinkExpired(host, screen.kind);
  }
}

async function onLink(host: ScreenHost, event: Event, link: AuthLink & { kind: SignInLinkKind }): Promise<void> {
  event.preventDefault();
  if (link.kind !== 'magic' && !host.check({ password: validate.newPassword(host.password) })) return;
  await host.submit(['password', 'name'], async () => {
    try {
      if (link.kind === 'magic') await verifyMagicLink(host.client!, link.token);
      else if (link.kind === 'invite') await acceptInvite(host.client!, link.token, host.password, host.name.trim() || undefined);
      else {
        await confirmPasswordReset(host.client!, link.token, host.password);
        host.go({ name: 'sign-in' });
        host.success = msg('Uw nieuwe wachtwoord is opgeslagen. Log ermee in.', { id: 'auth.resetDone' });
      }
    } catch (error) {
      if (isExpiredLink(error)) {
        host.go({ name: 'link-expired', kind: link.kind });
        return;
      }
      throw error;
    }
  });
}


function renderLinkSent(host: ScreenHost, email: string, kind: 'magic' | 'reset'): TemplateResult {
  return host.card(
    'sent',
    msg('Kijk in uw mail', { id: 'auth.sent.title' }),
    html`<p role="status">
      ${kind === 'magic'
        ? msg(str`Als er een account is voor ${email}, is er nu een mail met een inloglink onderweg. De link werkt 15 minuten.`, { id: 'auth.sent.magic' })
        : msg(str`Als er een account is voor ${email}, is er nu een mail met een link om een nieuw wachtwoord te kiezen. De link werkt 30 minuten.`, {
            id: 'auth.sent.reset',
          })}
    </p>
    <p class="muted">${msg('Niets ontvangen? Kijk ook bij de ongewenste mail, of vraag een nieuwe link aan.', { id: 'auth.sent.spam' })}</p>
    <div class="actions">
      <button type="button" class="btn secondary" part="back" @click=${() => host.go({ name: 'sign-in' })}>${msg('Terug naar inloggen', { id: 'auth.backToSignIn' })}</button>
    </div>`,
  );
}

function renderLink(host: ScreenHost, config: PortalConfig, link: AuthLink & { kind: SignInLinkKind }): TemplateResult {
  const titles: Record<SignInLinkKind, string> = {
    invite: msg(str`Welkom bij ${config.portal.name}`, { id: 'auth.invite.title' }),
    magic: msg('Inloggen met uw link', { id: 'auth.magic.title' }),
    reset: msg('Kies een nieuw wachtwoord', { id: 'auth.reset.title' }),
  };
  const intros: Record<SignInLinkKind, string> = {
    invite: msg('Kies een wachtwoord om uw account te activeren. Daarna bent u meteen ingelogd.', { id: 'auth.invite.intro' }),
    magic: msg('Klik op de knop om in te loggen. De link werkt één keer.', { id: 'auth.magic.intro' }),
    reset: msg('Kies een nieuw wachtwoord voor uw account.', { id: 'auth.reset.intro' }),
  };
  const submits: Record<SignInLinkKind, string> = {
    invite: msg('Account activeren', { id: 'auth.invite.submit' }),
    magic: msg('Inloggen', { id: 'auth.signIn' }),
    reset: msg('Wachtwoord opslaan', { id: 'auth.reset.submit' }),
  };
  return host.card(
    'link',
    titles[link.kind],
    html`${link.kind === 'invite' && host.invitee
      ? html`<p part="invitee">${msg('Het account is voor', { id: 'auth.invite.for' })} <strong class="email">${host.invitee.email}</strong></p>`
      : nothing}
    ${formNotice('error', host.formError)}
    <form novalidate @submit=${(event: Event) => onLink(host, event, link)}>
      ${link.kind === 'invite'
        ? textField({
            id: 'name',
            label: msg('Uw naam', { id: 'auth.invite.name' }),
            value: host.name,
            autocomplete: 'name',
            optional: true,
            maxlength: 200,
            error: host.errors.name,
            onInput: (value) => (host.name = value),
          })
        : nothing}
      ${link.kind !== 'magic'
        ? host.renderPasswordField('new')
        : nothing}
      <div class="actions">
        <button type="submit" class="btn primary" part="submit" ?disabled=${host.busy}>${submits[link.kind]}</button>
        <button type="button" class="btn link" @click=${() => host.go({ name: 'sign-in' })}>${msg('Annuleren', { id: 'shell.cancel' })}</button>
      </div>
    </form>`,
    intros[link.kind],
  );
}

function renderLinkExpired(host: ScreenHost, kind: SignInLinkKind): TemplateResult {
  const text =
    kind === 'invite'
      ? msg('Deze uitnodiging is verlopen of al gebruikt. Al geactiveerd? Log dan gewoon in. Anders: vraag het bedrijf of een collega om een nieuwe.', {
          id: 'auth.expired.invite',
        })
      : kind === 'magic'
        ? msg('Deze inloglink is verlopen of al gebruikt. Een inloglink werkt één keer en 15 minuten lang. Vraag op het inlogscherm een nieuwe aan.', {
            id: 'auth.expired.magic',
          })
        : msg('Deze link is verlopen of al gebruikt. Een link voor een nieuw wachtwoord werkt één keer en 30 minuten lang. Vraag een nieuwe aan.', {
            id: 'auth.expired.reset',
          });
  return host.card(
    'expired',
    msg('Deze link werkt niet meer', { id: 'auth.expired.title' }),
    html`<div class="notice error" role="alert" part="notice error"><p>${text}</p></div>
    <div class="actions">
      ${kind === 'reset'
        ? html`<button type="button" class="btn primary" part="submit" @click=${() => host.go({ name: 'forgot' })}>${msg('Nieuwe link aanvragen', { id: 'auth.expired.newLink' })}</button>`
        : nothing}
      <button type="button" class="btn ${kind === 'reset' ? 'link' : 'primary'}" part="back" @click=${() => host.go({ name: 'sign-in' })}>
        ${msg('Naar inloggen', { id: 'auth.toSignIn' })}
      </button>
    </div>`,
  );
}
