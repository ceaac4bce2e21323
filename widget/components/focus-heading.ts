// Where keyboard and screen-reader users land after a change of view or screen: on its heading.
import type { ReactiveElement } from 'lit';

/**
 * Moves focus to the first heading `element` draws (`[part~="heading"]`, `h1` or `h2`), waiting for it while the element
 * draws its first states; `fallback` gets focus when none appears within 20 frames.
 */
export async function focusHeading(element: HTMLElement, fallback?: HTMLElement | null): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt++) {
    await (element as Partial<ReactiveElement>).updateComplete;
    const heading = element.shadowRoot?.querySelector<HTMLElement>('[part~="heading"], h1, h2');
    if (heading) {
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus();
      return;
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  fallback?.focus();
}
