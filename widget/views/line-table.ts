// The lines of a quote or an order with their totals; on a narrow screen quantity and price move under the description.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatMoney } from '../i18n/format.js';
import type { OrderLine, QuoteLine } from '../api/types.js';
import type { Locale } from '../i18n/localization.js';

/** A line of an order, or of a quote, which also has its VAT rate (percent). */
export type PricedLine = OrderLine & Partial<Pick<QuoteLine, 'vatRate'>>;

export interface LineTableOptions {
  caption: string;
  currency: string;
  locale: Locale;
  /** The total as the business calculated it: shown as is, never recalculated here. */
  totalCents: number;
}

const quantityFormat = (locale: Locale) => new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 3 });

export function lineTable(lines: PricedLine[], { caption, currency, locale, totalCents }: LineTableOptions): TemplateResult {
  const money = (cents: number) => formatMoney(cents, currency, locale);
  const quantity = quantityFormat(locale);
  const withVat = lines.some((line) => line.vatRate !== undefined);
  const amount = (line: PricedLine) => Math.round(line.quantity * line.unitPriceCents);
  const subtotal = lines.reduce((sum, line) => sum + amount(line), 0);
  const vatByRate = new Map<number, number>();
  for (const line of lines) {
    if (line.vatRate === undefined) continue;
    vatByRate.set(line.vatRate, (vatByRate.get(line.vatRate) ?? 0) + Math.round((amount(line) * line.vatRate) / 100));
  }
  return html`
    <table class="lines" part="lines">
      <caption class="visually-hidden">${caption}</caption>
      <thead>
        <tr>
          <th scope="col">${msg('Omschrijving', { id: 'views.field.description' })}</th>
          <th scope="col" class="num hide-narrow">${msg('Aantal', { id: 'views.lines.quantity' })}</th>
          <th scope="col" class="num hide-narrow">${msg('Prijs', { id: 'views.lines.unitPrice' })}</th>
          ${withVat ? html`<th scope="col" class="num hide-narrow">${msg('Btw', { id: 'views.lines.vat' })}</th>` : nothing}
          <th scope="col" class="num">${msg('Bedrag', { id: 'views.field.amount' })}</th>
        </tr>
      </thead>
      <tbody>
        ${lines.map(
          (line) => html`<tr>
            <td>
              ${line.description}
              <span class="line-sub show-narrow">${quantity.format(line.quantity)} × ${money(line.unitPriceCents)}${withVat ? ` · ${msg('btw', { id: 'views.lines.vatShort' })} ${line.vatRate}%` : ''}</span>
            </td>
            <td class="num hide-narrow">${quantity.format(line.quantity)}</td>
            <td class="num hide-narrow">${money(line.unitPriceCents)}</td>
            ${withVat ? html`<td class="num hide-narrow">${line.vatRate}%</td>` : nothing}
            <td class="num">${money(amount(line))}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    <dl class="totals" part="totals">
      ${withVat
        ? html`<div><dt>${msg('Subtotaal excl. btw', { id: 'views.lines.subtotal' })}</dt><dd>${money(subtotal)}</dd></div>
            ${[...vatByRate].map(([rate, vat]) => html`<div><dt>${msg(str`Btw ${rate}%`, { id: 'views.lines.vatRate' })}</dt><dd>${money(vat)}</dd></div>`)}`
        : nothing}
      <div class="grand"><dt>${msg('Totaal', { id: 'views.lines.total' })}</dt><dd>${money(totalCents)}</dd></div>
    </dl>
  `;
}
