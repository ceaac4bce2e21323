// The business's API keys, managed by its administrators in the console: GET|POST /api-keys, DELETE /api-keys/{id}.
// An API key itself can never reach these routes (server/admin/auth.ts): a leaked key cannot mint another.
import { actorFields, recordAudit } from '../audit/audit.js';
import { clientIp } from '../http/client-ip.js';
import { notFound } from '../http/errors.js';
import { commonFailures, defineRoute, empty, failure, json, jsonBody, pageSchema, routeGroup, z } from '../http/openapi.js';
import { pageOf, pageQuerySchema } from '../http/pagination.js';
import { apiKeySchema, pageOfApiKeys, revokeApiKey, toApiKey } from '../tenants/api-keys.js';
import { createApiKey } from '../tenants/tenants.js';

const tags = ['Back office: API keys'];
const adminsOnly = failure(
  'Only an administrator signed in to the console manages API keys, not role staff and not an API key; or a write with the staff session cookie came without the console’s header or from another site, or two-step sign-in must be set up first',
  'forbidden',
);

const newKeySchema = z
  .object({ id: z.string(), name: z.string(), key: z.string().openapi({ description: 'kp_live_…: shown this once, stored only as its sha256.' }) })
  .openapi('NewApiKey');

const listKeys = defineRoute('admin', {
  method: 'get',
  path: '/api-keys',
  tags,
  summary: 'The API keys that still work, newest first',
  request: { query: pageQuerySchema },
  responses: { 200: json(pageSchema(apiKeySchema), 'A page of keys'), 403: adminsOnly },
});

const createKey = defineRoute('admin', {
  method: 'post',
  path: '/api-keys',
  tags,
  summary: 'Make a new API key for a back office',
  request: { body: jsonBody(z.strictObject({ name: z.string().trim().min(1).max(100) })) },
  responses: { 201: json(newKeySchema, 'The key, shown once'), 403: adminsOnly },
});

const deleteKey = defineRoute('admin', {
  method: 'delete',
  path: '/api-keys/{id}',
  tags,
  summary: 'Revoke an API key: it stops working at once',
  request: { params: z.object({ id: z.string().min(1).max(100) }) },
  responses: { 204: empty('Revoked'), 403: adminsOnly, 404: commonFailures.notFound('API key') },
});

export const adminApiKeyRoutes = routeGroup()
  .openapi(listKeys, async (c) => {
    const page = c.req.valid('query');
    return c.json(pageOf(await pageOfApiKeys(c.var.deps.db, c.var.admin.tenantId, page), page, toApiKey), 200);
  })

  .openapi(createKey, async (c) => {
    const { deps, admin } = c.var;
    const { name } = c.req.valid('json');
    const created = await deps.db.transaction().execute(async (trx) => {
      const key = await createApiKey(trx, admin.tenantId, name);
      await recordAudit(trx, { tenantId: admin.tenantId, ...actorFields(admin.actor), action: 'api_key.created', subjectType: 'api_key', subjectId: key.id, ip: clientIp(c), details: { name } });
      return key;
    });
    return c.json({ id: created.id, name, key: created.apiKey }, 201);
  })

  .openapi(deleteKey, async (c) => {
    const { deps, admin } = c.var;
    const { id } = c.req.valid('param');
    await deps.db.transaction().execute(async (trx) => {
      const revoked = await revokeApiKey(trx, admin.tenantId, id);
      if (!revoked) throw notFound('No such API key');
      await recordAudit(trx, { tenantId: admin.tenantId, ...actorFields(admin.actor), action: 'api_key.revoked', subjectType: 'api_key', subjectId: id, ip: clientIp(c), details: { name: revoked.name } });
    });
    return c.body(null, 204);
  });
