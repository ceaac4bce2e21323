import { LitElement, css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { Task, TaskStatus, initialState } from '@lit/task';
import { defineElement } from '../../components/define.js';
import { newIdempotencyKey } from '../../components/idempotency-key.js';
import { errorBlock, errorMessage, pendingBlock } from '../../components/states.js';
import { formatDateTime } from '../../i18n/format.js';
import { kp } from '../../styles/theme.js';
import { listMessages, postMessage } from '../api/admin.js';
import type { ConsoleClient } from '../api/console-client.js';
import type { Locale, Message } from '../api/types.js';
import { postStyles } from '../styles/console.js';

const maxLength = 5000;

/**
 * @summary The conversation with the customer about one request, seen from the business's side, with a box to answer.
 *
 * @csspart messages - The messages, oldest first.
 * @csspart message - One message; also `from-business` or `from-contact`.
 * @csspart reply - The answer form.
 * @event kp-message-sent - `{message}` after the customer's answer was sent (and mailed).
 */
export class RequestConversation extends LitElement {
  static override styles = [
    ...postStyles,
    css`
      ol {
        list-style: none;
        margin: 0 0 ${kp('space-4')};
        padding: 0;
        display: flex;
        flex-direction: column;
        gap: ${kp('space-3')};
      }
      li {
        max-width: 90%;
        padding: ${kp('space-2')} ${kp('space-3')};
        border-radius: ${kp('radius-lg')};
        border: 1px solid ${kp('color-border')};
        background: ${kp('color-surface-alt')};
      }
      li.from-business {
        align-self: flex-end;
        background: ${kp('color-surface')};
        border-color: ${kp('color-primary')};
      }
    `,
  ];

  @property({ attribute: false }) client?: ConsoleClient;
  @property({ attribute: 'request-id' }) requestId = '';
  @property() locale: Locale = 'nl';
  /** The staff member who answers: the customer sees this name under the message. */
  @property({ attribute: 'author-name' }) authorName = '';
  /** Who the customer is, for the label of their messages. */
  @property({ attribute: 'customer-name' }) customerName = '';

  @state() private messages: Message[] = [];
  @state() private olderCursor: string | null = null;
  @state() private draft = '';
  @state() private draftError = '';
  @state() private sentNotice = '';
  @query('textarea') private textarea?: HTMLTextAreaElement;
  /** One key per answer being written: sending it again after a lost reply does not post it twice. */
  private sendKey = newIdempotencyKey();

  private readonly thread = new Task(this, {
    args: () => [this.client, this.requestId] as const,
    task: async ([client, id], { signal }) => {
      if (!client || !id) return initialState;
      const page = await listMessages(client, id, null, signal);
      this.messages = [...page.items].reverse();
      this.olderCursor = page.nextCursor;
      return page;
    },
  });

  private readonly older = new Task(this, {
    autoRun: false,
    args: () => [] as const,
    task: async (_args, { signal }) => {
      if (!this.client || !this.olderCursor) return initialState;
      const page = await listMessages(this.client, this.requestId, this.olderCursor, signal);
      this.messages = [...[...page.items].reverse(), ...this.messages];
      this.olderCursor = page.nextCursor;
      return page;
    },
  });

  private readonly send = new Task(this, {
    autoRun: false,
    args: () => [this.draft.trim()] as const,
    task: async ([body]) => {
      if (!this.client) return initialState;
      const message = await postMessage(this.client, this.requestId, body, this.authorName, this.sendKey);
      if (!this.messages.some((known) => known.id === message.id)) this.messages = [...this.messages, message];
      this.draft = '';
      this.sendKey = newIdempotencyKey();
      this.sentNotice = msg('Uw antwoord is verstuurd. De klant krijgt er een mail over.', { id: 'console.conversation.sent' });
      this.dispatchEvent(new CustomEvent('kp-message-sent', { detail: { message }, bubbles: true, composed: true }));
      return message;
    },
  });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** Loads the latest messages again (a new one arrived); what is being typed stays. */
  reload(): void {
    if (this.thread.status !== TaskStatus.PENDING) void this.thread.run();
  }

  private submit(event: SubmitEvent) {
    event.preventDefault();
    if (this.send.status === TaskStatus.PENDING) return;
    this.sentNotice = '';
    const body = this.draft.trim();
    this.draftError = !body
      ? msg('Schrijf eerst een antwoord.', { id: 'console.conversation.empty' })
      : body.length > maxLength
        ? msg(str`Een bericht mag hoogstens ${maxLength} tekens lang zijn.`, { id: 'views.messages.tooLong' })
        : '';
    if (this.draftError) {
      this.textarea?.focus();
      return;
    }
    void this.send.run();
  }

  override render() {
    return this.thread.render({
      initial: () => pendingBlock(2),
      pending: () => (this.messages.length ? this.renderThread() : pendingBlock(2)),
      error: (error) => errorBlock(error, () => void this.thread.run(), msg('De berichten konden niet worden geladen.', { id: 'views.messages.loadFailed' })),
      complete: () => this.renderThread(),
    });
  }

  private renderMessage(message: Message) {
    const fromBusiness = message.author === 'business';
    const who = message.authorName || (fromBusiness ? msg('Uw bedrijf', { id: 'console.conversation.business' }) : this.customerName);
    return html`<li class=${fromBusiness ? 'from-business' : 'from-contact'} part="message ${fromBusiness ? 'from-business' : 'from-contact'}">
      <span class="meta"
        ><strong>${who}</strong> · ${fromBusiness ? msg('uw bedrijf', { id: 'console.conversation.fromBusiness' }) : msg('klant', { id: 'console.conversation.fromCustomer' })} ·
        <time datetime=${message.createdAt}>${formatDateTime(message.createdAt, this.locale)}</time></span
      >
      <p class="body">${message.body}</p>
    </li>`;
  }

  private renderThread() {
    const sending = this.send.status === TaskStatus.PENDING;
    const sendError = this.send.status === TaskStatus.ERROR ? this.send.error : undefined;
    const describedBy = [this.draftError ? 'reply-error' : '', 'reply-hint'].filter(Boolean).join(' ');
    return html`
      ${this.olderCursor
        ? html`<p>
            <button type="button" class="btn link" part="load-older" @click=${() => void this.older.run()}>${msg('Eerdere berichten tonen', { id: 'views.messages.older' })}</button>
            ${this.older.status === TaskStatus.ERROR ? html`<span class="error" role="alert">${errorMessage(this.older.error)}</span>` : nothing}
          </p>`
        : nothing}
      ${this.messages.length
        ? html`<ol part="messages" aria-label=${msg('Berichten', { id: 'views.messages.title' })}>${this.messages.map((message) => this.renderMessage(message))}</ol>`
        : html`<p class="muted" part="no-messages">${msg('Nog geen berichten met de klant over deze aanvraag.', { id: 'console.conversation.none' })}</p>`}
      <form part="reply" novalidate @submit=${this.submit}>
        <div class="field">
          <label for="reply">${msg('Antwoord aan de klant', { id: 'console.conversation.reply' })}</label>
          <textarea
            id="reply"
            rows="3"
            maxlength=${maxLength}
            .value=${this.draft}
            aria-invalid=${this.draftError ? 'true' : 'false'}
            aria-describedby=${describedBy}
            @input=${(event: InputEvent) => {
              this.draft = (event.target as HTMLTextAreaElement).value;
              this.draftError = '';
              // Other words are another message: a retry of the earlier words would be refused with this key.
              if (this.send.status === TaskStatus.ERROR) this.sendKey = newIdempotencyKey();
            }}
          ></textarea>
          <p class="hint" id="reply-hint">${msg('De klant ziet uw antwoord bij de aanvraag in het portaal en krijgt er een mail over.', { id: 'console.conversation.hint' })}</p>
          ${this.draftError ? html`<p class="error" id="reply-error">${this.draftError}</p>` : nothing}
        </div>
        ${sendError ? html`<div class="notice error" role="alert"><p>${msg('Het bericht is niet verstuurd.', { id: 'views.messages.sendFailed' })} ${errorMessage(sendError)}</p></div>` : nothing}
        <div class="actions">
          <button type="submit" class="btn primary" part="send" aria-disabled=${sending ? 'true' : 'false'}>
            ${sending ? msg('Versturen…', { id: 'views.messages.sending' }) : msg('Antwoord versturen', { id: 'console.conversation.send' })}
          </button>
          <span role="status" class="muted">${this.sentNotice}</span>
        </div>
      </form>
    `;
  }
}

defineElement('kp-request-conversation', RequestConversation);

declare global {
  interface HTMLElementTagNameMap {
    'kp-request-conversation': RequestConversation;
  }
}
