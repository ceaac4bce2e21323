// The customer's answer to a quote on its record page: who accepted, when and from where, and the signature they drew.
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatDateTime } from '../../i18n/format.js';
import type { Locale } from '../../i18n/localization.js';
import { kp } from '../../styles/theme.js';
import type { ConsoleClient } from '../api/console-client.js';
import type { CustomerRecords } from '../api/records.js';

type QuoteRecord = CustomerRecords['quotes'];

export const quoteAcceptanceStyles = css`
  .acceptance {
    max-width: 760px;
    margin: 0 0 ${kp('space-4')};
    padding: ${kp('space-3')} ${kp('space-4')};
    border: 1px solid ${kp('color-border')};
    border-left: 4px solid ${kp('color-success')};
    border-radius: ${kp('radius')};
  }
  .acceptance.declined {
    border-left-color: ${kp('color-border-strong')};
  }
  .acceptance h2 {
    margin: 0 0 ${kp('space-2')};
    font-size: ${kp('font-size-lg')};
  }
  .acceptance p {
    margin: 0 0 ${kp('space-2')};
    overflow-wrap: anywhere;
  }
  .acceptance .signature {
    display: block;
    width: 100%;
    max-width: 360px;
    height: auto;
    background: #ffffff;
    border: 1px solid ${kp('color-border')};
    border-radius: ${kp('radius')};
  }
`;

/** The customer's answer, when there is one: nothing for a quote still waiting for it. */
export function quoteAcceptance(record: QuoteRecord, client: ConsoleClient | undefined, locale: Locale): TemplateResult | typeof nothing {
  const decision = record.decision;
  if (!decision) return nothing;
  const at = formatDateTime(decision.at, locale);
  if (decision.outcome === 'declined') {
    return html`<section class="acceptance declined" part="acceptance" aria-labelledby="acceptance-title">
      <h2 id="acceptance-title">${msg('Afgewezen door de klant', { id: 'console.quoteAnswer.declinedTitle' })}</h2>
      <p>${msg(str`Afgewezen op ${at}.`, { id: 'console.quoteAnswer.declinedAt' })}</p>
      ${decision.reason ? html`<p>${msg(str`Reden: ${decision.reason}`, { id: 'console.quoteAnswer.reason' })}</p>` : nothing}
    </section>`;
  }
  const signature = decision.signed && client ? client.url(`/admin/quotes/${encodeURIComponent(record.externalId)}/signature`) : null;
  return html`<section class="acceptance" part="acceptance" aria-labelledby="acceptance-title">
    <h2 id="acceptance-title">${msg('Geaccepteerd door de klant', { id: 'console.quoteAnswer.acceptedTitle' })}</h2>
    <p>${msg(str`Geaccepteerd door ${decision.signedName ?? '—'} op ${at}.`, { id: 'console.quoteAnswer.acceptedBy' })}</p>
    ${decision.ip ? html`<p class="muted">${msg(str`Vanaf adres ${decision.ip}.`, { id: 'console.quoteAnswer.ip' })}</p>` : nothing}
    ${signature
      ? html`<img class="signature" part="signature" src=${signature} width="600" height="200" alt=${msg(str`Handtekening van ${decision.signedName ?? ''}`, { id: 'console.quoteAnswer.signatureAlt' })} />`
      : html`<p class="muted">${msg('Zonder getekende handtekening: de getypte naam geldt als handtekening.', { id: 'console.quoteAnswer.unsigned' })}</p>`}
  </section>`;
}
