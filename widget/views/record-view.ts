// The base of the views that show one record (`work-orders/{id}`, …): loads it, and draws the states around it.
import { html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { Task, initialState } from '@lit/task';
import { PortalApiError, type PortalClient } from '../api/client.js';
import { errorBlock, pendingBlock } from '../components/states.js';
import { PortalView } from './portal-view.js';

export abstract class RecordView<T> extends PortalView {
  /** The API collection the record belongs to: `work-orders`. */
  protected abstract readonly collection: string;
  /** The way back to the list: the list's view name and link text. */
  protected abstract backLink(): { view: string; label: string };
  /** The heading while the record is not there yet, or not found: "Werkbon". */
  protected abstract genericTitle(): string;
  protected abstract renderRecord(record: T): TemplateResult;

  /** The record to show: the `{id}` of `work-orders/{id}`. */
  @property({ attribute: false }) recordId = '';

  /** The record as an action (accept, cancel) answered it, in place of the loaded one. */
  @state() protected changed?: T;

  protected readonly record = new Task(this, {
    args: () => [this.client, this.recordId] as const,
    task: async ([client, id], { signal }): Promise<T | typeof initialState> => {
      this.changed = undefined;
      if (!client || !id) return initialState;
      return this.load(client, id, signal);
    },
  });

  protected load(client: PortalClient, id: string, signal: AbortSignal): Promise<T> {
    return client.request<T>('GET', `/${this.collection}/${encodeURIComponent(id)}`, undefined, { signal });
  }

  /** Shows the record as the server answered a change to it, without loading it again. */
  protected replaceRecord(record: T): void {
    this.changed = record;
  }

  override render() {
    const back = this.backLink();
    const waiting = () => html`${this.header(this.genericTitle(), { back })}${pendingBlock(3, 'detail')}`;
    return this.record.render({
      initial: waiting,
      pending: waiting,
      error: (error) =>
        error instanceof PortalApiError && error.status === 404
          ? html`${this.header(this.genericTitle(), { back })}
              <div class="empty" part="not-found">
                <p>${msg('Dit is niet (meer) te vinden. Misschien is het verwijderd, of hoort het bij een ander account.', { id: 'views.record.notFound' })}</p>
              </div>`
          : html`${this.header(this.genericTitle(), { back })}${errorBlock(error, () => void this.record.run())}`,
      complete: (record) => this.renderRecord(this.changed ?? record),
    });
  }
}
