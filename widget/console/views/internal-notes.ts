import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { Task, TaskStatus, initialState } from '@lit/task';
import { defineElement } from '../../components/define.js';
import { postStyles } from '../../components/posts.styles.js';
import { errorBlock, errorMessage, pendingBlock } from '../../components/states.js';
import { formatDateTime } from '../../i18n/format.js';
import { kp } from '../../styles/theme.js';
import { listNotes, postNote } from '../api/admin.js';
import type { ConsoleClient } from '../api/console-client.js';
import type { InternalNote, Locale } from '../api/types.js';

/**
 * @summary The team's own notes on a request: never in the portal, never mailed, never sent to the customer.
 *
 * @csspart notes - The notes, oldest first.
 * @csspart note-form - The form to add one.
 */
export class InternalNotes extends LitElement {
  static override styles = [
    ...postStyles,
    css`
      .warning {
        display: flex;
        gap: ${kp('space-2')};
        align-items: flex-start;
        margin: 0 0 ${kp('space-3')};
        padding: ${kp('space-2')} ${kp('space-3')};
        border-radius: ${kp('radius')};
        background: ${kp('color-warning-surface')};
        color: ${kp('color-warning')};
        font-size: ${kp('font-size-sm')};
        font-weight: 600;
      }
      ol {
        list-style: none;
        margin: 0 0 ${kp('space-3')};
        padding: 0;
        display: grid;
        gap: ${kp('space-2')};
      }
      li {
        padding: ${kp('space-2')} ${kp('space-3')};
        border-left: 4px solid ${kp('color-warning')};
        border-radius: ${kp('radius-sm')};
        background: ${kp('color-warning-surface')};
      }
      textarea {
        min-height: 80px;
      }
    `,
  ];

  @property({ attribute: false }) client?: ConsoleClient;
  @property({ attribute: 'request-id' }) requestId = '';
  @property() locale: Locale = 'nl';

  @state() private notes: InternalNote[] = [];
  @state() private draft = '';
  @state() private draftError = '';
  @state() private savedNotice = '';

  private readonly list = new Task(this, {
    args: () => [this.client, this.requestId] as const,
    task: async ([client, id], { signal }) => {
      if (!client || !id) return initialState;
      const page = await listNotes(client, id, signal);
      this.notes = [...page.items].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
      return page;
    },
  });

  private readonly save = new Task(this, {
    autoRun: false,
    args: () => [this.draft.trim()] as const,
    task: async ([body]) => {
      if (!this.client) return initialState;
      const note = await postNote(this.client, this.requestId, body);
      this.notes = [...this.notes, note];
      this.draft = '';
      this.savedNotice = msg('Notitie opgeslagen.', { id: 'console.notes.saved' });
      return note;
    },
  });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  private submit(event: SubmitEvent) {
    event.preventDefault();
    if (this.save.status === TaskStatus.PENDING) return;
    this.savedNotice = '';
    this.draftError = this.draft.trim() ? '' : msg('Schrijf eerst een notitie.', { id: 'console.notes.empty' });
    if (this.draftError) {
      this.renderRoot.querySelector('textarea')?.focus();
      return;
    }
    void this.save.run();
  }

  override render() {
    return html`<p class="warning" part="internal-warning">${msg('Alleen voor uw team: de klant ziet deze notities nooit.', { id: 'console.notes.warning' })}</p>
      ${this.list.render({
        initial: () => pendingBlock(1),
        pending: () => pendingBlock(1),
        error: (error) => errorBlock(error, () => void this.list.run(), msg('De notities konden niet worden geladen.', { id: 'console.notes.loadFailed' })),
        complete: () => this.renderNotes(),
      })}`;
  }

  private renderNotes() {
    const saving = this.save.status === TaskStatus.PENDING;
    return html`${this.notes.length
        ? html`<ol part="notes" aria-label=${msg('Interne notities', { id: 'console.notes.title' })}>
            ${this.notes.map(
              (note) => html`<li>
                <span class="meta"><strong>${note.author.name}</strong> · <time datetime=${note.createdAt}>${formatDateTime(note.createdAt, this.locale)}</time></span>
                <p class="body">${note.body}</p>
              </li>`,
            )}
          </ol>`
        : html`<p class="muted">${msg('Nog geen notities.', { id: 'console.notes.none' })}</p>`}
      <form part="note-form" novalidate @submit=${this.submit}>
        <div class="field">
          <label for="note">${msg('Nieuwe interne notitie', { id: 'console.notes.label' })}</label>
          <textarea
            id="note"
            rows="2"
            maxlength="5000"
            .value=${this.draft}
            aria-invalid=${this.draftError ? 'true' : 'false'}
            aria-describedby=${this.draftError ? 'note-error' : nothing}
            @input=${(event: InputEvent) => {
              this.draft = (event.target as HTMLTextAreaElement).value;
              this.draftError = '';
            }}
          ></textarea>
          ${this.draftError ? html`<p class="error" id="note-error">${this.draftError}</p>` : nothing}
        </div>
        ${this.save.status === TaskStatus.ERROR
          ? html`<div class="notice error" role="alert"><p>${msg('De notitie is niet opgeslagen.', { id: 'console.notes.saveFailed' })} ${errorMessage(this.save.error)}</p></div>`
          : nothing}
        <div class="actions">
          <button type="submit" class="btn secondary" part="save-note" aria-disabled=${saving ? 'true' : 'false'}>
            ${saving ? msg('Opslaan…', { id: 'console.notes.saving' }) : msg('Notitie opslaan', { id: 'console.notes.save' })}
          </button>
          <span role="status" class="muted">${this.savedNotice}</span>
        </div>
      </form>`;
  }
}

defineElement('kp-internal-notes', InternalNotes);

declare global {
  interface HTMLElementTagNameMap {
    'kp-internal-notes': InternalNotes;
  }
}
