// The console's home for admins: this week's requests, how fast the business answers, what it accepts, its quotes,
// its customers' portal accounts, and a chart of the last twelve weeks.
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { Task, initialState } from '@lit/task';
import { defineElement } from '../../components/define.js';
import { errorBlock, pendingBlock } from '../../components/states.js';
import { kp } from '../../styles/theme.js';
import { loadStats, type BusinessStats } from '../api/dashboard.js';
import { aboutRequests, type LiveSignal } from '../live/live-updates.js';
import { ConsoleView } from './console-view.js';
import './dashboard-chart.js';
import { percentage, waitInWords } from './dashboard-words.js';

/**
 * @summary The dashboard: figures that link on to where the work is, and requests per week.
 * @csspart figure - One figure, with its number in `value`.
 * @csspart value - A figure's number or words.
 */
export class DashboardView extends ConsoleView {
  static override styles = [
    ...ConsoleView.styles,
    css`
      .figures {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 160px), 1fr));
        gap: ${kp('space-3')};
        margin: 0 0 ${kp('space-4')};
        padding: 0;
        list-style: none;
      }
      .figure {
        display: flex;
        flex-direction: column;
        gap: ${kp('space-1')};
      }
      .figure h2 {
        margin: 0;
        font-size: ${kp('font-size-sm')};
        font-weight: 600;
        color: ${kp('color-muted')};
      }
      .value {
        margin: 0;
        font-size: ${kp('font-size-xxl')};
        font-weight: 700;
        line-height: 1.2;
      }
      .figure p {
        margin: 0;
      }
      @container (max-width: 480px) {
        .figure {
          padding: ${kp('space-3')};
        }
        .value {
          font-size: ${kp('font-size-xl')};
        }
      }
      .note {
        font-size: ${kp('font-size-sm')};
        color: ${kp('color-muted')};
      }
      .chart h2 {
        margin: 0 0 ${kp('space-1')};
        font-size: ${kp('font-size-lg')};
      }
      .chart .note {
        margin: 0 0 ${kp('space-3')};
      }
      .start {
        display: grid;
        gap: ${kp('space-3')};
      }
      .start h2 {
        margin: 0;
        font-size: ${kp('font-size-lg')};
      }
      .start ol {
        margin: 0;
        padding-left: ${kp('space-5')};
      }
      .start li + li {
        margin-top: ${kp('space-2')};
      }
    `,
  ];

  private readonly stats = new Task(this, {
    args: () => [this.client] as const,
    task: async ([client], { signal }) => (client ? loadStats(client, signal) : initialState),
  });

  protected override onLiveSignal(signal: LiveSignal): void {
    if (aboutRequests(signal)) void this.stats.run();
  }

  override render() {
    return html`
      ${this.header(msg('Overzicht', { id: 'console.nav.dashboard' }))}
      ${this.stats.render({
        initial: () => pendingBlock(4),
        // A refresh after a live change keeps the figures on screen until the new ones are in.
        pending: () => (this.stats.value ? this.renderStats(this.stats.value) : pendingBlock(4)),
        error: (error) => errorBlock(error, () => void this.stats.run(), msg('Het overzicht kon niet worden geladen.', { id: 'console.dashboard.loadFailed' })),
        complete: (stats) => this.renderStats(stats),
      })}
    `;
  }

  private renderStats(stats: BusinessStats): TemplateResult {
    const hasRequests = stats.requests.total > 0 || stats.thisWeek.requests > 0 || stats.newRequests > 0;
    if (!hasRequests) return this.renderStart(stats);
    return html`
      <ul class="figures">
        ${this.figure(
          msg('Aanvragen deze week', { id: 'console.dashboard.thisWeek' }),
          String(stats.thisWeek.requests),
          stats.newRequests
            ? this.viewLink('inbox', msg(str`${stats.newRequests} nieuw in de inbox`, { id: 'console.dashboard.new' }), '', 'new-link')
            : html`<span class="note">${msg('Niets nieuw in de inbox', { id: 'console.dashboard.nothingNew' })}</span>`,
        )}
        ${this.figure(
          msg('Eerste antwoord (mediaan)', { id: 'console.dashboard.firstAnswer' }),
          stats.firstAnswer.medianSeconds === null ? '–' : waitInWords(stats.firstAnswer.medianSeconds),
          html`<span class="note">${stats.firstAnswer.unanswered
            ? msg(str`${stats.firstAnswer.answered} beantwoord, ${stats.firstAnswer.unanswered} nog zonder antwoord`, { id: 'console.dashboard.unanswered' })
            : msg(str`over ${stats.firstAnswer.answered} beantwoorde aanvragen`, { id: 'console.dashboard.answered' })}</span>`,
        )}
        ${this.figure(
          msg('Geaccepteerd', { id: 'console.dashboard.accepted' }),
          stats.requests.acceptedShare === null ? '–' : percentage(stats.requests.acceptedShare, this.locale),
          html`<span class="note">${stats.requests.acceptedShare === null
            ? msg('Nog geen aanvraag geaccepteerd of afgewezen', { id: 'console.dashboard.noneDecided' })
            : msg(str`${stats.requests.byStatus.accepted} van ${stats.requests.byStatus.accepted + stats.requests.byStatus.rejected} beoordeelde aanvragen`, {
                id: 'console.dashboard.decided',
              })}</span>`,
        )}
        ${this.figure(
          msg('Offertes geaccepteerd', { id: 'console.dashboard.quotes' }),
          String(stats.quotes.accepted),
          html`<span class="note">${msg(str`${stats.quotes.declined} afgewezen, ${stats.quotes.open} open`, { id: 'console.dashboard.quotesRest' })}</span>`,
        )}
        ${this.figure(
          msg('Klantaccounts actief', { id: 'console.dashboard.contacts' }),
          String(stats.contacts.active),
          stats.contacts.invited
            ? this.viewLink('customers', msg(str`${stats.contacts.invited} uitgenodigd, nog niet ingelogd`, { id: 'console.dashboard.invited' }), '', 'invited-link')
            : html`<span class="note">${msg('Niemand wacht op een uitnodiging', { id: 'console.dashboard.noneInvited' })}</span>`,
        )}
      </ul>
      <section class="card chart" aria-labelledby="chart-heading">
        <h2 id="chart-heading">${msg('Aanvragen per week', { id: 'console.dashboard.chart.title' })}</h2>
        <p class="note">${this.periodText(stats)}</p>
        <kp-dashboard-chart .weeks=${stats.weeks} locale=${this.locale}></kp-dashboard-chart>
      </section>
    `;
  }

  private figure(title: string, value: string, more: unknown): TemplateResult {
    return html`<li class="card figure" part="figure">
      <h2>${title}</h2>
      <p class="value" part="value">${value}</p>
      <p>${more ?? nothing}</p>
    </li>`;
  }

  private periodText(stats: BusinessStats): string {
    const first = stats.weeks[0];
    const last = stats.weeks.at(-1);
    if (!first || !last) return '';
    return msg(str`Week ${first.week} tot en met ${last.week}. Eerste antwoord, geaccepteerd en offertes gaan over deze weken.`, { id: 'console.dashboard.period' });
  }

  /** A business without any request yet: what to do first, so that requests start to come in. */
  private renderStart(stats: BusinessStats): TemplateResult {
    return html`<section class="card start" part="empty" aria-labelledby="start-heading">
      <h2 id="start-heading">${msg('Nog geen aanvragen', { id: 'console.dashboard.empty.title' })}</h2>
      <p>${msg('Hier ziet u hoeveel aanvragen er binnenkomen en hoe snel u antwoordt, zodra klanten het portaal gebruiken. Zo komt het op gang:', {
        id: 'console.dashboard.empty.intro',
      })}</p>
      <ol>
        <li>${this.viewLink('settings', msg('Richt het portaal in en zet het op uw website', { id: 'console.dashboard.empty.settings' }), '', 'start-settings')}</li>
        <li>${this.viewLink('customers', msg('Voeg uw klanten toe en nodig ze uit', { id: 'console.dashboard.empty.customers' }), '', 'start-customers')}
          ${stats.contacts.invited || stats.contacts.active
            ? html`<span class="note">${msg(str`(${stats.contacts.active} actief, ${stats.contacts.invited} uitgenodigd)`, { id: 'console.dashboard.empty.contacts' })}</span>`
            : nothing}
        </li>
      </ol>
    </section>`;
  }
}

defineElement('kp-dashboard-view', DashboardView);

declare global {
  interface HTMLElementTagNameMap {
    'kp-dashboard-view': DashboardView;
  }
}
