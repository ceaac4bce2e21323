// Labelled form fields with their hint and error tied to the control, as the sign-in screens draw them: part of the
// entry. fields.ts is what views and the console import: the same fields, bound with live(), and selects.
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';

export interface FieldOptions {
  /** Unique within the shadow root; also names the hint and error elements. */
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'password' | 'date' | 'time';
  name?: string;
  error?: string;
  hint?: string | TemplateResult;
  autocomplete?: string;
  required?: boolean;
  /** Marks the label "(optional)"; the default is required. */
  optional?: boolean;
  maxlength?: number;
  min?: string;
  inputmode?: 'text' | 'email' | 'tel' | 'numeric';
  /** Extra content after the control, inside the field (a show-password button). */
  after?: TemplateResult;
  multiline?: boolean;
}

export const describedBy = (options: { id: string; hint?: unknown; error?: string }) =>
  [options.hint ? `${options.id}-hint` : '', options.error ? `${options.id}-error` : ''].filter(Boolean).join(' ') || undefined;

export function optionalMark(): TemplateResult {
  return html` <span class="optional">${msg('(optioneel)', { id: 'shell.field.optional' })}</span>`;
}

/**
 * A text input (or textarea) with its label, hint and error. The control's value is bound to `binding`, by default the
 * value as it is: the sign-in screens keep every field in reactive state, updated on each input, so the control never
 * shows anything else. fields.ts binds `live(value)` for every other form.
 */
export function textField(options: FieldOptions, binding: unknown = options.value): TemplateResult {
  const control = options.multiline
    ? html`<textarea
        id=${options.id}
        name=${options.name ?? options.id}
        part="textarea"
        .value=${binding}
        maxlength=${ifDefined(options.maxlength)}
        ?required=${!options.optional}
        aria-invalid=${options.error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(options))}
        @input=${(event: Event) => options.onInput((event.target as HTMLTextAreaElement).value)}
      ></textarea>`
    : html`<input
        id=${options.id}
        name=${options.name ?? options.id}
        part="input"
        type=${options.type ?? 'text'}
        .value=${binding}
        autocomplete=${ifDefined(options.autocomplete)}
        maxlength=${ifDefined(options.maxlength)}
        min=${ifDefined(options.min)}
        inputmode=${ifDefined(options.inputmode)}
        ?required=${!options.optional}
        aria-invalid=${options.error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(options))}
        @input=${(event: Event) => options.onInput((event.target as HTMLInputElement).value)}
      />`;
  return html`<div class="field" part="field">
    <label for=${options.id} part="label">${options.label}${options.optional ? optionalMark() : nothing}</label>
    ${options.hint ? html`<p class="hint" id="${options.id}-hint" part="hint">${options.hint}</p>` : nothing}
    ${options.after ? html`<div class="control-row">${control}${options.after}</div>` : control}
    ${options.error ? html`<p class="error" id="${options.id}-error" part="field-error">${options.error}</p>` : nothing}
  </div>`;
}

export interface PasswordFieldOptions extends FieldOptions {
  shown: boolean;
  onToggle: () => void;
}

/** A password input with a button that shows what was typed: easier than a second "repeat" field on a phone. */
export function passwordField(options: PasswordFieldOptions, binding: unknown = options.value): TemplateResult {
  return textField({
    ...options,
    type: options.shown ? 'text' : 'password',
    after: html`<button
      type="button"
      class="btn secondary reveal"
      part="reveal-password"
      aria-controls=${options.id}
      aria-pressed=${options.shown ? 'true' : 'false'}
      @click=${options.onToggle}
    >
      ${msg('Toon', { id: 'shell.field.showPassword' })}<span class="visually-hidden"> ${msg('wachtwoord', { id: 'shell.field.showPasswordWhat' })}</span>
    </button>`,
  }, binding);
}

/** A form-wide message: an error the customer must read (alert), or a confirmation (status). */
export function formNotice(kind: 'error' | 'success' | 'info', text: string | TemplateResult | undefined): TemplateResult | typeof nothing {
  if (!text) return nothing;
  return html`<div class="notice ${kind}" part="notice ${kind}" role=${kind === 'error' ? 'alert' : 'status'}>
    <p>${text}</p>
  </div>`;
}

/**
 * Focuses the first field marked invalid once the host has drawn its errors, so a keyboard or screen reader user lands
 * on what needs fixing. Call it right where the errors are set.
 */
export async function focusFirstInvalid(host: ReactiveElement): Promise<void> {
  // The errors are set in the same turn as this call; let their update start, then wait for it.
  await Promise.resolve();
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}

/** The checks the server makes too, done first so the customer hears about them at once and in their language. */
export const validate = {
  email(value: string): string | undefined {
    if (!value.trim()) return msg('Vul uw e-mailadres in.', { id: 'shell.validate.emailRequired' });
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim())) return msg('Dit is geen geldig e-mailadres.', { id: 'shell.validate.emailInvalid' });
    return undefined;
  },
  required(value: string): string | undefined {
    return value.trim() ? undefined : msg('Dit veld is verplicht.', { id: 'shell.validate.required' });
  },
  newPassword(value: string): string | undefined {
    if (value.length < 8) return msg('Gebruik minstens 8 tekens.', { id: 'shell.validate.passwordShort' });
    if (value.length > 128) return msg('Gebruik hoogstens 128 tekens.', { id: 'shell.validate.passwordLong' });
    return undefined;
  },
};

/** Shown under every new-password field. */
export function passwordRules(): string {
  return msg('Minstens 8 tekens. Een zin van een paar woorden is sterk en makkelijk te onthouden; veelgebruikte wachtwoorden worden geweigerd.', {
    id: 'shell.passwordRules',
  });
}

/** Drops the keys whose value is undefined, so `Object.keys(errors).length` says whether anything is wrong. */
export function compact(errors: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
