// Turns the back office's references (…ExternalId) into the portal's own ids. A reference to something that does not
// exist, or that belongs to another customer, is the sync job's mistake: 400 naming the field, never a dangling link.
import type { Kysely } from 'kysely';
import { findCustomerByExternalId } from '../customers/repository.js';
import type { Database } from '../db/schema.js';
import { ApiError, type ErrorDetail } from '../http/errors.js';

export class References {
  readonly #problems: ErrorDetail[] = [];

  constructor(
    private readonly db: Kysely<Database>,
    private readonly tenantId: string,
  ) {}

  /** The customer every record belongs to; without it nothing else can be checked, so it fails at once. */
  async customer(externalId: string, field = 'customerExternalId'): Promise<string> {
    const row = await findCustomerByExternalId(this.db, this.tenantId, externalId);
    if (!row) throw invalidReferences([{ path: field, message: `There is no customer with externalId "${externalId}".` }]);
    return row.id;
  }

  async location(customerId: string, externalId: string | null, field = 'locationExternalId'): Promise<string | null> {
    if (externalId === null) return null;
    const row = await this.db
      .selectFrom('locations')
      .select('id')
      .where('tenant_id', '=', this.tenantId)
      .where('customer_id', '=', customerId)
      .where('external_id', '=', externalId)
      .executeTakeFirst();
    return this.#resolved(row?.id, field, `This customer has no location with externalId "${externalId}".`);
  }

  async object(customerId: string, externalId: string | null, field = 'objectExternalId'): Promise<string | null> {
    if (externalId === null) return null;
    const row = await this.db
      .selectFrom('objects')
      .select('id')
      .where('tenant_id', '=', this.tenantId)
      .where('customer_id', '=', customerId)
      .where('external_id', '=', externalId)
      .executeTakeFirst();
    return this.#resolved(row?.id, field, `This customer has no object with externalId "${externalId}".`);
  }

  async workOrder(customerId: string, externalId: string | null, field = 'workOrderExternalId'): Promise<string | null> {
    if (externalId === null) return null;
    const row = await this.db
      .selectFrom('work_orders')
      .select('id')
      .where('tenant_id', '=', this.tenantId)
      .where('customer_id', '=', customerId)
      .where('external_id', '=', externalId)
      .executeTakeFirst();
    return this.#resolved(row?.id, field, `This customer has no work order with externalId "${externalId}".`);
  }

  /** A portal request by its portal id: the customer's own, or a guest request the business took on. */
  async request(customerId: string, requestId: string | null, field = 'requestId'): Promise<string | null> {
    if (requestId === null) return null;
    const row = await this.db
      .selectFrom('requests')
      .select(['id', 'customer_id'])
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', requestId)
      .executeTakeFirst();
    const belongs = row !== undefined && (row.customer_id === null || row.customer_id === customerId);
    return this.#resolved(belongs ? row.id : undefined, field, `This customer has no request with id "${requestId}".`);
  }

  /** Adds a problem found by the caller, such as an object named as its own parent. */
  problem(field: string, message: string): void {
    this.#problems.push({ path: field, message });
  }

  /** Throws 400 listing every unknown reference at once, so a sync job can fix them in one go. */
  check(): void {
    if (this.#problems.length > 0) throw invalidReferences(this.#problems);
  }

  #resolved(id: string | undefined, field: string, message: string): string | null {
    if (id === undefined) {
      this.#problems.push({ path: field, message });
      return null;
    }
    return id;
  }
}

function invalidReferences(details: ErrorDetail[]): ApiError {
  return new ApiError('validation_failed', 'The request body refers to records that do not exist.', details);
}
