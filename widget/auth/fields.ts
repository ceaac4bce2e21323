// Labelled form fields with their hint and error tied to the control, as every form of the widget and the console
// draws them: those of sign-in-fields.ts, whose value is bound with live() here (a form may keep a field's value
// where an input does not update it, and the control must still show it), and selects.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import {
  describedBy,
  optionalMark,
  passwordField as passwordFieldBound,
  textField as textFieldBound,
  type FieldOptions,
  type PasswordFieldOptions,
} from './sign-in-fields.js';

export { compact, focusFirstInvalid, formNotice, optionalMark, passwordRules, validate, type FieldOptions, type PasswordFieldOptions } from './sign-in-fields.js';

/** A text input (or textarea) with its label, hint and error. */
export function textField(options: FieldOptions): TemplateResult {
  return textFieldBound(options, live(options.value));
}

/** A password input with a button that shows what was typed: easier than a second "repeat" field on a phone. */
export function passwordField(options: PasswordFieldOptions): TemplateResult {
  return passwordFieldBound(options, live(options.value));
}

export interface SelectOptions {
  id: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  optional?: boolean;
  /** A first, empty choice ("Choose…"), for a required select without a sensible default. */
  placeholder?: string;
}

export function selectField(options: SelectOptions): TemplateResult {
  return html`<div class="field" part="field">
    <label for=${options.id} part="label">${options.label}${options.optional ? optionalMark() : nothing}</label>
    ${options.hint ? html`<p class="hint" id="${options.id}-hint" part="hint">${options.hint}</p>` : nothing}
    <select
      id=${options.id}
      name=${options.id}
      part="select"
      ?required=${!options.optional}
      aria-invalid=${options.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(options))}
      @change=${(event: Event) => options.onChange((event.target as HTMLSelectElement).value)}
    >
      ${options.placeholder !== undefined ? html`<option value="" ?selected=${options.value === ''}>${options.placeholder}</option>` : nothing}
      ${options.options.map((option) => html`<option value=${option.value} ?selected=${option.value === options.value}>${option.label}</option>`)}
    </select>
    ${options.error ? html`<p class="error" id="${options.id}-error" part="field-error">${options.error}</p>` : nothing}
  </div>`;
}

