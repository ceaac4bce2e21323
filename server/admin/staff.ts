// The business's staff, as its administrators manage them in the console: GET|POST /staff, PATCH /staff/{id},
// POST /staff/{id}/invite.
import { actorFields } from '../audit/audit.js';
import { emailSchema } from '../customers/fields.js';
import { staffRoles, type Staff } from '../db/tables/staff.js';
import { clientIp } from '../http/client-ip.js';
import type { Deps } from '../http/env.js';
import { notFound } from '../http/errors.js';
import { commonFailures, defineRoute, failure, json, jsonBody, pageSchema, routeGroup, z } from '../http/openapi.js';
import { pageOf, pageQuerySchema } from '../http/pagination.js';
import { changeStaff, createInvitedStaff, pageOfStaff, staffNameSchema, staffSchema, toStaffOutput } from '../staff/accounts.js';
import { reissueStaffInvite, resetStaffTotp } from '../staff/administration.js';
import { mailStaffLink } from '../staff/mail.js';
import { staffLink, type IssuedStaffToken } from '../staff/tokens.js';

const tags = ['Back office: staff'];
const adminsOnly = failure(
  'Only an administrator signed in to the console manages staff, not role staff and not an API key; or a write with the staff session cookie came without the console’s header or from another site, or two-step sign-in must be set up first',
  'forbidden',
);

const newStaffBody = z.strictObject({
  email: emailSchema,
  name: staffNameSchema,
  role: z.enum(staffRoles),
  locale: z.enum(['nl', 'en']).optional().openapi({ description: 'The language of their mail; Dutch when left out.' }),
});

const staffChanges = z
  .strictObject({
    role: z.enum(staffRoles).optional(),
    status: z.enum(['active', 'disabled']).optional(),
    resetTotp: z.literal(true).optional().openapi({
      description: 'Clears their two-step sign-in (secret and recovery codes) and ends their sessions; on its own, not beside role or status.',
    }),
  })
  .refine((changes) => changes.role !== undefined || changes.status !== undefined || changes.resetTotp !== undefined, { message: 'role, status or resetTotp is required' })
  .refine((changes) => changes.resetTotp === undefined || (changes.role === undefined && changes.status === undefined), {
    message: 'resetTotp goes on its own',
    path: ['resetTotp'],
  });

const inviteSchema = z
  .object({
    url: z.string().openapi({ description: '<KP_PUBLIC_URL>/console#kp-staff-invite=…: works once, until expiresAt; also mailed.' }),
    expiresAt: z.string(),
  })
  .openapi('StaffInvite');
const invitedStaffSchema = staffSchema.extend({ invite: inviteSchema }).openapi('InvitedStaff');
const staffIdParam = z.object({ id: z.string().min(1).max(100) });

const listStaff = defineRoute('admin', {
  method: 'get',
  path: '/staff',
  tags,
  summary: 'The business’s staff, newest first',
  request: { query: pageQuerySchema },
  responses: { 200: json(pageSchema(staffSchema), 'A page of staff'), 403: adminsOnly },
});

const inviteStaff = defineRoute('admin', {
  method: 'post',
  path: '/staff',
  tags,
  summary: 'Invite a staff member: mails a link to <KP_PUBLIC_URL>/console#kp-staff-invite=… (7 days, once)',
  request: { body: jsonBody(newStaffBody) },
  responses: {
    201: json(invitedStaffSchema, 'Invited, with the link to pass on should the mail not arrive'),
    403: adminsOnly,
    409: failure('This email address is already staff of this business', 'conflict'),
  },
});

const updateStaff = defineRoute('admin', {
  method: 'patch',
  path: '/staff/{id}',
  tags,
  summary: 'Change a staff member’s role or status, or reset their two-step sign-in',
  description:
    'Disabling ends their sessions and voids their links at once. The business always keeps one active admin. resetTotp clears their two-step sign-in and ends their sessions; one’s own is turned off under the console’s account with a code.',
  request: { params: staffIdParam, body: jsonBody(staffChanges) },
  responses: {
    200: json(staffSchema, 'The staff member as they are now'),
    403: adminsOnly,
    404: commonFailures.notFound('staff member'),
    409: failure(
      'The last active admin cannot be demoted or disabled (reason last_admin), an invited person cannot be activated, or there is no two-step sign-in to reset (totp_not_enabled) or it is one’s own (own_account)',
      'conflict',
    ),
  },
});

const resendInvite = defineRoute('admin', {
  method: 'post',
  path: '/staff/{id}/invite',
  tags,
  summary: 'Send an invited person a new invite: mailed again, and earlier invite links stop working',
  request: { params: staffIdParam },
  responses: {
    200: json(inviteSchema, 'The new invite'),
    403: adminsOnly,
    404: commonFailures.notFound('staff member'),
    409: failure('This person has accepted their invite already or is disabled (reason not_invited)', 'conflict'),
  },
});

function inviteOutput(deps: Deps, invite: IssuedStaffToken): z.output<typeof inviteSchema> {
  return { url: staffLink(deps.config.publicUrl, 'invite', invite.token), expiresAt: invite.expiresAt };
}

async function mailInvite(deps: Deps, tenantId: string, staff: Staff, invite: IssuedStaffToken, invitedBy: string): Promise<void> {
  const tenant = await deps.db.selectFrom('tenants').select('name').where('id', '=', tenantId).executeTakeFirstOrThrow();
  mailStaffLink(deps, { tenantId, business: tenant.name, staff, purpose: 'invite', ...invite, invitedBy });
}

export const adminStaffRoutes = routeGroup()
  .openapi(listStaff, async (c) => {
    const page = c.req.valid('query');
    return c.json(pageOf(await pageOfStaff(c.var.deps.db, c.var.admin.tenantId, page), page, toStaffOutput), 200);
  })

  .openapi(inviteStaff, async (c) => {
    const { deps, admin } = c.var;
    const { staff, invite } = await createInvitedStaff(deps.db, { tenantId: admin.tenantId, ...c.req.valid('json') }, { ...actorFields(admin.actor), ip: clientIp(c) });
    await mailInvite(deps, admin.tenantId, staff, invite, admin.actor.name);
    return c.json({ ...toStaffOutput(staff), invite: inviteOutput(deps, invite) }, 201);
  })

  .openapi(updateStaff, async (c) => {
    const { deps, admin } = c.var;
    const { resetTotp, ...changes } = c.req.valid('json');
    const audit = { ...actorFields(admin.actor), ip: clientIp(c) };
    const { id } = c.req.valid('param');
    const updated = resetTotp ? await resetStaffTotp(deps.db, admin.tenantId, id, audit) : await changeStaff(deps.db, deps.dialect, admin.tenantId, id, changes, audit);
    if (!updated) throw notFound('No such staff member');
    return c.json(toStaffOutput(updated), 200);
  })

  .openapi(resendInvite, async (c) => {
    const { deps, admin } = c.var;
    const reissued = await reissueStaffInvite(deps.db, admin.tenantId, c.req.valid('param').id, { ...actorFields(admin.actor), ip: clientIp(c) });
    if (!reissued) throw notFound('No such staff member');
    await mailInvite(deps, admin.tenantId, reissued.staff, reissued.invite, admin.actor.name);
    return c.json(inviteOutput(deps, reissued.invite), 200);
  });
