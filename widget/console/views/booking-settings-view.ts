import { css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { Task, initialState } from '@lit/task';
import { PortalApiError } from '../../api/client.js';
import { describeError } from '../../api/errors.js';
import { focusFirstInvalid, formNotice, textField } from '../../auth/fields.js';
import { defineElement } from '../../components/define.js';
import { emptyBlock, errorBlock, pendingBlock } from '../../components/states.js';
import { formatDay } from '../../components/booking-times.js';
import { kp } from '../../styles/theme.js';
import { getBookingSettings, saveBookingSettings, type BookingSettings, type BookingWindow } from '../api/bookings.js';
import { ConsoleView } from './console-view.js';
import { bookingProblems, fieldId, newWindowId } from './booking-settings-checks.js';
import { weekdayName } from './booking-words.js';

const copy = (settings: BookingSettings): BookingSettings => structuredClone(settings);
const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * @summary A portal's booking settings (admins): whether customers book visits and which work types, the windows of
 * each weekday with their names and capacity, lead time, cut-off, horizon, closed dates, and staff confirmation.
 *
 * @csspart heading - The view's title.
 * @csspart save - The save button.
 * @csspart window - One window of a weekday.
 */
export class BookingSettingsView extends ConsoleView {
  static override styles = [
    ...ConsoleView.styles,
    css`
      .form {
        display: grid;
        gap: ${kp('space-4')};
        max-width: 960px;
      }
      .card h2 {
        margin: 0 0 ${kp('space-3')};
      }
      .numbers {
        display: grid;
        gap: 0 ${kp('space-4')};
        grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
      }
      .day + .day {
        margin-top: ${kp('space-4')};
        padding-top: ${kp('space-3')};
        border-top: 1px solid ${kp('color-border')};
      }
      .day h3 {
        margin: 0 0 ${kp('space-2')};
        font-size: ${kp('font-size-md')};
      }
      .windows {
        list-style: none;
        margin: 0 0 ${kp('space-2')};
        padding: 0;
        display: grid;
        gap: ${kp('space-2')};
      }
      .window {
        display: grid;
        gap: 0 ${kp('space-3')};
        grid-template-columns: repeat(auto-fit, minmax(120px, 1fr));
        align-items: end;
        padding: ${kp('space-3')};
        border: 1px solid ${kp('color-border')};
        border-radius: ${kp('radius')};
      }
      .window .field {
        margin-bottom: ${kp('space-2')};
      }
      .window .remove {
        margin-bottom: ${kp('space-2')};
      }
      .day-actions {
        display: flex;
        flex-wrap: wrap;
        gap: ${kp('space-2')};
      }
      .dates {
        list-style: none;
        margin: 0 0 ${kp('space-3')};
        padding: 0;
        display: flex;
        flex-wrap: wrap;
        gap: ${kp('space-2')};
      }
      .dates li {
        padding-inline-start: ${kp('space-3')};
      }
      .add-date {
        display: flex;
        flex-wrap: wrap;
        gap: ${kp('space-2')};
        align-items: end;
      }
      .add-date .field {
        margin: 0;
      }
      .bar {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: ${kp('space-3')};
      }
      .switcher {
        max-width: 420px;
      }
    `,
  ];

  /** The portal whose settings show; the first portal's when empty. */
  @property() portalSlug = '';

  @state() private saved: BookingSettings | null = null;
  @state() private draft: BookingSettings | null = null;
  @state() private showErrors = false;
  @state() private serverErrors: Record<string, string> = {};
  @state() private notice: { kind: 'error' | 'success'; text: string } | null = null;
  @state() private busy = false;
  @state() private newClosedDate = '';

  private get slug(): string {
    return this.portalSlug || this.portals[0]?.slug || '';
  }

  private readonly settingsTask = new Task(this, {
    args: () => [this.client, this.slug] as const,
    task: async ([client, slug], { signal }) => {
      if (!client || !slug) return initialState;
      const settings = await getBookingSettings(client, slug, signal);
      this.open(settings);
      return settings;
    },
  });

  private open(settings: BookingSettings): void {
    this.saved = settings;
    this.draft = copy(settings);
    this.serverErrors = {};
    this.showErrors = false;
    this.notice = null;
  }

  override hasUnsavedChanges(): boolean {
    return !!this.saved && !!this.draft && JSON.stringify(this.saved) !== JSON.stringify(this.draft);
  }

  override canLeave(): boolean {
    return !this.hasUnsavedChanges() || window.confirm(msg('U heeft afspraakinstellingen die nog niet zijn opgeslagen. Toch weggaan?', { id: 'console.bookings.settings.leaveUnsaved' }));
  }

  private change(change: (draft: BookingSettings) => void, clears: string[] = []): void {
    if (!this.draft) return;
    const next = copy(this.draft);
    change(next);
    this.draft = next;
    this.notice = null;
    if (clears.length) this.serverErrors = Object.fromEntries(Object.entries(this.serverErrors).filter(([path]) => !clears.includes(path)));
  }

  private errors(): Record<string, string> {
    if (!this.draft) return {};
    const typed = bookingProblems(this.draft);
    // Times are checked as typed; the rest once a save was tried.
    const shown = Object.fromEntries(Object.entries(typed).filter(([path]) => this.showErrors || /\.(start|end)$/.test(path)));
    return { ...this.serverErrors, ...shown };
  }

  private async save(event: Event): Promise<void> {
    event.preventDefault();
    if (!this.draft || !this.client || this.busy) return;
    this.showErrors = true;
    this.serverErrors = {};
    if (Object.keys(bookingProblems(this.draft)).length) {
      this.notice = { kind: 'error', text: msg('Niet opgeslagen: verbeter wat bij de velden staat.', { id: 'console.bookings.settings.fixFirst' }) };
      void focusFirstInvalid(this);
      return;
    }
    this.busy = true;
    try {
      const answer = await saveBookingSettings(this.client, this.slug, this.draft);
      this.open(answer);
      const text = msg('De afspraakinstellingen zijn opgeslagen.', { id: 'console.bookings.settings.saved' });
      this.notice = { kind: 'success', text };
      this.announce(text);
    } catch (error) {
      if (!(error instanceof PortalApiError)) throw error;
      const byField: Record<string, string> = {};
      for (const detail of error.details) if (detail.path) byField[detail.path] = msg(str`De server weigert dit: ${detail.message}`, { id: 'console.bookings.settings.serverField' });
      this.serverErrors = byField;
      this.notice = { kind: 'error', text: describeError(error) };
      void focusFirstInvalid(this);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const title = msg('Afspraakinstellingen', { id: 'console.bookings.settings.title' });
    return html`${this.header(title, { back: { path: 'bookings', label: msg('Afspraken', { id: 'console.nav.bookings' }) } })}
      ${this.portals.length > 1 ? this.renderSwitcher() : nothing}
      ${this.slug
        ? this.settingsTask.render({
            initial: () => pendingBlock(4, 'detail'),
            pending: () => (this.draft ? this.renderForm(this.draft) : pendingBlock(4, 'detail')),
            error: (error) => errorBlock(error, () => void this.settingsTask.run()),
            complete: () => (this.draft ? this.renderForm(this.draft) : nothing),
          })
        : emptyBlock(msg('Uw bedrijf heeft nog geen portaal.', { id: 'console.settings.none' }))}`;
  }

  private renderSwitcher(): TemplateResult {
    return html`<div class="field switcher">
      <label for="portal-switch">${msg('Portaal', { id: 'console.settings.portal' })}</label>
      <select
        id="portal-switch"
        .value=${live(this.slug)}
        @change=${(event: Event) => {
          this.navigate(`bookings/settings/${(event.target as HTMLSelectElement).value}`);
          this.requestUpdate();
        }}
      >
        ${this.portals.map((portal) => html`<option value=${portal.slug} ?selected=${portal.slug === this.slug}>${portal.settings.name} (${portal.slug})</option>`)}
      </select>
    </div>`;
  }

  private renderForm(draft: BookingSettings): TemplateResult {
    const errors = this.errors();
    const unsaved = this.hasUnsavedChanges();
    return html`<form class="form" novalidate @submit=${(event: Event) => void this.save(event)}>
      ${this.renderGeneral(draft, errors)} ${this.renderWindows(draft, errors)} ${this.renderPlanning(draft, errors)} ${this.renderClosedDates(draft, errors)}
      <div class="bar">
        <button type="submit" class="btn primary" part="save" ?disabled=${this.busy}>${msg('Opslaan', { id: 'console.settings.save' })}</button>
        <button type="button" class="btn link" ?disabled=${!unsaved || this.busy} @click=${() => this.saved && this.open(this.saved)}>
          ${msg('Wijzigingen ongedaan maken', { id: 'console.settings.discard' })}
        </button>
        <span class="muted">${unsaved ? msg('Niet opgeslagen wijzigingen', { id: 'console.settings.unsaved' }) : nothing}</span>
      </div>
      ${this.notice ? formNotice(this.notice.kind, this.notice.text) : nothing}
    </form>`;
  }

  private check(id: string, label: string, checked: boolean, onChange: (checked: boolean) => void): TemplateResult {
    return html`<div class="field">
      <label class="check">
        <input type="checkbox" id=${id} .checked=${live(checked)} @change=${(event: Event) => onChange((event.target as HTMLInputElement).checked)} />
        <span>${label}</span>
      </label>
    </div>`;
  }

  /** A whole number typed: kept as typed until it reads as one (NaN fails the checks). */
  private numberField(path: string, label: string, value: number, errors: Record<string, string>, options: { hint?: string; onInput: (value: number) => void }): TemplateResult {
    return textField({
      id: fieldId(path),
      label,
      value: Number.isNaN(value) ? '' : String(value),
      inputmode: 'numeric',
      maxlength: 3,
      hint: options.hint,
      error: errors[path],
      onInput: (typed) => options.onInput(/^\d+$/.test(typed.trim()) ? Number(typed) : Number.NaN),
    });
  }

  private renderGeneral(draft: BookingSettings, errors: Record<string, string>): TemplateResult {
    const workTypes = this.portal(this.slug)?.settings.requestForm.workTypes ?? [];
    return html`<section class="card" aria-labelledby="general-title">
      <h2 id="general-title">${msg('Klanten boeken zelf een bezoek', { id: 'console.bookings.settings.general' })}</h2>
      ${this.check(
        'enabled',
        msg('Klanten kiezen zelf een vrij tijdvak', { id: 'console.bookings.settings.enabled' }),
        draft.enabled,
        (checked) => this.change((next) => (next.enabled = checked), ['enabled']),
      )}
      ${this.check(
        'requireConfirmation',
        msg('Een medewerker bevestigt elke afspraak', { id: 'console.bookings.settings.requireConfirmation' }),
        draft.requireConfirmation,
        (checked) => this.change((next) => (next.requireConfirmation = checked), ['requireConfirmation']),
      )}
      ${draft.requireConfirmation
        ? this.numberField('holdHours', msg('Plaats vasthouden (uren)', { id: 'console.bookings.settings.holdHours' }), draft.holdHours, errors, {
            hint: msg('Wordt een afspraak niet op tijd bevestigd, dan komt de plaats weer vrij.', { id: 'console.bookings.settings.holdHoursHint' }),
            onInput: (value) => this.change((next) => (next.holdHours = value), ['holdHours']),
          })
        : nothing}
      <fieldset aria-describedby=${errors.workTypes ? 'workTypes-error' : nothing}>
        <legend>${msg('Soorten werk die klanten mogen boeken', { id: 'console.bookings.settings.workTypes' })}</legend>
        ${workTypes.length
          ? workTypes.map(
              (type) => html`<label class="check">
                <input
                  type="checkbox"
                  id="workTypes-${type.id}"
                  .checked=${live(draft.workTypes.includes(type.id))}
                  aria-invalid=${errors.workTypes ? 'true' : 'false'}
                  @change=${(event: Event) => {
                    const checked = (event.target as HTMLInputElement).checked;
                    this.change((next) => (next.workTypes = checked ? [...next.workTypes, type.id] : next.workTypes.filter((id) => id !== type.id)), ['workTypes']);
                  }}
                />
                <span>${type.label[this.locale]}</span>
              </label>`,
            )
          : html`<p class="muted">${msg('Dit portaal heeft nog geen soorten werk.', { id: 'console.bookings.settings.noWorkTypes' })}</p>`}
        ${errors.workTypes ? html`<p class="error" id="workTypes-error">${errors.workTypes}</p>` : nothing}
      </fieldset>
    </section>`;
  }

  private renderWindows(draft: BookingSettings, errors: Record<string, string>): TemplateResult {
    return html`<section class="card" aria-labelledby="windows-title">
      <h2 id="windows-title">${msg('Tijdvakken per dag', { id: 'console.bookings.settings.windows' })}</h2>
      <p class="muted">${msg('Tijden in Nederlandse tijd. Capaciteit: hoeveel bezoeken u in dat tijdvak op één dag kunt doen.', { id: 'console.bookings.settings.windowsHint' })}</p>
      ${weekdays.map((weekday) => {
        const inDay = draft.windows.map((window, index) => ({ window, index })).filter(({ window }) => window.weekday === weekday);
        const name = weekdayName(weekday, this.locale);
        return html`<div class="day" role="group" aria-labelledby="day-${weekday}">
          <h3 id="day-${weekday}">${name}</h3>
          ${inDay.length
            ? html`<ul class="windows">
                ${inDay.map(({ window, index }) => this.renderWindow(window, index, name, errors))}
              </ul>`
            : html`<p class="muted">${msg('Geen tijdvakken: op deze dag kan niet worden geboekt.', { id: 'console.bookings.settings.noWindows' })}</p>`}
          <div class="day-actions">
            <button type="button" class="btn secondary small" part="add-window" @click=${() => this.addWindow(weekday)}>
              ${msg('Tijdvak toevoegen', { id: 'console.bookings.settings.addWindow' })}<span class="visually-hidden"> (${name})</span>
            </button>
            ${weekday === 1 && inDay.length
              ? html`<button type="button" class="btn link small" part="copy-monday" @click=${() => this.copyMonday()}>
                  ${msg('Dezelfde tijdvakken op dinsdag tot en met vrijdag', { id: 'console.bookings.settings.copyMonday' })}
                </button>`
              : nothing}
          </div>
        </div>`;
      })}
    </section>`;
  }

  private renderWindow(window: BookingWindow, index: number, dayName: string, errors: Record<string, string>): TemplateResult {
    const at = `windows.${index}`;
    const text = (path: string, label: string, value: string, type: 'text' | 'time', onInput: (value: string) => void) =>
      textField({ id: fieldId(path), label, value, type, maxlength: type === 'text' ? 60 : undefined, error: errors[path], onInput });
    const set = (change: (window: BookingWindow) => void, path: string) =>
      this.change((next) => change(next.windows[index]!), [path]);
    return html`<li class="window" part="window">
      ${text(`${at}.label.nl`, msg('Naam (Nederlands)', { id: 'console.bookings.settings.labelNl' }), window.label.nl, 'text', (value) => set((w) => (w.label.nl = value), `${at}.label.nl`))}
      ${text(`${at}.label.en`, msg('Naam (Engels)', { id: 'console.bookings.settings.labelEn' }), window.label.en, 'text', (value) => set((w) => (w.label.en = value), `${at}.label.en`))}
      ${text(`${at}.start`, msg('Van', { id: 'console.bookings.settings.start' }), window.start, 'time', (value) => set((w) => (w.start = value), `${at}.start`))}
      ${text(`${at}.end`, msg('Tot', { id: 'console.bookings.settings.end' }), window.end, 'time', (value) => set((w) => (w.end = value), `${at}.end`))}
      ${this.numberField(`${at}.capacity`, msg('Capaciteit', { id: 'console.bookings.settings.capacity' }), window.capacity, errors, {
        onInput: (value) => set((w) => (w.capacity = value), `${at}.capacity`),
      })}
      <button type="button" class="btn secondary small remove" part="remove-window" @click=${() => this.removeWindow(index)}>
        ${msg('Verwijderen', { id: 'console.bookings.settings.removeWindow' })}<span class="visually-hidden">
          ${msg(str`tijdvak ${window.label.nl || window.start} op ${dayName}`, { id: 'console.bookings.settings.removeWhich' })}</span
        >
      </button>
    </li>`;
  }

  private addWindow(weekday: number): void {
    const last = this.draft?.windows.filter((window) => window.weekday === weekday).at(-1);
    const morning = !last;
    this.change((next) =>
      next.windows.push({
        id: newWindowId(weekday, next.windows),
        weekday,
        start: morning ? '08:00' : last.end,
        end: morning ? '12:00' : last.end < '17:00' ? '17:00' : '20:00',
        label: morning ? { nl: 'Ochtend', en: 'Morning' } : { nl: 'Middag', en: 'Afternoon' },
        capacity: 2,
      }),
    );
    const index = (this.draft?.windows.length ?? 1) - 1;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#windows-${index}-label-nl`)?.focus());
  }

  private removeWindow(index: number): void {
    const weekday = this.draft?.windows[index]?.weekday;
    // Errors named by index would point at the wrong window once the others move up.
    this.serverErrors = {};
    this.change((next) => next.windows.splice(index, 1));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#day-${weekday} ~ .day-actions [part="add-window"]`)?.focus());
  }

  private copyMonday(): void {
    this.serverErrors = {};
    this.change((next) => {
      const monday = next.windows.filter((window) => window.weekday === 1);
      const kept = next.windows.filter((window) => window.weekday === 1 || window.weekday > 5);
      const copies: BookingWindow[] = [];
      for (const weekday of [2, 3, 4, 5]) {
        for (const window of monday) copies.push({ ...structuredClone(window), weekday, id: newWindowId(weekday, [...kept, ...copies]) });
      }
      next.windows = [...kept, ...copies].sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start));
    });
    this.announce(msg('De tijdvakken van maandag staan nu ook op dinsdag tot en met vrijdag.', { id: 'console.bookings.settings.copied' }));
  }

  private renderPlanning(draft: BookingSettings, errors: Record<string, string>): TemplateResult {
    return html`<section class="card" aria-labelledby="planning-title">
      <h2 id="planning-title">${msg('Hoe ver vooruit', { id: 'console.bookings.settings.planning' })}</h2>
      <div class="numbers">
        ${this.numberField('leadBusinessDays', msg('Eerst mogelijk na (werkdagen)', { id: 'console.bookings.settings.lead' }), draft.leadBusinessDays, errors, {
          hint: msg('0: vandaag nog, als het tijdvak nog moet beginnen.', { id: 'console.bookings.settings.leadHint' }),
          onInput: (value) => this.change((next) => (next.leadBusinessDays = value), ['leadBusinessDays']),
        })}
        ${this.numberField('cutoffHour', msg('Na dit uur telt vandaag niet meer', { id: 'console.bookings.settings.cutoff' }), draft.cutoffHour, errors, {
          hint: msg('Bijvoorbeeld 16: wie na 16:00 boekt, begint een werkdag later. 24: geen grens.', { id: 'console.bookings.settings.cutoffHint' }),
          onInput: (value) => this.change((next) => (next.cutoffHour = value), ['cutoffHour']),
        })}
        ${this.numberField('horizonWeeks', msg('Tot hoeveel weken vooruit', { id: 'console.bookings.settings.horizon' }), draft.horizonWeeks, errors, {
          onInput: (value) => this.change((next) => (next.horizonWeeks = value), ['horizonWeeks']),
        })}
      </div>
    </section>`;
  }

  private renderClosedDates(draft: BookingSettings, errors: Record<string, string>): TemplateResult {
    const dates = [...draft.closedDates].sort();
    const problem = Object.entries(errors).find(([path]) => path.startsWith('closedDates'))?.[1];
    return html`<section class="card" aria-labelledby="closed-title">
      <h2 id="closed-title">${msg('Gesloten dagen', { id: 'console.bookings.settings.closed' })}</h2>
      <p class="muted">${msg('Feestdagen en vakanties: geen tijdvakken, en ze tellen niet als werkdag.', { id: 'console.bookings.settings.closedHint' })}</p>
      ${dates.length
        ? html`<ul class="dates" part="closed-dates">
            ${dates.map(
              (date) => html`<li class="tag">
                <span>${formatDay(date, this.locale, 'long')} ${date.slice(0, 4)}</span>
                <button
                  type="button"
                  class="btn link small"
                  aria-label=${msg(str`${formatDay(date, this.locale, 'long')} ${date.slice(0, 4)} verwijderen`, { id: 'console.bookings.settings.removeDate' })}
                  @click=${() => this.change((next) => (next.closedDates = next.closedDates.filter((other) => other !== date)), [])}
                >
                  ×
                </button>
              </li>`,
            )}
          </ul>`
        : nothing}
      <div class="add-date">
        <div class="field">
          <label for="closed-new">${msg('Datum', { id: 'console.bookings.settings.closedDate' })}</label>
          <input
            id="closed-new"
            type="date"
            .value=${live(this.newClosedDate)}
            aria-invalid=${problem ? 'true' : 'false'}
            aria-describedby=${problem ? 'closed-new-error' : nothing}
            @input=${(event: Event) => (this.newClosedDate = (event.target as HTMLInputElement).value)}
          />
        </div>
        <button
          type="button"
          class="btn secondary"
          part="add-date"
          ?disabled=${!this.newClosedDate}
          @click=${() => {
            const date = this.newClosedDate;
            if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
            if (!draft.closedDates.includes(date)) this.change((next) => next.closedDates.push(date), []);
            this.newClosedDate = '';
          }}
        >
          ${msg('Dag toevoegen', { id: 'console.bookings.settings.addDate' })}
        </button>
      </div>
      ${problem ? html`<p class="error" id="closed-new-error">${problem}</p>` : nothing}
    </section>`;
  }
}

defineElement('kp-booking-settings-view', BookingSettingsView);

declare global {
  interface HTMLElementTagNameMap {
    'kp-booking-settings-view': BookingSettingsView;
  }
}
