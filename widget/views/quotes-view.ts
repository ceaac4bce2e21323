import { html } from 'lit';
import { msg } from '@lit/localize';
import '../components/status-badge.js';
import { defineElement } from '../components/define.js';
import { emptyBlock } from '../components/states.js';
import { formatDate, formatMoney } from '../i18n/format.js';
import { reference } from './portal-view.js';
import { ListView } from './list-view.js';
import type { QuoteSummary } from '../api/types.js';

/**
 * @summary The customer's quotes, the ones waiting for an answer marked.
 *
 * @csspart list - The list; each row is a `record-link`.
 */
export class QuotesView extends ListView<QuoteSummary> {
  protected readonly collection = 'quotes';
  protected override readonly liveTypes = ['quote.updated'] as const;

  protected listTitle() {
    return msg('Offertes', { id: 'views.quotes.title' });
  }

  protected renderItem(quote: QuoteSummary) {
    const validity = quote.validUntil && quote.status === 'open' ? `${msg('geldig tot', { id: 'views.quotes.validUntilShort' })} ${formatDate(quote.validUntil, this.locale)}` : '';
    return this.recordLink(
      `quotes/${quote.id}`,
      quote.title,
      html`${reference(quote.number)}${validity ? ` · ${validity}` : ''}`,
      html`<span class="amount">${formatMoney(quote.totalCents, quote.currency, this.locale)}</span>
        <kp-status-badge kind="quote" status=${quote.status}></kp-status-badge>`,
    );
  }

  protected renderEmpty() {
    return emptyBlock(msg('Nog geen offertes. Vraagt u een offerte aan via een aanvraag, dan vindt u hem hier terug.', { id: 'views.quotes.empty' }));
  }
}

defineElement('kp-quotes-view', QuotesView);

declare global {
  interface HTMLElementTagNameMap {
    'kp-quotes-view': QuotesView;
  }
}
