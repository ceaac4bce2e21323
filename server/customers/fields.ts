// The fields of customers and their contacts, validated alike wherever a body or an identity token carries them.
import { z } from '@hono/zod-openapi';

export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ message: 'must be an email address' }))
  .transform((email) => email.toLowerCase());
export const contactNameSchema = z.string().trim().min(1).max(120);
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
