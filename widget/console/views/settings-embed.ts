import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { errorBlock, stateStyles } from '../../components/states.js';
import { defineElement } from '../../components/define.js';
import { kp, shared } from '../../styles/theme.js';
import type { ConsoleClient } from '../api/console-client.js';
import { checkEmbed, type EmbedCheck } from '../api/settings.js';
import { consoleViewStyles } from '../styles/console.js';
import { widgetScript } from './settings-preview.js';

/**
 * @summary How a business puts its portal on its website: the code to paste with a copy button, what each attribute
 * does, and the server's check of the saved home URL and allowed websites.
 *
 * @event kp-settings-announce - `{message}`: words for screen readers (the copy).
 * @csspart snippet - The code to paste.
 */
export class SettingsEmbed extends LitElement {
  static override styles = [
    shared,
    stateStyles,
    consoleViewStyles,
    css`
      pre {
        white-space: pre-wrap;
        word-break: break-all;
        background: ${kp('color-surface-alt')};
        padding: ${kp('space-3')};
        border-radius: ${kp('radius')};
        font-size: 14px;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: ${kp('space-1')} ${kp('space-3')};
      }
      dt {
        font-family: monospace;
      }
      dd {
        margin: 0;
      }
      .checks {
        list-style: none;
        padding: 0;
        display: grid;
        gap: ${kp('space-2')};
      }
      .ok::before {
        content: '✓ ';
        color: ${kp('color-success')};
      }
      .problem::before {
        content: '! ';
        color: ${kp('color-danger')};
        font-weight: 700;
      }
      .neutral::before {
        content: '– ';
      }
    `,
  ];

  @property({ attribute: false }) client?: ConsoleClient;
  @property() portal = '';
  /** Bumped by the view after each save, so the check judges what is saved now. */
  @property({ type: Number }) revision = 0;
  @state() private copied = '';

  private readonly check = new Task(this, {
    task: ([client, portal], { signal }) => (client && portal ? checkEmbed(client, portal, signal) : null),
    args: () => [this.client, this.portal, this.revision] as const,
    autoRun: false,
  });

  private snippet(): string {
    const origin = location.origin;
    return `<script type="module" src="${origin}${widgetScript}"></script>\n<klant-portaal portal="${this.portal}"></klant-portaal>`;
  }

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.snippet());
      this.copied = msg('De code is gekopieerd.', { id: 'console.settings.embed.copied' });
    } catch {
      this.copied = msg('Kopiëren lukte niet: selecteer de code en kopieer hem zelf.', { id: 'console.settings.embed.copyFailed' });
    }
  }

  override render() {
    return html`<section class="card" aria-labelledby="embed-title">
      <h2 id="embed-title">${msg('Op uw website zetten', { id: 'console.settings.embed.title' })}</h2>
      <p class="muted">${msg('Plak deze code in de pagina waar klanten het portaal moeten zien.', { id: 'console.settings.embed.intro' })}</p>
      <pre part="snippet" aria-label=${msg('Code voor uw website', { id: 'console.settings.embed.code' })}><code>${this.snippet()}</code></pre>
      <div class="actions">
        <button type="button" class="btn primary" part="copy" @click=${() => void this.copy()}>${msg('Code kopiëren', { id: 'console.settings.embed.copy' })}</button>
        <span role="status">${this.copied}</span>
      </div>
      <h3>${msg('Wat de onderdelen doen', { id: 'console.settings.embed.attributes' })}</h3>
      <dl>
        <dt>portal</dt>
        <dd>${msg('Welk portaal: dit is het adres van dit portaal en verplicht.', { id: 'console.settings.embed.attrPortal' })}</dd>
        <dt>api-base</dt>
        <dd>${msg('Waar de server staat; zonder is het de server waar het script vandaan komt.', { id: 'console.settings.embed.attrApiBase' })}</dd>
        <dt>locale</dt>
        <dd>${msg('nl of en: de taal vast kiezen; zonder kiest de klant, dan de taal van het portaal.', { id: 'console.settings.embed.attrLocale' })}</dd>
        <dt>view</dt>
        <dd>${msg('Het onderdeel waarmee het portaal opent, zoals requests/new of invoices.', { id: 'console.settings.embed.attrView' })}</dd>
        <dt>sync-url</dt>
        <dd>${msg('Houdt het onderdeel bij in het adres (#kp/…), zodat Terug en links naar een onderdeel werken.', { id: 'console.settings.embed.attrSyncUrl' })}</dd>
      </dl>
      <h3>${msg('Controle', { id: 'console.settings.embed.checkTitle' })}</h3>
      <p class="muted">${msg('Controleert de opgeslagen instellingen: de server opent uw portaalpagina zoals een bezoeker.', { id: 'console.settings.embed.checkIntro' })}</p>
      <button type="button" class="btn secondary" part="run-check" ?disabled=${this.check.status === 1} @click=${() => void this.check.run()}>
        ${msg('Nu controleren', { id: 'console.settings.embed.run' })}
      </button>
      <div aria-live="polite">
        ${this.check.render({
          pending: () => html`<p class="muted">${msg('Bezig met controleren…', { id: 'console.settings.embed.checking' })}</p>`,
          complete: (result) => (result ? this.renderResult(result) : nothing),
          error: (error) => errorBlock(error, () => void this.check.run()),
        })}
      </div>
    </section>`;
  }

  private renderResult(result: EmbedCheck): TemplateResult {
    const item = (kind: 'ok' | 'problem' | 'neutral', text: string) => html`<li class=${kind}>${text}</li>`;
    const { reach } = result;
    const reachItem = (): TemplateResult => {
      switch (reach.outcome) {
        case 'not_checked':
          return item('neutral', msg('Niet geopend: er is geen adres van uw portaalpagina.', { id: 'console.settings.embed.notChecked' }));
        case 'answered':
          return reach.httpStatus !== null && reach.httpStatus < 400
            ? item('ok', msg(str`De pagina antwoordt (HTTP ${reach.httpStatus}).`, { id: 'console.settings.embed.answered' }))
            : item('problem', msg(str`De pagina antwoordt met een fout (HTTP ${reach.httpStatus ?? '?'}).`, { id: 'console.settings.embed.answeredError' }));
        case 'refused':
          return item('problem', msg('Niet geopend: dit adres is geen openbaar webadres (bijvoorbeeld een intern netwerk).', { id: 'console.settings.embed.refused' }));
        case 'timeout':
          return item('problem', msg('De pagina antwoordde niet binnen 5 seconden.', { id: 'console.settings.embed.timeout' }));
        case 'too_many_redirects':
          return item('problem', msg('De pagina stuurt te vaak door naar een ander adres.', { id: 'console.settings.embed.redirects' }));
        default:
          return item('problem', msg(str`De pagina is niet bereikbaar: ${reach.detail ?? ''}`, { id: 'console.settings.embed.unreachable' }));
      }
    };
    return html`<ul class="checks" part="check-result">
      ${result.homeUrl
        ? item('ok', msg(str`Adres van uw portaalpagina: ${result.homeUrl}`, { id: 'console.settings.embed.homeSet' }))
        : item('problem', msg('Er is geen adres van uw portaalpagina ingevuld (groep Website).', { id: 'console.settings.embed.homeMissing' }))}
      ${result.originAllowed === null
        ? nothing
        : result.originAllowed
          ? item('ok', msg(str`${result.homeOrigin ?? ''} staat bij de toegestane websites.`, { id: 'console.settings.embed.originOk' }))
          : item('problem', msg(str`${result.homeOrigin ?? ''} staat niet bij de toegestane websites: het portaal werkt daar niet.`, { id: 'console.settings.embed.originMissing' }))}
      ${reachItem()}
      ${reach.widgetFound === null
        ? nothing
        : reach.widgetFound
          ? item('ok', msg('De code van dit portaal staat in de pagina.', { id: 'console.settings.embed.widgetFound' }))
          : item('neutral', msg('De code van dit portaal staat niet in de HTML van de pagina (of wordt later door een script toegevoegd).', { id: 'console.settings.embed.widgetMissing' }))}
    </ul>`;
  }
}

defineElement('kp-settings-embed', SettingsEmbed);

declare global {
  interface HTMLElementTagNameMap {
    'kp-settings-embed': SettingsEmbed;
  }
}
