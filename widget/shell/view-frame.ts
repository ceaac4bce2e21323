// What a view of the portal and a view of the console both draw with: their box, the title row with its way back, and
// links to other views that the shell follows in place.
import { css, html, type TemplateResult } from 'lit';
import { kp } from '../styles/core.js';

/** The view's box and title row; each app sets how the row aligns and what its heading looks like. */
export const viewFrameStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    color: ${kp('color-text')};
    font-size: ${kp('font-size-md')};
    line-height: ${kp('line-height')};
  }
  .view-header {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: ${kp('space-3')};
    margin: 0 0 ${kp('space-4')};
  }
  .view-header .title {
    display: flex;
    flex-direction: column;
    gap: ${kp('space-1')};
    min-width: 0;
  }
  .back {
    display: inline-flex;
    align-items: center;
    gap: ${kp('space-1')};
    min-height: 32px;
    font-size: ${kp('font-size-sm')};
  }
  .back::before {
    content: '←';
  }
`;

/** A link to another view: a real link for the keyboard, screen readers and a new tab, followed in place by `open`. */
export function linkToView(href: string, open: () => void, content: unknown, className = '', part = 'link'): TemplateResult {
  return html`<a href=${href} class=${className} part=${part} @click=${viewLinkClick(open)}>${content}</a>`;
}

/**
 * The click of a link to another view: the shell shows it in place (`open`), unless the person asked for a new tab or
 * window, which the link's own address then serves.
 */
export function viewLinkClick(open: () => void): (event: MouseEvent) => void {
  return (event) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    open();
  };
}
