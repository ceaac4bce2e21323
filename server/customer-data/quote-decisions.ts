// A customer accepts or declines a quote in the portal: once, while it is open and valid. Accepting is a commitment:
// the customer agrees explicitly and types their full name, and draws a signature when the portal asks for one. Who
// answered, when and from which address is kept with the quote and in the audit trail.
import type { Context } from 'hono';
import { z } from '@hono/zod-openapi';
import sharp from 'sharp';
import { nowIso } from '../db/ids.js';
import type { QuoteStatus } from '../db/tables/customer-data.js';
import { safeFilename } from '../files/download.js';
import { imageDimensions } from '../files/image-size.js';
import { sniffFileType } from '../files/sniff.js';
import { storeFile } from '../files/store.js';
import { clientIp } from '../http/client-ip.js';
import { enqueueWebhookEvent } from '../webhooks/outbox.js';
import { publishRecordEvent } from '../events/publish.js';
import { ApiError } from '../http/errors.js';
import type { AppEnv } from '../http/env.js';
import { ownedBy, recordContactAction, recordNotFound } from './access.js';
import { businessToday, optionalText } from './fields.js';
import { mailQuoteDecision, type DecidedQuote } from './quote-mails.js';
import { quoteStatus } from './quotes.js';

export const maxFullNameLength = 100;

/**
 * Why `name` is not a full name, or undefined when it is one. A full name is at least two words, each with a letter,
 * of letters, spaces, hyphens, apostrophes, dots and commas only (no digits, no control characters, no links), with at
 * least three letters in all. The widget applies the same rule before sending.
 */
export function fullNameProblem(name: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (/[\x00-\x1F\x7F-\x9F\u2028\u2029\u202A-\u202E\u2066-\u2069]/.test(name)) return 'must not contain control characters';
  const normalized = normalizeFullName(name);
  if (normalized.length > maxFullNameLength) return `must be at most ${maxFullNameLength} characters`;
  if (!/^[\p{L}\p{M} .'’,-]*$/u.test(normalized)) return 'may contain only letters, spaces, hyphens, apostrophes and dots';
  const words = normalized.split(' ').filter(Boolean);
  const letters = normalized.match(/\p{L}/gu)?.length ?? 0;
  if (words.length < 2 || !words.every((word) => /\p{L}/u.test(word)) || letters < 3) return 'must be a full name: first name and surname';
  return undefined;
}

/** The name as kept: NFC, trimmed, one space between words. */
export function normalizeFullName(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** A drawn signature may be at most this large as PNG: a few strokes at the widget's canvas size are far smaller. */
export const maxSignatureBytes = 100 * 1024;
const maxSignatureSide = 2000;
const signaturePrefix = 'data:image/png;base64,';

const signatureSchema = z
  .string()
  .max(signaturePrefix.length + Math.ceil(maxSignatureBytes / 3) * 4, { message: `must be a PNG of at most ${maxSignatureBytes / 1024} KB` })
  .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/, { message: 'must be a PNG as a data URL: data:image/png;base64,…' })
  .openapi({ description: `The signature drawn by whoever accepts: a PNG of at most ${maxSignatureBytes / 1024} KB and ${maxSignatureSide} pixels a side, as a data URL.` });

export const acceptQuoteBody = z.strictObject({
  agree: z.literal(true, { message: 'must be true: the customer agrees to the quote and its terms' }).openapi({ description: 'The customer ticked “I agree”.' }),
  fullName: z
    .string()
    .max(maxFullNameLength * 2)
    .superRefine((value, ctx) => {
      const problem = fullNameProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .transform(normalizeFullName)
    .openapi({ description: 'The full name of whoever accepts, typed as a signature: two words at least, letters only; trimmed, one space between words.' }),
  signature: signatureSchema.optional(),
});
export const declineQuoteBody = z.strictObject({ reason: optionalText(1000) });

export type QuoteDecision =
  | { outcome: 'accepted'; signedName: string; signature?: string | undefined }
  | { outcome: 'declined'; reason: string | null };

const alreadyDecided: Record<Exclude<QuoteStatus, 'open'>, string> = {
  accepted: 'This quote has already been accepted.',
  declined: 'This quote has already been declined.',
  expired: 'This quote is no longer valid. Ask for a new one.',
  withdrawn: 'This quote has been withdrawn.',
};

const badSignature = (message: string) => new ApiError('validation_failed', `The signature is not usable: ${message}.`, [{ path: 'signature', message }]);

/**
 * The drawn signature as it is kept: decoded, checked to be a PNG of sensible size with something drawn on it, and
 * re-encoded, so that nothing but its pixels is stored.
 */
export async function readSignature(dataUrl: string): Promise<Buffer> {
  const data = Buffer.from(dataUrl.slice(signaturePrefix.length), 'base64');
  if (data.byteLength > maxSignatureBytes) throw badSignature(`must be at most ${maxSignatureBytes / 1024} KB`);
  if (sniffFileType(data, ['image/png']) !== 'image/png') throw badSignature('must be a PNG');
  const size = imageDimensions(data, 'image/png');
  if (!size || size.width < 1 || size.height < 1 || size.width > maxSignatureSide || size.height > maxSignatureSide) {
    throw badSignature(`must be at most ${maxSignatureSide} pixels a side`);
  }
  try {
    const image = sharp(data, { limitInputPixels: maxSignatureSide * maxSignatureSide, failOn: 'error' });
    const stats = await image.stats();
    // One colour throughout (all transparent, or all white): nothing was drawn.
    if (stats.channels.every((channel) => channel.min === channel.max)) throw badSignature('it is empty: draw your signature');
    return await image.png({ compressionLevel: 9 }).toBuffer();
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw badSignature('the PNG cannot be read');
  }
}

/**
 * Records the customer's answer, then mails the customer (and on acceptance the business). Bad input is refused
 * before anything is written; a quote that is not open any more is 409.
 */
export async function decideQuote(c: Context<AppEnv>, quoteId: string, decision: QuoteDecision, now = new Date()): Promise<void> {
  const { deps, caller, portal } = c.var;
  const signature = decision.outcome === 'accepted' && decision.signature ? await readSignature(decision.signature) : undefined;
  if (decision.outcome === 'accepted' && !signature && portal.settings.quotes.requireSignature) {
    throw new ApiError('validation_failed', 'This portal asks for a drawn signature to accept a quote.', [{ path: 'signature', message: 'required' }]);
  }
  const today = businessToday(now);
  const at = nowIso(now);
  const decided = await deps.db.transaction().execute(async (trx): Promise<DecidedQuote> => {
    const quote = await trx
      .selectFrom('quotes')
      .innerJoin('customers', 'customers.id', 'quotes.customer_id')
      .select([
        'quotes.id',
        'quotes.customer_id',
        'quotes.status',
        'quotes.valid_until',
        'quotes.external_id',
        'quotes.number',
        'quotes.title',
        'quotes.total_cents',
        'quotes.currency',
        'quotes.pdf_file_id',
        'customers.external_id as customer_external_id',
        'customers.name as customer_name',
      ])
      .$call(ownedBy(caller, 'quotes'))
      .where('quotes.id', '=', quoteId)
      .executeTakeFirst();
    if (!quote) throw recordNotFound('quote');
    const status = quoteStatus(quote, today);
    if (status !== 'open') throw new ApiError('conflict', alreadyDecided[status], [{ path: 'status', message: status }]);
    const signatureFile = signature
      ? await storeFile(trx, { tenantId: caller.tenantId, customerId: quote.customer_id, filename: safeFilename(`handtekening ${quote.number}.png`), contentType: 'image/png', data: signature }, at)
      : undefined;
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
        signature_file_id: signatureFile?.id ?? null,
        decline_reason: decision.outcome === 'declined' ? decision.reason : null,
        updated_at: at,
      })
      .where('id', '=', quote.id)
      .where('status', '=', 'open')
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw new ApiError('conflict', 'This quote has just been answered.');
    const answer = decision.outcome === 'accepted' ? { signedName: decision.signedName, signed: signatureFile !== undefined } : { reason: decision.reason };
    await enqueueWebhookEvent(trx, caller.tenantId, `quote.${decision.outcome}`, {
      quote: { externalId: quote.external_id, number: quote.number, status: decision.outcome },
      customer: { externalId: quote.customer_external_id },
      contact: { id: caller.contactId },
      decidedAt: at,
      ...answer,
    });
    await publishRecordEvent(trx, 'quotes', caller.tenantId, quote.id);
    await recordContactAction(trx, c, `quote.${decision.outcome}`, { type: 'quote', id: quote.id }, answer);
    return {
      id: quote.id,
      externalId: quote.external_id,
      customerExternalId: quote.customer_external_id,
      customerName: quote.customer_name,
      number: quote.number,
      title: quote.title,
      totalCents: quote.total_cents,
      currency: quote.currency,
      hasPdf: quote.pdf_file_id !== null,
      decidedAt: at,
      decision,
      signed: signatureFile !== undefined,
    };
  });
  if (!caller.readOnly) await mailQuoteDecision(deps, { tenantId: caller.tenantId, portalId: caller.portalId, contactId: caller.contactId, settings: portal.settings }, decided);
}
