// The frame around a signed-in customer's views: the bar with who is signed in, the navigation and the view area,
// and the table of views behind them. A chunk of its own, fetched while the session is restored or the sign-in form
// shows, so the entry carries only what the sign-in screen draws.
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { PortalConfig, PortalUser } from '../api/client.js';
import type { ViewArea } from './view-area.js';
import { sections, type Route } from './views.js';

export { frameStyles } from '../styles/frame.js';
export { ViewArea } from './view-area.js';
export { resolveView } from './views.js';

/** What <klant-portaal> hands the frame: its state, the view's content, and its steps. */
export interface SignedInFrame {
  config: PortalConfig;
  user: PortalUser;
  route: Route | null;
  brand: TemplateResult;
  menuOpen: boolean;
  /** The current view, drawn by the view area. */
  view: unknown;
  /** The view area, whose listeners hear the views' events (shell/events.ts). */
  views: ViewArea;
  toggleMenu(): void;
  closeMenu(): void;
  navigate(view: string): void;
  logout(): void;
}

export function renderSignedInFrame(frame: SignedInFrame): TemplateResult {
  const { config, user, route } = frame;
  const entries = [...sections].filter(([, section]) => !section.feature || config.features[section.feature]);
  const logout = html`<button type="button" class="btn link" part="logout" @click=${() => frame.logout()}>${msg('Uitloggen', { id: 'shell.logout' })}</button>`;
  const who = html`<div class="who" part="user">
    <span class="who-name">${user.name}</span>
    ${user.customer?.name && user.customer.name !== user.name ? html`<span class="who-customer">${user.customer.name}</span>` : nothing}
  </div>`;
  return html`<div class="bar" part="header">
      ${frame.brand} ${who} <span class="wide-only">${logout}</span>
      <button
        type="button"
        class="btn secondary small menu-toggle"
        part="menu-button"
        aria-expanded=${frame.menuOpen ? 'true' : 'false'}
        aria-controls="kp-nav"
        @click=${() => frame.toggleMenu()}
      >
        <span class="menu-icon" aria-hidden="true"></span> ${msg('Menu', { id: 'shell.menu' })}
      </button>
    </div>
    <div class="layout">
      <nav id="kp-nav" class="nav ${frame.menuOpen ? 'open' : ''}" part="nav" aria-label=${msg('Portaal', { id: 'shell.navLabel' })} @keydown=${(event: KeyboardEvent) => onNavKey(frame, event)}>
        ${config.features.requests
          ? html`<button type="button" class="btn primary block nav-new" part="new-request" @click=${() => frame.navigate('requests/new')}>
              ${msg('Nieuwe aanvraag', { id: 'shell.title.newRequest' })}
            </button>`
          : nothing}
        <ul class="nav-list">
          ${entries.map(
            ([name, section]) => html`<li>
              <button
                type="button"
                class="nav-item"
                part="nav-item"
                data-view=${name}
                aria-current=${route?.section === name && route.module !== section.create ? 'page' : 'false'}
                @click=${() => frame.navigate(name)}
              >
                ${section.title()}
              </button>
            </li>`,
          )}
        </ul>
        <div class="nav-user">${who} ${logout}</div>
      </nav>
      <div
        class="content"
        part="content"
        tabindex="-1"
        @kp-view-navigate=${frame.views.onNavigate}
        @kp-view-request-created=${frame.views.onRequestCreated}
        @kp-view-locale=${frame.views.onLocale}
        @kp-view-user=${frame.views.onUser}
        @kp-view-logout=${() => frame.logout()}
        @kp-view-announce=${frame.views.onAnnounce}
      >
        ${route ? frame.view : renderNotFound(frame)}
      </div>
    </div>`;
}

function renderNotFound(frame: SignedInFrame): TemplateResult {
  return html`<div class="unavailable">
    <h2 tabindex="-1">${msg('Niet gevonden', { id: 'shell.notFound.title' })}</h2>
    <p>${msg('Deze pagina bestaat niet in dit portaal.', { id: 'shell.notFound.text' })}</p>
    <button type="button" class="btn primary" @click=${() => frame.navigate('home')}>${msg('Naar het overzicht', { id: 'shell.toHome' })}</button>
  </div>`;
}

/** Arrow keys, Home and End move between the navigation's entries; Escape closes the menu on a narrow screen. */
function onNavKey(frame: SignedInFrame, event: KeyboardEvent): void {
  const nav = event.currentTarget as HTMLElement;
  const root = nav.getRootNode() as ShadowRoot;
  if (event.key === 'Escape' && frame.menuOpen) {
    frame.closeMenu();
    root.querySelector<HTMLElement>('.menu-toggle')?.focus();
    return;
  }
  const items = [...nav.querySelectorAll<HTMLElement>('.nav-item')];
  const index = items.indexOf(root.activeElement as HTMLElement);
  if (index < 0) return;
  const next = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: items.length - 1 }[event.key];
  if (next === undefined) return;
  event.preventDefault();
  items[(next + items.length) % items.length]?.focus();
}
