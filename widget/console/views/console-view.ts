// What every console view shares: the properties the shell sets, links to other views, and the page header.
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { updateWhenLocaleChanges } from '@lit/localize';
import { stateStyles } from '../../components/states.js';
import { linkToView, viewFrameStyles } from '../../shell/view-frame.js';
import { shared } from '../../styles/theme.js';
import type { ConsoleClient } from '../api/console-client.js';
import type { AdminPortal, Locale, StaffSession } from '../api/types.js';
import { consoleEvent } from '../events.js';
import type { LiveSignal, LiveUpdates } from '../live/live-updates.js';
import type { SeenRequests } from '../live/seen-requests.js';
import { consoleViewStyles } from '../styles/console.js';

/**
 * The base of every console view: the shell sets `client`, `session`, `locale`, `live`, `seen` and `portals`, and the
 * inputs the view's route names (`requestId`).
 *
 * @event kp-console-navigate - `{path}`: the staff member asked for another view.
 * @event kp-console-announce - `{message}`: words for the screen-reader live region.
 * @csspart heading - The view's title; the shell moves focus to it when the view opens.
 */
export abstract class ConsoleView extends LitElement {
  static override styles = [shared, stateStyles, viewFrameStyles, consoleViewStyles];

  @property({ attribute: false }) client?: ConsoleClient;
  /** The signed-in staff member and their business. */
  @property({ attribute: false }) session?: StaffSession;
  @property() locale: Locale = 'nl';
  /** New requests, messages and status changes as they happen. */
  @property({ attribute: false }) live?: LiveUpdates;
  /** Which requests this staff member has opened, and when. */
  @property({ attribute: false }) seen?: SeenRequests;
  /** The business's portals, for their names and request forms; empty until loaded or when not readable. */
  @property({ attribute: false }) portals: AdminPortal[] = [];

  private stopListening: (() => void) | null = null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /**
   * A view with a form that may hold unsaved changes says so here: the shell asks `canLeave` before it moves to
   * another view, and the browser asks before the page is closed or reloaded while `hasUnsavedChanges` is true.
   */
  hasUnsavedChanges?(): boolean;
  canLeave?(): boolean | Promise<boolean>;

  /** A view that shows what may change while it is open hears of every live signal here, while it is on the page. */
  protected onLiveSignal?(signal: LiveSignal): void;

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page (the shell keeps its views): listening again.
    if (this.hasUpdated) this.listen();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening?.();
    this.stopListening = null;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('live')) this.listen();
  }

  private listen(): void {
    this.stopListening?.();
    this.stopListening = null;
    const live = this.live;
    if (!live || !this.onLiveSignal || !this.isConnected) return;
    const unsubscribe = live.subscribe((signal) => this.onLiveSignal!(signal));
    // How the view is kept current (stream or polling) may be part of what it draws.
    const redraw = () => this.requestUpdate();
    live.addEventListener('modechange', redraw);
    this.stopListening = () => {
      unsubscribe();
      live.removeEventListener('modechange', redraw);
    };
  }

  protected navigate(path: string): void {
    this.dispatchEvent(consoleEvent('kp-console-navigate', { path }));
  }

  protected announce(message: string): void {
    this.dispatchEvent(consoleEvent('kp-console-announce', { message }));
  }

  /** A link to another view: a real link for the keyboard, screen readers and a new tab, handled by the shell. */
  protected viewLink(path: string, content: unknown, className = '', part = 'link'): TemplateResult {
    return linkToView(`#/${path}`, () => this.navigate(path), content, className, part);
  }

  /** The view's title row: an optional way back, the heading the shell focuses, and actions. */
  protected header(title: unknown, options: { back?: { path: string; label: string }; sub?: unknown; actions?: unknown } = {}): TemplateResult {
    return html`<div class="view-header" part="header">
      <div class="title">
        ${options.back ? this.viewLink(options.back.path, options.back.label, 'back', 'back') : nothing}
        <h1 tabindex="-1" part="heading">${title}</h1>
        ${options.sub ?? nothing}
      </div>
      ${options.actions ?? nothing}
    </div>`;
  }

  protected portal(slug: string): AdminPortal | undefined {
    return this.portals.find((portal) => portal.slug === slug);
  }

  /** The work type's name from its portal's request form, in the staff member's language; else its id. */
  protected workTypeLabel(portalSlug: string, id: string): string {
    // A type the portal no longer offers may still be named by another portal of the business.
    const own = this.portal(portalSlug)?.settings.requestForm.workTypes ?? [];
    const type = [...own, ...this.portals.flatMap((portal) => portal.settings.requestForm.workTypes)].find((candidate) => candidate.id === id);
    return type?.label[this.locale] ?? id;
  }

  protected portalName(slug: string): string {
    return this.portal(slug)?.settings.name ?? slug;
  }
}
