// The business's staff, as its administrators manage them in the console: GET|POST /staff, PATCH /staff/{id}.
import { actorFields } from '../audit/audit.js';
import { emailSchema } from '../customers/fields.js';
import { staffRoles } from '../db/tables/staff.js';
import { clientIp } from '../http/client-ip.js';
import { notFound } from '../http/errors.js';
import { commonFailures, defineRoute, failure, json, jsonBody, pageSchema, routeGroup, z } from '../http/openapi.js';
import { pageOf, pageQuerySchema } from '../http/pagination.js';
import { changeStaff, createInvitedStaff, pageOfStaff, staffNameSchema, staffSchema, toStaffOutput } from '../staff/accounts.js';
import { mailStaffLink } from '../staff/mail.js';

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
  .strictObject({ role: z.enum(staffRoles).optional(), status: z.enum(['active', 'disabled']).optional() })
  .refine((changes) => changes.role !== undefined || changes.status !== undefined, { message: 'role or status is required' });

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
    201: json(staffSchema, 'Invited'),
    403: adminsOnly,
    409: failure('This email address is already staff of this business', 'conflict'),
  },
});

const updateStaff = defineRoute('admin', {
  method: 'patch',
  path: '/staff/{id}',
  tags,
  summary: 'Change a staff member’s role or status',
  description: 'Disabling ends their sessions and voids their links at once. The business always keeps one active admin.',
  request: { params: z.object({ id: z.string().min(1).max(100) }), body: jsonBody(staffChanges) },
  responses: {
    200: json(staffSchema, 'The staff member as they are now'),
    403: adminsOnly,
    404: commonFailures.notFound('staff member'),
    409: failure('The last active admin cannot be demoted or disabled (reason last_admin), or an invited person cannot be activated', 'conflict'),
  },
});

export const adminStaffRoutes = routeGroup()
  .openapi(listStaff, async (c) => {
    const page = c.req.valid('query');
    return c.json(pageOf(await pageOfStaff(c.var.deps.db, c.var.admin.tenantId, page), page, toStaffOutput), 200);
  })

  .openapi(inviteStaff, async (c) => {
    const { deps, admin } = c.var;
    const { staff, invite } = await createInvitedStaff(deps.db, { tenantId: admin.tenantId, ...c.req.valid('json') }, { ...actorFields(admin.actor), ip: clientIp(c) });
    const tenant = await deps.db.selectFrom('tenants').select('name').where('id', '=', admin.tenantId).executeTakeFirstOrThrow();
    mailStaffLink(deps, { tenantId: admin.tenantId, business: tenant.name, staff, purpose: 'invite', ...invite, invitedBy: admin.actor.name });
    return c.json(toStaffOutput(staff), 201);
  })

  .openapi(updateStaff, async (c) => {
    const { deps, admin } = c.var;
    const updated = await changeStaff(deps.db, deps.dialect, admin.tenantId, c.req.valid('param').id, c.req.valid('json'), { ...actorFields(admin.actor), ip: clientIp(c) });
    if (!updated) throw notFound('No such staff member');
    return c.json(toStaffOutput(updated), 200);
  });
