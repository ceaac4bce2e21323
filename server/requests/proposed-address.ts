// A work address a customer adds while filing a request: kept with the customer's addresses, marked as proposed until
// the business takes it on as a work address or declines it. It is a person's record (source 'console'), never the
// back office's, so the console may change it and the back office's own addresses stay read-only there.
import { z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import { actorFields, recordAudit } from '../audit/audit.js';
import type { Database } from '../db/schema.js';
import type { LocationProposal } from '../db/tables/accounts.js';
import { newId, nowIso } from '../db/ids.js';
import { publishRequestEvent } from '../events/publish.js';
import type { AdminCaller } from '../http/env.js';
import { ApiError } from '../http/errors.js';
import { adminScope, requireRequest } from './requests.js';
import type { WorkAddressBody } from './schemas.js';
import { adminRequestDetail } from './views.js';

export const proposalDecisionBody = z.strictObject({
  decision: z.enum(['accept', 'decline']).openapi({ description: 'accept: a work address of the customer from now on; decline: not taken on' }),
});
export type ProposalDecisionBody = z.output<typeof proposalDecisionBody>;

/** The customer's proposed address, named after the request it came with so the business can tell where it came from. */
export async function insertProposedLocation(
  trx: Kysely<Database>,
  scope: { tenantId: string; customerId: string },
  reference: string,
  address: WorkAddressBody,
  now: Date,
): Promise<string> {
  const id = newId('loc');
  const timestamp = nowIso(now);
  await trx
    .insertInto('locations')
    .values({
      id,
      tenant_id: scope.tenantId,
      customer_id: scope.customerId,
      external_id: `proposed-${reference}`,
      name: null,
      street: address.street,
      house_number: address.houseNumber,
      postal_code: address.postalCode,
      city: address.city,
      country: address.country,
      source: 'console',
      proposal: 'proposed',
      created_at: timestamp,
      updated_at: timestamp,
    })
    .execute();
  return id;
}

async function proposalOf(db: Kysely<Database>, tenantId: string, locationId: string): Promise<LocationProposal | null | undefined> {
  const row = await db.selectFrom('locations').select('proposal').where('tenant_id', '=', tenantId).where('id', '=', locationId).executeTakeFirst();
  return row?.proposal;
}

function setProposal(trx: Kysely<Database>, tenantId: string, locationId: string, proposal: LocationProposal | null, now: Date) {
  return trx
    .updateTable('locations')
    .set({ proposal, updated_at: nowIso(now) })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', locationId)
    .where('proposal', '=', 'proposed')
    .executeTakeFirst();
}

/** The business accepts or declines the address a request came with; 409 when it proposed none or was decided on. */
export async function decideProposedAddress(db: Kysely<Database>, admin: AdminCaller, requestId: string, body: ProposalDecisionBody, ip: string | null, now = new Date()) {
  await db.transaction().execute(async (trx) => {
    const request = await requireRequest(trx, adminScope(admin), requestId);
    if (!request.location_id || (await proposalOf(trx, admin.tenantId, request.location_id)) !== 'proposed') {
      throw new ApiError('conflict', 'This request has no address proposed by the customer waiting for a decision.');
    }
    const result = await setProposal(trx, admin.tenantId, request.location_id, body.decision === 'accept' ? null : 'declined', now);
    if (Number(result.numUpdatedRows) !== 1) throw new ApiError('conflict', 'The proposed address was decided on meanwhile. Read the request again.');
    await recordAudit(
      trx,
      {
        tenantId: admin.tenantId,
        portalId: request.portal_id,
        ...actorFields(admin.actor),
        action: body.decision === 'accept' ? 'location.proposal_accepted' : 'location.proposal_declined',
        subjectType: 'location',
        subjectId: request.location_id,
        ip,
        details: { requestId: request.id },
      },
      now,
    );
    await publishRequestEvent(trx, 'request.updated', admin.tenantId, request.id);
  });
  return adminRequestDetail(db, admin.tenantId, requestId);
}
