// A guest's request, followed without an account through the link in their mail (`#kp-follow=`): its status, its
// steps and the business's messages, read-only. Loaded only when such a link is opened.
import { LitElement, css, html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { PortalApiError, type PortalClient } from '../api/client.js';
import type { Answer } from '../api/types.js';
import { defineElement } from '../components/define.js';
import { errorMessage } from '../components/states.js';
import '../components/status-badge.js';
import '../components/timeline.js';
import { formatDate, formatDateTime } from '../i18n/format.js';
import type { Locale } from '../i18n/localization.js';
import { kp, shared } from '../styles/theme.js';

export type FollowedRequest = Answer<'postPortalSlugGuestFollow'>;

/**
 * @summary What a guest may see of their one request: status, timeline and the business's messages.
 *
 * @event kp-guest-close - The guest is done here (back to signing in).
 * @csspart card - Each box.
 * @csspart heading - The title.
 * @csspart reference - The request's reference.
 * @csspart message - One message of the business.
 * @csspart back - The button back to signing in.
 */
export class GuestFollowView extends LitElement {
  static override styles = [
    shared,
    css`
      :host {
        display: block;
      }
      .stack {
        display: grid;
        gap: ${kp('space-4')};
      }
      .reference {
        white-space: nowrap;
      }
      .facts {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: ${kp('space-1')} ${kp('space-3')};
        margin: ${kp('space-3')} 0 0;
      }
      .facts dt {
        color: ${kp('color-muted')};
      }
      .facts dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      h3 {
        margin-bottom: ${kp('space-3')};
      }
      .messages {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: ${kp('space-3')};
      }
      .message {
        padding: ${kp('space-3')};
        border-radius: ${kp('radius')};
        background: ${kp('color-surface-alt')};
        border: 1px solid ${kp('color-border')};
      }
      .message p {
        margin: ${kp('space-1')} 0 0;
        white-space: pre-line;
        overflow-wrap: anywhere;
      }
      .message time {
        color: ${kp('color-muted')};
        font-size: ${kp('font-size-sm')};
      }
      .skeleton.title {
        width: 60%;
      }
      .skeleton.short {
        width: 35%;
      }
    `,
  ];

  @property({ attribute: false }) client?: PortalClient;
  /** The token from the link, already removed from the address bar. */
  @property({ attribute: false }) token = '';
  @property() locale: Locale = 'nl';

  private readonly followed = new Task(this, {
    task: ([client, token], { signal }) => client!.request<FollowedRequest>('POST', '/guest-follow', { token }, { signal }),
    args: () => [this.client, this.token] as const,
  });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  private close(): void {
    this.dispatchEvent(new CustomEvent('kp-guest-close', { bubbles: true, composed: true }));
  }

  private backButton(primary: boolean): TemplateResult {
    return html`<button type="button" class="btn ${primary ? 'primary' : 'secondary'}" part="back" @click=${() => this.close()}>
      ${msg('Naar inloggen', { id: 'auth.toSignIn' })}
    </button>`;
  }

  override render() {
    return this.followed.render({
      pending: () => html`<div class="card" part="card" role="status" aria-busy="true">
        <span class="visually-hidden">${msg('Uw aanvraag laden…', { id: 'auth.follow.loading' })}</span>
        <div class="skeleton line-lg title" aria-hidden="true"></div>
        <div class="skeleton short" aria-hidden="true"></div>
        <div class="skeleton block" aria-hidden="true"></div>
      </div>`,
      complete: (request) => this.renderRequest(request),
      error: (error) => this.renderError(error),
    });
  }

  private renderError(error: unknown): TemplateResult {
    const gone = error instanceof PortalApiError && (error.status === 404 || error.status === 400);
    if (gone) {
      return html`<section class="card" part="card" aria-labelledby="follow-heading">
        <h2 id="follow-heading" tabindex="-1" part="heading">${msg('Deze link werkt niet meer', { id: 'auth.expired.title' })}</h2>
        <p>
          ${msg('De link om uw aanvraag te volgen is verlopen of niet compleet. Een link werkt 90 dagen, en tot een maand nadat de aanvraag is afgerond.', {
            id: 'auth.follow.gone',
          })}
        </p>
        <p class="muted">
          ${msg('Heeft u een nieuwere mail over deze aanvraag? Gebruik de link daarin. Of neem contact op met het bedrijf en noem de referentie uit uw mail.', {
            id: 'auth.follow.goneNext',
          })}
        </p>
        <div class="actions">${this.backButton(true)}</div>
      </section>`;
    }
    return html`<section class="card" part="card" aria-labelledby="follow-heading">
      <h2 id="follow-heading" tabindex="-1" part="heading">${msg('Uw aanvraag', { id: 'auth.follow.title' })}</h2>
      <div class="notice error" role="alert" part="error">
        <p><strong>${msg('Uw aanvraag kon niet worden geladen.', { id: 'auth.follow.failed' })}</strong></p>
        <p>${errorMessage(error)}</p>
      </div>
      <div class="actions">
        <button type="button" class="btn primary" part="retry" @click=${() => void this.followed.run()}>${msg('Opnieuw proberen', { id: 'shell.retry' })}</button>
        ${this.backButton(false)}
      </div>
    </section>`;
  }

  private renderRequest(request: FollowedRequest): TemplateResult {
    return html`<div class="stack">
      <section class="card" part="card" aria-labelledby="follow-heading">
        <h2 id="follow-heading" tabindex="-1" part="heading">
          ${msg('Uw aanvraag', { id: 'auth.follow.title' })} <span class="reference" part="reference">${request.reference}</span>
        </h2>
        <kp-status-badge kind="request" status=${request.status}></kp-status-badge>
        <dl class="facts">
          <dt>${msg('Soort werk', { id: 'auth.follow.workType' })}</dt>
          <dd>${request.workType}</dd>
          <dt>${msg('Ingediend', { id: 'auth.follow.submitted' })}</dt>
          <dd>${formatDate(request.submittedAt, this.locale)}</dd>
        </dl>
      </section>
      <section class="card" part="card" aria-labelledby="follow-steps">
        <h3 id="follow-steps">${msg('Verloop', { id: 'auth.follow.steps' })}</h3>
        <kp-timeline kind="request" .events=${request.timeline} .locale=${this.locale}></kp-timeline>
      </section>
      <section class="card" part="card" aria-labelledby="follow-messages">
        <h3 id="follow-messages">${msg(str`Berichten van ${request.portalName}`, { id: 'auth.follow.messages' })}</h3>
        ${request.messages.length
          ? html`<ul class="messages">
              ${request.messages.map(
                (message) => html`<li class="message" part="message">
                  <strong>${message.authorName}</strong> <time datetime=${message.at}>${formatDateTime(message.at, this.locale)}</time>
                  <p>${message.body}</p>
                </li>`,
              )}
            </ul>`
          : html`<p class="muted">${msg('Nog geen berichten. We nemen per mail of telefoon contact met u op.', { id: 'auth.follow.noMessages' })}</p>`}
      </section>
      <p class="muted small">
        ${msg(str`Alleen te zien met de link uit uw mail; die werkt tot ${formatDate(request.linkExpiresAt, this.locale)}. Stuur de link niet door.`, {
          id: 'auth.follow.privacy',
        })}
      </p>
      <div class="actions">${this.backButton(false)}</div>
    </div>`;
  }
}

defineElement('kp-guest-follow', GuestFollowView);

declare global {
  interface HTMLElementTagNameMap {
    'kp-guest-follow': GuestFollowView;
  }
}
