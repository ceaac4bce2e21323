// Registers a custom element once: a second copy of the script warns instead of throwing.
export function defineElement(tagName: string, element: CustomElementConstructor): void {
  if (customElements.get(tagName)) {
    console.warn(`<${tagName}> is already registered; the second copy of klantportaal.js was ignored.`);
    return;
  }
  customElements.define(tagName, element);
}
