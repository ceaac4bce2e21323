// A customer's privacy rights (AVG/GDPR), exercised by the business: GET /customers/{externalId}/export (all their
// data in one zip), DELETE /customers/{externalId} and DELETE /contacts/{id} (erasure). Each is audited.
import { actorFields, recordAudit } from '../audit/audit.js';
import { recordIdSchema } from '../customer-data/fields.js';
import { findContact } from '../customers/contacts.js';
import { customerExternalIdSchema } from '../customers/fields.js';
import { findCustomerByExternalId } from '../customers/repository.js';
import { fileDownload } from '../files/download.js';
import { ApiError, notFound } from '../http/errors.js';
import { commonFailures, defineRoute, empty, failure, file, routeGroup, z } from '../http/openapi.js';
import { eraseContact, eraseCustomer, erasedMarker } from '../privacy/erase.js';
import { exportCustomer } from '../privacy/export.js';

const tags = ['Back office: privacy'];
const customerParams = z.object({ externalId: customerExternalIdSchema });

// Optional in the schema and checked once the record is found, so another business's id is 404 whatever is sent.
const confirmQuery = (what: string) =>
  z.strictObject({
    confirm: z.string().max(200).optional().openapi({ description: `${what} again: a stray or replayed call without it erases nothing.` }),
  });

const unconfirmed = (expected: string) =>
  new ApiError('validation_failed', `Erasing cannot be undone: send ?confirm=${expected} to confirm it.`, [{ path: 'confirm', message: 'must repeat the id in the path', reason: 'required' }]);

const exportRoute = defineRoute('admin', {
  method: 'get',
  path: '/customers/{externalId}/export',
  tags,
  summary: 'Everything the portal holds about a customer, as one zip',
  description:
    'customer.json (the customer, work addresses, contacts without password or token hashes, objects, work orders with their timelines, quotes, invoices, documents, orders, requests with their timeline, messages and attachments, and the audit entries about them) and the files (PDFs, documents, request photos) in folders beside it. The business’s internal notes are not part of it.',
  request: { params: customerParams },
  responses: { 200: file('The zip', ['application/zip']), 404: commonFailures.notFound('customer') },
});

const eraseCustomerRoute = defineRoute('admin', {
  method: 'delete',
  path: '/customers/{externalId}',
  tags,
  summary: 'Erase a customer',
  description: `Removes the customer with every record, file, contact, session and link of theirs, in one transaction. The audit trail stays, with their names, email addresses, phone numbers and streets replaced by "${erasedMarker}". Needs ?confirm= with the externalId again.`,
  request: { params: customerParams, query: confirmQuery('The externalId') },
  responses: {
    204: empty('Erased'),
    400: failure('confirm is missing or does not repeat the externalId', 'validation_failed'),
    404: commonFailures.notFound('customer'),
  },
});

const eraseContactRoute = defineRoute('admin', {
  method: 'delete',
  path: '/contacts/{id}',
  tags,
  summary: 'Erase a contact (portal user)',
  description: `Removes the contact with their sessions and links; the customer and its records stay. Where the contact is named in what stays (messages they wrote, the audit trail), the name and email become "${erasedMarker}". Needs ?confirm= with the id again.`,
  request: { params: z.object({ id: recordIdSchema }), query: confirmQuery('The contact’s id') },
  responses: {
    204: empty('Erased'),
    400: failure('confirm is missing or does not repeat the id', 'validation_failed'),
    404: commonFailures.notFound('contact'),
  },
});

export const adminPrivacyRoutes = routeGroup()
  .openapi(exportRoute, async (c) => {
    const { deps, admin } = c.var;
    const customer = await findCustomerByExternalId(deps.db, admin.tenantId, c.req.valid('param').externalId);
    if (!customer) throw notFound('No such customer');
    const exported = await exportCustomer(deps.db, customer);
    await recordAudit(deps.db, { tenantId: admin.tenantId, ...actorFields(admin.actor), action: 'customer.exported', subjectType: 'customer', subjectId: customer.id });
    return fileDownload(c, { data: exported.zip, contentType: 'application/zip', filename: exported.filename }) as never;
  })

  .openapi(eraseCustomerRoute, async (c) => {
    const { deps, admin } = c.var;
    const { externalId } = c.req.valid('param');
    await deps.db.transaction().execute(async (trx) => {
      const customer = await findCustomerByExternalId(trx, admin.tenantId, externalId);
      if (!customer) throw notFound('No such customer');
      if (c.req.valid('query').confirm !== externalId) throw unconfirmed(externalId);
      const erased = await eraseCustomer(trx, customer);
      await recordAudit(trx, {
        tenantId: admin.tenantId,
        ...actorFields(admin.actor),
        action: 'customer.erased',
        subjectType: 'customer',
        subjectId: customer.id,
        details: { externalId, ...erased },
      });
    });
    return c.body(null, 204);
  })

  .openapi(eraseContactRoute, async (c) => {
    const { deps, admin } = c.var;
    const { id } = c.req.valid('param');
    await deps.db.transaction().execute(async (trx) => {
      const contact = await findContact(trx, admin.tenantId, id);
      if (!contact) throw notFound('No such contact');
      if (c.req.valid('query').confirm !== id) throw unconfirmed(id);
      await eraseContact(trx, contact);
      await recordAudit(trx, { tenantId: admin.tenantId, ...actorFields(admin.actor), action: 'contact.erased', subjectType: 'contact', subjectId: contact.id });
    });
    return c.body(null, 204);
  });
