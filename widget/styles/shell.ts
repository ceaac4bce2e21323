// The frame of <klant-portaal> as the sign-in screen draws it: the box, the header with the brand, the start area.
// The signed-in frame's own (navigation, view area) are in frame.ts, fetched with it.
import { css } from 'lit';
import { kp } from './core.js';

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
  /* A name whose longest word does not fit beside the menu button pushes the button to a line of its own. */
  .bar {
    display: flex;
    flex-wrap: wrap;
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
  /*
   * The branding gives no logo dimensions: the height is fixed and a square's width held before the image arrives, so
   * the header never grows and a square logo moves nothing; a wider one takes up to 140 px.
   */
  .logo {
    display: block;
    flex: none;
    height: 40px;
    width: auto;
    min-width: 40px;
    max-width: 140px;
    object-fit: contain;
    object-position: left center;
  }
  .title {
    margin: 0;
    min-width: min-content;
    font-size: ${kp('font-size-lg')};
    font-weight: 700;
    line-height: 1.25;
    overflow-wrap: normal;
    hyphens: none;
  }
  @media (max-width: 400px) {
    .bar,
    .brand {
      gap: ${kp('space-2')};
    }
    .title {
      font-size: ${kp('font-size-md')};
    }
    .logo {
      max-width: 96px;
    }
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
  @container (min-width: 640px) {
    .start {
      padding: ${kp('space-6')} ${kp('space-4')};
    }
  }
`;
