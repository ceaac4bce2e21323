// The widget's design tokens and the base styles the sign-in screen and the frame draw with: part of the entry.
// theme.ts adds what only views and later screens use (selects, text areas, lists, empty states) and is what views
// import; this file is for the entry's own elements.
//
// Tokens are `--kp-*` custom properties. Only the root element (<klant-portaal>) declares their defaults, on :host,
// so a page can override any of them on the element (`klant-portaal { --kp-radius: 0px }`) and the values inherit
// into every view. Views and components must not include `tokens` themselves: a :host declaration there would cut
// the inheritance from the page. The rules below read each token with its default as fallback, so a view rendered
// on its own (in a test) still looks right.
import { css, unsafeCSS, type CSSResult } from 'lit';

/** Default token values. Sizes are px throughout: the host page's root font size must not change the widget. */
export const tokenDefaults = {
  'color-primary': '#0b5cad',
  'color-on-primary': '#ffffff',
  'color-primary-text': '#0b5cad',
  'color-text': '#1d2433',
  'color-muted': '#545d6e',
  'color-border': '#d9dde5',
  'color-border-strong': '#7c8595',
  'color-surface': '#ffffff',
  'color-surface-alt': '#f4f6f9',
  'color-focus': '#0b5cad',
  'color-danger': '#b42318',
  'color-danger-surface': '#fef3f2',
  'color-success': '#067647',
  'color-success-surface': '#ecfdf3',
  'color-warning': '#8a5a00',
  'color-warning-surface': '#fffaeb',
  'font-size-sm': '14px',
  'font-size-md': '16px',
  'font-size-lg': '18px',
  'font-size-xl': '22px',
  'font-size-xxl': '28px',
  'line-height': '1.5',
  'radius-sm': '4px',
  radius: '8px',
  'radius-lg': '12px',
  'space-1': '4px',
  'space-2': '8px',
  'space-3': '12px',
  'space-4': '16px',
  'space-5': '24px',
  'space-6': '32px',
  'control-height': '44px',
  shadow: '0 1px 2px rgba(16, 24, 40, 0.06), 0 1px 3px rgba(16, 24, 40, 0.1)',
} as const;

export type TokenName = keyof typeof tokenDefaults;

/** `var(--kp-<name>, <default>)`, for use inside css`` templates: `color: ${kp('color-muted')};`. */
export function kp(name: TokenName): CSSResult {
  return unsafeCSS(`var(--kp-${name}, ${tokenDefaults[name]})`);
}

/**
 * The token defaults, for the root element only. The primary colours read the portal's branding first; the shell
 * sets `--kp-brand-*` from the portal settings, and the page's own `--kp-color-primary` overrides both.
 */
export const tokens = unsafeCSS(`:host {
${Object.entries(tokenDefaults)
  .map(([name, value]) => {
    if (name === 'color-primary' || name === 'color-on-primary' || name === 'color-primary-text') {
      return `  --kp-${name}: var(--kp-brand-${name.slice('color-'.length)}, ${value});`;
    }
    if (name === 'color-focus') return `  --kp-color-focus: var(--kp-color-primary-text, ${value});`;
    return `  --kp-${name}: ${value};`;
  })
  .join('\n')}
}`);

/** Typography, box model, focus ring, the visually-hidden class and rows; theme.ts's `base` adds stacks and small text. */
export const base = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  h1,
  h2,
  h3,
  h4 {
    margin: 0 0 ${kp('space-3')};
    line-height: 1.25;
    font-weight: 650;
    color: ${kp('color-text')};
  }
  h1,
  h2 {
    font-size: ${kp('font-size-xl')};
  }
  h3 {
    font-size: ${kp('font-size-lg')};
  }
  h4 {
    font-size: ${kp('font-size-md')};
  }
  /*
   * The heading a view gets focus on is focusable by script only, to tell screen readers where they are; it is not a
   * control, and a ring around it would only puzzle sighted customers.
   */
  [tabindex='-1']:focus,
  [tabindex='-1']:focus-visible {
    outline: none;
  }
  p {
    margin: 0 0 ${kp('space-3')};
  }
  a {
    color: ${kp('color-primary-text')};
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  :focus-visible {
    outline: 2px solid ${kp('color-focus')};
    outline-offset: 2px;
    border-radius: ${kp('radius-sm')};
  }
  .muted {
    color: ${kp('color-muted')};
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${kp('space-2')};
  }
`;

/** Buttons: `<button class="btn primary">`, `secondary`, `link` (theme.ts's `buttons` adds `danger`); also on `<a class="btn primary">`. */
export const buttons = css`
  .btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: ${kp('space-2')};
    min-height: ${kp('control-height')};
    padding: ${kp('space-1')} ${kp('space-4')};
    border: 1px solid transparent;
    border-radius: ${kp('radius')};
    font: inherit;
    font-size: ${kp('font-size-md')};
    font-weight: 600;
    line-height: 1.2;
    text-align: center;
    text-decoration: none;
    letter-spacing: normal;
    text-transform: none;
    cursor: pointer;
    user-select: none;
    -webkit-tap-highlight-color: transparent;
  }
  .btn.primary {
    background: ${kp('color-primary')};
    color: ${kp('color-on-primary')};
  }
  .btn.primary:hover:not(:disabled) {
    filter: brightness(0.92);
  }
  .btn.secondary {
    background: ${kp('color-surface')};
    color: ${kp('color-text')};
    border-color: ${kp('color-border-strong')};
  }
  .btn.secondary:hover:not(:disabled) {
    background: ${kp('color-surface-alt')};
  }
  .btn.link {
    min-height: 0;
    padding: 0;
    background: none;
    border: 0;
    color: ${kp('color-primary-text')};
    font-weight: 500;
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  .btn.small {
    min-height: 36px;
    padding: ${kp('space-1')} ${kp('space-3')};
    font-size: ${kp('font-size-sm')};
  }
  .btn.block {
    display: flex;
    width: 100%;
  }
  .btn:disabled,
  .btn[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .btn:focus-visible {
    outline: 2px solid ${kp('color-focus')};
    outline-offset: 2px;
  }
`;

/**
 * Form fields as the sign-in screens use them: `<div class="field"><label for=x>…</label><input id=x
 * aria-describedby="x-error" aria-invalid=…><p class="hint">…</p><p class="error" id="x-error">…</p></div>`.
 * theme.ts's `forms` adds selects, text areas, checkboxes and groups.
 */
export const fieldStyles = css`
  form {
    margin: 0;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: ${kp('space-1')};
    margin: 0 0 ${kp('space-4')};
    min-width: 0;
  }
  .field > label {
    font-weight: 600;
    color: ${kp('color-text')};
    padding: 0;
  }
  .optional {
    font-weight: 400;
    color: ${kp('color-muted')};
  }
  input:not([type='checkbox']):not([type='radio']):not([type='file']) {
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
  input:focus-visible {
    outline: 2px solid ${kp('color-focus')};
    outline-offset: 1px;
    border-color: ${kp('color-focus')};
  }
  input[aria-invalid='true'] {
    border-color: ${kp('color-danger')};
    box-shadow: inset 0 0 0 1px ${kp('color-danger')};
  }
  input:disabled {
    background: ${kp('color-surface-alt')};
    cursor: not-allowed;
  }
  .control-row {
    display: flex;
    gap: ${kp('space-2')};
  }
  .control-row > input {
    flex: 1 1 auto;
    min-width: 0;
  }
  .control-row > .btn {
    flex: none;
  }
  .hint {
    margin: 0;
    font-size: ${kp('font-size-sm')};
    color: ${kp('color-muted')};
  }
  .error {
    margin: 0;
    font-size: ${kp('font-size-sm')};
    font-weight: 500;
    color: ${kp('color-danger')};
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${kp('space-3')};
    margin-top: ${kp('space-4')};
  }
`;

/** Cards and notices: `<section class="card">`, `<div class="notice error|success|warning|info" role=…>`. */
export const cardStyles = css`
  .card {
    background: ${kp('color-surface')};
    border: 1px solid ${kp('color-border')};
    border-radius: ${kp('radius-lg')};
    padding: ${kp('space-4')};
    box-shadow: ${kp('shadow')};
  }
  .card > :last-child {
    margin-bottom: 0;
  }
  .notice {
    display: flex;
    flex-direction: column;
    gap: ${kp('space-2')};
    margin: 0 0 ${kp('space-4')};
    padding: ${kp('space-3')} ${kp('space-4')};
    border: 1px solid ${kp('color-border')};
    border-left-width: 4px;
    border-radius: ${kp('radius')};
    background: ${kp('color-surface-alt')};
    color: ${kp('color-text')};
  }
  .notice > * {
    margin: 0;
  }
  .notice.error {
    border-color: ${kp('color-danger')};
    background: ${kp('color-danger-surface')};
  }
  .notice.success {
    border-color: ${kp('color-success')};
    background: ${kp('color-success-surface')};
  }
  .notice.warning {
    border-color: ${kp('color-warning')};
    background: ${kp('color-warning-surface')};
  }
  .notice.info {
    border-color: ${kp('color-primary')};
  }
`;

/**
 * Placeholders while data loads: `<div class="skeleton w-60"></div>`. Widths are classes, never style attributes: a
 * host page with a strict Content Security Policy (no 'unsafe-inline' styles) refuses those. The widths the sign-in
 * screen and the frame use are here, theme.ts's `skeletons` adds the rest.
 */
export const skeletonStyles = css`
  .skeleton {
    display: block;
    height: 16px;
    margin: 0 0 ${kp('space-2')};
    border-radius: ${kp('radius-sm')};
    background: linear-gradient(
      90deg,
      ${kp('color-surface-alt')} 0%,
      ${kp('color-border')} 50%,
      ${kp('color-surface-alt')} 100%
    );
    background-size: 200% 100%;
    animation: kp-shimmer 1.4s ease-in-out infinite;
  }
  .skeleton.line-lg {
    height: 24px;
  }
  .skeleton.block {
    height: 72px;
    border-radius: ${kp('radius')};
  }
  .skeleton.w-40 {
    width: 40%;
  }
  .skeleton.w-60 {
    width: 60%;
  }
  .skeleton.w-80 {
    width: 80%;
  }
  @keyframes kp-shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
      background: ${kp('color-border')};
    }
  }
`;

/** What the sign-in screen and the frame draw with: `tokens` aside, the base, buttons, fields, cards and placeholders. */
export const coreStyles = [base, buttons, fieldStyles, cardStyles, skeletonStyles];
