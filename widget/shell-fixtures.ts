// Test support for the shell: a portal configuration, a contact, a mounted <klant-portaal>, and ways to reach into
// its shadow roots the way a customer would see them.
import { waitUntil } from '@open-wc/testing';
import type { PortalConfig, PortalUser, SignInAnswer } from './api/client.js';
import type { PortalElement } from './portal-element.js';

export const config = (overrides: { features?: Partial<PortalConfig['features']>; auth?: Partial<PortalConfig['auth']>; locale?: 'nl' | 'en' } = {}): PortalConfig => ({
  portal: { slug: 'jansen', name: 'Installatiebedrijf Jansen', locale: overrides.locale ?? 'nl', homeUrl: 'https://jansen.example/portaal' },
  branding: { primaryColor: '#aa3300', logoUrl: null },
  features: {
    requests: true,
    workOrders: true,
    quotes: true,
    invoices: true,
    objects: true,
    documents: true,
    orders: false,
    messages: true,
    guestRequests: false,
    contacts: true,
    ...overrides.features,
  },
  requestForm: {
    workTypes: [
      { id: 'repair', label: { nl: 'Storing of reparatie', en: 'Fault or repair' } },
      { id: 'maintenance', label: { nl: 'Onderhoud', en: 'Maintenance' } },
    ],
    requireTerms: false,
    requirePhoto: false,
    termsUrl: null,
    checklist: [],
  },
  quotes: { requireSignature: false },
  auth: { password: true, magicLink: true, sso: false, ...overrides.auth },
});

export const contact = (overrides: Partial<PortalUser> = {}): PortalUser => ({
  id: 'con_1',
  email: 'anna@example.nl',
  name: 'Anna de Vries',
  phone: '0612345678',
  role: 'member',
  locale: 'nl',
  customer: { id: 'cus_1', name: 'De Vries Vastgoed' },
  ...overrides,
});

export const signInAnswer = (user: PortalUser = contact(), accessToken = 'eyJhbGciOiJIUzI1NiJ9.access-token-1.signature'): SignInAnswer => ({
  accessToken,
  expiresIn: 600,
  user,
});

const mounted: HTMLElement[] = [];

/** A <klant-portaal> with these attributes (and properties set before it connects), in the page. */
export function mountPortal(attributes: Record<string, string | true> = {}, properties: Partial<PortalElement> = {}): PortalElement {
  const element = document.createElement('klant-portaal');
  element.setAttribute('portal', 'jansen');
  element.setAttribute('api-base', 'https://api.example');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value === true ? '' : value);
  Object.assign(element, properties);
  document.body.append(element);
  mounted.push(element);
  return element;
}

export function unmountAll(): void {
  for (const element of mounted.splice(0)) element.remove();
}

/** Every element matching `selector`, in this root and every shadow root below it. */
export function findAll<E extends Element = HTMLElement>(root: ParentNode, selector: string): E[] {
  const found: E[] = [...root.querySelectorAll<E>(selector)];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(...findAll<E>(element.shadowRoot, selector));
  }
  return found;
}

/**
 * The first element matching `selector` below `root`, through shadow roots. A selector that starts with a custom
 * element's tag looks inside that element: `find(portal, 'kp-sign-in #email')`.
 */
export function find<E extends Element = HTMLElement>(root: ParentNode | Element, selector: string): E | undefined {
  const start = root instanceof Element && root.shadowRoot ? root.shadowRoot : (root as ParentNode);
  const scoped = /^([a-z][a-z0-9]*-[a-z0-9-]*)\s+(.+)$/.exec(selector);
  if (scoped) {
    const host = findAll(start, scoped[1]!)[0];
    return host ? find<E>(host, scoped[2]!) : undefined;
  }
  return findAll<E>(start, selector)[0];
}

/** The text a customer sees, through every shadow root. */
export function visibleText(root: Element | ShadowRoot): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(root instanceof Element && root.shadowRoot ? root.shadowRoot : root);
  return parts.join(' ').replace(/\s+/g, ' ');
}

export async function waitForText(root: Element, text: string, message = `"${text}" never appeared`): Promise<void> {
  await waitUntil(() => visibleText(root).includes(text), message, { timeout: 3000 });
}

export async function waitFor<E extends Element = HTMLElement>(root: Element, selector: string): Promise<E> {
  await waitUntil(() => find(root, selector), `${selector} never appeared`, { timeout: 3000 });
  return find<E>(root, selector)!;
}

/** Types into a field the way a person does: value, then the input event. */
export function type(input: HTMLInputElement | HTMLTextAreaElement | undefined, value: string): void {
  if (!input) throw new Error('no such field');
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** The element that has focus, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
