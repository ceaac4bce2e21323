// Which mails a contact gets: every sender of customer mail asks wantsMail() first. Account mail (invites, sign-in
// and reset links) is not a choice: without it nobody could get in, so it is not one of these kinds.
import { z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { nowIso } from '../db/ids.js';

export const mailKinds = ['requestUpdates', 'messages', 'newQuotes', 'newInvoices', 'workOrderPlanning'] as const;
export type MailKind = (typeof mailKinds)[number];

export type MailPreferences = Record<MailKind, boolean>;

export const mailPreferencesSchema = z
  .strictObject({
    requestUpdates: z.boolean().openapi({ description: 'A request was received, or its status changed' }),
    messages: z.boolean().openapi({ description: 'The business wrote about a request or work order' }),
    newQuotes: z.boolean().openapi({ description: 'A new quote was published' }),
    newInvoices: z.boolean().openapi({ description: 'A new invoice was published' }),
    workOrderPlanning: z.boolean().openapi({ description: 'A work order was planned, or its status changed' }),
  })
  .openapi('MailPreferences', { description: 'Which mails the contact gets; account mails (sign-in links, invites) are always sent.' });

export const mailPreferenceChangesSchema = mailPreferencesSchema.partial().refine((changes) => Object.keys(changes).length > 0, { message: 'name at least one kind of mail' });

const everyKind: MailPreferences = { requestUpdates: true, messages: true, newQuotes: true, newInvoices: true, workOrderPlanning: true };

/** The stored choice read leniently: a kind never chosen (or added later) is on. */
export function readMailPreferences(stored: string | null): MailPreferences {
  if (!stored) return { ...everyKind };
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    return { ...everyKind };
  }
  const chosen = (parsed ?? {}) as Partial<Record<string, unknown>>;
  return Object.fromEntries(mailKinds.map((kind) => [kind, chosen[kind] !== false])) as MailPreferences;
}

export async function loadMailPreferences(db: Kysely<Database>, tenantId: string, contactId: string): Promise<MailPreferences> {
  const row = await db.selectFrom('contacts').select('mail_preferences').where('tenant_id', '=', tenantId).where('id', '=', contactId).executeTakeFirst();
  return readMailPreferences(row?.mail_preferences ?? null);
}

/** Changes some kinds and keeps the others; answers the whole choice. */
export async function saveMailPreferences(
  db: Kysely<Database>,
  tenantId: string,
  contactId: string,
  changes: Partial<MailPreferences>,
  now = new Date(),
): Promise<MailPreferences> {
  return db.transaction().execute(async (trx) => {
    const next = { ...(await loadMailPreferences(trx, tenantId, contactId)), ...changes };
    await trx
      .updateTable('contacts')
      .set({ mail_preferences: JSON.stringify(next), updated_at: nowIso(now) })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', contactId)
      .execute();
    return next;
  });
}

/** Whether the contact wants this kind of mail; a guest (no contact) has no choice stored and gets it. */
export async function wantsMail(db: Kysely<Database>, contactId: string | null, kind: MailKind): Promise<boolean> {
  if (!contactId) return true;
  const row = await db.selectFrom('contacts').select('mail_preferences').where('id', '=', contactId).executeTakeFirst();
  return readMailPreferences(row?.mail_preferences ?? null)[kind];
}
