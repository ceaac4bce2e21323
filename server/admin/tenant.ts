// The business's own settings: GET|PUT /tenant {name, requireTotp}. Changing them is for administrators.
import { actorFields, recordAudit } from '../audit/audit.js';
import { clientIp } from '../http/client-ip.js';
import { notFound } from '../http/errors.js';
import { defineRoute, failure, json, jsonBody, routeGroup } from '../http/openapi.js';
import { saveTenantSettings, tenantSchema, tenantSettings, tenantSettingsBody } from '../tenants/settings.js';

const tags = ['Back office: business'];

const getTenant = defineRoute('admin', {
  method: 'get',
  path: '/tenant',
  tags,
  summary: 'The business: its name and whether two-step sign-in is required of all staff',
  responses: { 200: json(tenantSchema, 'The business') },
});

const putTenant = defineRoute('admin', {
  method: 'put',
  path: '/tenant',
  tags,
  summary: 'Change the business’s name and whether two-step sign-in is required of all staff',
  request: { body: jsonBody(tenantSettingsBody) },
  responses: {
    200: json(tenantSchema, 'The business as it is now'),
    403: failure(
      'Only an administrator (or an API key) changes the business’s settings, not role staff; or a write with the staff session cookie came without the console’s header or from another site, or two-step sign-in must be set up first',
      'forbidden',
    ),
  },
});

async function currentSettings(db: Parameters<typeof tenantSettings>[0], tenantId: string) {
  const settings = await tenantSettings(db, tenantId);
  if (!settings) throw notFound('No such business');
  return settings;
}

export const adminTenantRoutes = routeGroup()
  .openapi(getTenant, async (c) => c.json(await currentSettings(c.var.deps.db, c.var.admin.tenantId), 200))

  .openapi(putTenant, async (c) => {
    const { deps, admin } = c.var;
    const body = c.req.valid('json');
    await deps.db.transaction().execute(async (trx) => {
      const before = await currentSettings(trx, admin.tenantId);
      await saveTenantSettings(trx, admin.tenantId, body);
      await recordAudit(trx, {
        tenantId: admin.tenantId,
        ...actorFields(admin.actor),
        action: 'tenant.updated',
        subjectType: 'tenant',
        subjectId: admin.tenantId,
        ip: clientIp(c),
        details: { name: { from: before.name, to: body.name }, requireTotp: { from: before.requireTotp, to: body.requireTotp } },
      });
    });
    return c.json(await currentSettings(deps.db, admin.tenantId), 200);
  });
