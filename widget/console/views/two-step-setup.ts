import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { Task, initialState } from '@lit/task';
import { PortalApiError } from '../../api/client.js';
import { compact, focusFirstInvalid, formNotice, textField } from '../../auth/fields.js';
import { defineElement } from '../../components/define.js';
import { errorBlock, errorMessage, pendingBlock, stateStyles } from '../../components/states.js';
import { kp, shared } from '../../styles/theme.js';
import type { ConsoleClient } from '../api/console-client.js';
import { consoleEvent } from '../events.js';
import './qr-code.js';

/** The secret in groups of four, as authenticator apps show it and people type it. */
const grouped = (secret: string) => secret.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');

/**
 * @summary Turning on two-step sign-in: scan the QR code (or type the key), confirm with a code from the app, and
 * keep the ten recovery codes, shown this once.
 *
 * @event kp-two-step-done - The staff member put the recovery codes away; two-step sign-in is on.
 * @event kp-console-hold - `{hold}`: while the recovery codes are on screen, the shell keeps them there.
 * @csspart qr - The QR code.
 * @csspart secret - The key as text.
 * @csspart recovery-codes - The list of recovery codes.
 */
export class TwoStepSetup extends LitElement {
  static override styles = [
    shared,
    stateStyles,
    css`
      :host {
        display: block;
        container-type: inline-size;
      }
      ol.steps {
        margin: 0 0 ${kp('space-4')};
        padding-left: 22px;
      }
      ol.steps li + li {
        margin-top: ${kp('space-2')};
      }
      .scan {
        display: grid;
        gap: ${kp('space-4')};
        justify-items: start;
        margin: 0 0 ${kp('space-4')};
      }
      .secret {
        display: inline-block;
        padding: ${kp('space-2')} ${kp('space-3')};
        border-radius: ${kp('radius')};
        background: ${kp('color-surface-alt')};
        border: 1px solid ${kp('color-border')};
        font-family: ui-monospace, 'SF Mono', Menlo, Consolas, monospace;
        font-size: ${kp('font-size-lg')};
        letter-spacing: 1px;
        overflow-wrap: anywhere;
        user-select: all;
      }
      .codes {
        display: grid;
        grid-template-columns: repeat(2, minmax(0, 1fr));
        gap: ${kp('space-2')} ${kp('space-4')};
        margin: 0 0 ${kp('space-4')};
        padding: ${kp('space-3')} ${kp('space-4')} ${kp('space-3')} 40px;
        border: 1px solid ${kp('color-border')};
        border-radius: ${kp('radius')};
        background: ${kp('color-surface-alt')};
        font-family: ui-monospace, 'SF Mono', Menlo, Consolas, monospace;
        font-size: ${kp('font-size-md')};
      }
      .code-field {
        max-width: 240px;
      }
      @container (min-width: 560px) {
        .scan {
          grid-template-columns: auto 1fr;
          align-items: center;
        }
      }
    `,
  ];

  @property({ attribute: false }) client?: ConsoleClient;

  @state() private code = '';
  @state() private codeError = '';
  @state() private formError = '';
  @state() private busy = false;
  @state() private recoveryCodes: string[] | null = null;
  @state() private stored = false;
  @state() private copied = '';

  private readonly setup = new Task(this, {
    args: () => [this.client] as const,
    task: async ([client]) => (client ? client.startTotpSetup() : initialState),
  });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.recoveryCodes) this.dispatchEvent(consoleEvent('kp-console-hold', { hold: false }));
  }

  private confirm = async (event: Event) => {
    event.preventDefault();
    const code = this.code.replace(/\s+/g, '');
    const errors = compact({ code: /^\d{6}$/.test(code) ? undefined : msg('De code bestaat uit 6 cijfers.', { id: 'console.signIn.codeDigits' }) });
    this.codeError = errors.code ?? '';
    this.formError = '';
    if (this.codeError) {
      void focusFirstInvalid(this);
      return;
    }
    if (this.busy) return;
    this.busy = true;
    try {
      const { recoveryCodes } = await this.client!.confirmTotp(code);
      this.dispatchEvent(consoleEvent('kp-console-hold', { hold: true }));
      this.recoveryCodes = recoveryCodes;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#codes-title')?.focus();
    } catch (error) {
      if (!(error instanceof PortalApiError)) throw error;
      this.code = '';
      if (error.status === 400 || error.status === 401) {
        this.codeError = msg('Deze code klopt niet. Vul de code in die uw app nu toont; hij verandert elke 30 seconden.', { id: 'console.twoStep.codeWrong' });
        void focusFirstInvalid(this);
      } else {
        this.formError = errorMessage(error);
      }
    } finally {
      this.busy = false;
    }
  };

  private async copyCodes(codes: string[]) {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      this.copied = msg('De codes staan op het klembord.', { id: 'console.twoStep.copied' });
    } catch {
      this.copied = msg('Kopiëren lukte niet. Selecteer de codes en kopieer ze zelf, of download ze.', { id: 'console.twoStep.copyFailed' });
    }
  }

  private finish = () => {
    this.dispatchEvent(consoleEvent('kp-console-hold', { hold: false }));
    this.recoveryCodes = null;
    this.dispatchEvent(new CustomEvent('kp-two-step-done', { bubbles: true, composed: true }));
  };

  override render() {
    if (this.recoveryCodes) return this.renderCodes(this.recoveryCodes);
    return this.setup.render({
      initial: () => pendingBlock(2, 'detail'),
      pending: () => pendingBlock(2, 'detail'),
      error: (error) => errorBlock(error, () => void this.setup.run(), msg('Het instellen kon niet beginnen.', { id: 'console.twoStep.startFailed' })),
      complete: ({ secret, otpauthUri }) => this.renderScan(secret, otpauthUri),
    });
  }

  private renderScan(secret: string, uri: string): TemplateResult {
    return html`<ol class="steps">
        <li>${msg('Open een authenticator-app op uw telefoon, zoals Google Authenticator, Microsoft Authenticator of 1Password.', { id: 'console.twoStep.step1' })}</li>
        <li>${msg('Scan de QR-code met de app, of typ de sleutel eronder over.', { id: 'console.twoStep.step2' })}</li>
        <li>${msg('Vul de code van 6 cijfers in die de app dan toont.', { id: 'console.twoStep.step3' })}</li>
      </ol>
      <div class="scan">
        <kp-qr-code part="qr" value=${uri} label=${msg('QR-code voor uw authenticator-app', { id: 'console.twoStep.qrLabel' })}></kp-qr-code>
        <div>
          <p class="label" id="secret-label">${msg('Sleutel om over te typen', { id: 'console.twoStep.secret' })}</p>
          <p><code class="secret" part="secret" aria-labelledby="secret-label">${grouped(secret)}</code></p>
        </div>
      </div>
      ${formNotice('error', this.formError)}
      <form novalidate @submit=${this.confirm}>
        <div class="code-field">
          ${textField({
            id: 'totp-code',
            label: msg('Code van 6 cijfers', { id: 'console.signIn.codeLabel' }),
            value: this.code,
            autocomplete: 'one-time-code',
            inputmode: 'numeric',
            maxlength: 7,
            error: this.codeError,
            onInput: (value) => {
              this.code = value;
              this.codeError = '';
            },
          })}
        </div>
        <button type="submit" class="btn primary" part="confirm" ?disabled=${this.busy}>${msg('Aanzetten', { id: 'console.twoStep.confirm' })}</button>
      </form>`;
  }

  private renderCodes(codes: string[]): TemplateResult {
    const file = `data:text/plain;charset=utf-8,${encodeURIComponent(`${msg('Herstelcodes voor de Klantportaal console', { id: 'console.twoStep.fileTitle' })}\n\n${codes.join('\n')}\n`)}`;
    return html`<h2 id="codes-title" tabindex="-1">${msg('Bewaar uw herstelcodes', { id: 'console.twoStep.codesTitle' })}</h2>
      <div class="notice warning" role="status">
        <p>${msg(str`Inloggen in twee stappen staat aan. Met elk van deze ${codes.length} codes kunt u één keer inloggen als u uw telefoon niet bij de hand heeft. U ziet ze alleen nu.`, { id: 'console.twoStep.codesIntro' })}</p>
      </div>
      <ol class="codes" part="recovery-codes" aria-labelledby="codes-title">
        ${codes.map((code) => html`<li>${code}</li>`)}
      </ol>
      <div class="actions">
        <button type="button" class="btn secondary" part="copy" @click=${() => this.copyCodes(codes)}>${msg('Kopiëren', { id: 'console.twoStep.copy' })}</button>
        <a class="btn secondary" part="download" href=${file} download="klantportaal-herstelcodes.txt">${msg('Downloaden', { id: 'views.download.label' })}</a>
        <span role="status" class="muted">${this.copied}</span>
      </div>
      <label class="check" style="margin-top: 16px">
        <input type="checkbox" .checked=${this.stored} @change=${(event: Event) => (this.stored = (event.target as HTMLInputElement).checked)} />
        ${msg('Ik heb de codes op een veilige plek bewaard', { id: 'console.twoStep.stored' })}
      </label>
      <div class="actions">
        <button type="button" class="btn primary" part="finish" aria-disabled=${this.stored ? 'false' : 'true'} @click=${() => this.stored && this.finish()}>
          ${msg('Verder', { id: 'console.twoStep.finish' })}
        </button>
        ${this.stored ? nothing : html`<span class="hint">${msg('Vink eerst aan dat u de codes heeft bewaard.', { id: 'console.twoStep.storeFirst' })}</span>`}
      </div>`;
  }
}

defineElement('kp-two-step-setup', TwoStepSetup);

declare global {
  interface HTMLElementTagNameMap {
    'kp-two-step-setup': TwoStepSetup;
  }
}
