// One webhook's deliveries: what was sent, whether it arrived, how often it was tried, what went wrong, when it is
// tried next; and sending one again now.
import { css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { PortalApiError } from '../../api/client.js';
import { describeError } from '../../api/errors.js';
import { defineElement } from '../../components/define.js';
import { PagedList } from '../../components/paged-list.js';
import { emptyBlock } from '../../components/states.js';
import { formatDateTime } from '../../i18n/format.js';
import { kp } from '../../styles/theme.js';
import { deliveriesPath, retryDelivery, webhooksPath, type Page, type Webhook, type WebhookDelivery } from '../api/people.js';
import { ViewPart, cell } from './developers-parts.js';
import { eventName } from './developers-webhooks.js';

function statusOf(delivery: WebhookDelivery): TemplateResult {
  if (delivery.status === 'delivered') return html`<span class="status-ok">${msg('Afgeleverd', { id: 'console.deliveries.delivered' })}</span>`;
  if (delivery.status === 'failed') return html`<span class="status-bad">${msg('Opgegeven', { id: 'console.deliveries.failed' })}</span>`;
  return delivery.attempts > 0
    ? html`<span class="status-bad">${msg('Mislukt, wordt opnieuw geprobeerd', { id: 'console.deliveries.retrying' })}</span>`
    : html`${msg('Onderweg', { id: 'console.deliveries.pending' })}`;
}

/**
 * @summary A webhook's deliveries (event, status, attempts, last error, next attempt), newest first, with retry.
 */
export class DevelopersDeliveries extends ViewPart {
  static override styles = [
    ...ViewPart.styles,
    css`
      :host {
        display: block;
      }
      .cells {
        --columns: 4;
      }
      h2 {
        margin: 0 0 ${kp('space-3')};
      }
      .endpoint {
        overflow-wrap: anywhere;
      }
      .back {
        display: inline-block;
        margin-bottom: ${kp('space-3')};
      }
    `,
  ];

  @property() webhookId = '';
  private readonly list = new PagedList<WebhookDelivery>(this, () => ({ client: this.client, path: this.client && this.webhookId ? deliveriesPath(this.webhookId) : undefined }));
  /** Where this webhook delivers, to say which one this is; the deliveries show without it. */
  private readonly endpoint = new Task(this, {
    args: () => [this.client, this.webhookId] as const,
    task: async ([client, id], { signal }) =>
      client && id ? (await client.request<Page<Webhook>>('GET', webhooksPath, undefined, { signal })).items.find((webhook) => webhook.id === id) : undefined,
  });
  @state() private retrying = '';
  @state() private rowNotice: { id: string; kind: 'error' | 'success'; text: string } | null = null;

  private async retry(delivery: WebhookDelivery) {
    this.retrying = delivery.id;
    this.rowNotice = null;
    try {
      const again = await retryDelivery(this.client!, this.webhookId, delivery.id);
      this.list.items = this.list.items.map((item) => (item.id === again.id ? again : item));
      this.rowNotice = { id: delivery.id, kind: 'success', text: msg('Wordt nu opnieuw verstuurd. Vernieuw de lijst over een paar seconden voor de uitkomst.', { id: 'console.deliveries.retried' }) };
    } catch (error) {
      const delivered = error instanceof PortalApiError && error.details.some((detail) => detail.reason === 'already_delivered');
      this.rowNotice = { id: delivery.id, kind: 'error', text: delivered ? msg('Deze melding is al afgeleverd.', { id: 'console.deliveries.alreadyDelivered' }) : describeError(error) };
    } finally {
      this.retrying = '';
    }
  }

  override render() {
    return html`<section class="card rows" aria-labelledby="deliveries-title">
      ${this.viewLink('developers/webhooks', msg('← Alle webhooks', { id: 'console.deliveries.back' }), 'back')}
      <h2 id="deliveries-title">${msg('Afleveringen', { id: 'console.webhooks.deliveries' })}</h2>
      ${this.endpoint.value ? html`<p class="muted endpoint">${this.endpoint.value.url} · ${this.endpoint.value.events.map(eventName).join(', ')}</p>` : nothing}
      <div class="actions"><button type="button" class="btn secondary small" @click=${() => void this.list.firstPage.run()}>${msg('Vernieuwen', { id: 'console.deliveries.refresh' })}</button></div>
      ${this.list.render({
        label: msg('Afleveringen', { id: 'console.webhooks.deliveries' }),
        item: (delivery) => this.renderDelivery(delivery),
        empty: () => emptyBlock(msg('Nog niets verstuurd naar deze webhook. Meldingen verschijnen hier zodra er een gebeurtenis is.', { id: 'console.deliveries.empty' })),
      })}
    </section>`;
  }

  private renderDelivery(delivery: WebhookDelivery): TemplateResult {
    const retryable = delivery.status === 'failed' || (delivery.status === 'pending' && delivery.attempts > 0);
    const notice = this.rowNotice?.id === delivery.id ? this.rowNotice : null;
    return html`<div class="cells">
      <div class="cell"><strong>${eventName(delivery.event)}</strong><br /><span class="muted">${formatDateTime(delivery.createdAt, this.locale)}</span></div>
      ${cell(msg('Status', { id: 'console.staff.status' }), statusOf(delivery))}
      ${cell(msg('Pogingen', { id: 'console.deliveries.attempts' }), String(delivery.attempts))}
      ${cell(msg('Laatste fout', { id: 'console.deliveries.lastError' }), delivery.lastError ?? '—')}
      ${cell(msg('Volgende poging', { id: 'console.deliveries.nextAttempt' }), delivery.nextAttemptAt ? formatDateTime(delivery.nextAttemptAt, this.locale) : '—')}
      <div class="row-actions">
        ${retryable
          ? html`<button type="button" class="btn secondary small" ?disabled=${this.retrying === delivery.id} @click=${() => this.retry(delivery)}>
              ${msg('Opnieuw versturen', { id: 'console.deliveries.retry' })}<span class="visually-hidden">: ${msg(str`${eventName(delivery.event)} van ${formatDateTime(delivery.createdAt, this.locale)}`, { id: 'console.deliveries.retryWhat' })}</span>
            </button>`
          : nothing}
      </div>
      ${notice ? html`<p class="row-message ${notice.kind === 'error' ? 'error' : 'muted'}" role=${notice.kind === 'error' ? 'alert' : 'status'}>${notice.text}</p>` : nothing}
    </div>`;
  }
}

defineElement('kp-developers-deliveries', DevelopersDeliveries);

declare global {
  interface HTMLElementTagNameMap {
    'kp-developers-deliveries': DevelopersDeliveries;
  }
}
