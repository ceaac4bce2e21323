// The developer area's webhooks: register an endpoint for events (its signing secret shown once), remove one, and
// open one to see its deliveries.
import { css, html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { PortalApiError } from '../../api/client.js';
import { describeError, fieldErrors } from '../../api/errors.js';
import { compact, focusFirstInvalid, formNotice, textField } from '../../auth/fields.js';
import { defineElement } from '../../components/define.js';
import { PagedList } from '../../components/paged-list.js';
import { emptyBlock } from '../../components/states.js';
import { formatDateTime } from '../../i18n/format.js';
import { kp } from '../../styles/theme.js';
import { createWebhook, deleteWebhook, webhookEvents, webhooksPath, type CreatedWebhook, type Webhook, type WebhookEventType } from '../api/people.js';
import { RemovableList, ViewPart, cell, onceSecret } from './developers-parts.js';

/** What each event means to a business, in its words. */
export function eventName(event: WebhookEventType): string {
  switch (event) {
    case 'request.created':
      return msg('Nieuwe aanvraag', { id: 'console.webhooks.event.requestCreated' });
    case 'request.cancelled':
      return msg('Aanvraag geannuleerd', { id: 'console.webhooks.event.requestCancelled' });
    case 'message.created':
      return msg('Nieuw bericht van een klant', { id: 'console.webhooks.event.messageCreated' });
    case 'quote.accepted':
      return msg('Offerte geaccepteerd', { id: 'console.webhooks.event.quoteAccepted' });
    case 'quote.declined':
      return msg('Offerte afgewezen', { id: 'console.webhooks.event.quoteDeclined' });
    case 'contact.activated':
      return msg('Klant heeft account geactiveerd', { id: 'console.webhooks.event.contactActivated' });
    case 'appointment.requested':
      return msg('Afspraak aangevraagd', { id: 'console.webhooks.event.appointmentRequested' });
    case 'appointment.confirmed':
      return msg('Afspraak bevestigd', { id: 'console.webhooks.event.appointmentConfirmed' });
    case 'appointment.declined':
      return msg('Afspraak afgewezen', { id: 'console.webhooks.event.appointmentDeclined' });
    case 'appointment.cancelled':
      return msg('Afspraak geannuleerd', { id: 'console.webhooks.event.appointmentCancelled' });
  }
}

const validUrl = (value: string) => {
  if (!value.trim()) return msg('Vul het adres in waar de meldingen heen gaan.', { id: 'console.webhooks.urlRequired' });
  return /^https?:\/\/[^\s/]+/i.test(value.trim()) && URL.canParse(value.trim())
    ? undefined
    : msg('Dit is geen geldig adres. Het begint met https://.', { id: 'console.webhooks.urlInvalid' });
};

/**
 * @summary Webhook endpoints: create (URL, events as checkboxes; the secret shown once), delete, and a link to each
 * one's deliveries.
 */
export class DevelopersWebhooks extends RemovableList<Webhook> {
  static override styles = [
    ...ViewPart.styles,
    css`
      :host {
        display: grid;
        gap: ${kp('space-4')};
      }
      .cells {
        --columns: 2;
      }
      form {
        display: grid;
        gap: ${kp('space-3')};
        max-width: 640px;
      }
      fieldset {
        border: 0;
        padding: 0;
        margin: 0;
      }
      legend {
        font-weight: 600;
        margin-bottom: ${kp('space-2')};
      }
      .events {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(230px, 1fr));
        gap: ${kp('space-2')};
      }
      h2 {
        margin: 0 0 ${kp('space-3')};
      }
      .url {
        font-weight: 650;
      }
    `,
  ];

  protected readonly list = new PagedList<Webhook>(this, () => ({ client: this.client, path: this.client ? webhooksPath : undefined }));
  @state() private url = '';
  @state() private events = new Set<WebhookEventType>(['request.created']);
  @state() private errors: Record<string, string> = {};
  @state() private error = '';
  @state() private busy = false;
  @state() private created: CreatedWebhook | null = null;

  private toggle(event: WebhookEventType, on: boolean) {
    const events = new Set(this.events);
    if (on) events.add(event);
    else events.delete(event);
    this.events = events;
  }

  private create = async (event: Event) => {
    event.preventDefault();
    if (this.busy) return;
    this.error = '';
    this.errors = compact({ url: validUrl(this.url), events: this.events.size ? undefined : msg('Kies minstens één gebeurtenis.', { id: 'console.webhooks.eventsRequired' }) });
    if (Object.keys(this.errors).length) return void this.focusError();
    this.busy = true;
    try {
      const created = await createWebhook(this.client!, { url: this.url.trim(), events: webhookEvents.filter((name) => this.events.has(name)) });
      this.created = created;
      this.url = '';
      const { secret: _secret, ...endpoint } = created;
      this.list.items = [endpoint, ...this.list.items];
      await this.showSecret();
    } catch (error) {
      if (!(error instanceof PortalApiError)) throw error;
      this.errors = fieldErrors(error, ['url', 'events']);
      this.error = Object.keys(this.errors).length ? '' : describeError(error);
      void this.focusError();
    } finally {
      this.busy = false;
    }
  };

  private async focusError() {
    await focusFirstInvalid(this);
    if (!this.errors.url && this.errors.events) this.renderRoot.querySelector<HTMLInputElement>('input[name="events"]')?.focus();
  }

  protected override onRemoved(webhook: Webhook): void {
    if (this.created?.id === webhook.id) this.created = null;
  }

  override render() {
    return html`<section class="card" aria-labelledby="new-webhook-title">
        <h2 id="new-webhook-title">${msg('Nieuwe webhook', { id: 'console.webhooks.newTitle' })}</h2>
        <p class="hint">
          ${msg('Een webhook meldt gebeurtenissen meteen aan uw eigen systeem: een ondertekend POST-verzoek met JSON. Lukt dat niet, dan proberen we het een dag lang opnieuw.', { id: 'console.webhooks.intro' })}
        </p>
        ${this.created
          ? onceSecret({
              heading: msg('Geheim om handtekeningen te controleren', { id: 'console.webhooks.secretTitle' }),
              warning: msg('Kopieer het geheim nu: u ziet het hierna nooit meer. Uw systeem controleert er de kop Klantportaal-Signature van elke melding mee.', { id: 'console.webhooks.secretWarning' }),
              value: this.created.secret,
              done: msg('Ik heb het geheim bewaard', { id: 'console.webhooks.kept' }),
              onDone: () => (this.created = null),
            })
          : nothing}
        ${formNotice('error', this.error)}
        <form novalidate @submit=${this.create}>
          ${textField({
            id: 'url',
            label: msg('Adres (URL)', { id: 'console.webhooks.url' }),
            hint: msg('Waar de meldingen heen gaan, zoals https://backoffice.example.nl/klantportaal.', { id: 'console.webhooks.urlHint' }),
            value: this.url,
            maxlength: 2000,
            autocomplete: 'off',
            inputmode: 'text',
            error: this.errors.url,
            onInput: (value) => (this.url = value),
          })}
          <fieldset aria-describedby=${this.errors.events ? 'events-error' : nothing}>
            <legend>${msg('Gebeurtenissen', { id: 'console.webhooks.events' })}</legend>
            <div class="events">
              ${webhookEvents.map(
                (name) => html`<label class="check"
                  ><input
                    type="checkbox"
                    name="events"
                    value=${name}
                    .checked=${this.events.has(name)}
                    aria-invalid=${this.errors.events ? 'true' : 'false'}
                    @change=${(event: Event) => this.toggle(name, (event.target as HTMLInputElement).checked)}
                  />
                  ${eventName(name)} <code class="muted">${name}</code></label
                >`,
              )}
            </div>
            ${this.errors.events ? html`<p class="error" id="events-error">${this.errors.events}</p>` : nothing}
          </fieldset>
          <div><button type="submit" class="btn primary" ?disabled=${this.busy}>${msg('Webhook toevoegen', { id: 'console.webhooks.create' })}</button></div>
        </form>
      </section>
      <section class="card rows" aria-labelledby="webhooks-title">
        <h2 id="webhooks-title">${msg('Webhooks', { id: 'console.webhooks.listTitle' })}</h2>
        ${this.list.render({
          label: msg('Webhooks', { id: 'console.webhooks.listTitle' }),
          item: (webhook) => this.renderWebhook(webhook),
          empty: () => emptyBlock(msg('Nog geen webhooks. Voeg er hierboven een toe om gebeurtenissen in uw eigen systeem te krijgen.', { id: 'console.webhooks.empty' })),
        })}
      </section>`;
  }

  private renderWebhook(webhook: Webhook): TemplateResult {
    return html`<div class="cells">
      <div class="cell"><span class="url">${webhook.url}</span></div>
      ${cell(msg('Gebeurtenissen', { id: 'console.webhooks.events' }), webhook.events.map(eventName).join(', '))}
      ${cell(msg('Toegevoegd', { id: 'console.webhooks.created' }), formatDateTime(webhook.createdAt, this.locale))}
      <div class="row-actions">
        ${this.viewLink(`developers/webhooks/${webhook.id}`, msg('Afleveringen', { id: 'console.webhooks.deliveries' }), 'btn secondary small')}
        <button type="button" class="btn secondary small" @click=${() => this.ask(webhook.id)}>${msg('Verwijderen…', { id: 'console.webhooks.delete' })}</button>
      </div>
      ${this.removal(webhook, {
        text: msg(str`De webhook naar ${webhook.url} verwijderen? Wat nog onderweg was, wordt niet meer afgeleverd.`, { id: 'console.webhooks.deleteConfirm' }),
        confirm: msg('Verwijderen', { id: 'console.webhooks.deleteSubmit' }),
        remove: () =>
          void this.removeRow(webhook, () => deleteWebhook(this.client!, webhook.id), msg(str`De webhook naar ${webhook.url} is verwijderd.`, { id: 'console.webhooks.deleted' }), '#url'),
      })}
    </div>`;
  }
}

defineElement('kp-developers-webhooks', DevelopersWebhooks);

declare global {
  interface HTMLElementTagNameMap {
    'kp-developers-webhooks': DevelopersWebhooks;
  }
}
