// What the customers' sign-in and the staff's share: what was typed, the errors beside their fields, one submit at a
// time, the email field, and focus on the heading of each new screen.
import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { PortalApiError } from '../api/client.js';
import { describeError, fieldErrors } from '../api/sign-in-errors.js';
import { focusHeading } from '../components/focus-heading.js';
import { compact, focusFirstInvalid, passwordField, passwordRules, textField } from './sign-in-fields.js';

/** The screen of a link from a mail: an invite, a new password, a sign-in link. */
export interface LinkScreen<Link> {
  name: 'link';
  link: Link;
}

export abstract class SignInForm<Link> extends LitElement {
  // Declared statically rather than with decorators: each module with decorators gets a copy of the decorator helper,
  // and the widget's entry, which draws the sign-in, carries every byte.
  static override properties: PropertyDeclarations = {
    link: { attribute: false },
    notice: { attribute: false },
    screen: { state: true },
    email: { state: true },
    password: { state: true },
    name: { state: true },
    showPassword: { state: true },
    errors: { state: true },
    formError: { state: true },
    success: { state: true },
    busy: { state: true },
  };

  /** A link from a mail, already removed from the address bar. */
  link: Link | null = null;
  /** Why the person is here again ("you were signed out"), shown above the form. */
  notice = '';
  /** The screen shown; each new one gets focus on its heading. */
  protected abstract screen: { name: string } | LinkScreen<Link>;

  protected email = '';
  protected password = '';
  protected name = '';
  protected showPassword = false;
  protected errors: Record<string, string> = {};
  protected formError = '';
  protected success = '';
  protected busy = false;

  /** A screen's heading (`<id>-heading`), of the level its place on the page asks for. */
  protected abstract heading(id: string, title: string): TemplateResult;

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('link') && this.link) this.screen = { name: 'link', link: this.link };
  }

  override updated(changed: PropertyValues): void {
    const previous = changed.get('screen');
    if (previous && previous !== this.screen) this.focusHeading();
  }

  /** Moves focus to the current screen's heading (the shell calls this after a sign-out, too). */
  focusHeading(): void {
    void focusHeading(this);
  }

  /** What a screen was told, and the password typed on it, go when another screen opens; the email stays. */
  protected clearScreen(keep: { password?: boolean } = {}): void {
    this.errors = {};
    this.formError = '';
    this.success = '';
    if (!keep.password) this.password = '';
    this.showPassword = false;
  }

  /**
   * Runs a submit: one at a time; the server's field errors next to their fields, anything else above the form
   * (worded by `explain` when the screen knows better than the generic message).
   */
  protected async submit(fields: readonly string[], action: () => Promise<void>, explain?: (error: PortalApiError) => string | undefined): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.formError = '';
    try {
      await action();
    } catch (error) {
      if (!(error instanceof PortalApiError)) throw error;
      const byField = fieldErrors(error, fields);
      this.errors = byField;
      this.formError = Object.keys(byField).length ? '' : (explain?.(error) ?? describeError(error));
      void focusFirstInvalid(this);
    } finally {
      this.busy = false;
    }
  }

  /** Shows the problems found before anything is sent, and focuses the first; true when there are none. */
  protected check(errors: Record<string, string | undefined>): boolean {
    this.errors = compact(errors);
    this.formError = '';
    if (Object.keys(this.errors).length === 0) return true;
    void focusFirstInvalid(this);
    return false;
  }

  /** One screen: a card with its heading, an introduction when it has one, and what it asks or says. */
  protected card(id: string, title: string, content: TemplateResult, intro?: string): TemplateResult {
    return html`<section class="card" part="card" aria-labelledby="${id}-heading">
      ${this.heading(id, title)} ${intro ? html`<p class="intro">${intro}</p>` : nothing} ${content}
    </section>`;
  }

  /** The email address field, shared by the sign-in and forgot-password screens so both keep what was typed. */
  protected renderEmailField(): TemplateResult {
    return textField({
      id: 'email',
      type: 'email',
      label: msg('E-mailadres', { id: 'auth.email' }),
      value: this.email,
      autocomplete: 'username',
      inputmode: 'email',
      maxlength: 254,
      error: this.errors.email,
      onInput: (value) => (this.email = value),
    });
  }

  /** The password field: the one a person signs in with, or a new one with the rules it must meet. */
  protected renderPasswordField(kind: 'current' | 'new'): TemplateResult {
    return passwordField({
      id: 'password',
      label: kind === 'new' ? msg('Nieuw wachtwoord', { id: 'auth.newPassword' }) : msg('Wachtwoord', { id: 'auth.password' }),
      value: this.password,
      autocomplete: kind === 'new' ? 'new-password' : 'current-password',
      maxlength: 128,
      ...(kind === 'new' ? { hint: passwordRules() } : {}),
      error: this.errors.password,
      shown: this.showPassword,
      onToggle: () => (this.showPassword = !this.showPassword),
      onInput: (value) => (this.password = value),
    });
  }
}
