// The demo business: a fictional Dutch installer with its portal "demo". Idempotent: run it as often as you like.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { createTenant } from '../tenants/tenants.js';

export const demoPortalSlug = 'demo';

export interface DemoSeedResult {
  portal: string;
  created: boolean;
  tenantId: string;
}

export async function seedDemo(db: Kysely<Database>, publicUrl: string): Promise<DemoSeedResult> {
  const existing = await db
    .selectFrom('portals')
    .select(['tenant_id'])
    .where('slug', '=', demoPortalSlug)
    .executeTakeFirst();
  if (existing) return { portal: demoPortalSlug, created: false, tenantId: existing.tenant_id };
  const created = await createTenant(db, {
    name: 'Installatiebedrijf Van der Berg',
    portalSlug: demoPortalSlug,
    allowedOrigins: [new URL(publicUrl).origin],
    homeUrl: `${publicUrl}/demo/`,
    settings: { branding: { primaryColor: '#0b6e4f', logoUrl: null }, features: { guestRequests: true, orders: true } },
  });
  return { portal: demoPortalSlug, created: true, tenantId: created.tenantId };
}
