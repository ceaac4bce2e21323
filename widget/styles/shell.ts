// The frame of <klant-portaal>: header, navigation and the view area, from a 320 px column to a full page.
import { css } from 'lit';
import { kp } from './theme.js';

export const shellStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    /* Decorations of the host page would otherwise run through every line of the widget. */
    text-decoration: none !important;
  }
  /*
   * The page's CSS reaches the widget only through what the host element inherits; the frame sets every inherited
   * property the widget relies on back to its own value. The font family is the exception: it follows the page
   * unless --kp-font-family says otherwise.
   */
  .frame {
    font-family: var(--kp-font-family);
    font-size: ${kp('font-size-md')};
    font-weight: 400;
    font-style: normal;
    font-variant: normal;
    font-stretch: normal;
    line-height: ${kp('line-height')};
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
    overflow-wrap: break-word;
    hyphens: manual;
    direction: ltr;
    writing-mode: horizontal-tb;
    visibility: visible;
    cursor: auto;
    list-style: none;
    border-collapse: separate;
    color: ${kp('color-text')};
    background: ${kp('color-surface')};
    border: 1px solid ${kp('color-border')};
    border-radius: ${kp('radius-lg')};
    overflow: hidden;
    -webkit-font-smoothing: antialiased;
  }
  .bar {
    display: flex;
    align-items: center;
    gap: ${kp('space-3')};
    min-height: 64px;
    padding: ${kp('space-3')} ${kp('space-4')};
    border-bottom: 3px solid ${kp('color-primary')};
    background: ${kp('color-surface')};
  }
  .brand {
    display: flex;
    align-items: center;
    gap: ${kp('space-3')};
    min-width: 0;
    flex: 1 1 auto;
  }
  /* A fixed box: the branding gives no logo dimensions, and an unsized image moves the title when it arrives. */
  .logo {
    display: block;
    flex: none;
    width: 140px;
    height: 40px;
    object-fit: contain;
    object-position: left center;
  }
  .title {
    margin: 0;
    min-width: 0;
    font-size: ${kp('font-size-lg')};
    font-weight: 700;
    line-height: 1.25;
    overflow-wrap: normal;
    hyphens: none;
  }
  @media (max-width: 400px) {
    .title {
      font-size: ${kp('font-size-md')};
    }
    .logo {
      width: 96px;
    }
  }
  .who {
    display: none;
    flex-direction: column;
    align-items: flex-end;
    min-width: 0;
    text-align: end;
    line-height: 1.3;
  }
  .who-name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .who-customer {
    font-size: ${kp('font-size-sm')};
    color: ${kp('color-muted')};
    overflow-wrap: anywhere;
  }
  .menu-toggle {
    flex: none;
  }
  .menu-icon {
    display: inline-block;
    width: 18px;
    height: 2px;
    background: currentColor;
    box-shadow:
      0 -6px 0 currentColor,
      0 6px 0 currentColor;
  }
  .menu-toggle[aria-expanded='true'] .menu-icon {
    box-shadow: none;
    transform: rotate(45deg);
  }
  .menu-toggle[aria-expanded='true'] .menu-icon::after {
    content: '';
    display: block;
    width: 18px;
    height: 2px;
    background: currentColor;
    transform: rotate(90deg);
  }
  .layout {
    display: block;
  }
  .wide-only {
    display: none;
  }
  .nav {
    display: none;
    padding: ${kp('space-3')} ${kp('space-4')} ${kp('space-4')};
    border-bottom: 1px solid ${kp('color-border')};
    background: ${kp('color-surface-alt')};
  }
  .nav.open {
    display: block;
  }
  .nav-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 2px;
  }
  .nav-item {
    display: flex;
    align-items: center;
    width: 100%;
    min-height: 44px;
    padding: ${kp('space-2')} ${kp('space-3')};
    border: 0;
    border-radius: ${kp('radius')};
    background: none;
    color: ${kp('color-text')};
    font: inherit;
    font-size: ${kp('font-size-md')};
    text-align: start;
    text-decoration: none;
    cursor: pointer;
  }
  .nav-item:hover {
    background: ${kp('color-border')};
  }
  .nav-item[aria-current='page'] {
    background: ${kp('color-surface')};
    color: ${kp('color-primary-text')};
    font-weight: 650;
    box-shadow: inset 3px 0 0 ${kp('color-primary')};
  }
  .nav-item:focus-visible {
    outline: 2px solid ${kp('color-focus')};
    outline-offset: -2px;
  }
  .nav-new {
    margin-bottom: ${kp('space-3')};
  }
  .nav-user {
    margin-top: ${kp('space-3')};
    padding-top: ${kp('space-3')};
    border-top: 1px solid ${kp('color-border')};
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: ${kp('space-2')};
  }
  .nav-user .who {
    display: flex;
    align-items: flex-start;
    text-align: start;
  }
  .content {
    padding: ${kp('space-4')};
    min-width: 0;
  }
  .content:focus {
    outline: none;
  }
  .start {
    padding: ${kp('space-4')};
    background: ${kp('color-surface-alt')};
  }
  .start-placeholder {
    max-width: 480px;
    margin: 0 auto;
  }
  /*
   * While the configuration loads, the frame is as tall as the sign-in it will draw (password, sign-in link and the
   * request without an account: about 880 px at 390 px and on a desktop), so the page below does not move. A host page
   * reserves the same before the script runs: klant-portaal:not(:defined) { display: block; min-height: 880px }.
   */
  .frame.starting {
    min-height: 880px;
  }
  .skeleton.brand-placeholder {
    width: 180px;
    height: 22px;
    margin: 0;
  }
  .unavailable {
    max-width: 560px;
  }
  @container (min-width: 640px) {
    .menu-toggle {
      display: none;
    }
    .bar .who,
    .wide-only {
      display: flex;
    }
    .layout {
      display: grid;
      grid-template-columns: 216px minmax(0, 1fr);
      min-height: 480px;
    }
    .nav,
    .nav.open {
      display: block;
      border-bottom: 0;
      border-right: 1px solid ${kp('color-border')};
      padding: ${kp('space-4')} ${kp('space-3')};
    }
    .nav-user {
      display: none;
    }
    .content {
      padding: ${kp('space-5')} ${kp('space-6')};
    }
    .start {
      padding: ${kp('space-6')} ${kp('space-4')};
    }
  }
`;
