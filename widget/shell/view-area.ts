// Where a signed-in customer's current view is drawn: its chunk loaded for the route, its element kept while the view
// stays, focus moved into it after a change, and the views' events (shell/events.ts) turned into the shell's steps.
// Part of the signed-in frame's chunk: the sign-in screen has no views.
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { msg, str } from '@lit/localize';
import type { PortalClient, PortalConfig, PortalUser } from '../api/client.js';
import { focusHeading } from '../components/focus-heading.js';
import type { Locale } from '../i18n/localization.js';
import type { PortalView } from '../views/portal-view.js';
import type { PortalEventDetails, ViewEvent } from './events.js';
import { loadView } from './load-view.js';
import type { Route } from './views.js';

/** What the view area asks of <klant-portaal>. */
export interface ViewAreaSteps {
  /** The route whose view is to be loaded; null when signed out or there is no such view. */
  route(): Route | null;
  navigate(view: string): void;
  announce(message: string): void;
  emit<K extends keyof PortalEventDetails>(type: K, detail: PortalEventDetails[K]): void;
  changeUser(user: PortalUser): void;
  chooseLocale(locale: Locale): void;
}

/** What every view gets besides its route's inputs. */
export interface ViewContext {
  client: PortalClient;
  config: PortalConfig;
  locale: Locale;
  user: PortalUser;
}

export class ViewArea {
  private element: PortalView | null = null;
  private readonly task: Task<readonly [Route | null], Route['module']['tag'] | null>;

  constructor(
    host: ReactiveControllerHost,
    private readonly steps: ViewAreaSteps,
  ) {
    this.task = new Task(host, {
      task: ([route]) => (route ? loadView(route.module) : null),
      args: () => [steps.route()] as const,
      argsEqual: ([a], [b]) => a?.module.tag === b?.module.tag,
      onError: () => steps.emit('kp-error', { code: 'view_unavailable', message: msg('Dit onderdeel kon niet worden geladen.', { id: 'shell.viewFailed' }) }),
    });
  }

  /** Signed out, or another portal: the next view gets an element of its own. */
  forget(): void {
    this.element = null;
  }

  /**
   * Moves focus to the view's heading once it is drawn, or to the area's own heading (not found, unavailable). False
   * while the view is still loading: try again after the next update.
   */
  focus(root: HTMLElement | DocumentFragment, route: Route | null): boolean {
    if (this.task.status === TaskStatus.PENDING) return false;
    if (this.task.status === TaskStatus.COMPLETE && this.element?.isConnected && route) void focusHeading(this.element, root.querySelector<HTMLElement>('.content'));
    else root.querySelector<HTMLElement>('.content h2')?.focus();
    return true;
  }

  render(context: ViewContext, route: Route): unknown {
    return this.task.render({
      pending: () => html`<div role="status" aria-busy="true">
        <span class="visually-hidden">${msg('Bezig met laden…', { id: 'shell.viewLoading' })}</span>
        <div class="skeleton line-lg w-40" aria-hidden="true"></div>
        <div class="skeleton block" aria-hidden="true"></div>
        <div class="skeleton block" aria-hidden="true"></div>
      </div>`,
      complete: (tag) => {
        if (!tag) return nothing;
        if (this.element?.localName !== tag) this.element = document.createElement(tag);
        Object.assign(this.element, context satisfies Partial<PortalView>, route.inputs);
        return this.element;
      },
      error: () => html`<div class="unavailable">
        <h2 tabindex="-1">${route.title}</h2>
        <div class="notice warning" role="alert">
          <p>${msg('Dit onderdeel is nu niet beschikbaar. Probeer het later opnieuw.', { id: 'shell.unavailable' })}</p>
          <div class="row">
            <button type="button" class="btn secondary small" part="retry" @click=${() => this.task.run()}>${msg('Opnieuw proberen', { id: 'shell.retry' })}</button>
            <button type="button" class="btn link" @click=${() => this.steps.navigate('home')}>${msg('Naar het overzicht', { id: 'shell.toHome' })}</button>
          </div>
        </div>
      </div>`,
    });
  }

  // The views' events, heard on the view area; each stops there, as the page has no business with them.

  readonly onNavigate = (event: ViewEvent<'kp-view-navigate'>) => {
    event.stopPropagation();
    this.steps.navigate(event.detail.view);
  };

  readonly onRequestCreated = (event: ViewEvent<'kp-view-request-created'>) => {
    event.stopPropagation();
    this.steps.announce(msg(str`Uw aanvraag ${event.detail.reference} is verstuurd.`, { id: 'shell.requestCreated' }));
    this.steps.emit('kp-request-created', { id: event.detail.id, reference: event.detail.reference });
  };

  readonly onUser = (event: ViewEvent<'kp-view-user'>) => {
    event.stopPropagation();
    this.steps.changeUser(event.detail.user);
  };

  readonly onLocale = (event: ViewEvent<'kp-view-locale'>) => {
    this.steps.chooseLocale(event.detail.locale);
  };

  readonly onAnnounce = (event: ViewEvent<'kp-view-announce'>) => {
    event.stopPropagation();
    this.steps.announce(event.detail.message);
  };
}
