import { css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { Task, initialState } from '@lit/task';
import { PortalApiError } from '../../api/client.js';
import { fieldErrors } from '../../api/errors.js';
import { focusFirstInvalid, formNotice, selectField, textField } from '../../auth/fields.js';
import { defineElement } from '../../components/define.js';
import { errorBlock, errorMessage, pendingBlock } from '../../components/states.js';
import { formatDateTime, formatMoney } from '../../i18n/format.js';
import { kp } from '../../styles/theme.js';
import { consoleExternalId } from '../api/admin.js';
import { getCustomer, listRecords, type CustomerDetail } from '../api/customers.js';
import { deleteRecord, externalIdPrefixes, fileSegments, getRecord, putRecord, uploadRecordFile, type AnyRecord, type CustomerRecords, type RecordKind } from '../api/records.js';
import type { LiveSignal } from '../live/live-updates.js';
import { ConsoleView } from './console-view.js';
import { emptyLine, kindName, linesTotal, readLines, recordForms, type Choice, type Errors, type FieldSpec, type FormContext, type LineValues, type Values } from './record-forms.js';
import { parseMoney } from './record-money.js';
import { quoteAcceptance, quoteAcceptanceStyles } from './quote-acceptance.js';

interface Loaded {
  record: AnyRecord | null;
  customer: CustomerDetail;
  context: FormContext;
}

/** The live event that tells of a change to a record of each kind, where there is one. */
const changeEvents: Partial<Record<RecordKind, string>> = { 'work-orders': 'work_order.updated', quotes: 'quote.updated', invoices: 'invoice.updated' };

const groupLegends = {
  planned: () => msg('Gepland', { id: 'console.record.planned' }),
  amounts: () => msg('Bedragen in euro', { id: 'console.record.amounts' }),
  dates: () => msg('Datums', { id: 'console.record.dates' }),
  service: () => msg('Datums', { id: 'console.record.dates' }),
};

/**
 * @summary One record of a customer (work order, quote, invoice, document, installation or order): created and changed
 * here when the console keeps it, read-only with the reason when the back office does.
 *
 * @csspart heading - The record's title.
 * @csspart source - Who keeps the record.
 * @csspart save - The save button.
 * @csspart delete - The button that asks to remove the record.
 */
export class RecordView extends ConsoleView {
  static override styles = [
    ...ConsoleView.styles,
    quoteAcceptanceStyles,
    css`
      form {
        display: grid;
        gap: ${kp('space-4')};
        max-width: 760px;
      }
      fieldset.group {
        display: grid;
        grid-template-columns: 1fr;
        gap: 0 ${kp('space-3')};
      }
      .lines {
        display: grid;
        gap: ${kp('space-3')};
      }
      .line {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: 0 ${kp('space-3')};
        padding: ${kp('space-3')};
        border: 1px solid ${kp('color-border')};
        border-radius: ${kp('radius')};
      }
      .line > :first-child {
        grid-column: 1 / -1;
      }
      .line .remove {
        align-self: end;
        margin-bottom: ${kp('space-3')};
      }
      .total {
        font-weight: 650;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: ${kp('space-2')};
      }
      .sub {
        display: flex;
        flex-wrap: wrap;
        gap: ${kp('space-2')};
        align-items: center;
        color: ${kp('color-muted')};
        font-size: ${kp('font-size-sm')};
      }
      .confirm {
        display: grid;
        gap: ${kp('space-2')};
        padding: ${kp('space-3')};
        border: 2px solid ${kp('color-danger')};
        border-radius: ${kp('radius')};
      }
      @container (min-width: 560px) {
        fieldset.group {
          grid-template-columns: 1fr 1fr;
        }
        .line {
          grid-template-columns: 3fr 1fr 2fr 1fr auto;
        }
        .line > :first-child {
          grid-column: auto;
        }
      }
    `,
  ];

  /** From the address: `#/customers/<customerId>/<recordKind>/<recordId>`; `new` for a record still to make. */
  @property({ attribute: 'customer-id' }) customerId = '';
  @property({ attribute: 'record-kind' }) recordKind: RecordKind = 'work-orders';
  @property({ attribute: 'record-id' }) recordId = '';

  @state() private values: Values = {};
  @state() private lines: LineValues[] = [];
  @state() private errors: Errors = {};
  @state() private formError = '';
  @state() private savedNotice = '';
  @state() private busy = false;
  @state() private confirmingDelete = false;
  @state() private file: File | null = null;
  private loaded: Loaded | null = null;
  /** What the form held when it was loaded or last saved: anything else is an unsaved change. */
  private pristine = '';
  /** The externalId a new record got on its first try, so a retry after a failed upload does not make a second one. */
  private madeId: string | null = null;

  private readonly load = new Task(this, {
    args: () => [this.client, this.customerId, this.recordKind, this.recordId] as const,
    task: async ([client, customerId, kind, recordId], { signal }) => {
      if (!client || !customerId || !recordId) return initialState;
      // The same record after its own save (a new one's address just changed): the form stays as it is.
      if (this.loaded && this.loaded.record?.externalId === recordId && this.loaded.context.customerId === customerId) return this.loaded;
      const choices = async (records: Promise<{ items: { externalId: string; name?: string; number?: string }[] }>): Promise<Choice[]> =>
        (await records).items.map((item) => ({ value: item.externalId, label: item.name ?? item.number ?? item.externalId }));
      const [record, customer, objects, workOrders] = await Promise.all([
        recordId === 'new' ? null : getRecord(client, kind, recordId, signal),
        getCustomer(client, customerId, signal),
        choices(listRecords(client, 'objects', customerId, signal)),
        choices(listRecords(client, 'work-orders', customerId, signal)),
      ]);
      const context: FormContext = {
        locale: this.locale,
        customerId,
        externalId: recordId,
        locations: customer.locations.map((location) => ({
          value: location.externalId,
          label: `${location.street} ${location.houseNumber}, ${location.postalCode} ${location.city}`,
        })),
        objects,
        workOrders,
        workTypes: this.workTypes(),
      };
      this.madeId = null;
      this.accept({ record, customer, context });
      return this.loaded!;
    },
  });

  private workTypes(): Choice[] {
    const seen = new Map<string, string>();
    for (const portal of this.portals) for (const type of portal.settings.requestForm.workTypes) if (!seen.has(type.id)) seen.set(type.id, type.label[this.locale]);
    return [...seen].map(([value, label]) => ({ value, label }));
  }

  private accept(loaded: Loaded) {
    this.loaded = loaded;
    const filled = this.form.fromRecord(loaded.record as never, loaded.context);
    this.values = filled.values;
    this.lines = filled.lines;
    this.errors = {};
    this.formError = '';
    this.file = null;
    this.confirmingDelete = false;
    this.pristine = this.snapshot();
  }

  /** A record changed elsewhere (the back office, a colleague, the customer's answer) is shown as it is now, unless the form holds unsaved changes. */
  protected override onLiveSignal(signal: LiveSignal): void {
    if (signal.kind === 'event' && signal.type !== changeEvents[this.recordKind]) return;
    if (signal.kind === 'event' || signal.kind === 'resumed') void this.refresh();
  }

  private async refresh(): Promise<void> {
    const loaded = this.loaded;
    if (!loaded?.record || !this.client || this.busy || this.hasUnsavedChanges()) return;
    const record = await getRecord(this.client, this.recordKind, loaded.record.externalId).catch(() => null);
    if (!record || this.loaded !== loaded || this.busy || this.hasUnsavedChanges() || record.updatedAt === loaded.record.updatedAt) return;
    this.accept({ ...loaded, record });
  }

  private get form() {
    return recordForms[this.recordKind];
  }

  private snapshot(): string {
    return JSON.stringify([this.values, this.lines, this.file?.name ?? null]);
  }

  override hasUnsavedChanges(): boolean {
    return this.loaded !== null && !this.readOnly && this.snapshot() !== this.pristine;
  }

  override canLeave(): boolean {
    return !this.hasUnsavedChanges() || window.confirm(msg('U heeft wijzigingen die nog niet zijn opgeslagen. Toch weggaan?', { id: 'console.record.leaveUnsaved' }));
  }

  private get readOnly(): boolean {
    return this.loaded?.record?.source === 'api';
  }

  private set(name: string, value: string) {
    this.values = { ...this.values, [name]: value };
    this.savedNotice = '';
  }

  private setLine(index: number, name: keyof LineValues, value: string) {
    this.lines = this.lines.map((line, at) => (at === index ? { ...line, [name]: value } : line));
    this.savedNotice = '';
  }

  private removeLine(index: number) {
    this.lines = this.lines.filter((_line, at) => at !== index);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="add-line"]')?.focus());
  }

  private addLine() {
    this.lines = [...this.lines, emptyLine()];
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#line-${this.lines.length - 1}-description`)?.focus());
  }

  /** The server's complaints beside their fields: its paths, or the field a path stands for here. */
  private serverErrors(error: PortalApiError): Errors {
    const names = [...this.form.fields.map((field) => field.name), ...this.lines.flatMap((_line, index) => ['description', 'quantity', 'unitPriceCents', 'vatRate'].map((name) => `lines.${index}.${name}`))];
    const paths = this.form.paths ?? {};
    const mapped = new PortalApiError(error.status, error.code, error.message, error.details.map((detail) => ({ ...detail, path: paths[detail.path ?? ''] ?? detail.path })));
    return fieldErrors(mapped, [...names, 'body']);
  }

  private readonly save = async (event: Event) => {
    event.preventDefault();
    if (this.busy || !this.loaded || !this.client) return;
    const { context } = this.loaded;
    const result = this.form.toBody(this.values, this.lines, context);
    this.savedNotice = '';
    if ('errors' in result) {
      this.errors = result.errors;
      this.formError = msg('Niet opgeslagen: controleer de gemarkeerde velden.', { id: 'console.record.checkFields' });
      void focusFirstInvalid(this);
      return;
    }
    this.busy = true;
    this.errors = {};
    this.formError = '';
    const isNew = this.loaded.record === null;
    const externalId = isNew ? (this.madeId ??= consoleExternalId(externalIdPrefixes[this.recordKind])) : this.loaded.record!.externalId;
    try {
      let record = await putRecord(this.client, this.recordKind, externalId, result.body as never);
      if (this.file) record = await this.upload(externalId, this.file);
      this.accept({ ...this.loaded, record, context: { ...context, externalId } });
      this.savedNotice = isNew
        ? msg(str`${kindName(this.recordKind)} is aangemaakt en opgeslagen.`, { id: 'console.record.created' })
        : msg('Opgeslagen.', { id: 'console.record.saved' });
      this.announce(this.savedNotice);
      if (isNew) this.showAddress(externalId);
    } catch (error) {
      if (!(error instanceof PortalApiError)) throw error;
      if (error.details.some((detail) => detail.reason === 'read_only_record')) {
        // The back office took the record over meanwhile: it is read-only here from now on, and shown as it stands.
        this.formError = msg('Niet opgeslagen: uw backoffice houdt dit record inmiddels zelf bij.', { id: 'console.record.takenOver' });
        const record = await getRecord(this.client, this.recordKind, externalId).catch(() => null);
        if (record && this.loaded) {
          const notice = this.formError;
          this.accept({ ...this.loaded, record });
          this.formError = notice;
        }
        return;
      }
      this.errors = this.serverErrors(error);
      if (this.errors.body) this.errors = { ...this.errors, file: this.errors.body };
      this.formError = `${msg('Niet opgeslagen.', { id: 'console.record.notSaved' })} ${errorMessage(error)}`;
      void focusFirstInvalid(this);
    } finally {
      this.busy = false;
    }
  };

  private async upload(externalId: string, file: File): Promise<AnyRecord> {
    try {
      return await uploadRecordFile(this.client!, this.recordKind, externalId, file);
    } catch (error) {
      // The record itself is stored: from here on the form edits it, and only the file is still to send.
      if (this.loaded && this.loaded.record === null) this.loaded = { ...this.loaded, record: await getRecord(this.client!, this.recordKind, externalId) };
      if (error instanceof PortalApiError) this.errors = { file: errorMessage(error) };
      throw error;
    }
  }

  /** A new record's address becomes its own, in place of `new`, without a history entry for the form it was. */
  private showAddress(externalId: string) {
    const path = `customers/${this.customerId}/${this.recordKind}/${externalId}`;
    history.replaceState(history.state, '', `${location.pathname}${location.search}#/${encodeURI(path)}`);
    this.navigate(path);
  }

  private readonly removeRecord = async () => {
    if (this.busy || !this.loaded?.record || !this.client) return;
    this.busy = true;
    try {
      await deleteRecord(this.client, this.recordKind, this.loaded.record.externalId);
      this.announce(msg(str`${kindName(this.recordKind)} is verwijderd.`, { id: 'console.record.deleted' }));
      this.pristine = this.snapshot();
      this.loaded = null;
      this.navigate(`customers/${this.customerId}`);
    } catch (error) {
      this.formError = `${msg('Niet verwijderd.', { id: 'console.record.notDeleted' })} ${errorMessage(error)}`;
      this.confirmingDelete = false;
    } finally {
      this.busy = false;
    }
  };

  override render() {
    return this.load.render({
      initial: () => pendingBlock(4, 'detail'),
      pending: () => pendingBlock(4, 'detail'),
      error: (error) => this.renderError(error),
      // What the form shows moves on with each save; the task's value is what it first loaded.
      complete: () => (this.loaded ? this.renderRecord(this.loaded) : nothing),
    });
  }

  private back(customer?: CustomerDetail) {
    return { path: `customers/${this.customerId}`, label: customer?.name ?? msg('Klant', { id: 'console.title.customer' }) };
  }

  private renderError(error: unknown): TemplateResult {
    if (error instanceof PortalApiError && error.status === 404) {
      return html`${this.header(msg('Niet gevonden', { id: 'console.record.notFound' }), { back: this.back() })}
        <p>${msg('Deze klant of dit record bestaat niet (meer), of hoort bij een ander bedrijf.', { id: 'console.record.notFoundText' })}</p>`;
    }
    return html`${this.header(kindName(this.recordKind), { back: this.back() })}
    ${errorBlock(error, () => void this.load.run(), msg('Dit record kon niet worden geladen.', { id: 'console.record.loadFailed' }))}`;
  }

  private renderRecord({ record, customer }: Loaded): TemplateResult {
    const title = record
      ? `${kindName(this.recordKind)} ${this.form.title(record as never)}`
      : msg(str`Nieuw: ${kindName(this.recordKind).toLowerCase()}`, { id: 'console.record.newTitle' });
    const source =
      !record || record.source === 'console'
        ? msg('Bijgehouden in de console', { id: 'console.record.sourceConsole' })
        : msg('Uit uw backoffice', { id: 'console.record.sourceApi' });
    return html`${this.header(title, {
        back: this.back(customer),
        sub: html`<span class="sub"
          ><span class="tag" part="source">${source}</span>${record
            ? html`<span>${msg(str`Gewijzigd ${formatDateTime(record.updatedAt, this.locale)}`, { id: 'console.record.updatedAt' })}</span>`
            : nothing}</span
        >`,
      })}
      ${this.readOnly
        ? formNotice(
            'info',
            msg('Dit record komt uit uw backoffice en is hier alleen te lezen: wijzig het daar, anders overschrijft de volgende synchronisatie uw wijziging.', {
              id: 'console.record.readOnly',
            }),
          )
        : nothing}
      ${record && this.recordKind === 'quotes' ? quoteAcceptance(record as CustomerRecords['quotes'], this.client, this.locale) : nothing}
      <form novalidate aria-label=${title} @submit=${this.save}>
        ${formNotice('error', this.formError)} ${formNotice('success', this.savedNotice)}
        <fieldset class="plain" ?disabled=${this.readOnly}>
          <legend class="visually-hidden">${title}</legend>
          ${this.renderFields()} ${this.form.lines ? this.renderLines(this.form.lines.vat) : nothing} ${this.renderFile(record)}
        </fieldset>
        ${this.readOnly ? nothing : this.renderActions(record)}
      </form>`;
  }

  private renderFields(): TemplateResult[] {
    const out: TemplateResult[] = [];
    const fields = this.form.fields;
    for (let index = 0; index < fields.length; index += 1) {
      const field = fields[index]!;
      if (!field.group) {
        out.push(this.renderField(field));
        continue;
      }
      const group = fields.filter((candidate) => candidate.group === field.group);
      if (group[0] !== field) continue;
      out.push(html`<fieldset class="group">
        <legend>${groupLegends[field.group]()}</legend>
        ${group.map((member) => this.renderField(member))}
      </fieldset>`);
    }
    return out;
  }

  private renderField(field: FieldSpec): TemplateResult {
    const common = { id: field.name, label: field.label(), value: this.values[field.name] ?? '', error: this.errors[field.name], optional: field.optional ?? false };
    const hint = field.hint?.();
    if (field.type === 'select') {
      return selectField({ ...common, ...(hint ? { hint } : {}), options: field.choices!(this.loaded!.context), onChange: (value) => this.set(field.name, value) });
    }
    return textField({
      ...common,
      ...(hint ? { hint } : {}),
      ...(field.maxlength ? { maxlength: field.maxlength } : {}),
      type: field.type === 'date' || field.type === 'time' ? field.type : 'text',
      multiline: field.type === 'multiline',
      ...(field.type === 'money' ? { inputmode: 'text' as const, autocomplete: 'off' } : {}),
      onInput: (value) => this.set(field.name, value),
    });
  }

  private renderLines(vat: boolean): TemplateResult {
    const errors: Errors = {};
    const read = readLines(this.lines, vat, this.locale, errors);
    const total = linesTotal(read);
    const money = (text: string) => parseMoney(text, this.locale) !== undefined;
    return html`<fieldset class="lines">
      <legend>${msg('Regels', { id: 'console.record.lines' })}</legend>
      ${this.lines.map((line, index) => {
        const field = (name: keyof LineValues, server: string, label: string, extra: { maxlength?: number; hint?: string } = {}) =>
          textField({
            id: `line-${index}-${name}`,
            label,
            value: line[name],
            error: this.errors[`lines.${index}.${server}`],
            ...extra,
            onInput: (value) => this.setLine(index, name, value),
          });
        return html`<div class="line" role="group" aria-label=${msg(str`Regel ${index + 1}`, { id: 'console.record.line' })}>
          ${field('description', 'description', msg('Omschrijving', { id: 'console.record.lineDescription' }), { maxlength: 500 })}
          ${field('quantity', 'quantity', msg('Aantal', { id: 'console.record.quantity' }))}
          ${field('unitPrice', 'unitPriceCents', vat ? msg('Prijs per stuk excl. btw', { id: 'console.record.unitPriceExcl' }) : msg('Prijs per stuk', { id: 'console.record.unitPrice' }))}
          ${vat ? field('vatRate', 'vatRate', msg('Btw %', { id: 'console.record.vatRate' })) : nothing}
          <button type="button" class="btn secondary small remove" @click=${() => this.removeLine(index)}>
            ${msg('Verwijderen', { id: 'console.record.removeLine' })}<span class="visually-hidden"> ${msg(str`regel ${index + 1}`, { id: 'console.record.lineName' })}</span>
          </button>
        </div>`;
      })}
      <div class="actions">
        <button type="button" class="btn secondary" part="add-line" @click=${() => this.addLine()}>${msg('Regel toevoegen', { id: 'console.record.addLine' })}</button>
        <output class="total" aria-live="polite"
          >${vat ? msg('Totaal incl. btw:', { id: 'console.record.totalIncl' }) : msg('Totaal:', { id: 'console.record.total' })}
          ${this.lines.every((line) => money(line.unitPrice)) ? formatMoney(total, 'EUR', this.locale) : '—'}</output
        >
      </div>
    </fieldset>`;
  }

  private renderFile(record: AnyRecord | null): TemplateResult | typeof nothing {
    const segment = fileSegments[this.recordKind];
    if (!segment) return nothing;
    const stored = record && 'pdf' in record ? record.pdf : record && 'file' in record ? record.file : null;
    const label = segment === 'pdf' ? msg('PDF', { id: 'console.record.pdf' }) : msg('Bestand', { id: 'console.record.file' });
    const current = stored
      ? msg(str`Nu: ${'filename' in stored ? stored.filename : 'PDF'}, ${Math.max(1, Math.round(stored.size / 1024))} KB, van ${formatDateTime(stored.uploadedAt, this.locale)}.`, {
          id: 'console.record.currentFile',
        })
      : msg('Nog geen bestand.', { id: 'console.record.noFile' });
    const error = this.errors.file;
    return html`<div class="field">
      <label for="file">${label}<span class="optional"> ${msg('(optioneel)', { id: 'shell.field.optional' })}</span></label>
      <p class="hint" id="file-hint">
        ${current}
        ${segment === 'pdf'
          ? msg('Kies een PDF van hoogstens 20 MB; hij wordt opgeslagen met het record.', { id: 'console.record.pdfHint' })
          : msg('Een PDF, foto of Office-document van hoogstens 20 MB; het wordt opgeslagen met het record.', { id: 'console.record.fileHint' })}
      </p>
      <input
        id="file"
        type="file"
        part="file"
        accept=${segment === 'pdf' ? 'application/pdf,.pdf' : '.pdf,.jpg,.jpeg,.png,.webp,.heic,.docx,.xlsx,.doc,.xls'}
        aria-describedby=${error ? 'file-hint file-error' : 'file-hint'}
        aria-invalid=${error ? 'true' : 'false'}
        @change=${(event: Event) => {
          this.file = (event.target as HTMLInputElement).files?.[0] ?? null;
          this.savedNotice = '';
        }}
      />
      ${error ? html`<p class="error" id="file-error">${error}</p>` : nothing}
    </div>`;
  }

  private renderActions(record: AnyRecord | null): TemplateResult {
    const kind = kindName(this.recordKind);
    return html`<div class="actions">
        <button type="submit" class="btn primary" part="save" ?disabled=${this.busy}>
          ${this.busy ? msg('Bezig met opslaan…', { id: 'console.record.saving' }) : msg('Opslaan', { id: 'console.record.save' })}
        </button>
        ${record && !this.confirmingDelete
          ? html`<button
              type="button"
              class="btn secondary"
              part="delete"
              @click=${() => {
                this.confirmingDelete = true;
                void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="confirm-delete"]')?.focus());
              }}
            >
              ${msg('Verwijderen…', { id: 'console.record.delete' })}
            </button>`
          : nothing}
      </div>
      ${record && this.confirmingDelete
        ? html`<div class="confirm" role="group" aria-labelledby="confirm-text">
            <p id="confirm-text">
              ${msg(str`${kind} ${this.form.title(record as never)} verwijderen? De klant ziet het dan niet meer; dit kan niet ongedaan worden gemaakt.`, {
                id: 'console.record.confirmDelete',
              })}
            </p>
            <div class="actions">
              <button type="button" class="btn danger" part="confirm-delete" ?disabled=${this.busy} @click=${this.removeRecord}>${msg('Ja, verwijderen', { id: 'console.record.confirmDeleteYes' })}</button>
              <button type="button" class="btn link" @click=${() => (this.confirmingDelete = false)}>${msg('Annuleren', { id: 'shell.cancel' })}</button>
            </div>
          </div>`
        : nothing}`;
  }
}

defineElement('kp-record-view', RecordView);

declare global {
  interface HTMLElementTagNameMap {
    'kp-record-view': RecordView;
  }
}
