// A customer accepts (with their name as signature) or declines a quote in the portal: once, while it is open and
// valid. Who answered, when and from which address is kept with the quote and in the audit trail.
import type { Context } from 'hono';
import { z } from '@hono/zod-openapi';
import { nowIso } from '../db/ids.js';
import type { QuoteStatus } from '../db/tables/customer-data.js';
import { clientIp } from '../http/client-ip.js';
import { enqueueWebhookEvent } from '../webhooks/outbox.js';
import { publishRecordEvent } from '../events/publish.js';
import { ApiError } from '../http/errors.js';
import type { AppEnv } from '../http/env.js';
import { ownedBy, recordContactAction, recordNotFound } from './access.js';
import { businessToday, optionalText } from './fields.js';
import { quoteStatus } from './quotes.js';

export const acceptQuoteBody = z.strictObject({
  signedName: z.string().trim().min(2).max(100).openapi({ description: 'The name of whoever accepts, typed as a signature.' }),
});
export const declineQuoteBody = z.strictObject({ reason: optionalText(1000) });

export type QuoteDecision = { outcome: 'accepted'; signedName: string } | { outcome: 'declined'; reason: string | null };

const alreadyDecided: Record<Exclude<QuoteStatus, 'open'>, string> = {
  accepted: 'This quote has already been accepted.',
  declined: 'This quote has already been declined.',
  expired: 'This quote is no longer valid. Ask for a new one.',
  withdrawn: 'This quote has been withdrawn.',
};

export async function decideQuote(c: Context<AppEnv>, quoteId: string, decision: QuoteDecision, now = new Date()): Promise<void> {
  const { deps, caller } = c.var;
  const today = businessToday(now);
  await deps.db.transaction().execute(async (trx) => {
    const quote = await trx
      .selectFrom('quotes')
      .innerJoin('customers', 'customers.id', 'quotes.customer_id')
      .select(['quotes.id', 'quotes.status', 'quotes.valid_until', 'quotes.external_id', 'quotes.number', 'customers.external_id as customer_external_id'])
      .$call(ownedBy(caller, 'quotes'))
      .where('quotes.id', '=', quoteId)
      .executeTakeFirst();
    if (!quote) throw recordNotFound('quote');
    const status = quoteStatus(quote, today);
    if (status !== 'open') throw new ApiError('conflict', alreadyDecided[status], [{ path: 'status', message: status }]);
    const at = nowIso(now);
    // Conditional on still being open: of two answers given at the same moment, exactly one wins.
    const result = await trx
      .updateTable('quotes')
      .set({
        status: decision.outcome,
        decision: decision.outcome,
        decided_at: at,
        decided_by_contact_id: caller.contactId,
        decided_ip: clientIp(c),
        signed_name: decision.outcome === 'accepted' ? decision.signedName : null,
        decline_reason: decision.outcome === 'declined' ? decision.reason : null,
        updated_at: at,
      })
      .where('id', '=', quote.id)
      .where('status', '=', 'open')
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw new ApiError('conflict', 'This quote has just been answered.');
    await enqueueWebhookEvent(trx, caller.tenantId, `quote.${decision.outcome}`, {
      quote: { externalId: quote.external_id, number: quote.number, status: decision.outcome },
      customer: { externalId: quote.customer_external_id },
      contact: { id: caller.contactId },
      decidedAt: at,
      ...(decision.outcome === 'accepted' ? { signedName: decision.signedName } : { reason: decision.reason }),
    });
    await publishRecordEvent(trx, 'quotes', caller.tenantId, quote.id);
    await recordContactAction(
      trx,
      c,
      `quote.${decision.outcome}`,
      { type: 'quote', id: quote.id },
      decision.outcome === 'accepted' ? { signedName: decision.signedName } : { reason: decision.reason },
    );
  });
}
