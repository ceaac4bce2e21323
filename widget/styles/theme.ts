// The widget's design tokens and base styles, shared by the shell and every view: core.ts's, which the entry carries
// for the sign-in screen, and the parts only views and later screens use (selects, text areas, checkboxes, lists,
// empty states, more placeholder widths), which come with the first of them to load.
//
// Usage in a view: `static override styles = [shared, css\`…\`]`.
import { css } from 'lit';
import { base as coreBase, buttons as coreButtons, cardStyles, fieldStyles, kp, skeletonStyles } from './core.js';

export { kp, tokenDefaults, tokens, type TokenName } from './core.js';

/** Typography, box model, focus ring, the visually-hidden class, rows, stacks (`.stack`) and small text (`.small`). */
export const base = [
  coreBase,
  css`
    .small {
      font-size: ${kp('font-size-sm')};
    }
    .stack > * + * {
      margin-top: ${kp('space-4')};
    }
  `,
];

/** Buttons: `<button class="btn primary">`, `secondary`, `link`, `danger`; also on `<a class="btn primary">`. */
export const buttons = [
  coreButtons,
  css`
    .btn.danger {
      background: ${kp('color-danger')};
      color: #ffffff;
    }
  `,
];

/**
 * Form fields: `<div class="field"><label for=x>…</label><input id=x aria-describedby="x-error" aria-invalid=…>
 * <p class="hint">…</p><p class="error" id="x-error">…</p></div>`. Checkboxes: `<label class="check"><input
 * type=checkbox> text</label>`.
 */
export const forms = [
  fieldStyles,
  css`
    .label,
    legend {
      font-weight: 600;
      color: ${kp('color-text')};
      padding: 0;
    }
    fieldset {
      margin: 0 0 ${kp('space-4')};
      padding: 0;
      border: 0;
      min-width: 0;
    }
    select,
    textarea {
      display: block;
      width: 100%;
      min-height: ${kp('control-height')};
      margin: 0;
      padding: ${kp('space-2')} ${kp('space-3')};
      border: 1px solid ${kp('color-border-strong')};
      border-radius: ${kp('radius')};
      background: ${kp('color-surface')};
      color: ${kp('color-text')};
      font: inherit;
      font-size: ${kp('font-size-md')};
      line-height: 1.4;
    }
    textarea {
      min-height: 120px;
      resize: vertical;
    }
    select {
      appearance: none;
      padding-right: 36px;
      background-image: linear-gradient(45deg, transparent 50%, currentColor 50%),
        linear-gradient(135deg, currentColor 50%, transparent 50%);
      background-position:
        calc(100% - 18px) 50%,
        calc(100% - 13px) 50%;
      background-size: 5px 5px;
      background-repeat: no-repeat;
    }
    select:focus-visible,
    textarea:focus-visible {
      outline: 2px solid ${kp('color-focus')};
      outline-offset: 1px;
      border-color: ${kp('color-focus')};
    }
    select[aria-invalid='true'],
    textarea[aria-invalid='true'] {
      border-color: ${kp('color-danger')};
      box-shadow: inset 0 0 0 1px ${kp('color-danger')};
    }
    select:disabled,
    textarea:disabled {
      background: ${kp('color-surface-alt')};
      cursor: not-allowed;
    }
    input[type='checkbox'],
    input[type='radio'] {
      width: 20px;
      height: 20px;
      margin: 2px 0 0;
      flex: none;
      accent-color: ${kp('color-primary')};
    }
    .check,
    .field > label.check {
      display: flex;
      align-items: flex-start;
      gap: ${kp('space-2')};
      margin: 0 0 ${kp('space-2')};
      font-weight: 400;
      cursor: pointer;
    }
    fieldset.group {
      margin: 0 0 ${kp('space-5')};
    }
    fieldset.group > legend {
      width: 100%;
      margin: 0 0 ${kp('space-3')};
      padding: 0 0 ${kp('space-2')};
      border-bottom: 1px solid ${kp('color-border')};
      font-size: ${kp('font-size-lg')};
      font-weight: 650;
    }
    /* A trap for bots: out of sight and out of the accessibility tree (the element also gets aria-hidden and tabindex=-1). */
    .honeypot {
      position: absolute !important;
      left: -10000px !important;
      width: 1px !important;
      height: 1px !important;
      overflow: hidden !important;
    }
  `,
];

/** Cards and notices: `<section class="card">`, `<div class="notice error|success|warning|info" role=…>`, `.empty`. */
export const cards = [
  cardStyles,
  css`
    .empty {
      padding: ${kp('space-5')} ${kp('space-4')};
      text-align: center;
      color: ${kp('color-muted')};
      border: 1px dashed ${kp('color-border-strong')};
      border-radius: ${kp('radius-lg')};
    }
  `,
];

/** Lists of records: `<ul class="list"><li class="list-item">…</li></ul>`; `dl.details` for label/value pairs. */
export const lists = css`
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    border: 1px solid ${kp('color-border')};
    border-radius: ${kp('radius-lg')};
    background: ${kp('color-surface')};
    overflow: hidden;
  }
  .list-item {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${kp('space-2')} ${kp('space-3')};
    padding: ${kp('space-3')} ${kp('space-4')};
    min-height: 56px;
  }
  .list-item + .list-item {
    border-top: 1px solid ${kp('color-border')};
  }
  a.list-item,
  button.list-item,
  .list-item > a:first-child {
    color: inherit;
    text-decoration: none;
  }
  button.list-item {
    width: 100%;
    border: 0;
    background: none;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  a.list-item:hover,
  button.list-item:hover {
    background: ${kp('color-surface-alt')};
  }
  .details {
    display: grid;
    grid-template-columns: minmax(120px, max-content) 1fr;
    gap: ${kp('space-2')} ${kp('space-4')};
    margin: 0;
  }
  .details dt {
    color: ${kp('color-muted')};
  }
  .details dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
`;

/** Placeholders while data loads: `<div class="skeleton w-60"></div>`, in every width. */
export const skeletons = [
  skeletonStyles,
  css`
    .skeleton.w-35 {
      width: 35%;
    }
    .skeleton.w-45 {
      width: 45%;
    }
    .skeleton.w-55 {
      width: 55%;
    }
    .skeleton.w-70 {
      width: 70%;
    }
    .skeleton.w-90 {
      width: 90%;
    }
  `,
];

/** Everything above except `tokens`, for a view's `static styles`. */
export const shared = [base, buttons, forms, cards, lists, skeletons];
