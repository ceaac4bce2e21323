// The signed-in frame's styles (shell/signed-in-frame.ts): who is signed in, the menu, the navigation and the view
// area, from a 320 px column to a full page. Adopted by <klant-portaal> when the frame's chunk arrives.
import { css } from 'lit';
import { kp } from './core.js';

export const frameStyles = css`
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
    margin-inline-start: auto;
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
  }
`;
