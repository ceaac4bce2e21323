// The developer area's audit trail: who did what and when, filtered by actor, action and period, a page at a time,
// and the filtered trail as a CSV file.
import { css, html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { Task } from '@lit/task';
import { selectField, textField } from '../../auth/fields.js';
import { defineElement } from '../../components/define.js';
import { PagedList } from '../../components/paged-list.js';
import { emptyBlock } from '../../components/states.js';
import { formatDateTime } from '../../i18n/format.js';
import { kp } from '../../styles/theme.js';
import { auditExportUrl, auditPath, noAuditFilter, staffListPath, type ActorKind, type AuditEvent, type AuditFilter, type Page, type StaffMember } from '../api/people.js';
import { ViewPart, cell } from './developers-parts.js';

function kindName(kind: ActorKind): string {
  switch (kind) {
    case 'staff':
      return msg('Medewerker', { id: 'console.account.roleStaff' });
    case 'api_key':
      return msg('API-sleutel', { id: 'console.audit.apiKey' });
    case 'contact':
      return msg('Klant', { id: 'console.audit.contact' });
    case 'system':
      return msg('Systeem', { id: 'console.audit.system' });
    case 'anonymous':
      return msg('Onbekend', { id: 'console.audit.anonymous' });
  }
}

const kinds: readonly ActorKind[] = ['staff', 'api_key', 'contact', 'system', 'anonymous'];

/**
 * @summary The audit trail with filters (actor, action, period), paged, and a download of the filtered trail as CSV.
 */
export class DevelopersAudit extends ViewPart {
  static override styles = [
    ...ViewPart.styles,
    css`
      :host {
        display: block;
      }
      /* No buttons on a row of the trail: its details get the room. */
      @container (min-width: 601px) {
        .cells {
          grid-template-columns: minmax(0, 1.2fr) minmax(0, 1fr) minmax(0, 1.2fr) minmax(0, 2fr);
        }
      }
      .filters {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(180px, 1fr));
        gap: ${kp('space-3')};
        align-items: end;
        margin-bottom: ${kp('space-4')};
      }
      .filters .field {
        margin: 0;
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: ${kp('space-2')};
      }
      h2 {
        margin: 0 0 ${kp('space-3')};
      }
      .details {
        font-size: 0.8125rem;
        overflow-wrap: anywhere;
      }
    `,
  ];

  /** What the form holds; `applied` is what the list shows, so typing does not reload it at every key. */
  @state() private draft: AuditFilter = noAuditFilter;
  @state() private applied: AuditFilter = noAuditFilter;
  @state() private periodError = '';
  private readonly list = new PagedList<AuditEvent>(this, () => ({ client: this.client, path: this.client ? auditPath(this.applied) : undefined }));

  /** The staff, to filter by one of them; the trail works without them. */
  private readonly staff = new Task(this, {
    args: () => [this.client] as const,
    task: async ([client], { signal }) => (client ? (await client.request<Page<StaffMember>>('GET', staffListPath, undefined, { signal })).items : []),
  });

  private apply = (event: Event) => {
    event.preventDefault();
    if (this.draft.from && this.draft.to && this.draft.from > this.draft.to) {
      this.periodError = msg('De einddatum ligt na de begindatum.', { id: 'console.audit.periodOrder' });
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#auditTo')?.focus());
      return;
    }
    this.periodError = '';
    this.applied = { ...this.draft };
  };

  private clear = () => {
    this.draft = noAuditFilter;
    this.applied = noAuditFilter;
    this.periodError = '';
  };

  private actorOptions() {
    const staff = (this.staff.value ?? []).map((member) => ({ value: `staff:${member.id}`, label: `${kindName('staff')}: ${member.name}` }));
    return [{ value: '', label: msg('Iedereen', { id: 'console.audit.everyone' }) }, ...kinds.map((kind) => ({ value: kind, label: kindName(kind) })), ...staff];
  }

  override render() {
    const filtered = Object.values(this.applied).some(Boolean);
    return html`<section class="card rows" aria-labelledby="audit-title">
      <h2 id="audit-title">${msg('Audittrail', { id: 'console.audit.title' })}</h2>
      <p class="hint">${msg('Wie wat deed en wanneer: inloggen, wijzigingen door medewerkers en API-sleutels, en wat klanten in het portaal doen.', { id: 'console.audit.intro' })}</p>
      <form class="filters" novalidate aria-label=${msg('Audittrail filteren', { id: 'console.audit.filters' })} @submit=${this.apply}>
        ${selectField({ id: 'auditActor', label: msg('Wie', { id: 'console.audit.actor' }), value: this.draft.actor, options: this.actorOptions(), onChange: (actor) => (this.draft = { ...this.draft, actor }) })}
        ${textField({
          id: 'auditAction',
          label: msg('Actie', { id: 'console.audit.action' }),
          hint: msg('Zoals staff.invited of request.status_changed', { id: 'console.audit.actionHint' }),
          value: this.draft.action,
          optional: true,
          maxlength: 100,
          autocomplete: 'off',
          onInput: (action) => (this.draft = { ...this.draft, action }),
        })}
        ${textField({ id: 'auditFrom', type: 'date', label: msg('Vanaf', { id: 'console.audit.from' }), value: this.draft.from, optional: true, onInput: (from) => (this.draft = { ...this.draft, from }) })}
        ${textField({ id: 'auditTo', type: 'date', label: msg('Tot en met', { id: 'console.audit.to' }), value: this.draft.to, optional: true, error: this.periodError, onInput: (to) => (this.draft = { ...this.draft, to }) })}
        <div class="buttons">
          <button type="submit" class="btn primary">${msg('Filteren', { id: 'console.audit.apply' })}</button>
          ${filtered ? html`<button type="button" class="btn secondary" @click=${this.clear}>${msg('Wissen', { id: 'console.audit.clear' })}</button>` : nothing}
        </div>
      </form>
      <p>
        <a class="btn secondary small" part="export" href=${this.client ? auditExportUrl(this.client, this.applied) : '#'} download>
          ${filtered ? msg('Gefilterde audittrail downloaden (CSV)', { id: 'console.audit.exportFiltered' }) : msg('Audittrail downloaden (CSV)', { id: 'console.audit.export' })}
        </a>
      </p>
      ${this.list.render({
        label: msg('Gebeurtenissen', { id: 'console.audit.events' }),
        item: (event) => this.renderEvent(event),
        empty: () =>
          filtered
            ? emptyBlock(msg('Niets gevonden met deze filters.', { id: 'console.audit.noMatches' }), { label: msg('Wissen', { id: 'console.audit.clear' }), onClick: this.clear })
            : emptyBlock(msg('Nog niets vastgelegd.', { id: 'console.audit.empty' })),
      })}
    </section>`;
  }

  private renderEvent(event: AuditEvent): TemplateResult {
    const actor = event.actor.name ? `${kindName(event.actor.type)}: ${event.actor.name}` : kindName(event.actor.type);
    return html`<div class="cells">
      <div class="cell"><strong>${event.action}</strong><br /><span class="muted">${formatDateTime(event.createdAt, this.locale)}</span></div>
      ${cell(msg('Wie', { id: 'console.audit.actor' }), actor)}
      ${cell(msg('Waarover', { id: 'console.audit.subject' }), event.subject ? `${event.subject.type} ${event.subject.id}` : '—')}
      ${cell(msg('Details', { id: 'console.audit.details' }), event.details ? html`<code class="details">${JSON.stringify(event.details).slice(0, 300)}</code>` : '—')}
    </div>`;
  }
}

defineElement('kp-developers-audit', DevelopersAudit);

declare global {
  interface HTMLElementTagNameMap {
    'kp-developers-audit': DevelopersAudit;
  }
}
