// The business's own settings (its name, and whether every staff member must use two-step sign-in).
import { z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export const tenantSettingsBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  requireTotp: z.boolean().openapi({ description: 'Staff without two-step sign-in must set it up before they can do anything else.' }),
});
export type TenantSettingsBody = z.output<typeof tenantSettingsBody>;

export const tenantSchema = z
  .object({ id: z.string(), name: z.string(), requireTotp: z.boolean(), createdAt: z.string() })
  .openapi('Tenant');
export type TenantOutput = z.output<typeof tenantSchema>;

export async function tenantSettings(db: Kysely<Database>, tenantId: string): Promise<TenantOutput | undefined> {
  const row = await db.selectFrom('tenants').select(['id', 'name', 'require_totp', 'created_at']).where('id', '=', tenantId).executeTakeFirst();
  return row ? { id: row.id, name: row.name, requireTotp: Number(row.require_totp) === 1, createdAt: row.created_at } : undefined;
}

export async function saveTenantSettings(db: Kysely<Database>, tenantId: string, body: TenantSettingsBody): Promise<void> {
  await db.updateTable('tenants').set({ name: body.name, require_totp: body.requireTotp ? 1 : 0 }).where('id', '=', tenantId).execute();
}
