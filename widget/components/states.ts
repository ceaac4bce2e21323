// The blocks every view draws while its data loads, when there is none, and when loading failed.
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { PortalApiError } from '../api/client.js';
import { describeError } from '../api/errors.js';
import { getLocale } from '../i18n/localization.js';
import { kp } from '../styles/theme.js';

/** Layout of the blocks below; the skeleton, notice and empty looks come from the theme. */
export const stateStyles = css`
  .skeleton-item {
    display: flex;
    align-items: center;
    gap: ${kp('space-3')};
    padding: ${kp('space-3')} ${kp('space-4')};
  }
  .skeleton-item + .skeleton-item {
    border-top: 1px solid ${kp('color-border')};
  }
  .skeleton-lines {
    flex: 1;
  }
  .skeleton.pill {
    width: 84px;
    height: 24px;
    margin: 0;
    border-radius: 999px;
  }
  .pending .list {
    border: 1px solid ${kp('color-border')};
    border-radius: ${kp('radius-lg')};
    list-style: none;
    margin: 0;
    padding: 0;
  }
`;

/**
 * What went wrong, in the customer's language. The server explains a refusal (a conflict, a missing record) in English
 * sentences meant for people: an English page shows those. Anything else, and every Dutch page, gets the sentence
 * for the kind of failure.
 */
export function errorMessage(error: unknown): string {
  const forPeople =
    error instanceof PortalApiError && error.status >= 400 && error.status < 500 && ![400, 401, 429].includes(error.status) && error.message;
  return forPeople && getLocale() === 'en' ? error.message : describeError(error);
}

// Row widths of the placeholders, from the widths classes of the skeleton styles: longer lines first.
const detailRowWidths = ['w-90', 'w-70', 'w-60', 'w-45', 'w-35'];
const listTitleWidths = ['w-70', 'w-60', 'w-45', 'w-40'];
const listNoteWidths = ['w-45', 'w-55', 'w-60', 'w-70'];
const nth = (widths: string[], index: number) => widths[index % widths.length]!;

/** Grey placeholder rows in the shape of the content to come, announced once as loading. */
export function pendingBlock(rows = 3, shape: 'list' | 'detail' = 'list'): TemplateResult {
  const label = msg('Bezig met laden…', { id: 'views.state.loading' });
  if (shape === 'detail') {
    return html`<div part="pending" class="pending" role="status" aria-busy="true">
      <span class="visually-hidden">${label}</span>
      <div class="skeleton line-lg w-55"></div>
      <div class="skeleton w-35"></div>
      <div class="skeleton block"></div>
      ${Array.from({ length: rows }, (_, i) => html`<div class="skeleton ${nth(detailRowWidths, i)}"></div>`)}
    </div>`;
  }
  return html`<div part="pending" class="pending" role="status" aria-busy="true">
    <span class="visually-hidden">${label}</span>
    <ul class="list" aria-hidden="true">
      ${Array.from(
        { length: rows },
        (_, i) => html`<li class="list-item skeleton-item">
          <div class="skeleton-lines">
            <div class="skeleton ${nth(listTitleWidths, i)}"></div>
            <div class="skeleton ${nth(listNoteWidths, i)}"></div>
          </div>
          <div class="skeleton pill"></div>
        </li>`,
      )}
    </ul>
  </div>`;
}

/** Nothing here yet: says so, says what the customer can do, and offers the action when there is one. */
export function emptyBlock(text: string, action?: { label: string; onClick: () => void }): TemplateResult {
  return html`<div part="empty" class="empty">
    <p>${text}</p>
    ${action ? html`<button type="button" class="btn primary" part="empty-action" @click=${action.onClick}>${action.label}</button>` : nothing}
  </div>`;
}

/** Loading failed: the reason and a way to try again. */
export function errorBlock(error: unknown, retry: () => void, title = msg('Dit kon niet worden geladen.', { id: 'views.state.loadFailed' })): TemplateResult {
  return html`<div part="error" class="notice error" role="alert">
    <p><strong>${title}</strong></p>
    <p>${errorMessage(error)}</p>
    <div><button type="button" class="btn secondary small" part="retry" @click=${retry}>${msg('Opnieuw proberen', { id: 'views.state.retry' })}</button></div>
  </div>`;
}
