import { css, html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { PortalApiError } from '../../api/client.js';
import { defineElement } from '../../components/define.js';
import { errorMessage } from '../../components/states.js';
import { kp } from '../../styles/theme.js';
import { exampleCsv, importColumnNames, importCustomers, type CustomerImport, type ImportProblem, type ImportRow } from '../api/imports.js';
import { ConsoleView } from './console-view.js';

/** The server's limit, checked here first so a too large file is refused before it is sent. */
const maxFileBytes = 2 * 1024 * 1024;

type Step =
  | { kind: 'choose'; problem?: string }
  | { kind: 'checking'; file: File }
  | { kind: 'checked'; file: File; result: CustomerImport }
  | { kind: 'importing'; file: File; result: CustomerImport }
  | { kind: 'done'; result: CustomerImport; invited: boolean };

function columnLabel(column: string): string {
  const labels: Record<string, () => string> = {
    externalId: () => msg('klantnummer (externalId)', { id: 'console.import.column.externalId' }),
    name: () => msg('naam', { id: 'console.import.column.name' }),
    debtorNumber: () => msg('debiteurnummer', { id: 'console.import.column.debtorNumber' }),
    email: () => msg('e-mailadres', { id: 'console.import.column.email' }),
    phone: () => msg('telefoonnummer', { id: 'console.import.column.phone' }),
    street: () => msg('straat', { id: 'console.import.column.street' }),
    houseNumber: () => msg('huisnummer', { id: 'console.import.column.houseNumber' }),
    postalCode: () => msg('postcode', { id: 'console.import.column.postalCode' }),
    city: () => msg('plaats', { id: 'console.import.column.city' }),
    country: () => msg('land', { id: 'console.import.column.country' }),
    contactName: () => msg('naam contactpersoon', { id: 'console.import.column.contactName' }),
    contactEmail: () => msg('e-mailadres contactpersoon', { id: 'console.import.column.contactEmail' }),
  };
  return labels[column]?.() ?? column;
}

/** Why a row was refused, in the staff member's words; the server's sentence when the reason is new here. */
function problemText(problem: ImportProblem): string {
  const column = problem.column ? columnLabel(problem.column) : '';
  switch (problem.reason) {
    case 'required':
      return msg(str`${column} ontbreekt`, { id: 'console.import.problem.required' });
    case 'too_long':
      return msg(str`${column} is te lang`, { id: 'console.import.problem.tooLong' });
    case 'invalid_email':
      return msg(str`${column} is geen geldig e-mailadres`, { id: 'console.import.problem.email' });
    case 'invalid_phone':
      return msg(str`${column} is geen geldig telefoonnummer`, { id: 'console.import.problem.phone' });
    case 'invalid_postal_code':
      return msg('de postcode klopt niet (bijvoorbeeld 1234 AB)', { id: 'console.import.problem.postalCode' });
    case 'invalid_country':
      return msg('het land moet een landcode zijn, zoals NL of BE', { id: 'console.import.problem.country' });
    case 'invalid_external_id':
      return msg('het klantnummer mag alleen letters, cijfers en . _ : @ + - bevatten', { id: 'console.import.problem.externalId' });
    case 'incomplete_address':
      return msg(str`het adres is onvolledig: ${column} ontbreekt`, { id: 'console.import.problem.address' });
    case 'field_count':
      return msg('deze regel heeft een ander aantal kolommen dan de kop: er ontbreekt een scheidingsteken of aanhalingsteken', { id: 'console.import.problem.fieldCount' });
    case 'duplicate_in_file':
      return msg('dit klantnummer staat al op een eerdere regel', { id: 'console.import.problem.duplicate' });
    case 'email_in_use':
      return msg('dit e-mailadres is al in gebruik bij een andere klant', { id: 'console.import.problem.emailInUse' });
    case 'read_only_record':
      return msg('deze klant wordt bijgehouden door uw administratiepakket; wijzig hem daar', { id: 'console.import.problem.readOnly' });
    default:
      return problem.message;
  }
}

/**
 * @summary Customers from a spreadsheet: which columns a file needs (with an example to download), a file chosen or
 * dropped, a dry run that shows per row what would happen and why, then the import, with the contacts invited now or
 * later, and links to the customers it made.
 *
 * @csspart drop-zone - Where a file can be dropped; holds the file input.
 * @csspart example - The link that downloads the example file.
 * @csspart summary - The counts of the dry run or the import.
 * @csspart rows - The list of rows with what happened to each.
 * @csspart run - The button that runs the import.
 */
export class CustomerImportView extends ConsoleView {
  static override styles = [
    ...ConsoleView.styles,
    css`
      .card + .card {
        margin-top: ${kp('space-4')};
      }
      .columns {
        display: flex;
        flex-wrap: wrap;
        gap: ${kp('space-2')};
        list-style: none;
        padding: 0;
        margin: ${kp('space-2')} 0 ${kp('space-3')};
      }
      .columns code {
        display: inline-block;
        padding: 2px ${kp('space-2')};
        border-radius: ${kp('radius-sm')};
        background: ${kp('color-surface-alt')};
        overflow-wrap: anywhere;
      }
      .drop-zone {
        display: grid;
        gap: ${kp('space-2')};
        justify-items: start;
        padding: ${kp('space-5')} ${kp('space-4')};
        border: 2px dashed ${kp('color-border')};
        border-radius: ${kp('radius-lg')};
        background: ${kp('color-surface')};
      }
      .drop-zone.over {
        border-color: ${kp('color-primary')};
        background: ${kp('color-surface-alt')};
      }
      .drop-zone input {
        max-width: 100%;
      }
      .counts {
        display: flex;
        flex-wrap: wrap;
        gap: ${kp('space-2')} ${kp('space-4')};
        list-style: none;
        padding: 0;
        margin: 0 0 ${kp('space-3')};
      }
      .counts strong {
        font-size: ${kp('font-size-lg')};
      }
      .rows {
        list-style: none;
        margin: 0 0 ${kp('space-4')};
        padding: 0;
        border: 1px solid ${kp('color-border')};
        border-radius: ${kp('radius-lg')};
        background: ${kp('color-surface')};
      }
      .rows > li {
        display: grid;
        grid-template-columns: 4.5em minmax(0, 1fr);
        gap: 2px ${kp('space-3')};
        padding: ${kp('space-2')} ${kp('space-4')};
        align-items: baseline;
      }
      .rows .status {
        grid-column: 2;
      }
      @container (min-width: 560px) {
        .rows > li {
          grid-template-columns: 5.5em minmax(0, 1fr) auto;
        }
        .rows .status {
          grid-column: auto;
        }
      }
      .rows > li + li {
        border-top: 1px solid ${kp('color-border')};
      }
      .rows .line {
        color: ${kp('color-muted')};
        font-size: ${kp('font-size-sm')};
      }
      .rows .id {
        overflow-wrap: anywhere;
      }
      .rows .problems {
        grid-column: 2 / -1;
        margin: 0;
        padding-left: 1.2em;
        color: ${kp('color-danger')};
        font-size: ${kp('font-size-sm')};
      }
      .status {
        font-size: ${kp('font-size-sm')};
        font-weight: 600;
        white-space: nowrap;
      }
      .status.error {
        color: ${kp('color-danger')};
      }
      .invite {
        border: 0;
        padding: 0;
        margin: 0 0 ${kp('space-4')};
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: ${kp('space-2')};
      }
    `,
  ];

  @state() private step: Step = { kind: 'choose' };
  @state() private over = false;
  @state() private inviteNow = false;
  @state() private invitePortal = '';

  override hasUnsavedChanges(): boolean {
    return this.step.kind === 'checked' || this.step.kind === 'importing';
  }

  override canLeave(): boolean {
    return !this.hasUnsavedChanges() || confirm(msg('De gecontroleerde klanten zijn nog niet geïmporteerd. Toch weggaan?', { id: 'console.import.leave' }));
  }

  private exampleHref(): string {
    // The BOM makes Excel read the example as UTF-8, so "ë" and "é" survive.
    return `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${exampleCsv}`)}`;
  }

  private async check(file: File): Promise<void> {
    if (!this.client) return;
    if (file.size > maxFileBytes) {
      this.step = { kind: 'choose', problem: msg('Dit bestand is groter dan 2 MB. Splits het in kleinere bestanden.', { id: 'console.import.tooLarge' }) };
      return;
    }
    this.step = { kind: 'checking', file };
    try {
      const result = await importCustomers(this.client, file, { dryRun: true, invitePortal: null });
      this.step = { kind: 'checked', file, result };
      this.announce(this.countsSentence(result, true));
    } catch (error) {
      this.step = { kind: 'choose', problem: this.fileProblem(error) };
    }
  }

  private fileProblem(error: unknown): string {
    if (error instanceof PortalApiError && error.status === 415) {
      return msg('Dit is geen CSV-bestand. Kies in Excel “Opslaan als” en dan “CSV (gescheiden door lijstscheidingsteken)” of “CSV UTF-8”.', { id: 'console.import.notCsv' });
    }
    if (error instanceof PortalApiError && error.status === 413) {
      return msg('Dit bestand is te groot: ten hoogste 2 MB en 5000 regels. Splits het in kleinere bestanden.', { id: 'console.import.tooMany' });
    }
    if (error instanceof PortalApiError && error.status === 400) {
      const missing = error.details.filter((detail) => detail.reason === 'missing_column').map((detail) => columnLabel(detail.path ?? ''));
      if (missing.length > 0) return msg(str`De eerste regel moet de kolommen noemen; de kolom ${missing.join(', ')} ontbreekt.`, { id: 'console.import.missingColumn' });
      return msg('Dit bestand kon niet worden gelezen als CSV. Controleer of elk aanhalingsteken gesloten is.', { id: 'console.import.unreadable' });
    }
    return errorMessage(error);
  }

  private async run(): Promise<void> {
    const step = this.step;
    if (!this.client || step.kind !== 'checked') return;
    const portal = this.inviteNow ? this.invitePortal || this.portals[0]?.slug || null : null;
    this.step = { kind: 'importing', file: step.file, result: step.result };
    try {
      const result = await importCustomers(this.client, step.file, { dryRun: false, invitePortal: portal });
      this.step = { kind: 'done', result, invited: portal !== null };
      this.announce(this.countsSentence(result, false));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#import-done')?.focus();
    } catch (error) {
      this.step = { kind: 'checked', file: step.file, result: step.result };
      this.runError = error instanceof PortalApiError && error.status === 409
        ? msg('Dit portaal heeft nog geen adres van de pagina met het portaal, dus de uitnodiging zou nergens heen wijzen. Stel het adres in bij Instellingen, of nodig later uit.', { id: 'console.import.noHomeUrl' })
        : errorMessage(error);
    }
  }

  @state() private runError = '';

  private reset(): void {
    this.step = { kind: 'choose' };
    this.runError = '';
    this.inviteNow = false;
  }

  private countsSentence(result: CustomerImport, dryRun: boolean): string {
    const { created, updated, unchanged, errors } = result.summary;
    return dryRun
      ? msg(str`Controle klaar: ${created} nieuw, ${updated} gewijzigd, ${unchanged} ongewijzigd, ${errors} geweigerd.`, { id: 'console.import.checkedSentence' })
      : msg(str`Import klaar: ${created} nieuw, ${updated} gewijzigd, ${unchanged} ongewijzigd, ${errors} geweigerd.`, { id: 'console.import.doneSentence' });
  }

  private picked(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) void this.check(file);
  }

  private dropped(event: DragEvent): void {
    event.preventDefault();
    this.over = false;
    const file = event.dataTransfer?.files[0];
    if (file) void this.check(file);
  }

  override render() {
    return html`${this.header(msg('Klanten importeren', { id: 'console.title.import' }), {
      back: { path: 'customers', label: msg('Klanten', { id: 'console.import.back' }) },
    })}
    ${this.renderStep()}`;
  }

  private renderStep(): TemplateResult {
    const step = this.step;
    switch (step.kind) {
      case 'choose':
        return this.renderChoose(step.problem);
      case 'checking':
        return html`<div class="notice info" role="status" aria-busy="true">${msg(str`${step.file.name} wordt gecontroleerd…`, { id: 'console.import.checking' })}</div>`;
      case 'checked':
      case 'importing':
        return this.renderChecked(step.file, step.result, step.kind === 'importing');
      case 'done':
        return this.renderDone(step.result, step.invited);
    }
  }

  private renderChoose(problem: string | undefined): TemplateResult {
    return html`<section class="card" aria-labelledby="import-columns">
        <h2 id="import-columns">${msg('Wat het bestand nodig heeft', { id: 'console.import.columnsTitle' })}</h2>
        <p>
          ${msg('Een CSV-bestand uit Excel of uw pakket, met op de eerste regel de namen van de kolommen, in willekeurige volgorde. Alleen naam en klantnummer (externalId) zijn verplicht; zonder klantnummer zoeken we de klant op zijn debiteurnummer. Nederlandse kolomnamen als Naam, Debiteurnummer, Postcode en Plaats werken ook.', { id: 'console.import.columnsHelp' })}
        </p>
        <ul class="columns">
          ${importColumnNames.map((column) => html`<li><code>${column}</code> <span class="visually-hidden">(${columnLabel(column)})</span></li>`)}
        </ul>
        <p>
          ${msg('Met een e-mailadres van een contactpersoon maakt de import ook een account voor het portaal aan; u kiest straks of die nu of later een uitnodiging krijgt. Eenzelfde bestand nog eens importeren verandert niets.', { id: 'console.import.contactsHelp' })}
        </p>
        <a class="btn secondary" part="example" href=${this.exampleHref()} download="klanten-voorbeeld.csv">${msg('Voorbeeldbestand downloaden', { id: 'console.import.example' })}</a>
      </section>
      <section class="card" aria-labelledby="import-file">
        <h2 id="import-file">${msg('Bestand kiezen', { id: 'console.import.fileTitle' })}</h2>
        ${problem ? html`<div class="notice error" role="alert" part="problem"><p>${problem}</p></div>` : nothing}
        <div
          class="drop-zone ${this.over ? 'over' : ''}"
          part="drop-zone"
          @dragover=${(event: DragEvent) => {
            event.preventDefault();
            this.over = true;
          }}
          @dragleave=${() => (this.over = false)}
          @drop=${this.dropped}
        >
          <label for="import-input">${msg('Kies een CSV-bestand of sleep het hierheen (ten hoogste 2 MB).', { id: 'console.import.fileLabel' })}</label>
          <input id="import-input" type="file" accept=".csv,text/csv" @change=${this.picked} />
        </div>
        <p class="meta">${msg('Eerst controleren we elke regel; er wordt nog niets opgeslagen.', { id: 'console.import.dryRunNote' })}</p>
      </section>`;
  }

  private statusText(row: ImportRow, done: boolean): string {
    switch (row.status) {
      case 'created':
        return done ? msg('Aangemaakt', { id: 'console.import.status.created' }) : msg('Wordt aangemaakt', { id: 'console.import.status.willCreate' });
      case 'updated':
        return done ? msg('Bijgewerkt', { id: 'console.import.status.updated' }) : msg('Wordt bijgewerkt', { id: 'console.import.status.willUpdate' });
      case 'unchanged':
        return msg('Ongewijzigd', { id: 'console.import.status.unchanged' });
      case 'error':
        return msg('Geweigerd', { id: 'console.import.status.error' });
    }
  }

  private renderCounts(result: CustomerImport): TemplateResult {
    const { created, updated, unchanged, errors } = result.summary;
    return html`<ul class="counts" part="summary">
        <li><strong>${created}</strong> ${msg('nieuw', { id: 'console.import.count.created' })}</li>
        <li><strong>${updated}</strong> ${msg('gewijzigd', { id: 'console.import.count.updated' })}</li>
        <li><strong>${unchanged}</strong> ${msg('ongewijzigd', { id: 'console.import.count.unchanged' })}</li>
        <li><strong>${errors}</strong> ${msg('geweigerd', { id: 'console.import.count.errors' })}</li>
      </ul>
      ${result.summary.unknownColumns.length > 0
        ? html`<p class="notice warning">
            ${msg(str`Deze kolommen kennen we niet en laten we ongemoeid: ${result.summary.unknownColumns.join(', ')}.`, { id: 'console.import.unknownColumns' })}
          </p>`
        : nothing}`;
  }

  private renderRows(result: CustomerImport, done: boolean): TemplateResult {
    if (result.rows.length === 0) return html`<p class="empty">${msg('Het bestand heeft geen regels met klanten.', { id: 'console.import.noRows' })}</p>`;
    return html`<ul class="rows" part="rows" aria-label=${msg('Regels van het bestand', { id: 'console.import.rowsLabel' })}>
      ${repeat(
        result.rows,
        (row) => row.line,
        (row) => html`<li>
          <span class="line">${msg(str`regel ${row.line}`, { id: 'console.import.line' })}</span>
          <span class="id">${done && row.externalId && row.status !== 'error' ? this.viewLink(`customers/${encodeURIComponent(row.externalId)}`, row.externalId) : (row.externalId ?? '—')}</span>
          <span class="status ${row.status}">${this.statusText(row, done)}${row.invited ? html`, ${msg('uitgenodigd', { id: 'console.import.invited' })}` : nothing}</span>
          ${row.errors?.length ? html`<ul class="problems">${row.errors.map((problem) => html`<li>${problemText(problem)}</li>`)}</ul>` : nothing}
        </li>`,
      )}
    </ul>`;
  }

  private renderChecked(file: File, result: CustomerImport, busy: boolean): TemplateResult {
    const importable = result.rows.some((row) => row.status !== 'error');
    return html`<section class="card" aria-labelledby="import-check">
      <h2 id="import-check">${msg(str`Controle van ${file.name}`, { id: 'console.import.checkTitle' })}</h2>
      <p>${msg('Zo zou de import uitpakken. Er is nog niets opgeslagen; geweigerde regels slaan we over.', { id: 'console.import.checkHelp' })}</p>
      ${this.renderCounts(result)} ${this.renderRows(result, false)}
      ${importable
        ? html`<fieldset class="invite">
            <legend>${msg('Contactpersonen uitnodigen voor het portaal', { id: 'console.import.inviteLegend' })}</legend>
            <div class="field">
              <label class="check"
                ><input type="radio" name="invite" .checked=${!this.inviteNow} @change=${() => (this.inviteNow = false)} />
                ${msg('Later (bij de klant, of door dit bestand nog eens te importeren met uitnodigen aan)', { id: 'console.import.inviteLater' })}</label
              >
              <label class="check"
                ><input type="radio" name="invite" .checked=${this.inviteNow} @change=${() => (this.inviteNow = true)} />
                ${msg('Nu: wie nog geen uitnodiging heeft, krijgt een e-mail', { id: 'console.import.inviteNow' })}</label
              >
            </div>
            ${this.inviteNow && this.portals.length > 1
              ? html`<div class="field">
                  <label for="invite-portal">${msg('Portaal', { id: 'console.import.invitePortal' })}</label>
                  <select id="invite-portal" @change=${(event: Event) => (this.invitePortal = (event.target as HTMLSelectElement).value)}>
                    ${this.portals.map((portal) => html`<option value=${portal.slug} ?selected=${portal.slug === this.invitePortal}>${portal.settings.name}</option>`)}
                  </select>
                </div>`
              : nothing}
          </fieldset>`
        : nothing}
      ${this.runError ? html`<div class="notice error" role="alert"><p>${this.runError}</p></div>` : nothing}
      <div class="actions">
        ${importable
          ? html`<button type="button" class="btn primary" part="run" ?disabled=${busy} @click=${this.run}>
              ${busy ? msg('Bezig met importeren…', { id: 'console.import.running' }) : msg('Importeren', { id: 'console.import.run' })}
            </button>`
          : nothing}
        <button type="button" class="btn secondary" ?disabled=${busy} @click=${this.reset}>${msg('Ander bestand kiezen', { id: 'console.import.otherFile' })}</button>
      </div>
    </section>`;
  }

  private renderDone(result: CustomerImport, invited: boolean): TemplateResult {
    return html`<section class="card" aria-labelledby="import-done">
      <h2 id="import-done" tabindex="-1">${msg('De import is klaar', { id: 'console.import.doneTitle' })}</h2>
      ${this.renderCounts(result)}
      <p>
        ${invited
          ? result.summary.invited === 1
            ? msg('1 contactpersoon heeft een uitnodiging gekregen.', { id: 'console.import.invitedOne' })
            : msg(str`${result.summary.invited} contactpersonen hebben een uitnodiging gekregen.`, { id: 'console.import.invitedCount' })
          : msg('Niemand is uitgenodigd. Dat kan later bij de klant, of door dit bestand nog eens te importeren met uitnodigen aan.', { id: 'console.import.noneInvited' })}
      </p>
      ${this.renderRows(result, true)}
      <div class="actions">
        ${this.viewLink('customers', msg('Naar de klanten', { id: 'console.import.toCustomers' }), 'btn primary', 'to-customers')}
        <button type="button" class="btn secondary" @click=${this.reset}>${msg('Nog een bestand importeren', { id: 'console.import.again' })}</button>
      </div>
    </section>`;
  }
}

defineElement('kp-customer-import-view', CustomerImportView);

declare global {
  interface HTMLElementTagNameMap {
    'kp-customer-import-view': CustomerImportView;
  }
}
