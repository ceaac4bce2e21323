// The fields of customers and their contacts, validated alike wherever a body or an identity token carries them.
import { z } from '@hono/zod-openapi';

export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ message: 'must be an email address' }))
  .transform((email) => email.toLowerCase());
// Line breaks, other control characters and bidi overrides: never part of a name, and in a mail they reshape its text.
const controlCharacters = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;
export const contactNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .refine((name) => !controlCharacters.test(name), { message: 'must not contain line breaks or other control characters' });

/**
 * Whether a text holds something a mail program shows as a link: a scheme (`https://`), `www.`, or a domain name
 * (`evil.test`, `jan@bedrijf.nl`). Names customers write go into mails to others, and a link there would come
 * from the business's sender.
 */
export function looksLikeLink(text: string): boolean {
  return /:\/\/|www\.|[\p{L}\p{N}_-]\.\p{L}{2,}/iu.test(text);
}

export const linkInNameMessage = 'must not contain a web or mail address';

/** A name a customer writes about someone (a colleague they invite), which is mailed: no link-like text either. */
export const customerGivenNameSchema = contactNameSchema.refine((name) => !looksLikeLink(name), { message: linkInNameMessage });
export const phoneSchema = z.string().trim().min(1).max(40).regex(/^[0-9+()\-. /]+$/, { message: 'must be a phone number' });
export const localeSchema = z.enum(['nl', 'en']);
export const roleSchema = z.enum(['member', 'admin']);
export const contactStatusSchema = z.enum(['invited', 'active', 'disabled']);

/** The back office's own id of a customer or work address, as it appears in a URL path. */
export const customerExternalIdSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:@+-]*$/, { message: 'use letters, digits and . _ : @ + - (starting with a letter or digit)' });
