// The developer area's API keys: make one with a name (shown once), see when each was last used, revoke one.
import { css, html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { PortalApiError } from '../../api/client.js';
import { describeError, fieldErrors } from '../../api/errors.js';
import { focusFirstInvalid, formNotice, textField, validate } from '../../auth/fields.js';
import { defineElement } from '../../components/define.js';
import { PagedList } from '../../components/paged-list.js';
import { emptyBlock } from '../../components/states.js';
import { formatDateTime } from '../../i18n/format.js';
import { kp } from '../../styles/theme.js';
import { apiKeysPath, createApiKey, revokeApiKey, type ApiKey, type NewApiKey } from '../api/people.js';
import { RemovableList, ViewPart, cell, onceSecret } from './developers-parts.js';

/**
 * @summary API keys for a back office: create with a name (the key shown once, with a copy button), last used, revoke.
 */
export class DevelopersApiKeys extends RemovableList<ApiKey> {
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
        display: flex;
        flex-wrap: wrap;
        gap: ${kp('space-3')};
        align-items: end;
      }
      form .field {
        flex: 1 1 260px;
        margin: 0;
      }
      h2 {
        margin: 0 0 ${kp('space-3')};
      }
    `,
  ];

  protected readonly list = new PagedList<ApiKey>(this, () => ({ client: this.client, path: this.client ? apiKeysPath : undefined }));
  @state() private name = '';
  @state() private nameError = '';
  @state() private error = '';
  @state() private busy = false;
  @state() private created: NewApiKey | null = null;

  private create = async (event: Event) => {
    event.preventDefault();
    if (this.busy) return;
    this.nameError = validate.required(this.name) ?? '';
    this.error = '';
    if (this.nameError) return void focusFirstInvalid(this);
    this.busy = true;
    try {
      const created = await createApiKey(this.client!, this.name.trim());
      this.created = created;
      this.name = '';
      this.list.items = [{ id: created.id, name: created.name, prefix: created.key.slice(0, 12), createdAt: new Date().toISOString(), lastUsedAt: null }, ...this.list.items];
      await this.showSecret();
    } catch (error) {
      if (!(error instanceof PortalApiError)) throw error;
      this.nameError = fieldErrors(error, ['name']).name ?? '';
      this.error = this.nameError ? '' : describeError(error);
      void focusFirstInvalid(this);
    } finally {
      this.busy = false;
    }
  };

  protected override onRemoved(key: ApiKey): void {
    if (this.created?.id === key.id) this.created = null;
  }

  override render() {
    return html`<section class="card" aria-labelledby="new-key-title">
        <h2 id="new-key-title">${msg('Nieuwe API-sleutel', { id: 'console.apiKeys.newTitle' })}</h2>
        <p class="hint">${msg('Met een API-sleutel zet uw backoffice klanten, werkbonnen en facturen in het portaal. Maak er één per koppeling, zodat u er één kunt intrekken zonder de andere te raken.', { id: 'console.apiKeys.intro' })}</p>
        ${this.created
          ? onceSecret({
              heading: msg(str`API-sleutel ${this.created.name}`, { id: 'console.apiKeys.createdTitle' }),
              warning: msg('Kopieer de sleutel nu en bewaar hem veilig: u ziet hem hierna nooit meer. Kwijt? Trek hem in en maak een nieuwe.', { id: 'console.apiKeys.onceWarning' }),
              value: this.created.key,
              done: msg('Ik heb de sleutel bewaard', { id: 'console.apiKeys.kept' }),
              onDone: () => (this.created = null),
            })
          : nothing}
        ${formNotice('error', this.error)}
        <form novalidate @submit=${this.create}>
          ${textField({
            id: 'keyName',
            label: msg('Naam', { id: 'console.account.name' }),
            hint: msg('Waarvoor de sleutel is, zoals de naam van uw planningssoftware.', { id: 'console.apiKeys.nameHint' }),
            value: this.name,
            maxlength: 100,
            autocomplete: 'off',
            error: this.nameError,
            onInput: (value) => (this.name = value),
          })}
          <div><button type="submit" class="btn primary" ?disabled=${this.busy}>${msg('Sleutel maken', { id: 'console.apiKeys.create' })}</button></div>
        </form>
      </section>
      <section class="card rows" aria-labelledby="keys-title">
        <h2 id="keys-title">${msg('API-sleutels die werken', { id: 'console.apiKeys.listTitle' })}</h2>
        ${this.list.render({
          label: msg('API-sleutels', { id: 'console.apiKeys.label' }),
          item: (key) => this.renderKey(key),
          empty: () => emptyBlock(msg('Nog geen API-sleutels. Maak er hierboven een voor uw backoffice.', { id: 'console.apiKeys.empty' })),
        })}
      </section>`;
  }

  private renderKey(key: ApiKey): TemplateResult {
    return html`<div class="cells">
      <div class="cell"><strong>${key.name}</strong><br /><code class="muted">${key.prefix}…</code></div>
      ${cell(msg('Gemaakt', { id: 'console.apiKeys.created' }), formatDateTime(key.createdAt, this.locale))}
      ${cell(msg('Laatst gebruikt', { id: 'console.apiKeys.lastUsed' }), key.lastUsedAt ? formatDateTime(key.lastUsedAt, this.locale) : msg('Nog nooit', { id: 'console.staff.never' }))}
      <div class="row-actions">
        <button type="button" class="btn secondary small" aria-label=${msg(str`${key.name} intrekken…`, { id: 'console.apiKeys.revokeNamed' })} @click=${() => this.ask(key.id)}>
          ${msg('Intrekken…', { id: 'console.apiKeys.revoke' })}
        </button>
      </div>
      ${this.removal(key, {
        text: msg(str`${key.name} intrekken? Een backoffice die deze sleutel gebruikt, wordt meteen geweigerd.`, { id: 'console.apiKeys.revokeConfirm' }),
        confirm: msg('Intrekken', { id: 'console.apiKeys.revokeSubmit' }),
        remove: () =>
          void this.removeRow(key, () => revokeApiKey(this.client!, key.id), msg(str`API-sleutel ${key.name} is ingetrokken en werkt niet meer.`, { id: 'console.apiKeys.revoked' }), '#keyName'),
      })}
    </div>`;
  }
}

defineElement('kp-developers-api-keys', DevelopersApiKeys);

declare global {
  interface HTMLElementTagNameMap {
    'kp-developers-api-keys': DevelopersApiKeys;
  }
}
