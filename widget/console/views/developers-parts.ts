// What the staff and developer views draw alike: a secret shown once with its copy button, rows of labelled cells
// that are columns on a desktop and stacked on a phone, and a confirmation before something cannot be undone.
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { describeError } from '../../api/errors.js';
import { defineElement } from '../../components/define.js';
import type { PagedList } from '../../components/paged-list.js';
import { stateStyles } from '../../components/states.js';
import { linkToView } from '../../shell/view-frame.js';
import { kp, shared } from '../../styles/theme.js';
import type { ConsoleClient } from '../api/console-client.js';
import type { Locale } from '../api/types.js';
import { consoleEvent } from '../events.js';

/** Rows of `.cells`: one line of columns where there is room, each cell its own line with its label on a phone. */
export const rowStyles = css`
  .rows {
    container-type: inline-size;
  }
  .rows .record + .record {
    border-top: 1px solid ${kp('color-border')};
  }
  /* The first cell names the row; --columns more follow, then the row's buttons, aligned over every row. */
  .cells {
    display: grid;
    grid-template-columns: minmax(0, 1.6fr) repeat(var(--columns, 3), minmax(0, 1fr)) minmax(8rem, 1.4fr);
    gap: ${kp('space-2')} ${kp('space-4')};
    align-items: center;
    width: 100%;
    padding: ${kp('space-3')} ${kp('space-4')};
    box-sizing: border-box;
  }
  .cell {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .cell-label {
    display: block;
    font-size: 0.8125rem;
    color: ${kp('color-muted')};
  }
  .row-actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${kp('space-2')};
    justify-content: flex-end;
  }
  .confirm {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${kp('space-2')};
    grid-column: 1 / -1;
  }
  .confirm p {
    margin: 0;
    flex: 1 1 16rem;
  }
  .row-message {
    grid-column: 1 / -1;
    margin: 0;
  }
  .status-ok {
    color: ${kp('color-success')};
    font-weight: 650;
  }
  .status-bad {
    color: ${kp('color-danger')};
    font-weight: 650;
  }
  @container (max-width: 600px) {
    .cells {
      grid-template-columns: minmax(0, 1fr);
    }
    .row-actions {
      justify-content: flex-start;
    }
  }
`;

/**
 * The base of a part of a view (a tab of the developer area, the business's settings): the view hands down its
 * client and language; links and announcements go up to the shell as the view's own would.
 */
export abstract class ViewPart extends LitElement {
  static override styles = [shared, stateStyles, rowStyles];

  @property({ attribute: false }) client?: ConsoleClient;
  @property() locale: Locale = 'nl';

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected navigate(path: string): void {
    this.dispatchEvent(consoleEvent('kp-console-navigate', { path }));
  }

  protected announce(message: string): void {
    this.dispatchEvent(consoleEvent('kp-console-announce', { message }));
  }

  protected viewLink(path: string, content: unknown, className = ''): TemplateResult {
    return linkToView(`#/${path}`, () => this.navigate(path), content, className);
  }
}

/**
 * A part with a list whose rows can be removed (a key revoked, a webhook deleted) after a confirmation in the row,
 * and whose new item may come with a secret shown once.
 */
export abstract class RemovableList<T extends { id: string }> extends ViewPart {
  protected abstract readonly list: PagedList<T>;
  @state() protected confirming = '';
  @state() protected removing = '';
  @state() protected rowError: { id: string; text: string } | null = null;

  protected ask(id: string): void {
    this.confirming = id;
    this.rowError = null;
    void focusConfirmation(this);
  }

  /** Removes the row once the server did; says so, and puts focus on `focusAfter` (the form's first field). */
  protected async removeRow(item: T, remove: () => Promise<void>, announcement: string, focusAfter: string): Promise<void> {
    this.removing = item.id;
    try {
      await remove();
      this.list.items = this.list.items.filter((other) => other.id !== item.id);
      this.confirming = '';
      this.onRemoved?.(item);
      this.announce(announcement);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(focusAfter)?.focus();
    } catch (error) {
      this.rowError = { id: item.id, text: describeError(error) };
    } finally {
      this.removing = '';
    }
  }

  protected onRemoved?(item: T): void;

  /** The row's confirmation while asked, and why removing failed. */
  protected removal(item: T, options: { text: string; confirm: string; remove: () => void }): TemplateResult {
    return html`${this.confirming === item.id
      ? confirmation({ text: options.text, confirm: options.confirm, busy: this.removing === item.id, onConfirm: options.remove, onCancel: () => (this.confirming = '') })
      : nothing}
    ${this.rowError?.id === item.id ? html`<p class="row-message error" role="alert">${this.rowError.text}</p>` : nothing}`;
  }

  /** Puts the new secret on the page in focus, so its warning is read first. */
  protected async showSecret(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector('kp-once-secret')?.focus();
  }
}

/** A secret shown once, with its warning and the button that closes it. */
export function onceSecret(options: { heading: string; warning: string; value: string; done: string; onDone: () => void }): TemplateResult {
  return html`<kp-once-secret heading=${options.heading} warning=${options.warning} .value=${options.value} done-label=${options.done} @kp-once-secret-done=${options.onDone}></kp-once-secret>`;
}

/** A labelled cell: the label is read on every width, and shown as a column heading would be. */
export function cell(label: string, content: unknown, className = ''): TemplateResult {
  return html`<div class="cell ${className}"><span class="cell-label">${label}</span> <span class="cell-value">${content}</span></div>`;
}

/** "Are you sure?" in the row itself, with the risky button focused first so Enter or Escape decide. */
export function confirmation(options: { text: string; confirm: string; busy?: boolean; onConfirm: () => void; onCancel: () => void }): TemplateResult {
  return html`<div class="confirm" role="group" aria-label=${options.text} @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && options.onCancel()}>
    <p>${options.text}</p>
    <button type="button" class="btn danger small" data-confirm ?disabled=${options.busy ?? false} @click=${options.onConfirm}>${options.confirm}</button>
    <button type="button" class="btn secondary small" @click=${options.onCancel}>${msg('Annuleren', { id: 'console.people.cancel' })}</button>
  </div>`;
}

/** Moves focus into a confirmation once it is drawn. */
export async function focusConfirmation(host: LitElement): Promise<void> {
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>('[data-confirm]')?.focus();
}

/**
 * @summary A secret the server shows this once (an API key, a webhook's signing secret, an invite link): the value,
 * a warning that it will not be shown again, and a copy button.
 *
 * @event kp-once-secret-done - The person has kept it and closes the panel.
 * @csspart value - The secret.
 * @csspart copy - The copy button.
 */
export class OnceSecret extends LitElement {
  static override styles = [
    shared,
    css`
      :host {
        display: block;
      }
      .panel {
        border: 2px solid ${kp('color-warning')};
        border-radius: ${kp('radius')};
        padding: ${kp('space-4')};
        display: grid;
        gap: ${kp('space-3')};
      }
      h3,
      p {
        margin: 0;
      }
      .value {
        font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
        overflow-wrap: anywhere;
        padding: ${kp('space-2')};
        background: ${kp('color-surface-alt')};
        border-radius: ${kp('radius')};
        user-select: all;
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: ${kp('space-2')};
      }
    `,
  ];

  @property() heading = '';
  @property() value = '';
  @property() warning = '';
  @property({ attribute: 'done-label' }) doneLabel = '';
  @state() private copied = '';

  private copy = async () => {
    try {
      await navigator.clipboard.writeText(this.value);
      this.copied = msg('Gekopieerd naar het klembord.', { id: 'console.people.copied' });
    } catch {
      this.copied = msg('Kopiëren lukte niet. Selecteer de tekst en kopieer die zelf.', { id: 'console.people.copyFailed' });
    }
  };

  private done = () => this.dispatchEvent(new CustomEvent('kp-once-secret-done', { bubbles: true, composed: true }));

  override render() {
    return html`<div class="panel" role="region" aria-labelledby="once-title">
      <h3 id="once-title" tabindex="-1">${this.heading}</h3>
      <div class="notice warning" part="warning"><p><strong>${this.warning}</strong></p></div>
      <code class="value" part="value">${this.value}</code>
      <div class="buttons">
        <button type="button" class="btn primary" part="copy" @click=${this.copy}>${msg('Kopiëren', { id: 'console.people.copy' })}</button>
        ${this.doneLabel ? html`<button type="button" class="btn secondary" @click=${this.done}>${this.doneLabel}</button>` : nothing}
      </div>
      <p role="status" class="muted">${this.copied}</p>
    </div>`;
  }

  /** Focus to the panel's heading, so a screen reader reads the warning right after creating. */
  override focus(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#once-title')?.focus());
  }
}

defineElement('kp-once-secret', OnceSecret);

declare global {
  interface HTMLElementTagNameMap {
    'kp-once-secret': OnceSecret;
  }
}
