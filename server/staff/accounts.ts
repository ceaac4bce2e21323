// Staff accounts: what the API shows of them, finding them, inviting new ones, and changing their role or status.
import { z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import { recordAudit, type AuditInput } from '../audit/audit.js';
import type { Database, Dialect } from '../db/schema.js';
import { staffRoles, staffStatuses, type Staff, type StaffRole } from '../db/tables/staff.js';
import { newId, nowIso } from '../db/ids.js';
import { ApiError } from '../http/errors.js';
import { keysetPage, type PageQuery } from '../http/pagination.js';
import { revokeStaffSessions } from './sessions.js';
import { issueStaffToken, voidStaffTokens, type IssuedStaffToken } from './tokens.js';

export const staffSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(staffRoles).openapi({ description: 'admin: everything; staff: everything but portal settings, webhooks, API keys, staff and business settings.' }),
    status: z.enum(staffStatuses).openapi({ description: 'invited until the invite is accepted; disabled staff cannot sign in.' }),
    locale: z.enum(['nl', 'en']).nullable().openapi({ description: 'The language of their mail; null: Dutch.' }),
    totpEnabled: z.boolean().openapi({ description: 'Two-step sign-in (TOTP) is set up.' }),
    lastLoginAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Staff');
export type StaffOutput = z.output<typeof staffSchema>;

export function toStaffOutput(row: Staff): StaffOutput {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    status: row.status,
    locale: row.locale,
    totpEnabled: row.totp_confirmed_at !== null,
    lastLoginAt: row.last_login_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export const staffNameSchema = z.string().trim().min(1).max(120);

export function findStaff(db: Kysely<Database>, tenantId: string, staffId: string): Promise<Staff | undefined> {
  return db.selectFrom('staff').selectAll().where('tenant_id', '=', tenantId).where('id', '=', staffId).executeTakeFirst();
}

/** Active staff rows with this email, in every business or in one: one person may work for several. */
export function activeStaffByEmail(db: Kysely<Database>, email: string, tenantId?: string): Promise<(Staff & { tenant_name: string })[]> {
  let query = db
    .selectFrom('staff')
    .innerJoin('tenants', 'tenants.id', 'staff.tenant_id')
    .selectAll('staff')
    .select('tenants.name as tenant_name')
    .where('staff.email', '=', email)
    .where('staff.status', '=', 'active');
  if (tenantId !== undefined) query = query.where('staff.tenant_id', '=', tenantId);
  return query.orderBy('tenants.name').orderBy('staff.tenant_id').execute();
}

export interface NewStaff {
  tenantId: string;
  email: string;
  name: string;
  role: StaffRole;
  locale?: 'nl' | 'en' | null;
}

export interface InvitedStaff {
  staff: Staff;
  invite: IssuedStaffToken;
}

/** An invited staff member with an invite token; 409 when the email is already staff of this business. */
export async function createInvitedStaff(db: Kysely<Database>, input: NewStaff, audit?: Omit<AuditInput, 'tenantId' | 'action' | 'subjectType' | 'subjectId'>): Promise<InvitedStaff> {
  return db.transaction().execute(async (trx) => {
    const now = nowIso();
    const staff: Staff = {
      // The audit trail tells a staff member from an API key by this prefix (server/audit/audit.ts).
      id: newId('stf'),
      tenant_id: input.tenantId,
      email: input.email,
      name: input.name,
      role: input.role,
      status: 'invited',
      password_hash: null,
      locale: input.locale ?? null,
      totp_secret: null,
      totp_confirmed_at: null,
      totp_last_counter: null,
      last_login_at: null,
      created_at: now,
      updated_at: now,
    };
    const inserted = await trx
      .insertInto('staff')
      .values(staff)
      .onConflict((conflict) => conflict.columns(['tenant_id', 'email']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) {
      throw new ApiError('conflict', 'This email address is already staff of this business.', [{ path: 'email', message: 'is already in use' }]);
    }
    const invite = await issueStaffToken(trx, { tenantId: input.tenantId, staffId: staff.id, purpose: 'invite' });
    if (audit) {
      await recordAudit(trx, { ...audit, tenantId: input.tenantId, action: 'staff.invited', subjectType: 'staff', subjectId: staff.id, details: { role: input.role } });
    }
    return { staff, invite };
  });
}

export interface StaffChanges {
  role?: StaffRole | undefined;
  status?: 'active' | 'disabled' | undefined;
}

const lastAdmin = () =>
  new ApiError('conflict', 'This is the last active administrator of the business: make someone else an administrator first.', [
    { path: 'role', message: 'the business needs an active administrator', reason: 'last_admin' },
  ]);

/**
 * Changes a staff member's role or status. The business always keeps one active admin; disabling ends every session
 * and voids every link at once; an invited person becomes active only by accepting the invite. Answers the new row.
 */
export async function changeStaff(
  db: Kysely<Database>,
  dialect: Dialect,
  tenantId: string,
  staffId: string,
  changes: StaffChanges,
  audit: Omit<AuditInput, 'tenantId' | 'action' | 'subjectType' | 'subjectId' | 'details'>,
): Promise<Staff | undefined> {
  return db.transaction().execute(async (trx) => {
    // Two admins demoting each other at once must not both succeed: on PostgreSQL the tenant row orders them
    // (SQLite runs one write transaction at a time anyway).
    if (dialect === 'postgres') await trx.selectFrom('tenants').select('id').where('id', '=', tenantId).forUpdate().execute();
    const staff = await findStaff(trx, tenantId, staffId);
    if (!staff) return undefined;
    if (changes.status === 'active' && staff.status !== 'active' && staff.password_hash === null) {
      throw new ApiError('conflict', 'This person has not accepted the invite yet; they become active when they do.', [
        { path: 'status', message: 'an invited staff member cannot be activated directly' },
      ]);
    }
    const update: Partial<Pick<Staff, 'role' | 'status'>> = {};
    if (changes.role !== undefined && changes.role !== staff.role) update.role = changes.role;
    if (changes.status !== undefined && changes.status !== staff.status) update.status = changes.status;
    if (Object.keys(update).length === 0) return staff;
    const stopsBeingActiveAdmin = staff.role === 'admin' && staff.status === 'active' && (update.role === 'staff' || update.status === 'disabled');
    if (stopsBeingActiveAdmin) {
      const other = await trx
        .selectFrom('staff')
        .select('id')
        .where('tenant_id', '=', tenantId)
        .where('role', '=', 'admin')
        .where('status', '=', 'active')
        .where('id', '!=', staffId)
        .executeTakeFirst();
      if (!other) throw lastAdmin();
    }
    const now = nowIso();
    await trx.updateTable('staff').set({ ...update, updated_at: now }).where('id', '=', staffId).where('tenant_id', '=', tenantId).execute();
    if (update.status === 'disabled') {
      await revokeStaffSessions(trx, staffId, 'staff_disabled');
      await voidStaffTokens(trx, staffId);
    }
    await recordAudit(trx, {
      ...audit,
      tenantId,
      action: 'staff.updated',
      subjectType: 'staff',
      subjectId: staffId,
      details: Object.fromEntries(Object.entries(update).map(([field, value]) => [field, { from: staff[field as keyof typeof update], to: value }])),
    });
    return { ...staff, ...update, updated_at: now };
  });
}

/** The business's staff, newest first. */
export function pageOfStaff(db: Kysely<Database>, tenantId: string, page: PageQuery): Promise<Staff[]> {
  return keysetPage(db.selectFrom('staff').selectAll().where('tenant_id', '=', tenantId), 'staff', page).execute();
}

export interface ProfileChanges {
  name?: string | undefined;
  locale?: 'nl' | 'en' | null | undefined;
}

/** A staff member's own name and language. */
export async function updateProfile(db: Kysely<Database>, tenantId: string, staffId: string, changes: ProfileChanges, audit: Omit<AuditInput, 'tenantId' | 'action' | 'subjectType' | 'subjectId' | 'details'>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('staff')
      .set({ ...(changes.name !== undefined ? { name: changes.name } : {}), ...(changes.locale !== undefined ? { locale: changes.locale } : {}), updated_at: nowIso() })
      .where('id', '=', staffId)
      .where('tenant_id', '=', tenantId)
      .execute();
    await recordAudit(trx, { ...audit, tenantId, action: 'staff.profile_updated', subjectType: 'staff', subjectId: staffId, details: { fields: Object.keys(changes) } });
  });
}
