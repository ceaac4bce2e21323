// Finding elements the way a person does (by role and name, by label, by text) inside the page itself, through open
// shadow roots: what the Firefox pages use, with the matching rules of Playwright's locators that the journeys were
// written against. The function runs in the browser, so it is self-contained.

/** A text to match: a string, or a regular expression as its source and flags. */
export type TextMatch = string | { source: string; flags: string };

export type QueryStep =
  | { kind: 'css'; selector: string; hasText?: TextMatch }
  | { kind: 'role'; role: string; name?: TextMatch; exact?: boolean; level?: number }
  | { kind: 'label'; text: TextMatch; exact?: boolean }
  | { kind: 'text'; text: TextMatch; exact?: boolean }
  | { kind: 'first' };

export function textMatch(text: string | RegExp): TextMatch {
  return typeof text === 'string' ? text : { source: text.source, flags: text.flags };
}

/** Every element the steps lead to, in document order, shadow trees before light children. */
export function queryAll(steps: QueryStep[]): Element[] {
  const normalize = (value: string): string => value.replace(/\s+/g, ' ').trim();
  const matcher = (text: TextMatch, exact = false): ((value: string) => boolean) => {
    if (typeof text !== 'string') {
      const pattern = new RegExp(text.source, text.flags.replace('g', ''));
      return (value) => pattern.test(normalize(value));
    }
    const wanted = normalize(text);
    if (exact) return (value) => normalize(value) === wanted;
    return (value) => normalize(value).toLowerCase().includes(wanted.toLowerCase());
  };

  const parentOf = (element: Element): Element | null => {
    const parent = element.parentNode;
    return parent instanceof ShadowRoot ? parent.host : element.parentElement;
  };
  const below = (root: Element | Document): Element[] => {
    const found: Element[] = [];
    const visit = (node: Element | Document | ShadowRoot): void => {
      for (let child = node.firstElementChild; child; child = child.nextElementSibling) {
        found.push(child);
        if (child.shadowRoot) visit(child.shadowRoot);
        visit(child);
      }
    };
    if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
    visit(root);
    return found;
  };
  /** Children in the flat tree: a host's shadow tree, a slot's assigned nodes. */
  const flatChildren = (node: Node): Node[] => {
    if (node instanceof Element && node.shadowRoot) return [...node.shadowRoot.childNodes];
    if (node instanceof HTMLSlotElement) {
      const assigned = node.assignedNodes();
      return assigned.length ? assigned : [...node.childNodes];
    }
    return [...node.childNodes];
  };
  const skipped = new Set(['STYLE', 'SCRIPT', 'TEMPLATE', 'NOSCRIPT']);

  const texts = new Map<Node, string>();
  const textOf = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return (node as Text).data;
    if (node instanceof Element && skipped.has(node.tagName)) return '';
    let text = texts.get(node);
    if (text === undefined) {
      text = flatChildren(node).map(textOf).join('');
      texts.set(node, text);
    }
    return text;
  };

  const boxless = (element: Element): boolean => {
    if (element.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions)) return false;
    if (getComputedStyle(element).display === 'contents') return ![...element.children].some((child) => !boxless(child));
    return true;
  };
  const hiddenFromAccessibility = (element: Element): boolean => {
    for (let at: Element | null = element; at; at = parentOf(at)) if (at.getAttribute('aria-hidden') === 'true') return true;
    return boxless(element);
  };

  const implicitRole = (element: Element): string | null => {
    const tag = element.tagName;
    if (/^H[1-6]$/.test(tag)) return 'heading';
    switch (tag) {
      case 'A':
      case 'AREA':
        return element.hasAttribute('href') ? 'link' : null;
      case 'BUTTON':
        return 'button';
      case 'INPUT': {
        const type = (element as HTMLInputElement).type;
        if (['button', 'submit', 'reset', 'image'].includes(type)) return 'button';
        if (type === 'checkbox' || type === 'radio') return type;
        if (type === 'range') return 'slider';
        if (type === 'number') return 'spinbutton';
        if (type === 'search') return element.hasAttribute('list') ? 'combobox' : 'searchbox';
        if (['email', 'tel', 'text', 'url', ''].includes(type)) return element.hasAttribute('list') ? 'combobox' : 'textbox';
        return null;
      }
      case 'SELECT':
        return (element as HTMLSelectElement).multiple || (element as HTMLSelectElement).size > 1 ? 'listbox' : 'combobox';
      case 'TEXTAREA':
        return 'textbox';
      case 'IMG':
        return element.getAttribute('alt') === '' && !element.hasAttribute('aria-label') ? 'presentation' : 'img';
      case 'NAV':
        return 'navigation';
      case 'MAIN':
        return 'main';
      case 'DIALOG':
        return 'dialog';
      case 'FORM':
        return element.hasAttribute('aria-label') || element.hasAttribute('aria-labelledby') ? 'form' : null;
      case 'SECTION':
        return element.hasAttribute('aria-label') || element.hasAttribute('aria-labelledby') ? 'region' : null;
      case 'UL':
      case 'OL':
        return 'list';
      case 'LI':
        return 'listitem';
      case 'TABLE':
        return 'table';
      case 'ARTICLE':
        return 'article';
      case 'ASIDE':
        return 'complementary';
      case 'FIELDSET':
        return 'group';
      case 'OPTION':
        return 'option';
      case 'PROGRESS':
        return 'progressbar';
      case 'OUTPUT':
        return 'status';
      default:
        return null;
    }
  };
  const roleOf = (element: Element): string | null => element.getAttribute('role')?.trim().split(/\s+/)[0] || implicitRole(element);
  const controls = new Set(['INPUT', 'SELECT', 'TEXTAREA']);
  const nameFromContent = new Set(['button', 'link', 'heading', 'checkbox', 'radio', 'switch', 'tab', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'option', 'cell', 'columnheader', 'rowheader', 'treeitem', 'tooltip']);

  /** The text a subtree gives to a name: hidden parts left out, embedded controls by their value. */
  const nameText = (node: Node, naming: Element, includeHidden: boolean): string => {
    if (node.nodeType === Node.TEXT_NODE) return (node as Text).data;
    if (!(node instanceof Element)) return flatChildren(node).map((child) => nameText(child, naming, includeHidden)).join('');
    if (skipped.has(node.tagName)) return '';
    if (!includeHidden && node !== naming && hiddenFromAccessibility(node)) return '';
    if (node !== naming) {
      const label = node.getAttribute('aria-label')?.trim();
      if (label) return ` ${label} `;
      if (node.tagName === 'IMG') return ` ${node.getAttribute('alt') ?? ''} `;
      if (controls.has(node.tagName)) {
        if (node instanceof HTMLSelectElement) return ` ${node.selectedOptions[0]?.textContent ?? ''} `;
        const type = (node as HTMLInputElement).type;
        return type === 'checkbox' || type === 'radio' ? '' : ` ${(node as HTMLInputElement).value} `;
      }
    }
    const inner = flatChildren(node).map((child) => nameText(child, naming, includeHidden)).join('');
    return node !== naming && getComputedStyle(node).display !== 'inline' ? ` ${inner} ` : inner;
  };
  const labelledBy = (element: Element): string | null => {
    const ids = element.getAttribute('aria-labelledby')?.trim();
    if (!ids) return null;
    const root = element.getRootNode() as Document | ShadowRoot;
    return ids
      .split(/\s+/)
      .map((id) => root.getElementById(id))
      .map((target) => (target ? nameText(target, target, true) : ''))
      .join(' ');
  };
  const labelsOf = (element: Element): string[] => {
    const labels = (element as HTMLInputElement).labels;
    return labels ? [...labels].map((label) => nameText(label, element, false)) : [];
  };
  const nameOf = (element: Element, role: string | null): string => {
    const byReference = labelledBy(element);
    if (byReference !== null && normalize(byReference)) return normalize(byReference);
    const label = element.getAttribute('aria-label')?.trim();
    if (label) return label;
    const input = element as HTMLInputElement;
    if (element.tagName === 'INPUT' && ['button', 'submit', 'reset'].includes(input.type)) return input.value || (input.type === 'submit' ? 'Submit' : input.type === 'reset' ? 'Reset' : '');
    if (controls.has(element.tagName)) {
      const labels = labelsOf(element).map(normalize).filter(Boolean);
      if (labels.length) return labels.join(' ');
      return normalize(element.getAttribute('title') ?? element.getAttribute('placeholder') ?? '');
    }
    if (element.tagName === 'IMG') return normalize(element.getAttribute('alt') ?? element.getAttribute('title') ?? '');
    if (element.tagName === 'FIELDSET') {
      const legend = element.querySelector(':scope > legend');
      if (legend) return normalize(nameText(legend, legend, false));
    }
    if (role && nameFromContent.has(role)) {
      const content = normalize(nameText(element, element, false));
      if (content) return content;
    }
    return normalize(element.getAttribute('title') ?? '');
  };
  const headingLevel = (element: Element): number => {
    const level = Number(element.getAttribute('aria-level'));
    if (level) return level;
    return /^H([1-6])$/.exec(element.tagName) ? Number(element.tagName[1]) : 2;
  };

  /** Compound selectors joined by descendant combinators, matched across shadow boundaries as Playwright does. */
  const compounds = (selector: string): string[] | null => {
    const parts: string[] = [];
    let current = '';
    let depth = 0;
    let quote = '';
    for (const char of selector.trim()) {
      if (quote) {
        current += char;
        if (char === quote) quote = '';
      } else if (char === '"' || char === "'") {
        quote = char;
        current += char;
      } else if (char === '[' || char === '(') {
        depth++;
        current += char;
      } else if (char === ']' || char === ')') {
        depth--;
        current += char;
      } else if (/\s/.test(char) && depth === 0) {
        if (current) parts.push(current);
        current = '';
      } else current += char;
    }
    if (current) parts.push(current);
    return parts.some((part) => /^[>+~]$/.test(part) || part.includes(',')) ? null : parts;
  };
  const matchesChain = (element: Element, parts: string[], index: number): boolean => {
    if (!element.matches(parts[index]!)) return false;
    if (index === 0) return true;
    for (let at = parentOf(element); at; at = parentOf(at)) if (matchesChain(at, parts, index - 1)) return true;
    return false;
  };

  const within = (scope: Element | Document, step: Exclude<QueryStep, { kind: 'first' }>): Element[] => {
    const candidates = below(scope);
    switch (step.kind) {
      case 'css': {
        const parts = compounds(step.selector);
        let found = parts
          ? candidates.filter((element) => matchesChain(element, parts, parts.length - 1))
          : candidates.filter((element) => element.matches(step.selector));
        if (step.hasText !== undefined) {
          const has = matcher(step.hasText);
          found = found.filter((element) => has(textOf(element)));
        }
        return found;
      }
      case 'role': {
        const name = step.name === undefined ? null : matcher(step.name, step.exact);
        return candidates.filter((element) => {
          const role = roleOf(element);
          if (role !== step.role) return false;
          if (step.level !== undefined && headingLevel(element) !== step.level) return false;
          if (hiddenFromAccessibility(element)) return false;
          return name === null || name(nameOf(element, role));
        });
      }
      case 'label': {
        const label = matcher(step.text, step.exact);
        return candidates.filter((element) => {
          const aria = element.getAttribute('aria-label');
          if (aria && label(aria)) return true;
          const byReference = labelledBy(element);
          if (byReference && label(byReference)) return true;
          return labelsOf(element).some(label);
        });
      }
      case 'text': {
        const text = matcher(step.text, step.exact);
        return candidates.filter((element) => {
          if (skipped.has(element.tagName) || !text(textOf(element))) return false;
          // The innermost element that holds the text, as a person would point at it.
          return !flatChildren(element).some((child) => child instanceof Element && text(textOf(child)));
        });
      }
    }
  };

  let current: (Element | Document)[] = [document];
  for (const step of steps) {
    if (step.kind === 'first') {
      current = current.slice(0, 1);
      continue;
    }
    const next = new Set<Element>();
    for (const scope of current) for (const element of within(scope, step)) next.add(element);
    current = [...next];
  }
  return current.filter((element): element is Element => element instanceof Element);
}
