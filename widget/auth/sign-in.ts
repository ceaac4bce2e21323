// The screens before a customer is signed in: password, sign-in link, forgotten password, the links from sign-in
// mails (invite, magic link, reset), the way to a request without an account, and a guest's link to follow theirs.
// Part of the entry bundle, so the sign-in form draws without waiting for another file; the other screens are chunks
// (link-screens.ts, guest-request.ts) fetched when one opens.
import { css, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { PortalApiError, type PortalClient, type PortalConfig } from '../api/client.js';
import { describeError } from '../api/sign-in-errors.js';
import type { Locale } from '../i18n/localization.js';
import { coreStyles, kp } from '../styles/core.js';
import { formNotice, validate } from './sign-in-fields.js';
import type { LinkScreen, ScreenHost } from './link-screens.js';
import type { AuthLink } from './links.js';
import { SignInForm } from './sign-in-form.js';
import { defineElement } from '../components/define.js';

type Screen = { name: 'sign-in' } | { name: 'forgot' } | LinkScreen | { name: 'link'; link: AuthLink } | { name: 'guest' };

const screensChunk = () => import('./link-screens.js');

/**
 * @summary Signing in to the portal, and every way to get there.
 *
 * @csspart card - The box around each screen.
 * @csspart heading - The screen's title; focused when the screen changes.
 * @csspart field - A label with its control, hint and error.
 * @csspart input - A text input.
 * @csspart submit - The main button of a screen.
 * @csspart notice - A message about the whole screen.
 */
export class SignInElement extends SignInForm<AuthLink> {
  static override styles = [
    coreStyles,
    css`
      :host {
        display: block;
      }
      .screens {
        display: grid;
        gap: ${kp('space-4')};
        max-width: 480px;
        margin: 0 auto;
      }
      .screens.wide {
        max-width: 680px;
      }
      @container (min-width: 560px) {
        .card {
          padding: ${kp('space-5')};
        }
      }
      .intro {
        color: ${kp('color-muted')};
      }
      .divider {
        display: flex;
        align-items: center;
        gap: ${kp('space-3')};
        margin: ${kp('space-4')} 0;
        color: ${kp('color-muted')};
        font-size: ${kp('font-size-sm')};
      }
      .divider::before,
      .divider::after {
        content: '';
        flex: 1;
        border-top: 1px solid ${kp('color-border')};
      }
      .forgot {
        margin: -8px 0 ${kp('space-4')};
      }
      .guest h3 {
        margin-bottom: ${kp('space-2')};
      }
      [part~='invitee'] {
        overflow-wrap: anywhere;
      }
    `,
  ];

  // Declared statically, as the form's own are (sign-in-form.ts): the entry carries this element.
  static override properties: PropertyDeclarations = {
    client: { attribute: false },
    config: { attribute: false },
    locale: {},
    sso: { type: Boolean },
    invitee: { state: true },
    throttled: { state: true },
  };

  client?: PortalClient;
  config?: PortalConfig;
  locale: Locale = 'nl';
  /** Whether the page gave an identity provider, so the portal can sign in through the business's own site. */
  sso = false;

  protected screen: Screen = { name: 'sign-in' };
  /** Whom the invite being accepted is for, as the inviter typed it. */
  invitee: { email: string; name: string } | null = null;
  /** Too many wrong passwords: the screen offers a link by mail instead. */
  private throttled = false;

  /** The screens drawn by a chunk of their own, fetched when one opens. */
  private readonly lazyScreen = new Task(this, {
    task: async ([part]): Promise<void> => {
      if (part === 'guest') await import('./guest-request.js');
      else if (part === 'follow') await import('../views/guest-follow-view.js');
      else if (part !== 'sign-in' && part !== 'forgot') this.screens ??= await screensChunk();
    },
    args: () => [this.screen.name === 'link' ? this.screen.link.kind : this.screen.name] as const,
  });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected heading(id: string, title: string): TemplateResult {
    return html`<h2 id="${id}-heading" tabindex="-1" part="heading">${title}</h2>`;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const link = this.link;
    if (!changed.has('link') || link?.kind !== 'invite') return;
    this.client!.request<{ email: string; name: string }>('POST', '/auth/invite/preview', { token: link.token }).then(
      (invitee) => {
        this.invitee = invitee;
        this.name ||= invitee.name;
      },
      // Only a link that no longer works changes the screen; without the preview the invite can still be accepted.
      (error: PortalApiError) => error.status === 404 && this.go({ name: 'link-expired', kind: 'invite' }),
    );
  }

  /** The screens of link-screens.ts, once fetched. */
  private screens: typeof import('./link-screens.js') | undefined;

  go(screen: Screen): void {
    // Fetched before the screen changes, so the new screen's heading is there to take focus.
    if (screen.name !== 'sign-in' && screen.name !== 'forgot' && screen.name !== 'guest' && !this.screens) {
      void screensChunk().then(
        (screens) => {
          this.screens = screens;
          this.go(screen);
        },
        () => this.show(screen),
      );
      return;
    }
    this.show(screen);
  }

  private show(screen: Screen): void {
    this.clearScreen();
    this.throttled = false;
    this.screen = screen;
  }

  private onSignIn = async (event: Event) => {
    event.preventDefault();
    if (!this.check({ email: validate.email(this.email), password: this.password ? undefined : msg('Vul uw wachtwoord in.', { id: 'auth.passwordRequired' }) })) return;
    await this.submit(
      ['email', 'password'],
      () => this.client!.login(this.email.trim(), this.password).then(() => {}),
      (error) => {
        this.throttled = error.status === 429;
        if (error.status !== 401) return undefined;
        this.password = '';
        return this.config?.auth.magicLink
          ? msg('Dit e-mailadres en wachtwoord horen niet bij elkaar. Controleer ze, of log in met een link per mail.', { id: 'auth.wrongCredentialsOrLink' })
          : msg('Dit e-mailadres en wachtwoord horen niet bij elkaar. Controleer ze, of kies "Wachtwoord vergeten".', { id: 'auth.wrongCredentials' });
      },
    );
  };

  onSendLink = async (kind: 'magic' | 'reset') => {
    if (!this.check({ email: validate.email(this.email) })) return;
    const email = this.email.trim();
    await this.submit(['email'], async () => {
      if (kind === 'magic') await this.client!.requestMagicLink(email);
      else await this.client!.requestPasswordReset(email);
      this.go({ name: 'link-sent', email, kind });
    });
  };

  private onSso = async () => {
    await this.submit([], async () => {
      const user = await this.client!.signInWithIdentityProvider();
      if (!user) {
        this.formError = msg('U bent niet ingelogd op de website. Log daar eerst in en probeer het dan opnieuw.', { id: 'auth.ssoNoUser' });
      }
    });
  };

  override render() {
    if (!this.config) return nothing;
    return html`<div class="screens ${this.screen.name === 'guest' ? 'wide' : ''}" part="screens">${this.renderScreen(this.config)}</div>`;
  }

  private renderScreen(config: PortalConfig): unknown {
    const screen = this.screen;
    switch (screen.name) {
      case 'sign-in':
        return html`${this.renderSignIn(config)}${config.features.guestRequests ? this.renderGuestEntry() : nothing}`;
      case 'link':
        return screen.link.kind === 'follow'
          ? this.lazyScreen.render({
              pending: () => this.renderScreenLoading(),
              complete: () => html`<kp-guest-follow
                .client=${this.client}
                .token=${screen.link.token}
                .locale=${this.locale}
                @kp-guest-close=${() => this.go({ name: 'sign-in' })}
              ></kp-guest-follow>`,
              error: () => this.renderScreenFailed(),
            })
          : this.renderLinkScreen(config, screen as LinkScreen);
      case 'forgot':
        return this.renderForgot();
      case 'link-sent':
      case 'link-expired':
        return this.renderLinkScreen(config, screen);
      case 'guest':
        return this.lazyScreen.render({
          pending: () => this.renderScreenLoading(),
          complete: () => html`<kp-guest-request
            .client=${this.client}
            .config=${this.config}
            .locale=${this.locale}
            @kp-guest-close=${() => this.go({ name: 'sign-in' })}
          ></kp-guest-request>`,
          error: () => this.renderScreenFailed(),
        });
    }
  }

  private renderForgot(): TemplateResult {
    return this.card(
      'forgot',
      msg('Wachtwoord vergeten', { id: 'auth.forgot.title' }),
      html`${formNotice('error', this.formError)}
      <form
        novalidate
        @submit=${(event: Event) => {
          event.preventDefault();
          void this.onSendLink('reset');
        }}
      >
        ${this.renderEmailField()}
        <div class="actions">
          <button type="submit" class="btn primary" part="submit" ?disabled=${this.busy}>${msg('Stuur de link', { id: 'auth.forgot.submit' })}</button>
          <button type="button" class="btn link" @click=${() => this.go({ name: 'sign-in' })}>${msg('Terug naar inloggen', { id: 'auth.backToSignIn' })}</button>
        </div>
      </form>`,
      msg('Vul uw e-mailadres in. U krijgt een mail met een link om een nieuw wachtwoord te kiezen.', { id: 'auth.forgot.intro' }),
    );
  }

  private renderLinkScreen(config: PortalConfig, screen: LinkScreen): unknown {
    // The form's steps are protected for the staff's sign-in that shares them; these screens are this element's own.
    const draw = () => this.screens!.renderLinkScreen(this as unknown as ScreenHost, config, screen);
    return this.screens ? draw() : this.lazyScreen.render({ pending: () => this.renderScreenLoading(), complete: draw, error: () => this.renderScreenFailed() });
  }

  private renderScreenLoading(): TemplateResult {
    return html`<div class="card" role="status" aria-busy="true">
      <span class="visually-hidden">${msg('Formulier laden…', { id: 'auth.guest.loading' })}</span>
      <div class="skeleton line-lg w-60"></div>
      <div class="skeleton block"></div>
      <div class="skeleton block"></div>
    </div>`;
  }

  private renderScreenFailed(): TemplateResult {
    return html`<div class="card" role="alert">
      <h2 tabindex="-1" part="heading">${msg('Het formulier kon niet worden geladen', { id: 'auth.guest.loadFailed' })}</h2>
      <p>${describeError(new PortalApiError(0, 'network', ''))}</p>
      <div class="actions">
        <button type="button" class="btn primary" @click=${() => this.lazyScreen.run()}>${msg('Opnieuw proberen', { id: 'shell.retry' })}</button>
        <button type="button" class="btn link" @click=${() => this.go({ name: 'sign-in' })}>${msg('Terug naar inloggen', { id: 'auth.backToSignIn' })}</button>
      </div>
    </div>`;
  }

  private renderSignIn(config: PortalConfig): TemplateResult {
    const { password, magicLink, sso } = config.auth;
    const ssoButton = sso && this.sso;
    return this.card(
      'sign-in',
      msg('Inloggen', { id: 'auth.signIn' }),
      html`${formNotice('info', this.notice && !this.success ? this.notice : undefined)} ${formNotice('success', this.success)}
      ${formNotice('error', this.formError)}
      ${this.throttled
        ? html`<p>
            <button type="button" class="btn secondary block" part="throttled-link" ?disabled=${this.busy} @click=${() => this.onSendLink(magicLink ? 'magic' : 'reset')}>
              ${magicLink ? msg('Stuur mij een inloglink', { id: 'auth.sendMagicLink' }) : msg('Stuur een link voor een nieuw wachtwoord', { id: 'auth.throttled.reset' })}
            </button>
          </p>`
        : nothing}
      ${ssoButton
        ? html`<button type="button" class="btn primary block" part="submit sso" ?disabled=${this.busy} @click=${this.onSso}>
              ${msg(str`Inloggen met uw account bij ${config.portal.name}`, { id: 'auth.ssoButton' })}
            </button>
            ${password || magicLink ? html`<div class="divider" role="presentation">${msg('of', { id: 'auth.or' })}</div>` : nothing}`
        : nothing}
      ${password || magicLink
        ? html`<form novalidate @submit=${password ? this.onSignIn : (event: Event) => (event.preventDefault(), this.onSendLink('magic'))}>
            ${this.renderEmailField()}
            ${password
              ? html`${this.renderPasswordField('current')}
                  <p class="forgot">
                    <button type="button" class="btn link" part="forgot" @click=${() => this.go({ name: 'forgot' })}>
                      ${msg('Wachtwoord vergeten?', { id: 'auth.forgotLink' })}
                    </button>
                  </p>
                  <button type="submit" class="btn primary block" part="submit" ?disabled=${this.busy}>${msg('Inloggen', { id: 'auth.signIn' })}</button>`
              : nothing}
            ${magicLink
              ? html`${password ? html`<div class="divider" role="presentation">${msg('of', { id: 'auth.or' })}</div>` : nothing}
                  <button
                    type=${password ? 'button' : 'submit'}
                    class="btn ${password ? 'secondary' : 'primary'} block"
                    part="magic-link"
                    aria-describedby="magic-hint"
                    ?disabled=${this.busy}
                    @click=${password ? () => this.onSendLink('magic') : undefined}
                  >
                    ${msg('Stuur mij een inloglink', { id: 'auth.sendMagicLink' })}
                  </button>
                  <p class="hint" id="magic-hint">${msg('U krijgt een mail met een link waarmee u zonder wachtwoord inlogt.', { id: 'auth.magicHint' })}</p>`
              : nothing}
          </form>`
        : !ssoButton
          ? html`<p>${msg(str`Log in op de website van ${config.portal.name} om uw gegevens te zien.`, { id: 'auth.ssoOnly' })}</p>`
          : nothing}`,
      msg('Log in om uw aanvragen, afspraken, offertes en facturen te zien.', { id: 'auth.intro' }),
    );
  }

  private renderGuestEntry(): TemplateResult {
    return html`<section class="card guest" part="card guest-entry" aria-labelledby="guest-heading">
      <h3 id="guest-heading">${msg('Nog geen account?', { id: 'auth.guest.title' })}</h3>
      <p class="intro">${msg('Meld een storing of vraag onderhoud aan zonder in te loggen. We nemen contact met u op.', { id: 'auth.guest.intro' })}</p>
      <button type="button" class="btn secondary" part="guest-button" @click=${() => this.go({ name: 'guest' })}>
        ${msg('Aanvraag doen zonder account', { id: 'auth.guest.start' })}
      </button>
    </section>`;
  }
}

defineElement('kp-sign-in', SignInElement);

declare global {
  interface HTMLElementTagNameMap {
    'kp-sign-in': SignInElement;
  }
}
