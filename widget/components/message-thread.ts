import { LitElement, css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { Page } from '../api/client.js';
import { LiveController } from '../api/events.js';
import type { Message as ThreadMessage } from '../api/types.js';
import { formatDateTime } from '../i18n/format.js';
import type { Locale } from '../i18n/localization.js';
import { kp } from '../styles/theme.js';
import { defineElement } from './define.js';
import { newIdempotencyKey } from './idempotency-key.js';
import { canUpload, messageFileStyles, renderMessageFiles, uploadMessageFile, type FileClient } from './message-files.js';
import './photo-picker.js';
import type { PhotoPicker } from './photo-picker.js';
import { postStyles } from './posts.styles.js';
import { errorBlock, errorMessage, pendingBlock } from './states.js';

const maxLength = 5000;
const maxFiles = 3;

/**
 * What the thread asks of the client it is given: a page of its messages, and a new one posted. The portal's client
 * and the console's both answer it; the portal's also brings the thread its live updates.
 */
export interface ThreadClient extends FileClient {
  request<T>(method: 'GET' | 'POST', path: string, body?: unknown, options?: { signal?: AbortSignal; headers?: Record<string, string> }): Promise<T>;
}

/** The reader's side of the conversation: a contact in the portal, or the business in the console. */
export type ThreadSide = ThreadMessage['author'];

/** The words about the reply that differ by side: a customer writes a message, the business answers one. */
function replyWords(side: ThreadSide) {
  return side === 'business'
    ? {
        none: msg('Nog geen berichten met de klant over deze aanvraag.', { id: 'console.conversation.none' }),
        label: msg('Antwoord aan de klant', { id: 'console.conversation.reply' }),
        hint: msg('De klant ziet uw antwoord bij de aanvraag in het portaal en krijgt er een mail over.', { id: 'console.conversation.hint' }),
        empty: msg('Schrijf eerst een antwoord.', { id: 'console.conversation.empty' }),
        send: msg('Antwoord versturen', { id: 'console.conversation.send' }),
        sent: msg('Uw antwoord is verstuurd. De klant krijgt er een mail over.', { id: 'console.conversation.sent' }),
      }
    : {
        none: msg('Nog geen berichten. Heeft u een vraag? Stel hem hieronder.', { id: 'views.messages.none' }),
        label: msg('Uw bericht', { id: 'views.messages.reply' }),
        hint: msg('De servicedesk leest uw bericht en antwoordt hier.', { id: 'views.messages.hint' }),
        empty: msg('Schrijf eerst een bericht.', { id: 'views.messages.empty' }),
        send: msg('Bericht versturen', { id: 'views.messages.send' }),
        sent: msg('Uw bericht is verstuurd.', { id: 'views.messages.sent' }),
      };
}

/** Oldest first; one message once, however often it arrives (the answer to a send, the stream, a reload). */
function inOrder(messages: ThreadMessage[]): ThreadMessage[] {
  const byId = new Map(messages.map((message) => [message.id, message]));
  return [...byId.values()].sort((a, b) => (a.createdAt === b.createdAt ? (a.id < b.id ? -1 : 1) : a.createdAt < b.createdAt ? -1 : 1));
}

/**
 * @summary The conversation between a customer and the business about a request or work order, and a box to reply,
 * seen from either side: the reader's own messages stand at the end of the line. In the portal, an answer from the
 * business appears while the thread is open, and is announced to screen readers.
 *
 * @csspart messages - The list of messages, oldest first.
 * @csspart message - One message; also `from-business` or `from-contact`.
 * @csspart files - A message's photos and PDFs.
 * @csspart reply - The reply form, with its photo picker when the client can upload.
 * @event kp-message-sent - `{message}` after the other side received a reply.
 */
export class MessageThread extends LitElement {
  static override styles = [
    ...postStyles,
    messageFileStyles,
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
      li.own {
        align-self: flex-end;
        background: ${kp('color-surface')};
      }
      .none {
        color: ${kp('color-muted')};
      }
      .older {
        margin: 0 0 ${kp('space-3')};
      }
      kp-photo-picker {
        margin-top: ${kp('space-3')};
      }
    `,
  ];

  @property({ attribute: false }) client?: ThreadClient;
  /** The thread's API path: `/requests/abc/messages` or `/work-orders/abc/messages`; the console's `/admin/requests/abc/messages`. */
  @property() path = '';
  @property() side: ThreadSide = 'contact';
  @property() locale: Locale = 'nl';
  /** The name the business's messages are signed with when the message itself names nobody (the contact's side). */
  @property({ attribute: 'business-name' }) businessName = '';
  /** Who the customer is, for their messages that name nobody (the business's side). */
  @property({ attribute: 'customer-name' }) customerName = '';
  /** The staff member who answers (the business's side): the customer sees this name under the answer. */
  @property({ attribute: 'author-name' }) authorName = '';

  @state() private messages: ThreadMessage[] = [];
  @state() private olderCursor: string | null = null;
  @state() private draft = '';
  @state() private draftError = '';
  @state() private sentNotice = '';
  /** The photos and PDFs going with the next message. */
  @state() private files: File[] = [];
  @state() private progress = '';
  @query('textarea') private textarea?: HTMLTextAreaElement;
  @query('kp-photo-picker') private picker?: PhotoPicker;
  /** Files already uploaded for the message being written: a retry after a lost answer sends them once. */
  private uploaded = new Map<File, string>();
  /** One key per message being written: sending it again after a lost answer does not post it twice. */
  private sendKey = newIdempotencyKey();
  /** Messages that arrived live while the thread was still loading. */
  private arrivedEarly: ThreadMessage[] = [];

  protected readonly live = new LiveController(this, {
    event: (event) => {
      if (event.type === 'message.created' && this.isOfThisThread(event.data.message)) this.receive(event.data.message);
    },
    resync: () => void this.reload(),
  });

  private readonly thread = new Task(this, {
    args: () => [this.client, this.path] as const,
    task: async ([client, path], { signal }) => {
      if (!client || !path) return initialState;
      const page = await client.request<Page<ThreadMessage>>('GET', `${path}?limit=50`, undefined, { signal });
      this.messages = inOrder([...page.items, ...this.arrivedEarly]);
      this.arrivedEarly = [];
      this.olderCursor = page.nextCursor;
      return page;
    },
  });

  private readonly older = new Task(this, {
    autoRun: false,
    args: () => [] as const,
    task: async (_args, { signal }) => {
      if (!this.client || !this.olderCursor) return initialState;
      const page = await this.client.request<Page<ThreadMessage>>('GET', `${this.path}?limit=50&cursor=${encodeURIComponent(this.olderCursor)}`, undefined, { signal });
      this.messages = [...[...page.items].reverse(), ...this.messages];
      this.olderCursor = page.nextCursor;
      return page;
    },
  });

  private readonly send = new Task(this, {
    autoRun: false,
    args: () => [this.draft.trim()] as const,
    task: async ([body], { signal }) => {
      if (!this.client) return initialState;
      const fileIds = await this.uploadFiles(this.client, signal);
      // The business signs its answer with the staff member's name; a contact's messages carry the contact's own.
      const post = { body, ...(this.side === 'business' ? { authorName: this.authorName } : {}), ...(fileIds.length ? { fileIds } : {}) };
      const message = await this.client.request<ThreadMessage>('POST', this.path, post, { signal, headers: { 'Idempotency-Key': this.sendKey } });
      this.messages = inOrder([...this.messages, message]);
      this.draft = '';
      this.files = [];
      this.uploaded.clear();
      this.sendKey = newIdempotencyKey();
      this.sentNotice = replyWords(this.side).sent;
      this.dispatchEvent(new CustomEvent('kp-message-sent', { detail: { message }, bubbles: true, composed: true }));
      return message;
    },
  });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** Uploads what is not uploaded yet, saying which file goes; answers the ids the message names. */
  private async uploadFiles(client: ThreadClient, signal: AbortSignal): Promise<string[]> {
    const ids: string[] = [];
    try {
      for (const [index, file] of this.files.entries()) {
        let id = this.uploaded.get(file);
        if (!id) {
          this.progress = msg(str`Bestand ${index + 1} van ${this.files.length} versturen…`, { id: 'views.messages.uploading' });
          id = (await uploadMessageFile(client, this.path, file, signal)).id;
          this.uploaded.set(file, id);
        }
        ids.push(id);
      }
    } finally {
      this.progress = '';
    }
    return ids;
  }

  /** The newest page again, kept together with the earlier messages already shown: something may have been written unseen. */
  async reload(): Promise<void> {
    if (!this.client || !this.path || this.thread.status !== TaskStatus.COMPLETE) return;
    try {
      const page = await this.client.request<Page<ThreadMessage>>('GET', `${this.path}?limit=50`);
      this.messages = inOrder([...this.messages, ...page.items]);
    } catch {
      // The next event or reload brings it; the thread as shown is still right as far as it goes.
    }
  }

  private isOfThisThread(message: ThreadMessage): boolean {
    const own = message.requestId !== null ? `/requests/${encodeURIComponent(message.requestId)}/messages` : message.workOrderId !== null ? `/work-orders/${encodeURIComponent(message.workOrderId)}/messages` : '';
    return own !== '' && own === this.path;
  }

  /** A message from the stream: shown at once, and an answer from the business is announced. */
  private receive(message: ThreadMessage) {
    if (this.thread.status !== TaskStatus.COMPLETE) {
      this.arrivedEarly.push(message);
      return;
    }
    if (this.messages.some((shown) => shown.id === message.id)) return;
    this.messages = inOrder([...this.messages, message]);
    if (message.author === 'business') this.sentNotice = msg(str`Nieuw bericht van ${this.authorOf(message)}.`, { id: 'views.messages.arrived' });
  }

  /** Who wrote a message, as the reader calls them. */
  private authorOf(message: ThreadMessage): string {
    if (message.authorName) return message.authorName;
    if (this.side === 'business') return message.author === 'business' ? msg('Uw bedrijf', { id: 'console.conversation.business' }) : this.customerName;
    return message.author === 'business' ? this.businessName || msg('De servicedesk', { id: 'views.messages.business' }) : msg('U', { id: 'views.messages.you' });
  }

  private submit(event: SubmitEvent) {
    event.preventDefault();
    if (this.send.status === TaskStatus.PENDING) return;
    this.sentNotice = '';
    const body = this.draft.trim();
    this.draftError = !body
      ? replyWords(this.side).empty
      : body.length > maxLength
        ? msg(str`Een bericht mag hoogstens ${maxLength} tekens lang zijn.`, { id: 'views.messages.tooLong' })
        : '';
    if (this.draftError) {
      this.textarea?.focus();
      return;
    }
    // Photos still being made smaller go with the message once they are ready.
    void (this.picker?.whenSettled() ?? Promise.resolve()).then(() => this.send.run());
  }

  private renderMessage(message: ThreadMessage) {
    const from = message.author === 'business' ? 'from-business' : 'from-contact';
    // The business reads a name with the side it stands for: a colleague's name alone does not say it is theirs.
    const role =
      this.side === 'business'
        ? html`${message.author === 'business' ? msg('uw bedrijf', { id: 'console.conversation.fromBusiness' }) : msg('klant', { id: 'console.conversation.fromCustomer' })} · `
        : nothing;
    return html`<li class="${from} ${message.author === this.side ? 'own' : ''}" part="message ${from}">
      <span class="meta"><strong>${this.authorOf(message)}</strong> · ${role}<time datetime=${message.createdAt}>${formatDateTime(message.createdAt, this.locale)}</time></span>
      <p class="body">${message.body}</p>
      ${renderMessageFiles(this.client, this.path, message)}
    </li>`;
  }

  override render() {
    return this.thread.render({
      initial: () => pendingBlock(2),
      pending: () => pendingBlock(2),
      error: (error) => errorBlock(error, () => void this.thread.run(), msg('De berichten konden niet worden geladen.', { id: 'views.messages.loadFailed' })),
      complete: () => this.renderThread(),
    });
  }

  private renderThread() {
    const words = replyWords(this.side);
    const sending = this.send.status === TaskStatus.PENDING;
    const sendError = this.send.status === TaskStatus.ERROR ? this.send.error : undefined;
    const describedBy = [this.draftError ? 'reply-error' : '', 'reply-hint'].filter(Boolean).join(' ');
    return html`
      ${this.olderCursor
        ? html`<div class="older">
            <button type="button" class="btn link" part="load-older" @click=${() => void this.older.run()}>
              ${msg('Eerdere berichten tonen', { id: 'views.messages.older' })}
            </button>
            ${this.older.status === TaskStatus.ERROR ? html`<p class="error" role="alert">${errorMessage(this.older.error)}</p>` : nothing}
          </div>`
        : nothing}
      ${this.messages.length
        ? html`<ol part="messages" aria-label=${msg('Berichten', { id: 'views.messages.title' })}>${this.messages.map((message) => this.renderMessage(message))}</ol>`
        : html`<p class="none" part="no-messages">${words.none}</p>`}
      <form part="reply" novalidate @submit=${this.submit}>
        <div class="field">
          <label for="reply">${words.label}</label>
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
          <p class="hint" id="reply-hint">${words.hint}</p>
          ${this.draftError ? html`<p class="error" id="reply-error">${this.draftError}</p>` : nothing}
        </div>
        ${canUpload(this.client)
          ? html`<kp-photo-picker
              pdf
              max=${maxFiles}
              label=${msg("Foto's of PDF's meesturen", { id: 'views.messages.attach' })}
              .photos=${this.files}
              @kp-photos-change=${(event: CustomEvent<{ photos: File[] }>) => {
                this.files = event.detail.photos;
                // Other files are another message: a retry of the earlier one would be refused with this key.
                if (this.send.status === TaskStatus.ERROR) this.sendKey = newIdempotencyKey();
              }}
            ></kp-photo-picker>`
          : nothing}
        ${sendError ? html`<div class="notice error" role="alert"><p>${msg('Het bericht is niet verstuurd.', { id: 'views.messages.sendFailed' })} ${errorMessage(sendError)}</p></div>` : nothing}
        <div class="actions">
          <button type="submit" class="btn primary" part="send" aria-disabled=${sending ? 'true' : 'false'}>
            ${sending ? msg('Versturen…', { id: 'views.messages.sending' }) : words.send}
          </button>
          <span role="status" class="muted">${this.progress || this.sentNotice}</span>
        </div>
      </form>
    `;
  }
}

defineElement('kp-message-thread', MessageThread);

declare global {
  interface HTMLElementTagNameMap {
    'kp-message-thread': MessageThread;
  }
}
