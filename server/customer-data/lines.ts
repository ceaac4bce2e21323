// Priced lines of an invoice (description, quantity, unit price, VAT rate), and the totals they add up to, worked out
// the way the portal draws them: each line's amount rounded to the cent, its VAT rounded per line.
import { z } from '@hono/zod-openapi';
import type { QuoteLine } from '../db/tables/customer-data.js';
import { centsSchema, quantitySchema, requiredText } from './fields.js';

export const pricedLineBody = z.strictObject({
  description: requiredText(500),
  quantity: quantitySchema,
  unitPriceCents: centsSchema,
  vatRate: z.number().min(0).max(100).openapi({ description: 'Percent, such as 21 or 9.' }),
});

export const pricedLinesBody = z.array(pricedLineBody).max(500);

export const invoiceLineSchema = z
  .object({ description: z.string(), quantity: z.number(), unitPriceCents: z.number().int(), vatRate: z.number().openapi({ description: 'Percent, such as 21 or 9.' }) })
  .openapi('InvoiceLine');

export interface LineTotals {
  exclVatCents: number;
  inclVatCents: number;
}

export function lineTotals(lines: readonly QuoteLine[]): LineTotals {
  let exclVatCents = 0;
  let vatCents = 0;
  for (const line of lines) {
    const amount = Math.round(line.quantity * line.unitPriceCents);
    exclVatCents += amount;
    vatCents += Math.round((amount * line.vatRate) / 100);
  }
  return { exclVatCents, inclVatCents: exclVatCents + vatCents };
}

/**
 * Back offices round VAT per line or per rate: the two differ by less than a cent per line, and that much is taken
 * as the same total. More than that is a mistake the customer would see on the invoice.
 */
export function totalsMatch(stated: number, computed: number, lineCount: number): boolean {
  return Math.abs(stated - computed) <= Math.max(1, lineCount);
}

/** Stored lines, read back field by field so that nothing else kept in the JSON reaches an answer. */
export function storedLines(json: string): QuoteLine[] {
  return (JSON.parse(json) as QuoteLine[]).map((line) => ({
    description: line.description,
    quantity: line.quantity,
    unitPriceCents: line.unitPriceCents,
    vatRate: line.vatRate,
  }));
}
