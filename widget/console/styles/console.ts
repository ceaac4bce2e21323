// The console's frame and the layout its views share, on the widget's tokens: from a 390 px phone to a desktop.
import { css } from 'lit';
import { kp } from '../../styles/theme.js';

/** The root element's page: a bar with the business, the navigation and the account menu, and the view below. */
export const consoleShellStyles = css`
  :host {
    display: block;
    min-height: 100vh;
    container-type: inline-size;
    font-family: var(--kp-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    font-size: ${kp('font-size-md')};
    line-height: ${kp('line-height')};
    color: ${kp('color-text')};
    background: ${kp('color-surface-alt')};
    -webkit-font-smoothing: antialiased;
  }
  .bar {
    position: relative;
    z-index: 10;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${kp('space-2')} ${kp('space-3')};
    min-height: 60px;
    padding: ${kp('space-2')} ${kp('space-4')};
    background: ${kp('color-surface')};
    border-bottom: 3px solid ${kp('color-primary')};
  }
  .brand {
    display: flex;
    flex-direction: column;
    min-width: 0;
    flex: 1 1 0;
    line-height: 1.2;
  }
  .business {
    margin: 0;
    font-size: ${kp('font-size-lg')};
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .product {
    font-size: ${kp('font-size-sm')};
    color: ${kp('color-muted')};
  }
  .nav {
    order: 3;
    flex: 1 1 100%;
    overflow-x: auto;
  }
  .nav-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    gap: ${kp('space-1')};
  }
  .nav-item {
    display: flex;
    align-items: center;
    gap: ${kp('space-2')};
    min-height: 44px;
    padding: 0 ${kp('space-3')};
    border-radius: ${kp('radius')};
    color: ${kp('color-text')};
    font-weight: 500;
    /* The list scrolls sideways on a narrow screen; a two-word entry stays on one line. */
    white-space: nowrap;
    text-decoration: none;
  }
  .nav-item:hover {
    background: ${kp('color-surface-alt')};
  }
  .nav-item[aria-current='page'] {
    color: ${kp('color-primary-text')};
    font-weight: 650;
    box-shadow: inset 0 -3px 0 ${kp('color-primary')};
    border-radius: ${kp('radius')} ${kp('radius')} 0 0;
  }
  .count {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 22px;
    height: 22px;
    padding: 0 6px;
    border-radius: 999px;
    background: ${kp('color-primary')};
    color: ${kp('color-on-primary')};
    font-size: 13px;
    font-weight: 700;
  }
  .account {
    position: relative;
  }
  .account-button {
    max-width: 220px;
  }
  /* On a phone the button shows the initials; the name stays there for screen readers. */
  .account-button .label {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    white-space: nowrap;
    clip-path: inset(50%);
  }
  .initials {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 28px;
    height: 28px;
    flex: none;
    border-radius: 50%;
    background: ${kp('color-primary')};
    color: ${kp('color-on-primary')};
    font-size: 13px;
    font-weight: 700;
  }
  .account-panel {
    position: absolute;
    right: 0;
    top: calc(100% + 6px);
    z-index: 20;
    width: min(300px, calc(100vw - 32px));
    padding: ${kp('space-4')};
    background: ${kp('color-surface')};
    border: 1px solid ${kp('color-border')};
    border-radius: ${kp('radius-lg')};
    box-shadow: 0 8px 24px rgba(16, 24, 40, 0.16);
  }
  .account-panel .who {
    margin: 0 0 ${kp('space-3')};
    overflow-wrap: anywhere;
  }
  .account-panel .who strong {
    display: block;
  }
  .account-panel fieldset {
    margin: 0 0 ${kp('space-3')};
  }
  .account-panel .choices {
    display: flex;
    gap: ${kp('space-4')};
  }
  .account-panel .panel-actions {
    display: flex;
    flex-direction: column;
    align-items: stretch;
    gap: ${kp('space-2')};
    padding-top: ${kp('space-3')};
    border-top: 1px solid ${kp('color-border')};
  }
  main {
    display: block;
    max-width: 1200px;
    margin: 0 auto;
    padding: ${kp('space-4')} ${kp('space-3')} ${kp('space-6')};
  }
  main:focus {
    outline: none;
  }
  .start {
    max-width: 480px;
    margin: 0 auto;
    padding: ${kp('space-5')} ${kp('space-3')};
  }
  .start .intro-brand {
    margin: 0 0 ${kp('space-4')};
    text-align: center;
    color: ${kp('color-muted')};
  }
  .start .intro-brand strong {
    display: block;
    font-size: ${kp('font-size-xl')};
    color: ${kp('color-text')};
  }
  .language-switch {
    margin: ${kp('space-4')} 0 0;
    text-align: center;
  }
  .unavailable {
    max-width: 560px;
  }
  @container (min-width: 760px) {
    .bar {
      position: sticky;
      top: 0;
    }
    .brand {
      flex: 0 1 auto;
      margin-right: ${kp('space-4')};
    }
    .nav {
      order: 0;
      flex: 1 1 auto;
      margin: 0;
    }
    .account-button .label {
      position: static;
      width: auto;
      height: auto;
      clip-path: none;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    main {
      padding: ${kp('space-5')} ${kp('space-5')} ${kp('space-6')};
    }
    .start {
      padding-top: ${kp('space-6')};
    }
  }
`;

/** What every console view draws with: headers, sections, facts, the inbox rows, and the two-column request page. */
export const consoleViewStyles = css`
  .view-header {
    align-items: flex-end;
  }
  .view-header h1 {
    margin: 0;
    font-size: ${kp('font-size-xxl')};
    overflow-wrap: anywhere;
  }
  h2 {
    font-size: ${kp('font-size-lg')};
  }
  .details {
    grid-template-columns: 1fr;
    gap: 0;
  }
  .details dt {
    font-size: ${kp('font-size-sm')};
  }
  .details dd + dt {
    margin-top: ${kp('space-2')};
  }
  .prose {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .tag {
    display: inline-flex;
    align-items: center;
    padding: 0 ${kp('space-2')};
    min-height: 22px;
    border-radius: 999px;
    border: 1px solid ${kp('color-border-strong')};
    background: ${kp('color-surface')};
    font-size: 13px;
    font-weight: 600;
    white-space: nowrap;
  }
  .tag.new {
    border-color: ${kp('color-primary')};
    background: ${kp('color-primary')};
    color: ${kp('color-on-primary')};
  }
  .tag.updated {
    border-color: ${kp('color-warning')};
    background: ${kp('color-warning-surface')};
    color: ${kp('color-warning')};
  }
  .tag.internal {
    border-color: ${kp('color-warning')};
    color: ${kp('color-warning')};
    background: ${kp('color-warning-surface')};
  }
  .more {
    display: flex;
    justify-content: center;
    margin-top: ${kp('space-3')};
  }
  @container (min-width: 420px) {
    .details {
      grid-template-columns: minmax(120px, max-content) 1fr;
      gap: ${kp('space-2')} ${kp('space-4')};
    }
    .details dd + dt {
      margin-top: 0;
    }
  }
`;
